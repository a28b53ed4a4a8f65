// The steps of a notebook run through the test JupyterLab (browser-tests/jupyterlab), shared by
// jupyterlab-ui.mjs (real notebooks, real kernel) and jupyterlab-selftest.mjs (fixtures with planted
// faults, no kernel): start the server, open a notebook, wait for its kernel, Run All Cells, and
// check what the page shows.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageStatsInPage, isBlank, sleep } from './browser.mjs';
import { startJupyter } from './jupyter-server.mjs';

export const LAB_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'jupyterlab');
export const VIEWPORT = { width: 1280, height: 900 };
// The tallest viewport used to show a whole notebook at once (a taller notebook is cut).
const MAX_HEIGHT = 32_000;
// What Debian's jupyter-server 1.23 does not have and JupyterLab 4 asks for anyway: the identity API
// (GET /api/me: JupyterLab then shows an anonymous user) and the event bus (the websocket
// /api/events/subscribe: JupyterLab retries it in the background). Neither takes part in opening,
// running or showing a notebook; every other failed request counts as a problem.
const KNOWN_MISSING = [/^\/api\/me(\?|$)/, /^\/api\/events\/subscribe(\?|$)/];

/** The JupyterLab version of the build (from the installed @jupyterlab/application). */
export function labVersion() {
  const f = path.join(LAB_DIR, 'node_modules', '@jupyterlab', 'application', 'package.json');
  return JSON.parse(fs.readFileSync(f, 'utf8')).version;
}

/** Whether the test JupyterLab has been built (browser-tests/setup builds it). */
export function labBuilt() {
  return fs.existsSync(path.join(LAB_DIR, 'build', 'bundle.js'));
}

/**
 * Starts serve.py (Debian's jupyter-server with jupyterlab-server's LabServerApp) serving `root`.
 * With startsKernel false, opening a notebook starts no kernel (for the self-test's fixtures).
 * The server's kernel_info_timeout is left at its default (60 s), as a student has it: the test
 * fails when the server log shows that the kernel made it wait (jupyterlab-ui.mjs).
 */
export function startLab({ python, root, log, startsKernel = true }) {
  return startJupyter({
    command: [python, path.join(LAB_DIR, 'serve.py'), '--state', path.join(root, '.lab-state')],
    args: (port, token) => ['--no-browser', '--ip=127.0.0.1', `--port=${port}`, '--ServerApp.port_retries=0',
      `--ServerApp.token=${token}`, `--ServerApp.root_dir=${root}`,
      ...(startsKernel ? [] : ['--Thw2Lab.notebook_starts_kernel=False']),
      ...(process.getuid && process.getuid() === 0 ? ['--allow-root'] : [])],
    root, log, what: 'the JupyterLab server (serve.py)',
  });
}

/** Shuts down every session's kernel through the REST API (between notebooks). */
export async function shutdownSessions(server) {
  const r = await fetch(`${server.base}/api/sessions?token=${server.token}`);
  for (const s of r.ok ? await r.json() : []) {
    await fetch(`${server.base}/api/sessions/${s.id}?token=${server.token}`, { method: 'DELETE' });
  }
}

// ---- functions that run in the page -------------------------------------------------------------

/** Finds the notebook panel of `rel` once JupyterLab has restored and opened it. */
function findPanel(rel) {
  if (document.body.dataset.thw2LabError) return { error: document.body.dataset.thw2LabError };
  const app = window.jupyterapp;
  if (!app) return null;
  for (const w of app.shell.widgets('main')) {
    if (w.context && w.context.path === rel && w.content && w.content.model && w.content.model.cells) {
      window.__thw2Panel = w;
      return { found: true };
    }
  }
  return null;
}

/** True once the notebook's kernel is connected, idle and has answered kernel_info. */
function kernelReady() {
  const sc = window.__thw2Panel.sessionContext;
  const k = sc.session && sc.session.kernel;
  if (!k) return false;
  // kernel.info is a new promise after each restart (the connection object stays the same).
  if (!window.__thw2Info || window.__thw2Info.promise !== k.info) {
    const info = { promise: k.info, reply: null };
    window.__thw2Info = info;
    k.info.then((r) => { info.reply = r; }, () => {});
  }
  return k.status === 'idle' && k.connectionStatus === 'connected' && window.__thw2Info.reply !== null;
}

