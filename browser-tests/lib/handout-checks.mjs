// The checks one HTML handout must pass when a person opens it in a browser.
//
// A handout is opened from disk (file://), as a reader who downloaded it would. It may load MathJax
// (and require.js, which nbconvert's template includes) from the network; the test serves both from
// local copies (Debian's libjs-mathjax and libjs-requirejs) by intercepting the requests, so the exact
// file that `./thw run` writes, with its public CDN URLs, is what gets tested. Any other request that
// leaves the handout (another web address, or a file beside it) is a failure: handouts embed their images.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentType, imageStatsInPage, isBlank } from './browser.mjs';

/** Problem codes, each with a one-line meaning (used in messages and by the self-test). */
export const PROBLEMS = {
  'page-error': 'a script on the page threw',
  'external-request': 'the page loads something other than MathJax from outside itself',
  'mathjax-missing': 'the page asks for MathJax but MathJax did not load',
  'mathjax-timeout': 'MathJax did not finish typesetting in time',
  'mathjax-error': 'MathJax reported a TeX error or an undefined control sequence',
  untypeset: 'a formula was not typeset',
  'raw-tex': 'TeX source ($, \\(, \\command) is left in the text',
  'error-output': 'an error or stderr output is shown',
  'image-broken': 'an image did not load',
  'image-blank': 'an image is blank (one colour)',
  'image-not-embedded': 'an image is not embedded in the handout (data: URI)',
  'image-no-alt': 'an image has no text alternative, or one that says nothing (alt missing or empty, a class name, an object identity, a file name, "image 720×420")',
  'link-broken': 'a link points to a file that does not exist',
  'link-notebook': 'a link points to a notebook (.ipynb) instead of its handout',
  'link-anchor': 'a link points to a section that does not exist',
  'link-outside': 'a link points to a file outside the handouts folder',
  overflow: 'the page is wider than the window (1280 px; 390 and 320 px like a phone; 320 px with letters 15 % wider)',
  'code-toggle': 'the show/hide code switch is missing or does not work',
  'dark-variant': 'the dark variant does not turn the page dark',
};

/**
 * Why an image's alt text tells a reader nothing (WCAG 1.1.1), or '' when it says something: missing or
 * empty (the handouts have no decorative images), a Java class name or object identity
 * (java.awt.image.BufferedImage@1b6d3586), a file name, or a bare word such as "image", with or without a
 * size ("image 720×420", the kernel's form for a picture that does not describe itself).
 */
export function emptyAlt(alt) {
  if (alt === null || alt === undefined) return 'has no alt attribute';
  const t = alt.trim().replace(/^\[(.*)\]$/s, '$1').trim();
  if (!t) return 'has an empty alt text';
  if (/^(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:@[0-9a-f]+)?$/.test(t) || /@[0-9a-f]{6,}\b/.test(t)) {
    return `has a class name or object identity for alt text ("${t.slice(0, 60)}")`;
  }
  if (/^[\w.-]+\.(?:png|jpe?g|gif|svg|webp)$/i.test(t)) return `has a file name for alt text ("${t}")`;
  if (/^(?:an? )?(?:image|picture|figure|chart|graph|plot|img|photo|output)(?: \d+ ?[×x] ?\d+)?\.?$/i.test(t)) {
    return `has an alt text that says nothing ("${t}")`;
  }
  return '';
}

/** Runs in the page: how far it sticks out sideways, and the outermost elements that do. */
function sideways() {
  const root = document.documentElement;
  const limit = root.clientWidth + 2;
  const culprits = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= limit) continue;
    if (el.parentElement && el.parentElement.getBoundingClientRect().right > limit) continue; // its parent is reported
    // inside a box that scrolls sideways it does not widen the page (unless positioned out of its flow)
    let scrolls = false;
    const pos = getComputedStyle(el).position;
    for (let p = el.parentElement; p && p !== document.body && pos !== 'absolute' && pos !== 'fixed'; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if (ox === 'auto' || ox === 'scroll' || ox === 'hidden') { scrolls = true; break; }
    }
    if (scrolls) continue;
    const id = el.id ? `#${el.id}` : '';
    const cls = el.classList.length ? `.${[...el.classList].slice(0, 2).join('.')}` : '';
    culprits.push(`${el.tagName.toLowerCase()}${id}${cls} ends at ${Math.round(r.right)} px`);
    if (culprits.length >= 3) break;
  }
  return { overflow: root.scrollWidth - root.clientWidth, culprits };
}

