#!/usr/bin/env node
// Self-test of the JupyterLab checks (lib/jupyterlab.mjs): they must pass a good notebook and catch
// each planted fault, with no kernel. Writes fixture notebooks whose outputs are already in them
// (as if run), opens each in the test JupyterLab (served with notebook_starts_kernel off), and
// compares the problems found with the ones planted: exactly those, no more, no fewer.
//   good         a formula inline and displayed, a LaTeX output, a chart, an HTML table, ✔ lines
//   bad-outputs  an error, stderr text, a blank chart, a chart that does not load, table markup
//                shown as text; against a "runner's copy" with one more table and another ✔ line
//   bad-math     TeX that MathJax rejects (a double exponent), an undefined command, a formula that
//                never ends (a missing brace)
//   good, MathJax blocked   the same good notebook with MathJax itself (mathjax-full) failing to load
//
// usage: node jupyterlab-selftest.mjs [--out DIR]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, parseArgs } from './lib/browser.mjs';
import { expectedFrom, stopJupyter } from './lib/jupyter-server.mjs';
import { VIEWPORT, inspectNotebook, labBuilt, openNotebook, startLab } from './lib/jupyterlab.mjs';

const DEFAULTS = { out: '', python: process.env.THW2_PYTHON || '/usr/bin/python3' };

/** A PNG (RGB, 8 bits) of width w and height h whose pixel (x, y) has the colour pixel(x, y). */
function png(w, h, pixel) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const t = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4); sum.writeUInt32BE(crc(t));
    return Buffer.concat([len, t, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  const raw = Buffer.alloc(h * (1 + 3 * w));
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) raw.set(pixel(x, y), y * (1 + 3 * w) + 1 + 3 * x);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]).toString('base64');
}

const WHITE = [255, 255, 255];
// A "chart": white, with a blue diagonal band.
const CHART = png(160, 100, (x, y) => (Math.abs(x - 1.6 * y) < 4 ? [31, 119, 180] : WHITE));
const BLANK = png(160, 100, () => WHITE);
const TABLE = '<table><thead><tr><th>n</th><th>n²</th></tr></thead><tbody><tr><td>2</td><td>4</td></tr></tbody></table>';

const md = (source) => ({ cell_type: 'markdown', metadata: {}, source });
let count = 0;
const code = (source, outputs) => ({ cell_type: 'code', execution_count: ++count, metadata: {}, source, outputs });
const stream = (text, name = 'stdout') => ({ output_type: 'stream', name, text });
const display = (data) => ({ output_type: 'display_data', data, metadata: {} });
const notebook = (cells) => ({
  nbformat: 4, nbformat_minor: 5, cells: cells.map((c, i) => ({ id: `cell-${i}`, ...c })),
  metadata: { kernelspec: { name: 'java', display_name: 'Java', language: 'java' }, language_info: { name: 'java' } },
});

function goodCells() {
  return [
    md('# A good notebook\n\nInline $\\sigma(z) = 1/(1+e^{-z})$ and displayed:\n\n$$\\sigma\'(z) = \\sigma(z)\\,(1-\\sigma(z)).$$'),
    code('Show.latex(...)', [display({ 'text/latex': '$$\\frac{a}{b} = \\sqrt{c}$$', 'text/plain': 'a/b = sqrt(c)' })]),
    code('Show.chart(chart)', [display({ 'image/png': CHART, 'text/plain': 'chart' })]),
    code('Show.table(t)', [display({ 'text/html': TABLE, 'text/plain': 'table' })]),
    code('Check.close(...)', [stream('✔ the first claim holds (error 0.0, tolerance 1e-15)\n✔ the second claim holds\n')]),
  ];
}