/** The kernel's state, for the log when it does not become ready. */
function kernelState() {
  const sc = window.__thw2Panel.sessionContext;
  const k = sc.session && sc.session.kernel;
  return JSON.stringify({ kernel: k ? k.name : null, status: k && k.status, connection: k && k.connectionStatus,
    answered: !!(window.__thw2Info && window.__thw2Info.reply) });
}

/**
 * True once every non-empty code cell has an execution count (or an error stopped the run) and the
 * kernel is idle, three polls in a row.
 */
function runFinished() {
  const p = window.__thw2Panel;
  const k = p.sessionContext.session && p.sessionContext.session.kernel;
  const code = [...p.content.model.cells].filter((c) => c.type === 'code' && c.sharedModel.getSource().trim());
  const allRun = code.every((c) => c.executionCount !== null);
  const failed = code.some((c) => c.outputs.toJSON().some((o) => o.output_type === 'error'));
  const settled = !!k && k.status === 'idle' && (allRun || failed);
  window.__thw2Settled = settled ? (window.__thw2Settled || 0) + 1 : 0;
  return window.__thw2Settled >= 3;
}

/**
 * Scrolls the notebook to its top and says how tall the viewport must be to show all of it at once
 * (JupyterLab's estimate for cells it has not drawn yet is corrected once they are, hence repeats).
 */
function fullHeight() {
  const outer = window.__thw2Panel.content.outerNode;
  outer.scrollTop = 0;
  // Less the blank space JupyterLab adds below the last cell (it scales with the viewport).
  const pastEnd = parseFloat(getComputedStyle(outer, '::after').height) || 0;
  const m = { window: window.innerHeight, client: outer.clientHeight, scroll: outer.scrollHeight, pastEnd };
  return { ...m, height: m.window - m.client + m.scroll - m.pastEnd };
}

