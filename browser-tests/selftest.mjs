#!/usr/bin/env node
// Self-test of the handout checks: they must pass a good page and catch each kind of fault.
// Renders the fixture notebooks in fixtures/ (outputs already in them; no kernel) with the handout
// template, then checks each page and compares the problems found with the ones the fixture's
// metadata (thw2_browser_test.expect) says it contains: exactly those, no more, no fewer.
// Two more cases: the good fixture with MathJax unavailable, and rendered without the project's
// template (no code switch, no dark variant, no alt text on the figures).
//
// usage: node selftest.mjs [--jupyter PATH] [--templates DIR] [--mathjax DIR] [--out DIR]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, parseArgs } from './lib/browser.mjs';
import { checkHandout } from './lib/handout-checks.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// The runner's defaults (thw2.tools.Runner.DEFAULT_MATHJAX, DEFAULT_REQUIREJS): public CDN addresses.
const CDN_MATHJAX = 'https://cdn.jsdelivr.net/npm/mathjax@2.7.9/MathJax.js?config=TeX-AMS_CHTML-full,Safe';
const CDN_REQUIREJS = 'https://cdn.jsdelivr.net/npm/requirejs@2.3.6/require.min.js';
const DEFAULTS = {
  jupyter: '/usr/bin/jupyter',
  templates: path.join(HERE, '..', 'handout', 'templates'),
  mathjax: process.env.THW2_LOCAL_MATHJAX || '/usr/share/javascript/mathjax',
  requirejs: process.env.THW2_LOCAL_REQUIREJS || '/usr/share/javascript/requirejs/require.min.js',
  out: '',
};

function nbconvert(jupyter, args) {
  const r = spawnSync(jupyter, ['nbconvert', '--to', 'html', `--HTMLExporter.mathjax_url=${CDN_MATHJAX}`,
    `--HTMLExporter.require_js_url=${CDN_REQUIREJS}`, ...args],
    { encoding: 'utf8', env: { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: '1' }, timeout: 600_000 });
  if (r.status !== 0) throw new Error(`nbconvert failed (${r.status}): ${(r.stderr || '').slice(-2000)}`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2), DEFAULTS);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'thw2-selftest-'));
  const html = path.join(work, 'handouts');
  fs.mkdirSync(html);
  const fixtures = fs.readdirSync(path.join(HERE, 'fixtures')).filter((f) => f.endsWith('.ipynb')).sort();
  nbconvert(opts.jupyter, ['--template', 'thw2', `--TemplateExporter.extra_template_basedirs=${path.resolve(opts.templates)}`,
    '--output-dir', html, ...fixtures.map((f) => path.join(HERE, 'fixtures', f))]);
  const plain = path.join(work, 'plain');
  fs.mkdirSync(plain);
  nbconvert(opts.jupyter, ['--template', 'lab', '--output-dir', plain, path.join(HERE, 'fixtures', 'good.ipynb')]);
  fs.copyFileSync(path.join(html, 'bad-links.html'), path.join(plain, 'bad-links.html'));
  // the handouts' "home" link goes to index.html
  for (const dir of [html, plain]) {
    fs.writeFileSync(path.join(dir, 'index.html'), '<!DOCTYPE html><title>fixtures</title>'
      + fixtures.map((f) => `<a href="${f.replace(/\.ipynb$/, '.html')}">${f}</a>`).join(' '));
  }

  const cases = fixtures.map((f) => {
    const meta = JSON.parse(fs.readFileSync(path.join(HERE, 'fixtures', f), 'utf8')).metadata.thw2_browser_test;
    return { name: f.replace(/\.ipynb$/, ''), file: path.join(html, f.replace(/\.ipynb$/, '.html')), dir: html,
      expect: meta.expect, mathjax: opts.mathjax };
  });
  cases.push({ name: 'good, MathJax unavailable', file: path.join(html, 'good.html'), dir: html,
    expect: ['mathjax-missing', 'raw-tex'], mathjax: path.join(work, 'no-mathjax') });
  cases.push({ name: 'good, without the project template', file: path.join(plain, 'good.html'), dir: plain,
    expect: ['code-toggle', 'dark-variant', 'image-no-alt'], mathjax: opts.mathjax });  // the alt text is the template's

  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  let passed = 0, failed = 0;
  try {
    for (const c of cases) {
      const shots = opts.out ? path.join(opts.out, c.name.replace(/[^a-z0-9-]+/gi, '_')) : null;
      if (shots) fs.mkdirSync(shots, { recursive: true });
      const r = await checkHandout(context, c.file, { handouts: c.dir, mathjax: c.mathjax, requirejs: opts.requirejs,
        notebooks: path.join(HERE, 'fixtures'), shots, anchorCache: new Map(), timeoutMs: 120_000 });
      const found = [...new Set(r.problems.map((p) => p.code))].sort();
      const missing = c.expect.filter((e) => !found.includes(e));
      const extra = found.filter((e) => !c.expect.includes(e));
      if (missing.length === 0 && extra.length === 0) {
        passed++;
        console.log(`ok   ${c.name}: found ${found.length ? found.join(', ') : 'no problem'}, as expected`);
        for (const p of r.problems) console.log(`     [${p.code}] ${p.msg}`);
      } else {
        failed++;
        console.log(`FAIL ${c.name}: expected [${c.expect.join(', ')}], found [${found.join(', ')}]`);
        if (missing.length) console.log(`     not detected: ${missing.join(', ')}`);
        for (const p of r.problems.filter((x) => extra.includes(x.code))) console.log(`     unexpected [${p.code}] ${p.msg}`);
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`check self-test: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`selftest: ${e.stack || e}`);
  process.exit(2);
});