/** Installed before any page script: hooks MathJax's error signals and marks the end of typesetting. */
export const PAGE_PROBE = `
window.__thw2 = { mathErrors: [], mathDone: false };
window.MathJax = { AuthorInit: function () {
  var H = MathJax.Hub, errs = window.__thw2.mathErrors;
  H.Register.MessageHook('TeX Jax - parse error', function (m) { errs.push('TeX parse error: ' + m[1] + ' in ' + m[2]); });
  H.Register.MessageHook('TeX Jax - undefined control sequence', function (m) { errs.push('undefined control sequence ' + m[1]); });
  H.Register.MessageHook('Math Processing Error', function (m) { errs.push('Math Processing Error: ' + (m[2] && m[2].message || m[2])); });
  H.Register.StartupHook('End', function () { H.Queue(function () { window.__thw2.mathDone = true; }); });
} };
window.__thw2ImageStats = ${imageStatsInPage.toString()};
`;

/** Runs in the page after typesetting: everything the checks need, read off the DOM. */
function inspectPage() {
  const out = { formulas: 0, untypeset: [], mathDomErrors: [], rawTex: [], errors: [], images: [], tables: 0,
    links: [], badAnchors: [], overflow: 0, checks: 0, errata: 0, codeCells: 0, mathjaxScript: false };
  out.mathjaxScript = [...document.scripts].some((s) => /mathjax/i.test(s.src));
  for (const el of document.querySelectorAll('[data-mime-type="application/vnd.jupyter.stderr"], .jp-mod-error, .output_error, .output_stderr')) {
    out.errors.push(el.textContent.trim().replace(/\s+/g, ' ').slice(0, 300));
  }
  const scripts = [...document.querySelectorAll('script[type^="math/tex"]')];
  out.formulas = scripts.length;
  for (const s of scripts) {
    const frame = document.getElementById(s.id + '-Frame');
    const r = frame ? frame.getBoundingClientRect() : null;
    if (!frame || (r.width === 0 && r.height === 0)) out.untypeset.push(s.textContent.slice(0, 100));
  }
  for (const el of document.querySelectorAll('.MathJax_Error, .mjx-merror, .MathJax .merror')) {
    out.mathDomErrors.push(el.textContent.slice(0, 100));
  }
  const SKIP = 'code, pre, script, style, textarea, .MathJax, .MathJax_CHTML, .MathJax_Display, .MathJax_Preview, .mjx-chtml, .MJX_Assistive_MathML, .MathJax_SVG, .jp-InputArea-editor';
  const TEX = /\$|\\[()[\]]|\\[A-Za-z]{2,}/;
  for (const root of document.querySelectorAll('.jp-RenderedMarkdown, .jp-RenderedHTML, .jp-RenderedLatex, .thw2-index')) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest(SKIP)) continue;
      const m = TEX.exec(n.nodeValue);
      if (m) {
        const t = n.nodeValue;
        out.rawTex.push(t.slice(Math.max(0, m.index - 30), m.index + 40).replace(/\s+/g, ' ').trim());
      }
    }
  }
  out.images = [...document.images].map((img) => ({
    src: img.getAttribute('src') ? img.getAttribute('src').slice(0, 60) : '',
    embedded: (img.getAttribute('src') || '').startsWith('data:'),
    alt: img.getAttribute('alt'),
    shownWidth: img.getBoundingClientRect().width,
    ...window.__thw2ImageStats(img),
  }));
  out.tables = document.querySelectorAll('.jp-OutputArea-output table').length;
  out.checks = document.querySelectorAll('.celltag_check .jp-OutputArea-output').length;
  out.errata = document.querySelectorAll('.celltag_erratum').length;
  out.codeCells = document.querySelectorAll('.jp-CodeCell .jp-InputArea').length;
  for (const a of document.querySelectorAll('a[href]')) {
    const raw = a.getAttribute('href');
    out.links.push({ raw, abs: a.href, text: a.textContent.trim().slice(0, 60) });
    if (raw.startsWith('#') && raw.length > 1) {
      // as browsers do: the fragment as written, then percent-decoded
      const ids = [raw.slice(1)];
      try { ids.push(decodeURIComponent(raw.slice(1))); } catch { /* not decodable */ }
      if (!ids.some((id) => document.getElementById(id) || document.getElementsByName(id).length)) out.badAnchors.push(raw);
    }
  }
  out.overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  return out;
}