/** TeX left raw in rendered markdown and LaTeX outputs, MathJax's errors, unrendered markdown. */
function mathState() {
  const nb = window.__thw2Panel.content;
  const r = { formulas: 0, rawTex: [], mathErrors: [], unrendered: 0, withoutMath: [] };
  nb.widgets.forEach((cell, i) => {
    if (cell.model.type === 'markdown') {
      if (!cell.rendered) r.unrendered++;
      // A markdown cell whose source has a formula must show at least one typeset formula.
      const src = cell.model.sharedModel.getSource().replace(/```[\s\S]*?```|`[^`\n]*`/g, '');
      if (/\$[^$]+\$|\\\(|\\\[|\\begin\{/.test(src) && !cell.node.querySelector('mjx-container')) r.withoutMath.push(i + 1);
    }
  });
  for (const el of nb.node.querySelectorAll('.jp-MarkdownOutput, .jp-RenderedLatex')) {
    r.formulas += el.querySelectorAll('mjx-container').length;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest('code, pre, script, style, mjx-container, mjx-assistive-mml')) continue;
      const m = /\$|\\[()[\]]|\\[A-Za-z]{2,}/.exec(n.nodeValue);
      if (m) r.rawTex.push(n.nodeValue.slice(Math.max(0, m.index - 30), m.index + 40).replace(/\s+/g, ' ').trim());
    }
  }
  // A TeX error is an merror; an undefined command (JupyterLab loads MathJax's noundefined package)
  // is drawn as red text, which the assistive MathML beside each formula shows as a red mtext.
  for (const e of nb.node.querySelectorAll('mjx-math mjx-merror')) {
    r.mathErrors.push((e.getAttribute('data-mjx-error') || e.textContent).slice(0, 200));
  }
  for (const e of nb.node.querySelectorAll('mjx-assistive-mml mtext[mathcolor="red"]')) {
    if (e.textContent.startsWith('\\')) r.mathErrors.push(`undefined command ${e.textContent.slice(0, 100)}`);
  }
  return r;
}

/** What the outputs show, from what JupyterLab received (the model) and what it draws (the page). */
function inspectOutputs() {
  const p = window.__thw2Panel;
  const nb = p.content;
  const cells = [...nb.model.cells];
  const code = cells.filter((c) => c.type === 'code');
  const outputs = [...nb.node.querySelectorAll('.jp-OutputArea-output')];
  return {
    cells: cells.length, codeCells: code.length,
    unexecuted: code.filter((c) => c.sharedModel.getSource().trim() && c.executionCount === null).length,
    detached: nb.widgets.filter((w) => !w.node.isConnected).length,
    errors: code.flatMap((c) => c.outputs.toJSON())
      .filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr'))
      .map((o) => (o.output_type === 'error' ? `${o.ename}: ${o.evalue}` : [].concat(o.text).join('')).trim().slice(0, 300)),
    errorsShown: [...nb.node.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
      .map((e) => e.textContent.trim().slice(0, 300)),
    images: [...nb.node.querySelectorAll('.jp-OutputArea-output img')].map((img) => ({
      src: (img.getAttribute('src') || '').slice(0, 30), ...window.__thw2ImageStats(img) })),
    pngOutputs: code.flatMap((c) => c.outputs.toJSON()).filter((o) => o.data && o.data['image/png']).length,
    tables: nb.node.querySelectorAll('.jp-OutputArea-output table').length,
    tablesAsText: outputs.filter((e) => !e.querySelector('table') && /<table\b/i.test(e.textContent)).length,
    checkLines: outputs.flatMap((e) => e.innerText.split('\n')).map((l) => l.trim()).filter((l) => l.includes('✔')),
  };
}

// ---- steps --------------------------------------------------------------------------------------

/**
 * Opens `rel` in a new page of `context` (a workspace of its own, so that no notebook opened earlier
 * is restored beside it). Records in `problems` script errors, console errors, failed requests (but
 * KNOWN_MISSING) and any request that leaves the server (blocked). `block` (a RegExp) fails matching
 * requests to the server itself, for the self-test. Resolves with the page once the notebook is open.
 */
export async function openNotebook(context, server, rel, { workspace, problems, block = null }) {
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const local = (u) => u.replace(server.base, '').replace(/token=[0-9a-f]+/, 'token=…');
  page.on('pageerror', (e) => problems.push(`script error in the page: ${e.message.split('\n')[0]}`));
  page.on('console', (m) => {
    // Failed loads are reported once, by the response and websocket handlers below.
    if (m.type() === 'error' && !/^Failed to load resource|^WebSocket connection to/.test(m.text())) {
      problems.push(`console error: ${m.text().split('\n')[0].slice(0, 300)}`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !KNOWN_MISSING.some((re) => re.test(local(res.url())))) {
      problems.push(`HTTP ${res.status()} for ${local(res.url())}`);
    }
  });
  page.on('websocket', (ws) => ws.on('socketerror', (e) => {
    if (!KNOWN_MISSING.some((re) => re.test(local(ws.url().replace(/^ws/, 'http'))))) {
      problems.push(`websocket ${local(ws.url())} failed: ${e}`);
    }
  }));
  // Everything JupyterLab needs comes from this server (MathJax is bundled): anything else is a problem.
  await page.route((url) => !url.href.startsWith(server.base) || (block && block.test(url.href)), (route) => {
    const u = route.request().url();
    if (!u.startsWith(server.base)) problems.push(`the page asked for ${u.slice(0, 120)} (blocked)`);
    return route.abort('blockedbyclient');
  });
  await page.addInitScript(`window.__thw2ImageStats = ${imageStatsInPage.toString()};\n`
    + `window.__thw2MathState = ${mathState.toString()};`);
  await page.goto(`${server.base}/lab/workspaces/${workspace}/tree/${rel}?token=${server.token}`, { waitUntil: 'load' });
  const found = await (await page.waitForFunction(findPanel, rel, { timeout: 120_000, polling: 250 })).jsonValue();
  if (found.error) throw new Error(`JupyterLab did not start: ${found.error.split('\n')[0]}`);
  return page;
}

/**
 * Waits up to `seconds` for the notebook's kernel to be connected and idle and to have answered
 * kernel_info. Resolves with true, or false (after logging the kernel's state).
 */
export async function waitForKernel(page, label, seconds = 90) {
  const ready = await page.waitForFunction(kernelReady, null, { timeout: seconds * 1000, polling: 500 })
    .then(() => true, () => false);
  if (!ready) console.log(`     ${label}: kernel not ready after ${seconds} s: ${await page.evaluate(kernelState).catch((e) => String(e))}`);
  return ready;
}

/** The name of the kernel the notebook runs with. */
export function kernelName(page) {
  return page.evaluate(() => {
    const s = window.__thw2Panel.sessionContext.session;
    return s && s.kernel ? s.kernel.name : null;
  });
}

/** Run ▸ Run All Cells, then waits until every cell has run and the kernel is idle. */
export async function runAll(page, timeoutSeconds) {
  await menu(page, 'Run', 'Run All Cells');
  return page.waitForFunction(runFinished, null, { timeout: timeoutSeconds * 1000, polling: 1000 })
    .then(() => true, () => false);
}

/** Clicks an item of JupyterLab's main menu. */
export async function menu(page, top, item) {
  await page.locator('#jp-MainMenu .lm-MenuBar-itemLabel', { hasText: new RegExp(`^${top}$`) }).click();
  await page.locator('.lm-Menu .lm-Menu-itemLabel', { hasText: new RegExp(`^${item}$`) }).click();
}

/**
 * Shows the whole notebook and checks what it shows, adding to `problems`; `want` (or null) is what
 * the runner's executed copy has (lib/jupyter-server.mjs expectedFrom). Resolves with the figures.
 * JupyterLab attaches only the cells in view (its default windowing): a viewport as tall as the
 * notebook shows them all, as each would appear when scrolled to, and lets one screenshot hold it.
 */
export async function inspectNotebook(page, problems, want) {
  let settled = false, m = null;
  for (let i = 0, last = 0; i < 12 && !settled; i++) {
    m = await page.evaluate(fullHeight);
    // A measure taken while JupyterLab is still laying the cells out can be off: measure again.
    if (m.height > 0) {
      const h = Math.max(VIEWPORT.height, Math.min(MAX_HEIGHT, Math.ceil(m.height)));
      settled = h === last;
      if (!settled) await page.setViewportSize({ width: VIEWPORT.width, height: h });
      last = h;
    }
    if (!settled) await sleep(1000);
  }
  if (!settled) problems.push(`the notebook's height did not settle (last measure ${JSON.stringify(m)})`);
  // MathJax typesets asynchronously: wait (up to 30 s) until no TeX is left raw.
  const math = await page.waitForFunction(() => {
    const m = window.__thw2MathState();
    return m.rawTex.length === 0 && m.unrendered === 0 && m.withoutMath.length === 0 ? m : null;
  }, null, { timeout: 30_000, polling: 500 }).then((h) => h.jsonValue(), () => page.evaluate(() => window.__thw2MathState()));
  const r = await page.evaluate(inspectOutputs);
  for (const e of r.errors) problems.push(`error output: ${e.split('\n')[0]}`);
  // The page draws each error and stderr output in the same way: it must not show more than the model has.
  if (r.errorsShown.length > r.errors.length) {
    for (const e of r.errorsShown) problems.push(`error shown: ${e.split('\n')[0]}`);
  }
  if (r.unexecuted) problems.push(`${r.unexecuted} code cells did not run`);
  if (r.detached) problems.push(`${r.detached} cells were not shown even in a viewport as tall as the notebook (at most ${MAX_HEIGHT} px)`);
  if (r.images.length !== r.pngOutputs) problems.push(`${r.pngOutputs} PNG outputs but ${r.images.length} images on the page`);
  r.images.forEach((img, i) => {
    if (!img.width) problems.push(`image ${i + 1} did not load`);
    else if (isBlank(img)) problems.push(`image ${i + 1} is blank (${JSON.stringify(img)})`);
  });
  if (r.tablesAsText) problems.push(`${r.tablesAsText} outputs show table markup as text`);
  for (const t of math.rawTex) problems.push(`TeX left raw: "${t}"`);
  for (const e of math.mathErrors) problems.push(`MathJax error: ${e}`);
  if (math.unrendered) problems.push(`${math.unrendered} markdown cells are not rendered`);
  if (math.withoutMath.length) problems.push(`markdown cells ${math.withoutMath.join(', ')} have formulas but none was typeset`);
  if (want) {
    if (r.images.length !== want.images) problems.push(`${r.images.length} images, the runner's copy has ${want.images}`);
    if (r.tables !== want.tables) problems.push(`${r.tables} tables, the runner's copy has ${want.tables}`);
    const a = r.checkLines, b = want.checkLines;
    const i = a.findIndex((l, j) => l !== b[j]);
    if (a.length !== b.length || i >= 0) {
      const at = i >= 0 ? i : Math.min(a.length, b.length);
      problems.push(`✔ lines differ from the runner's copy (${a.length} here, ${b.length} there; first difference at line ${at + 1}: `
        + `"${(a[at] || '(none)').slice(0, 120)}" here, "${(b[at] || '(none)').slice(0, 120)}" there)`);
    }
  }
  return { ...r, ...math };
}
