#!/usr/bin/env node
// Runs notebooks through a real Jupyter UI, as a student would: starts Debian's classic Jupyter
// Notebook server (jupyter-notebook) on 127.0.0.1 with a throw-away token in a temporary folder,
// opens each notebook in headless Chromium, clicks Cell > Run All, waits for every cell to finish,
// and checks what appeared: no error and no stderr output, every cell executed, the charts (PNG,
// not blank), tables and check lines that the runner's executed copy has (when given), and MathJax
// typeset the markdown. Saves a full-page screenshot of each. Stops the server by its PID.
//
// usage: node notebook-ui.mjs [--jar lib/target/thw2.jar] [--executed DIR] [--out DIR]
//                             [--server /usr/bin/jupyter-notebook] [--timeout SECONDS] notebook.ipynb ...
// The temporary folder mirrors the project's layout (notebooks/ beside lib/target/thw2.jar), so that
// the first cell's `%jars ../lib/target/thw2.jar` finds the jar as it does in a clone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { imageStatsInPage, isBlank, launch, parseArgs, sleep } from './lib/browser.mjs';
import { startJupyter, stopJupyter, withKernelStarts } from './lib/jupyter-server.mjs';

const DEFAULTS = {
  jar: 'lib/target/thw2.jar',
  executed: '',
  out: 'build/browser-tests/notebook-ui',
  server: process.env.THW2_JUPYTER_NOTEBOOK || '/usr/bin/jupyter-notebook',
  timeout: '900',
  'kernel-attempts': '3',
};

/** Starts the classic notebook server (lib/jupyter-server.mjs); resolves when its REST API answers. */
function startServer(opts, root, log) {
  return startJupyter({
    command: [opts.server], root, log, what: 'the notebook server',
    args: (port, token) => ['--no-browser', '--ip=127.0.0.1', `--port=${port}`, '--port-retries=0',
      `--NotebookApp.token=${token}`, `--notebook-dir=${root}`, '--NotebookApp.open_browser=False',
      ...(process.getuid && process.getuid() === 0 ? ['--allow-root'] : [])],
  });
}


/** Deletes the server's session for the notebook at `rel` (the server then stops its kernel). */
async function closeSession(server, rel) {
  const r = await fetch(`${server.base}/api/sessions?token=${server.token}`);
  for (const s of r.ok ? await r.json() : []) {
    if (s.path === rel || (s.notebook && s.notebook.path === rel)) {
      await fetch(`${server.base}/api/sessions/${s.id}?token=${server.token}`, { method: 'DELETE' });
    }
  }
}

/** Waits until the notebook's kernel has answered kernel_info and is idle and connected. */
async function kernelReady(page, ms) {
  try {
    await page.waitForFunction(() => {
      const k = window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel;
      return !!(k && k.info_reply && k.info_reply.protocol_version && k.is_connected()
        && document.querySelector('#kernel_indicator_icon.kernel_idle_icon'));
    }, null, { timeout: ms, polling: 500 });
    return true;
  } catch {
    const state = await page.evaluate(() => {
      const k = window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel;
      return JSON.stringify({ kernel: !!k, info: k && k.info_reply, connected: k && k.is_connected(),
        indicator: (document.querySelector('#kernel_indicator_icon') || {}).className });
    }).catch((e) => String(e));
    console.log(`     kernel not ready: ${state.slice(0, 400)}`);
    return false;
  }
}

/** Clicks a menu item of the classic notebook's menu bar, as a user would. */
async function menu(page, top, itemId) {
  await page.locator('#menubar').getByRole('link', { name: top, exact: true }).first().click();
  await page.locator(`#${itemId} > a`).click();
}