/** Code cells' inputs that are visible (for the show/hide switch). */
function visibleCodeInputs() {
  return [...document.querySelectorAll('.jp-CodeCell .jp-InputArea')]
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden').length;
}

/** Relative luminance of the body's background, 0 (black) to 1 (white). */
function backgroundLuminance() {
  let el = document.body, c = getComputedStyle(el).backgroundColor;
  if (c === 'rgba(0, 0, 0, 0)' || c === 'transparent') c = getComputedStyle(document.documentElement).backgroundColor;
  if (c === 'rgba(0, 0, 0, 0)' || c === 'transparent') return 1; // the browser's default canvas is white
  const [r, g, b] = c.match(/[\d.]+/g).map(Number).map((v) => v / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Serves MathJax and require.js from local copies; records and blocks every other web request.
 * Returns the list that blocked requests are added to.
 */
export async function routeNetwork(page, opts) {
  const blocked = [];
  await page.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const mj = url.pathname.match(/\/mathjax(?:@[^/]*)?\/(.+)$/i);
    if (mj) {
      const root = path.resolve(opts.mathjax);
      const file = path.resolve(root, decodeURIComponent(mj[1]));
      if (file.startsWith(root + path.sep) && fs.existsSync(file)) {
        return route.fulfill({ status: 200, path: file, contentType: contentType(file) });
      }
      return route.fulfill({ status: 404, body: 'not in the local MathJax copy' });
    }
    if (/\/require(\.min)?\.js$/.test(url.pathname) && fs.existsSync(opts.requirejs)) {
      return route.fulfill({ status: 200, path: opts.requirejs, contentType: 'text/javascript' });
    }
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return blocked;
}

/** The ids and names of the elements of a handout on disk (for links into it), read in the browser. */
async function anchorsOf(context, file, cache) {
  if (cache.has(file)) return cache.get(file);
  const page = await context.newPage();
  await page.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  const ids = new Set(await page.evaluate(() => [...document.querySelectorAll('[id], [name]')]
    .map((e) => e.id || e.getAttribute('name'))));
  await page.close();
  cache.set(file, ids);
  return ids;
}

/**
 * Opens one handout and runs every check. opts: { handouts (folder), mathjax (folder), requirejs (file),
 * notebooks (folder, for messages), shots (folder or null), anchorCache (Map), timeoutMs }.
 * Returns { file, problems: [{code, msg}], stats, notes }.
 */
export async function checkHandout(context, file, opts) {
  const problems = [];
  const notes = [];
  const add = (code, msg) => problems.push({ code, msg });
  const name = path.basename(file, '.html');
  const handouts = path.resolve(opts.handouts);
  const page = await context.newPage();
  page.setDefaultTimeout(opts.timeoutMs);
  page.on('pageerror', (e) => add('page-error', `a script threw: ${e.message.split('\n')[0]}`));
  page.on('console', (m) => { if (m.type() === 'error') notes.push(`console: ${m.text().slice(0, 160)}`); });
  page.on('request', (r) => {
    const u = r.url();
    if (u.startsWith('file:')) {
      const p = fileURLToPath(u.split('#')[0]);
      // MathJax may come from a local copy (THW2_MATHJAX_URL=file:///…/mathjax/MathJax.js): the one allowed outside file
      if (p !== path.resolve(file) && !p.startsWith(handouts + path.sep) && !/[\\/]mathjax[\\/]/i.test(p)) {
        add('external-request', `loads a file outside the handouts folder: ${p}`);
      }
    }
  });
  const blocked = await routeNetwork(page, opts);
  await page.addInitScript(PAGE_PROBE);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: opts.timeoutMs });

  const mathjaxScript = await page.evaluate(() => [...document.scripts].some((s) => /mathjax/i.test(s.src)));
  if (mathjaxScript) {
    const loaded = await page.evaluate(() => !!(window.MathJax && window.MathJax.Hub));
    if (!loaded) {
      add('mathjax-missing', 'the page asks for MathJax, but MathJax did not load');
    } else {
      try {
        await page.waitForFunction(() => window.__thw2.mathDone, null, { timeout: opts.timeoutMs, polling: 250 });
      } catch {
        add('mathjax-timeout', `MathJax did not finish typesetting within ${opts.timeoutMs / 1000} s`);
      }
    }
  }
  // "Going further" sections are closed when the page opens; a reader may open them, so every check
  // below (figures shown, formulas typeset) runs with them open. They are closed again for the PDF.
  const further = await page.evaluate(() => {
    const sections = [...document.querySelectorAll('details')];
    for (const d of sections) d.open = true;
    return sections.length;
  });
  if (further > 0) await page.waitForTimeout(300);
  const r = await page.evaluate(inspectPage);
  const mathErrors = await page.evaluate(() => window.__thw2.mathErrors);
  for (const u of blocked) add('external-request', `requests ${u}`);
  for (const e of mathErrors) add('mathjax-error', e);
  for (const e of r.mathDomErrors) add('mathjax-error', `error box in a formula: ${e}`);
  for (const t of r.untypeset) add('untypeset', `formula not typeset: ${t}`);
  for (const t of r.rawTex) add('raw-tex', `TeX left in the text: "${t}"`);
  for (const e of r.errors) add('error-output', `error output: ${e}`);
  r.images.forEach((img, i) => {
    const which = `image ${i + 1} (${img.src}${img.src.length >= 60 ? '…' : ''})`;
    if (!img.embedded) add('image-not-embedded', `${which} is not embedded`);
    if (!img.width || !img.height) add('image-broken', `${which} did not load`);
    else if (isBlank(img)) add('image-blank', `${which} is blank (${img.distinctColors} colours, ${(100 * img.inkFraction).toFixed(2)} % ink)`);
    else if (img.shownWidth < 50) add('image-broken', `${which} is shown only ${img.shownWidth.toFixed(0)} px wide`);
    const altProblem = emptyAlt(img.alt);
    if (altProblem) add('image-no-alt', `${which} ${altProblem}`);
  });
  for (const a of r.badAnchors) add('link-anchor', `link to ${a}: no such section on this page`);
  let external = 0;
  for (const link of r.links) {
    if (link.raw.startsWith('#')) continue;
    const url = new URL(link.abs);
    if (url.protocol === 'http:' || url.protocol === 'https:') { external++; continue; }
    if (url.protocol !== 'file:') continue; // mailto: and the like
    const target = fileURLToPath(url.href.split('#')[0]);
    const hash = url.hash ? url.hash.slice(1) : '';
    if (target === path.resolve(file)) continue; // a link to this page's own section, checked in the page
    const rel = path.relative(handouts, target);
    if (!target.startsWith(handouts + path.sep)) {
      add('link-outside', `link "${link.text}" → ${link.raw}: outside the handouts folder`);
    } else if (!fs.existsSync(target)) {
      if (target.endsWith('.ipynb')) {
        const nb = opts.notebooks ? path.join(opts.notebooks, rel) : null;
        add('link-notebook', `link "${link.text}" → ${link.raw}: a notebook, not a handout`
          + (nb && !fs.existsSync(nb) ? ` (and ${path.relative(process.cwd(), nb)} does not exist)` : ''));
      } else {
        add('link-broken', `link "${link.text}" → ${link.raw}: ${rel} does not exist`);
      }
    } else if (hash) {
      const ids = await anchorsOf(context, target, opts.anchorCache);
      let decoded = hash;
      try { decoded = decodeURIComponent(hash); } catch { /* keep as written */ }
      if (!ids.has(hash) && !ids.has(decoded)) add('link-anchor', `link "${link.text}" → ${link.raw}: ${rel} has no section #${hash}`);
    }
  }
  if (r.overflow > 2) add('overflow', `the page is ${r.overflow} px wider than a 1280 px window`);

  const shots = opts.shots;
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

  // The show/hide code switch, on pages with code.
  if (r.codeCells > 0) {
    const toggle = page.locator('#thw2-code-toggle');
    if ((await toggle.count()) === 0) {
      add('code-toggle', 'no show/hide code switch (#thw2-code-toggle)');
    } else {
      const before = await page.evaluate(visibleCodeInputs);
      await toggle.click();
      const hidden = await page.evaluate(visibleCodeInputs);
      if (shots) await page.screenshot({ path: path.join(shots, `${name}-no-code.png`), fullPage: true });
      await toggle.click();
      const again = await page.evaluate(visibleCodeInputs);
      if (before === 0 || hidden !== 0 || again !== before) {
        add('code-toggle', `visible code cells: ${before} shown, ${hidden} after "hide", ${again} after "show"`);
      }
    }
  }
  // The dark variant follows the reader's colour-scheme preference (screen only; print stays light).
  await page.emulateMedia({ colorScheme: 'dark' });
  // The page switches in a media-query listener; on a busy machine that can take more than a moment,
  // so poll (up to 10 s) instead of waiting a fixed time.
  let lum = await page.evaluate(backgroundLuminance);
  for (let tries = 0; lum > 0.2 && tries < 40; tries++) {
    await page.waitForTimeout(250);
    lum = await page.evaluate(backgroundLuminance);
  }
  if (lum > 0.2) add('dark-variant', `with a dark colour scheme the background's luminance is ${lum.toFixed(2)}`);
  if (shots) await page.screenshot({ path: path.join(shots, `${name}-dark.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  // Phone-sized windows: nothing may stick out sideways (wide content scrolls in its own box). The
  // last pass widens every letter and space, as a machine with wider fonts would: the layout must
  // wrap or shrink, whatever fonts the machine has.
  const size = page.viewportSize();
  const widen = '*, *::before, *::after { letter-spacing: 0.15em !important; word-spacing: 0.15em !important; }';
  for (const [width, wide] of [[390, false], [320, false], [320, true]]) {
    await page.setViewportSize({ width, height: 844 });
    const style = wide ? await page.addStyleTag({ content: widen }) : null;
    await page.waitForTimeout(300);
    const o = await page.evaluate(sideways);
    if (o.overflow > 2) {
      add('overflow', `the page is ${o.overflow} px wider than a ${width} px (phone) window`
        + `${wide ? ' with letters 15 % wider' : ''}; sticking out: ${o.culprits.join('; ')}`);
    }
    if (shots && width === 390) await page.screenshot({ path: path.join(shots, `${name}-phone.png`), fullPage: true });
    if (style) await style.evaluate((el) => el.remove());
  }
  await page.setViewportSize(size);
  if (shots) {
    await page.evaluate(() => { for (const d of document.querySelectorAll('details.thw2-further')) d.open = false; });
    await page.pdf({ path: path.join(shots, `${name}.pdf`), format: 'A4', printBackground: true });
  }
  await page.close();
  const stats = { formulas: r.formulas, figures: r.images.length, tables: r.tables, checks: r.checks,
    errata: r.errata, links: r.links.length, externalLinks: external, further };
  return { file, problems, stats, notes };
}
