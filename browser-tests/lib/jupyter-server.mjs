// Starting and stopping a throw-away Jupyter server for the browser tests: 127.0.0.1, a free port,
// a random token, its configuration and runtime folders inside the test's temporary folder; stopped
// by its PID.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { sleep } from './browser.mjs';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/**
 * Starts `command ...args(port, token)` in `root` (output appended to `log`) and resolves, once the
 * server's REST API answers /api/status, with {child, port, token, base, exited}.
 */
export async function startJupyter({ command, args, root, log, what = 'the Jupyter server', timeoutMs = 120_000 }) {
  const port = await freePort();
  const token = crypto.randomBytes(24).toString('hex');
  const env = { ...process.env, JUPYTER_CONFIG_DIR: path.join(root, '.jupyter-config'),
    JUPYTER_RUNTIME_DIR: path.join(root, '.jupyter-runtime'), PYDEVD_DISABLE_FILE_VALIDATION: '1' };
  const out = fs.openSync(log, 'a');
  const child = spawn(command[0], [...command.slice(1), ...args(port, token)],
    { cwd: root, env, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  const server = { child, port, token, base: `http://127.0.0.1:${port}`, exited: null };
  child.on('exit', (code, signal) => { server.exited = { code, signal }; });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited) throw new Error(`${what} exited (${JSON.stringify(server.exited)}); see ${log}`);
    try {
      const r = await fetch(`${server.base}/api/status?token=${token}`);
      if (r.ok) return server;
    } catch { /* not up yet */ }
    await sleep(500);
  }
  await stopJupyter(server);
  throw new Error(`${what} did not answer within ${timeoutMs / 1000} s; see ${log}`);
}

/** Shuts the sessions' kernels down through the API, then stops the server by its PID (TERM, then KILL). */
export async function stopJupyter(server) {
  if (!server || server.exited) return;
  try {
    const r = await fetch(`${server.base}/api/sessions?token=${server.token}`);
    for (const s of r.ok ? await r.json() : []) {
      await fetch(`${server.base}/api/sessions/${s.id}?token=${server.token}`, { method: 'DELETE' });
    }
  } catch { /* the server may already be going */ }
  const pid = server.child.pid;
  try { process.kill(pid, 'SIGTERM'); } catch { return; }
  for (let i = 0; i < 60 && !server.exited; i++) await sleep(250);
  if (!server.exited) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    for (let i = 0; i < 20 && !server.exited; i++) await sleep(250);
  }
}

/**
 * What the runner's executed copy of a notebook shows: the number of PNG outputs, of HTML tables,
 * and its ✔ lines (in order, trimmed), from stream, plain-text and HTML outputs.
 */
export function expectedFrom(executedFile) {
  if (!executedFile || !fs.existsSync(executedFile)) return null;
  const nb = JSON.parse(fs.readFileSync(executedFile, 'utf8'));
  const e = { images: 0, tables: 0, checkLines: [] };
  const lines = (text) => text.split('\n').map((l) => l.trim()).filter((l) => l.includes('✔'));
  for (const c of nb.cells.filter((x) => x.cell_type === 'code')) {
    for (const o of c.outputs || []) {
      const d = o.data || {};
      if (d['image/png']) e.images++;
      const html = [].concat(d['text/html'] || []).join('');
      e.tables += (html.match(/<table\b/gi) || []).length;
      if (o.output_type === 'stream') e.checkLines.push(...lines([].concat(o.text || []).join('')));
      else if (html) {
        e.checkLines.push(...lines(html.replace(/<br\s*\/?>|<\/(p|div|li|tr|pre|h\d)>/gi, '\n').replace(/<[^>]*>/g, '')
          .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')));
      } else if (d['text/plain']) e.checkLines.push(...lines([].concat(d['text/plain']).join('')));
    }
  }
  return e;
}

/**
 * The browser tests' one kernel-start retry. A kernel that never answers its first request is a
 * safety-net case (the project's start-up fix makes it rare); no cell has run then, so a fresh start
 * is safe. Calls start(n) for n = 1, 2, ... until it resolves true (the kernel answered), at most
 * maxStarts times, and recover(n) between two tries (close the page or session, shut the kernel
 * down). Resolves to the number of starts used, or null when none answered. A failing cell is never
 * a reason to start again: start(n) only says whether the kernel became ready.
 */
export async function withKernelStarts(maxStarts, start, recover) {
  for (let n = 1; ; n++) {
    if (await start(n)) return n;
    if (n >= maxStarts) return null;
    await recover(n);
  }
}
