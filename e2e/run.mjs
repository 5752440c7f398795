#!/usr/bin/env node
// Browser tests end to end: build the web app, start the server on a free port with a fresh SQLite database,
// run the tests in e2e/*.e2e.ts against it, stop the server. Bounded by E2E_TIMEOUT_MS (default 10 min).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 600_000);
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function log(msg) {
  process.stdout.write(`[e2e] ${msg}\n`);
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitUp(base, server, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer ${base}/healthz within ${ms} ms`);
}

function stop(child) {
  if (!child || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** An editor token for the browser tests, made by the token CLI on the server's database (the last line of its output). */
function createToken(databaseUrl, name) {
  const r = spawnSync('npx', ['tsx', 'apps/api/src/cli/token.ts', 'create', name], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  const token = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !token) throw new Error(`the token CLI failed: ${r.stderr}`);
  return token;
}

if (!existsSync(chrome)) {
  log(`${chrome} is missing: apt-get install -y chromium (or set CHROME_PATH)`);
  process.exit(2);
}

const started = Date.now();
let server = null;
let tests = null;
const dbDir = mkdtempSync(join(tmpdir(), 'chiso-e2e-'));
const watchdog = setTimeout(() => {
  log(`timed out after ${timeoutMs} ms`);
  stop(tests);
  stop(server);
  process.exit(124);
}, timeoutMs);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stop(tests);
    stop(server);
    process.exit(130);
  });
}

let code = 1;
try {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    log('building the web app');
    const b = spawnSync('npm', ['run', 'build', '-w', '@chiso/web'], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('the web build failed');
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const tsxArgs = ['tsx', 'apps/api/src/server.ts'];
  const databaseUrl = `sqlite:${join(dbDir, 'chiso.sqlite')}`;
  log(`starting the server on ${base} (database in ${dbDir})`);
  server = spawn('npx', tsxArgs, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LOG: 'silent' },
  });
  await waitUp(base, server, 90_000);
  const editorToken = createToken(databaseUrl, 'e2e.editor');
  log(`server up after ${Date.now() - started} ms; running the browser tests`);
  tests = spawn('npx', ['vitest', 'run', '--config', 'e2e/vitest.config.ts'], {
    cwd: root,
    detached: true,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: base, CHROME_PATH: chrome, E2E_EDITOR_TOKEN: editorToken },
  });
  code = await new Promise((res) => tests.on('exit', (c) => res(c ?? 1)));
} catch (e) {
  log(e instanceof Error ? e.message : String(e));
  code = 1;
} finally {
  clearTimeout(watchdog);
  stop(server);
  await new Promise((r) => setTimeout(r, 300));
  rmSync(dbDir, { recursive: true, force: true });
}
log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${code}; screenshots in e2e/artifacts/`);
process.exit(code);
