#!/usr/bin/env node
// Prints every handout to A4 PDF as a reader would print it for reading: code hidden (the bar's
// "Hide code" state, class thw2-hide-code on <html>) and "Going further" sections closed (the
// template leaves closed ones out of print), and reports each one's page count.
//
// usage: node handout-pages.mjs [--handouts DIR] [--out DIR] [--mathjax DIR] [--max N] [--png] [file.html ...]
//   --out DIR  where NAME.pdf goes (default build/handout-pages); --png also writes NAME-NN.png per page
//              (needs pdftoppm, Debian's poppler-utils) to look at
//   --max N    exit 1 when a question handout (q*.html) prints on more than N pages
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { launch, parseArgs } from './lib/browser.mjs';
import { PAGE_PROBE, routeNetwork } from './lib/handout-checks.mjs';

const DEFAULTS = {
  handouts: 'build/handouts',
  out: 'build/handout-pages',
  mathjax: process.env.THW2_LOCAL_MATHJAX || '/usr/share/javascript/mathjax',
  requirejs: process.env.THW2_LOCAL_REQUIREJS || '/usr/share/javascript/requirejs/require.min.js',
  max: '0',
  png: false,
  timeout: '180',
};

/** Pages of a PDF: pdfinfo when installed, else the page objects Chromium writes (one "/Type /Page" each). */
function pageCount(file) {
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = info.match(/^Pages:\s+(\d+)/m);
    if (m) return Number(m[1]);
  } catch { /* no pdfinfo: count page objects */ }
  return (fs.readFileSync(file, 'latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2), DEFAULTS);
  } catch (e) {
    console.error(`handout-pages: ${e.message}`);
    return 2;
  }
  const dir = path.resolve(opts.handouts);
  const files = opts._.length ? opts._.map((f) => path.resolve(f))
    : fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.html') && f !== 'index.html').sort()
      .map((f) => path.join(dir, f)) : [];
  if (files.length === 0) {
    console.error(`handout-pages: no handouts in ${dir} (run ./thw run first)`);
    return 2;
  }
  fs.mkdirSync(opts.out, { recursive: true });
  const max = Number(opts.max);
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  let over = 0;
  let total = 0;
  try {
    for (const file of files) {
      const name = path.basename(file, '.html');
      const page = await context.newPage();
      page.setDefaultTimeout(Number(opts.timeout) * 1000);
      await routeNetwork(page, opts);
      await page.addInitScript(PAGE_PROBE);
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      if (await page.evaluate(() => !!(window.MathJax && window.MathJax.Hub))) {
        await page.waitForFunction(() => window.__thw2.mathDone, null, { polling: 250 });
      }
      await page.evaluate(() => {
        document.documentElement.classList.add('thw2-hide-code');
        for (const d of document.querySelectorAll('details.thw2-further')) d.open = false;
      });
      const pdf = path.join(opts.out, `${name}.pdf`);
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      await page.close();
      const pages = pageCount(pdf);
      total += pages;
      const tooMany = max > 0 && /^q\d/.test(name) && pages > max;
      if (tooMany) over++;
      console.log(`${name.padEnd(55)} ${String(pages).padStart(3)} pages${tooMany ? `  (more than ${max})` : ''}`);
      if (opts.png) {
        execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(opts.out, name)], { stdio: 'inherit' });
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${total} A4 pages in all, code hidden and "Going further" closed; PDFs in ${path.resolve(opts.out)}`);
  return over > 0 ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`handout-pages: ${e.stack || e}`);
  process.exit(2);
});
