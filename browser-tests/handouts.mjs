#!/usr/bin/env node
// Opens every HTML handout in headless Chromium and checks what a reader would see: every figure
// loads and is not blank, MathJax typeset every formula without errors and no raw TeX is left, no
// error or stderr output, links between handouts (and to sections) work, the code switch and the
// dark variant work, nothing sticks out sideways (also in a phone-sized window), and nothing but
// MathJax comes from outside the handout. Saves, per handout, full-page screenshots (NAME.png,
// NAME-no-code.png, NAME-dark.png, NAME-phone.png) and the printed PDF (NAME.pdf, A4).
//
// usage: node handouts.mjs [--handouts DIR] [--out DIR] [--notebooks DIR] [--mathjax DIR]
//                          [--requirejs FILE] [--timeout SECONDS] [file.html ...]
// Exit code 0 when every page passes, 1 when one fails, 2 on bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { launch, parseArgs } from './lib/browser.mjs';
import { checkHandout, PROBLEMS } from './lib/handout-checks.mjs';

const DEFAULTS = {
  handouts: 'build/handouts',
  out: 'build/browser-tests/handouts',
  notebooks: 'notebooks',
  mathjax: process.env.THW2_LOCAL_MATHJAX || '/usr/share/javascript/mathjax',
  requirejs: process.env.THW2_LOCAL_REQUIREJS || '/usr/share/javascript/requirejs/require.min.js',
  timeout: '180',
};

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2), DEFAULTS);
  } catch (e) {
    console.error(`handouts: ${e.message}`);
    return 2;
  }
  const dir = path.resolve(opts.handouts);
  if (!fs.existsSync(path.join(opts.mathjax, 'MathJax.js'))) {
    console.error(`handouts: no local MathJax at ${opts.mathjax} (apt-get install libjs-mathjax, or --mathjax DIR)`);
    return 2;
  }
  const files = opts._.length ? opts._.map((f) => path.resolve(f))
    : fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => path.join(dir, f)) : [];
  if (files.length === 0) {
    console.error(`handouts: no handouts in ${dir} (run ./thw run first)`);
    return 2;
  }
  fs.mkdirSync(opts.out, { recursive: true });
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const common = { handouts: dir, mathjax: opts.mathjax, requirejs: opts.requirejs, notebooks: opts.notebooks,
    shots: opts.out, anchorCache: new Map(), timeoutMs: Number(opts.timeout) * 1000 };
  let passed = 0, failed = 0;
  const report = [];
  try {
    for (const file of files) {
      const t0 = Date.now();
      const result = await checkHandout(context, file, common);
      if (path.basename(file) === 'index.html') indexCoversEveryHandout(file, result);
      report.push(result);
      const s = result.stats;
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      const summary = `${s.figures} figures, ${s.tables} tables, ${s.formulas} formulas, ${s.checks} check outputs, `
        + `${s.errata} errata, ${s.further} "going further" sections, ${s.links} links (${s.externalLinks} to the web, not followed); ${secs} s`;
      if (result.problems.length === 0) {
        passed++;
        console.log(`ok   ${path.basename(file)}: ${summary}`);
      } else {
        failed++;
        console.log(`FAIL ${path.basename(file)}: ${summary}`);
        for (const p of result.problems) console.log(`     - [${p.code}] ${p.msg}`);
      }
      for (const n of result.notes.slice(0, 5)) console.log(`     note: ${n}`);
    }
  } finally {
    await browser.close();
  }
  fs.writeFileSync(path.join(opts.out, 'report.json'), JSON.stringify({ problems: PROBLEMS, report }, null, 2));
  console.log(`screenshots and PDFs: ${path.resolve(opts.out)}`);
  console.log(`handouts: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

/** The index page must link to every handout beside it. */
function indexCoversEveryHandout(indexFile, result) {
  const html = fs.readFileSync(indexFile, 'utf8');
  const dir = path.dirname(indexFile);
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.html') && x !== 'index.html')) {
    if (!html.includes(`href="${f}"`)) {
      result.problems.push({ code: 'link-broken', msg: `the index page has no card for ${f}` });
    }
  }
}

main().then((code) => process.exit(code), (e) => {
  console.error(`handouts: ${e.stack || e}`);
  process.exit(2);
});