/** Runs in the page after Run All: what the outputs show. */
function inspectNotebook() {
  const cells = Jupyter.notebook.get_cells();
  const code = cells.filter((c) => c.cell_type === 'code');
  const r = {
    cells: cells.length, codeCells: code.length,
    unexecuted: code.filter((c) => c.get_text().trim() && typeof c.input_prompt_number !== 'number').length,
    errors: [...document.querySelectorAll('.output_error, .output_stderr')].map((e) => e.textContent.trim().slice(0, 300)),
    images: [...document.querySelectorAll('.output_png img, .output_area img')].map((img) => ({
      src: (img.getAttribute('src') || '').slice(0, 40), ...window.__thw2ImageStats(img) })),
    tables: document.querySelectorAll('.output_html table, .output_area table').length,
    checkLines: [...document.querySelectorAll('.output_area')].map((e) => (e.textContent.match(/✔/g) || []).length)
      .reduce((a, b) => a + b, 0),
    math: document.querySelectorAll('.text_cell_render .MathJax, .text_cell_render .MathJax_Display, .text_cell_render .MathJax_CHTML').length,
    rawTex: [],
  };
  for (const el of document.querySelectorAll('.text_cell_render')) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest('code, pre, script, style, .MathJax, .MathJax_CHTML, .MathJax_Display, .MathJax_Preview, .MJX_Assistive_MathML')) continue;
      const m = /\$|\\[()[\]]|\\[A-Za-z]{2,}/.exec(n.nodeValue);
      if (m) r.rawTex.push(n.nodeValue.slice(Math.max(0, m.index - 30), m.index + 40).replace(/\s+/g, ' ').trim());
    }
  }
  return r;
}

/** What the runner's executed copy of the notebook has: PNGs, HTML tables, check lines. */
function expectedFrom(executedFile) {
  if (!executedFile || !fs.existsSync(executedFile)) return null;
  const nb = JSON.parse(fs.readFileSync(executedFile, 'utf8'));
  const e = { images: 0, tables: 0, checkLines: 0 };
  for (const c of nb.cells.filter((x) => x.cell_type === 'code')) {
    for (const o of c.outputs || []) {
      const d = o.data || {};
      if (d['image/png']) e.images++;
      const html = [].concat(d['text/html'] || []).join('');
      e.tables += (html.match(/<table\b/g) || []).length;
      const text = [].concat(o.text || d['text/plain'] || []).join('');
      if (o.output_type === 'stream') e.checkLines += (text.match(/✔/g) || []).length;
      else e.checkLines += (html.match(/✔/g) || []).length;
    }
  }
  return e;
}

