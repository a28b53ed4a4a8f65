// Shared helpers for the browser tests: Debian's Chromium through Playwright, and small utilities.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** The Chromium flags that work on the project's machines (no network but the package registries). */
export const CHROMIUM_FLAGS = [
  '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--mute-audio',
];

/**
 * Launches headless Chromium (THW2_CHROMIUM, default /usr/bin/chromium). Playwright gives every launch
 * a fresh, throw-away profile (--user-data-dir) and, as root, runs without the sandbox.
 */
export async function launch() {
  const executablePath = process.env.THW2_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath} (apt-get install chromium, or set THW2_CHROMIUM)`);
  }
  return chromium.launch({
    executablePath, headless: true, chromiumSandbox: false, args: CHROMIUM_FLAGS, timeout: 120_000,
  });
}

/** Minimal command-line parsing: --name value pairs and bare arguments. */
export function parseArgs(argv, defaults) {
  const opts = { ...defaults, _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const key = a.slice(2);
      if (!(key in defaults)) throw new Error(`unknown option ${a}`);
      if (typeof defaults[key] === 'boolean') opts[key] = true;
      else if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      else opts[key] = argv[++i];
    } else {
      opts._.push(a);
    }
  }
  return opts;
}

const TYPES = {
  '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.otf': 'font/otf', '.eot': 'application/vnd.ms-fontobject',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ttf': 'font/ttf',
};

/** Content type by file extension, for files served from disk. */
export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/**
 * Tests whether a PNG drawn in the page is blank: returns {width, height, distinctColors, inkFraction},
 * where ink is any pixel that differs clearly from the top-left pixel (the background).
 * Runs inside the page (pass it to page.evaluate / locator.evaluate).
 */
export function imageStatsInPage(img) {
  const w = img.naturalWidth, h = img.naturalHeight;
  if (!img.complete || w === 0 || h === 0) return { width: w, height: h, distinctColors: 0, inkFraction: 0 };
  const canvas = document.createElement('canvas');
  canvas.width = w; canvas.height = h;
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  let data;
  try { data = ctx.getImageData(0, 0, w, h).data; } catch (e) { return { width: w, height: h, error: String(e) }; }
  const bg = [data[0], data[1], data[2], data[3]];
  const colors = new Set();
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (colors.size < 64) colors.add((data[i] << 24) ^ (data[i + 1] << 16) ^ (data[i + 2] << 8) ^ data[i + 3]);
    if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2])
        + Math.abs(data[i + 3] - bg[3]) > 48) ink++;
  }
  return { width: w, height: h, distinctColors: colors.size, inkFraction: ink / (w * h) };
}

/** A figure is blank when it is a single colour, or when less than 0.2 % of it differs from the background. */
export function isBlank(stats) {
  return !stats || stats.error !== undefined || stats.distinctColors < 2 || stats.inkFraction < 0.002;
}

/** Resolves after ms milliseconds. */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