const CASES = [
  {
    name: 'good', cells: goodCells, expect: [],
  },
  {
    name: 'bad-outputs',
    cells: () => [
      md('# Planted faults in the outputs'),
      code('Check.that(...)', [stream('✔ one\n✔ two\n')]),
      code('throw ...', [{ output_type: 'error', ename: 'java.lang.IllegalStateException', evalue: 'planted failure',
        traceback: ['java.lang.IllegalStateException: planted failure'] }]),
      code('System.err.println(...)', [stream('planted warning on stderr\n', 'stderr')]),
      code('blank chart', [display({ 'image/png': BLANK, 'text/plain': 'blank' })]),
      code('broken chart', [display({ 'image/png': Buffer.from('not a PNG').toString('base64'), 'text/plain': 'broken' })]),
      code('table as text', [display({ 'text/plain': TABLE })]),
    ],
    // The runner's copy: one more table, and a different second ✔ line.
    executed: (nb) => {
      const copy = structuredClone(nb);
      copy.cells[1].outputs = [stream('✔ one\n✔ three\n')];
      copy.cells.push(code('Show.table(t)', [display({ 'text/html': TABLE, 'text/plain': 'table' })]));
      return copy;
    },
    expect: [
      /^error output: java\.lang\.IllegalStateException: planted failure$/,
      /^error output: planted warning on stderr$/,
      /^image 1 is blank/,
      /^image 2 did not load$/,
      /^1 outputs show table markup as text$/,
      /^0 tables, the runner's copy has 1$/,
      /^✔ lines differ from the runner's copy \(2 here, 2 there; first difference at line 2: "✔ two" here, "✔ three" there\)$/,
    ],
  },
  {
    name: 'bad-math',
    cells: () => [
      md('# Planted faults in the formulas\n\nA double exponent: $x^2^3$.'),
      md('An undefined command: $\\notacommand{x}$.'),
      md('A missing brace, so that the formula never ends: $x^{2$.'),
    ],
    expect: [/^MathJax error: Double exponent/, /^MathJax error: undefined command \\notacommand$/,
      /^TeX left raw: ".*never ends: \$x\^\{2\$\."$/,
      /^markdown cells 3 have formulas but none was typeset$/],
  },
  {
    name: 'good', label: 'good, MathJax blocked', cells: goodCells, block: /mathjax-full/,
    expect: [/^TeX left raw: /, /^markdown cells 1 have formulas but none was typeset$/, /^(console error|script error)/],
  },
];

async function main() {
  const opts = parseArgs(process.argv.slice(2), DEFAULTS);
  if (!labBuilt()) { console.error('jupyterlab-selftest: the test JupyterLab is not built (run browser-tests/setup)'); return 2; }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'thw2-lab-selftest-'));
  fs.mkdirSync(path.join(root, 'notebooks'));
  fs.mkdirSync(path.join(root, 'executed'));
  for (const c of CASES) {
    const nb = notebook(c.cells());
    fs.writeFileSync(path.join(root, 'notebooks', `${c.name}.ipynb`), JSON.stringify(nb, null, 1));
    fs.writeFileSync(path.join(root, 'executed', `${c.name}.ipynb`), JSON.stringify(c.executed ? c.executed(nb) : nb, null, 1));
  }
  if (opts.out) fs.mkdirSync(opts.out, { recursive: true });
  const log = path.join(root, 'jupyterlab-server.log');
  let server = null, browser = null, failed = 0;
  try {
    server = await startLab({ python: opts.python, root, log, startsKernel: false });
    browser = await launch();
    const context = await browser.newContext({ viewport: VIEWPORT });
    for (const [i, c] of CASES.entries()) {
      const label = c.label || c.name;
      const problems = [];
      let page = null;
      try {
        page = await openNotebook(context, server, `notebooks/${c.name}.ipynb`, { workspace: `selftest-${i}`, problems, block: c.block });
        await inspectNotebook(page, problems, expectedFrom(path.join(root, 'executed', `${c.name}.ipynb`)));
        if (opts.out) await page.screenshot({ path: path.join(opts.out, `${label.replace(/\W+/g, '-')}.png`) });
      } catch (e) {
        problems.push(`the check itself failed: ${String(e.message || e).split('\n')[0]}`);
      } finally {
        if (page) await page.close();
      }
      const found = [...new Set(problems)];
      const missed = c.expect.filter((re) => !found.some((p) => re.test(p)));
      const extra = found.filter((p) => !c.expect.some((re) => re.test(p)));
      if (missed.length === 0 && extra.length === 0) {
        console.log(`ok   ${label}: ${c.expect.length ? `caught all ${c.expect.length} planted faults` : 'no problem found'}`);
      } else {
        failed++;
        console.log(`FAIL ${label}`);
        for (const re of missed) console.log(`     - not caught: ${re}`);
        for (const p of extra) console.log(`     - unexpected: ${p}`);
      }
    }
  } finally {
    if (browser) await browser.close();
    await stopJupyter(server);
    if (server && !server.exited) { console.log(`serve.py pid ${server.child.pid} still running!`); failed++; }
    if (failed === 0) fs.rmSync(root, { recursive: true, force: true });
    else console.log(`     fixtures and server log kept in ${root}`);
  }
  console.log(`JupyterLab checks self-test: ${CASES.length - failed} of ${CASES.length} cases as planted`);
  return failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`jupyterlab-selftest: ${e.stack || e}`);
  process.exit(2);
});