async function runNotebook(context, server, rel, opts) {
  const problems = [];
  const name = path.basename(rel, '.ipynb');
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  page.on('pageerror', (e) => problems.push(`script error in the notebook page: ${e.message.split('\n')[0]}`));
  page.on('dialog', (d) => d.accept());
  // Only this machine's server: the classic UI asks for nothing else that it needs.
  await page.route((url) => !url.href.startsWith(server.base), (route) => route.abort('blockedbyclient'));
  await page.addInitScript(`window.__thw2ImageStats = ${imageStatsInPage.toString()};`);
  const t0 = Date.now();
  await page.goto(`${server.base}/notebooks/${rel}?token=${server.token}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded,
    null, { timeout: 120_000 });
  const maxAttempts = Number(opts['kernel-attempts']);
  // A kernel that never answers: recover as a user would, close the notebook's session (which stops
  // its kernel) and open the notebook again, which starts a fresh kernel behind a fresh connection.
  // (Kernel > Restart in the same page was tried and is not reliable on a loaded machine: the classic
  // server's reconnection can swallow the replies to the first cells run after it.)
  const attempts = await withKernelStarts(maxAttempts, async (n) => {
    if (n > 1) {
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded,
        null, { timeout: 120_000 });
    }
    return kernelReady(page, 90_000);
  }, async (n) => {
    console.log(`     ${name}: the kernel did not answer; closing its session and opening the notebook again (start ${n + 1})`);
    await closeSession(server, rel);
  });
  if (attempts === null) {
    problems.push(`the kernel did not become ready after ${maxAttempts} starts`);
    await page.close();
    return { name, problems, stats: null, seconds: (Date.now() - t0) / 1000 };
  }
  const tRun = Date.now();
  await menu(page, 'Cell', 'run_all_cells');
  // Every code cell has a number and the kernel is idle again.
  try {
    await page.waitForFunction(() => {
      const code = Jupyter.notebook.get_cells().filter((c) => c.cell_type === 'code' && c.get_text().trim());
      return code.every((c) => typeof c.input_prompt_number === 'number')
        && document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null;
    }, null, { timeout: Number(opts.timeout) * 1000, polling: 1000 });
  } catch {
    problems.push(`Run All did not finish within ${opts.timeout} s`);
  }
  await page.waitForTimeout(1500); // let MathJax and late outputs settle
  await page.evaluate(() => new Promise((res) => (window.MathJax && MathJax.Hub ? MathJax.Hub.Queue(res) : res())));
  const r = await page.evaluate(inspectNotebook);
  for (const e of r.errors) problems.push(`error output: ${e}`);
  if (r.unexecuted) problems.push(`${r.unexecuted} code cells did not run`);
  r.images.forEach((img, i) => {
    if (!img.width) problems.push(`image ${i + 1} did not load`);
    else if (isBlank(img)) problems.push(`image ${i + 1} is blank`);
  });
  for (const t of r.rawTex) problems.push(`TeX left in the text: "${t}"`);
  const want = expectedFrom(opts.executed ? path.join(opts.executed, `${name}.ipynb`) : '');
  if (want) {
    if (r.images.length !== want.images) problems.push(`${r.images.length} images, the runner's copy has ${want.images}`);
    if (r.tables !== want.tables) problems.push(`${r.tables} tables, the runner's copy has ${want.tables}`);
    if (r.checkLines !== want.checkLines) problems.push(`${r.checkLines} ✔ lines, the runner's copy has ${want.checkLines}`);
  } else if (r.images.length === 0 && r.tables === 0 && r.checkLines === 0) {
    problems.push('no chart, no table and no check line appeared');
  }
  // The notebook page scrolls inside #site: let it grow so that the screenshot shows every cell.
  await page.addStyleTag({ content: '#site { height: auto !important; overflow: visible !important; } body { overflow: visible !important; }' });
  await page.screenshot({ path: path.join(opts.out, `${name}.png`), fullPage: true });
  await page.close();
  return { name, problems, stats: { ...r, runSeconds: (Date.now() - tRun) / 1000, kernelStarts: attempts },
    seconds: (Date.now() - t0) / 1000 };
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2), DEFAULTS);
  } catch (e) {
    console.error(`notebook-ui: ${e.message}`);
    return 2;
  }
  if (opts._.length === 0) { console.error('notebook-ui: give at least one notebook'); return 2; }
  for (const f of [opts.server, opts.jar, ...opts._]) {
    if (!fs.existsSync(f)) { console.error(`notebook-ui: not found: ${f}`); return 2; }
  }
  fs.mkdirSync(opts.out, { recursive: true });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'thw2-ui-'));
  fs.mkdirSync(path.join(root, 'notebooks'));
  fs.mkdirSync(path.join(root, 'lib', 'target'), { recursive: true });
  fs.copyFileSync(opts.jar, path.join(root, 'lib', 'target', 'thw2.jar'));
  for (const nb of opts._) fs.copyFileSync(nb, path.join(root, 'notebooks', path.basename(nb)));
  const log = path.join(path.resolve(opts.out), 'jupyter-notebook.log');
  fs.writeFileSync(log, '');
  let server = null, browser = null, passed = 0, failed = 0;
  const stop = async () => { await stopJupyter(server); };
  const onSignal = (sig) => { stop().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await startServer(opts, root, log);
    console.log(`     jupyter-notebook pid ${server.child.pid} on 127.0.0.1:${server.port} (temporary folder ${root})`);
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    for (const nb of opts._) {
      const r = await runNotebook(context, server, `notebooks/${path.basename(nb)}`, opts);
      const s = r.stats;
      const summary = s ? `${s.codeCells} code cells run through the UI in ${s.runSeconds.toFixed(1)} s `
        + `(kernel starts: ${s.kernelStarts}); ${s.images.length} charts, ${s.tables} tables, ${s.checkLines} ✔ lines, `
        + `${s.math} typeset formulas` : `${r.seconds.toFixed(1)} s`;
      if (r.problems.length === 0) { passed++; console.log(`ok   ${r.name}: ${summary}`); }
      else {
        failed++;
        console.log(`FAIL ${r.name}: ${summary}`);
        for (const p of r.problems) console.log(`     - ${p}`);
      }
    }
  } finally {
    if (browser) await browser.close();
    await stop();
    if (server) {
      console.log(`     jupyter-notebook pid ${server.child.pid} stopped (${server.exited ? JSON.stringify(server.exited) : 'still running!'})`);
      if (!server.exited) failed++;
    }
    fs.rmSync(root, { recursive: true, force: true });
  }
  console.log(`screenshots: ${path.resolve(opts.out)}`);
  console.log(`notebooks through the UI: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`notebook-ui: ${e.stack || e}`);
  process.exit(2);
});
