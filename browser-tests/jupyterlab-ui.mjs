#!/usr/bin/env node
// Runs notebooks through JupyterLab, as a student would: serves the test JupyterLab of
// browser-tests/jupyterlab (JupyterLab 4.2.5's front-end packages, built by browser-tests/setup) with
// Debian's jupyter-server and jupyterlab-server on 127.0.0.1, with a throw-away token, in a temporary
// folder; opens each notebook in headless Chromium at /lab/tree/notebooks/NAME.ipynb, waits for the
// `java` kernel to answer (when it never does, as rapaio 3.0.1 sometimes, closes the notebook, shuts
// the kernel down and opens the notebook again), clicks Run ▸ Run All Cells, waits until every cell has run and the kernel
// is idle, and checks what JupyterLab shows: no error or stderr output, every chart an image that
// loads and is not blank, HTML tables drawn as tables, every formula typeset by JupyterLab's MathJax
// without errors and no TeX left raw, no request leaving the server, no script error; and, against
// the runner's executed copy (--executed), as many charts and tables and the same ✔ lines in the
// same order. A failing cell is never retried. Saves a screenshot of each notebook after its run.
// Stops the server by its PID.
//
// usage: node jupyterlab-ui.mjs [--jar lib/target/thw2.jar] [--executed DIR] [--out DIR]
//                               [--timeout SECONDS] [--kernel-attempts N] notebook.ipynb ...
// The temporary folder mirrors the project's layout (notebooks/ beside lib/target/thw2.jar), so that
// the first code cell's `%jars ../lib/target/thw2.jar` finds the jar as it does in a clone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, parseArgs } from './lib/browser.mjs';
import { expectedFrom, stopJupyter, withKernelStarts } from './lib/jupyter-server.mjs';
import { VIEWPORT, inspectNotebook, kernelName, labBuilt, labVersion, openNotebook, runAll, shutdownSessions,
  startLab, waitForKernel } from './lib/jupyterlab.mjs';

const DEFAULTS = {
  jar: 'lib/target/thw2.jar',
  executed: '',
  out: 'build/browser-tests/jupyterlab',
  python: process.env.THW2_PYTHON || '/usr/bin/python3',
  timeout: '900',
  'kernel-attempts': '3',
};

async function runNotebook(context, server, rel, index, opts) {
  const name = path.basename(rel, '.ipynb');
  const t0 = Date.now();
  const maxStarts = Number(opts['kernel-attempts']);
  let page = null, problems = [], openSeconds = 0, starts = 0;
  try {
    // A kernel that never answers its first request: the notebook is closed, its kernel shut down,
    // and the notebook opened again with a new kernel (a page of its own: a connection to a kernel
    // that never answered does not recover well in JupyterLab 4.2 on this server). What the page
    // reported while that kernel hung is printed, not counted.
    const giveUp = async () => {
      for (const p of problems) console.log(`     ${name}: (while the kernel hung) ${p}`);
      await page.close();
      page = null;
      await shutdownSessions(server);
    };
    starts = await withKernelStarts(maxStarts, async (n) => {
      problems = [];
      page = await openNotebook(context, server, rel, { workspace: `thw2-${index}-${n}`, problems });
      openSeconds = openSeconds || (Date.now() - t0) / 1000;
      return waitForKernel(page, name);
    }, async (n) => {
      await giveUp();
      console.log(`     ${name}: closed, kernel shut down; opening it again (start ${n + 1})`);
    });
    if (starts === null) {
      await giveUp();
      return { name, problems: [`the kernel did not become ready after ${maxStarts} starts`], stats: null,
        seconds: (Date.now() - t0) / 1000 };
    }
    const kernel = await kernelName(page);
    if (kernel !== 'java') problems.push(`the notebook runs with kernel ${kernel}, not java`);
    const tRun = Date.now();
    if (!(await runAll(page, Number(opts.timeout)))) problems.push(`Run All Cells did not finish within ${opts.timeout} s`);
    const runSeconds = (Date.now() - tRun) / 1000;
    let want = null;
    if (opts.executed) {
      const copy = path.join(opts.executed, `${name}.ipynb`);
      want = expectedFrom(copy);
      if (!want) console.log(`     ${name}: no executed copy ${copy}; charts, tables and ✔ lines not compared`);
    }
    const r = await inspectNotebook(page, problems, want);
    if (!want && r.images.length === 0 && r.tables === 0 && r.checkLines.length === 0) {
      problems.push('no chart, no table and no check line appeared');
    }
    await page.screenshot({ path: path.join(opts.out, `${name}.png`) });
    return { name, problems, seconds: (Date.now() - t0) / 1000,
      stats: { ...r, openSeconds, readySeconds: (tRun - t0) / 1000, runSeconds, kernelStarts: starts } };
  } finally {
    if (page) await page.close();
  }
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2), DEFAULTS);
  } catch (e) {
    console.error(`jupyterlab-ui: ${e.message}`);
    return 2;
  }
  if (opts._.length === 0) { console.error('jupyterlab-ui: give at least one notebook'); return 2; }
  for (const f of [opts.python, opts.jar, ...opts._]) {
    if (!fs.existsSync(f)) { console.error(`jupyterlab-ui: not found: ${f}`); return 2; }
  }
  if (!labBuilt()) { console.error('jupyterlab-ui: the test JupyterLab is not built (run browser-tests/setup)'); return 2; }
  fs.mkdirSync(opts.out, { recursive: true });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'thw2-lab-'));
  fs.mkdirSync(path.join(root, 'notebooks'));
  fs.mkdirSync(path.join(root, 'lib', 'target'), { recursive: true });
  fs.copyFileSync(opts.jar, path.join(root, 'lib', 'target', 'thw2.jar'));
  for (const nb of opts._) fs.copyFileSync(nb, path.join(root, 'notebooks', path.basename(nb)));
  const log = path.join(path.resolve(opts.out), 'jupyterlab-server.log');
  fs.writeFileSync(log, '');
  let server = null, browser = null, passed = 0, failed = 0;
  const onSignal = (sig) => { stopJupyter(server).finally(() => process.exit(sig === 'SIGINT' ? 130 : 143)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const tServer = Date.now();
    server = await startLab({ python: opts.python, root, log });
    console.log(`     JupyterLab ${labVersion()} (browser-tests/jupyterlab) served by serve.py pid ${server.child.pid} `
      + `on 127.0.0.1:${server.port}, up in ${((Date.now() - tServer) / 1000).toFixed(1)} s (temporary folder ${root})`);
    browser = await launch();
    const context = await browser.newContext({ viewport: VIEWPORT });
    for (const [i, nb] of opts._.entries()) {
      const rel = `notebooks/${path.basename(nb)}`;
      const r = await runNotebook(context, server, rel, i, opts).catch((e) => ({
        name: path.basename(nb, '.ipynb'), problems: [String(e.message || e).split('\n')[0]], stats: null, seconds: 0 }));
      await shutdownSessions(server).catch(() => {});
      const s = r.stats;
      const summary = s ? `opened in ${s.openSeconds.toFixed(1)} s, kernel ready at ${s.readySeconds.toFixed(1)} s `
        + `(starts: ${s.kernelStarts}), ${s.codeCells} code cells run in ${s.runSeconds.toFixed(1)} s, `
        + `${r.seconds.toFixed(1)} s in all; ${s.images.length} charts, ${s.tables} tables, ${s.checkLines.length} ✔ lines, `
        + `${s.formulas} typeset formulas` : `${r.seconds.toFixed(1)} s`;
      if (r.problems.length === 0) { passed++; console.log(`ok   ${r.name}: ${summary}`); }
      else {
        failed++;
        console.log(`FAIL ${r.name}: ${summary}`);
        for (const p of [...new Set(r.problems)]) console.log(`     - ${p}`);
      }
    }
    // What a student would have waited for: a kernel that drops the server's first kernel_info request
    // costs a minute before the notebook connects (kernel/ fixes rapaio's races that did this).
    const dropped = fs.readFileSync(log, 'utf8').split('\n')
      .filter((l) => /Timeout waiting for kernel_info|Unhandled message: kernel_info_request|one iteration failed/.test(l));
    if (dropped.length) {
      failed++;
      console.log(`FAIL the kernel dropped requests while starting (${dropped.length} lines in ${log}), e.g. ${dropped[0].trim()}`);
    }
  } finally {
    if (browser) await browser.close();
    await stopJupyter(server);
    if (server) {
      console.log(`     serve.py pid ${server.child.pid} stopped (${server.exited ? JSON.stringify(server.exited) : 'still running!'})`);
      if (!server.exited) failed++;
    }
    fs.rmSync(root, { recursive: true, force: true });
  }
  console.log(`screenshots: ${path.resolve(opts.out)}`);
  console.log(`notebooks through JupyterLab: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`jupyterlab-ui: ${e.stack || e}`);
  process.exit(2);
});
