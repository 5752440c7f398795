#!/usr/bin/env node
// Browser tests end to end: build the web app, start the server on a free port with a fresh SQLite database,
// run the tests in e2e/*.e2e.ts (or those whose names contain an argument) against it, stop the server. Bounded by E2E_TIMEOUT_MS (default 10 min).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../scripts/build.mjs';
import { serverStarted } from '../scripts/lib/started.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 600_000);
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function log(msg) {
  process.stdout.write(`[e2e] ${msg}\n`);
}

/** Stops a child and its process group; resolves when it has exited. */
function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  return exited;
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
    log('building the web app (unless the build is current)');
    await build(['web'], { ifStale: true });
  }
  const databaseUrl = `sqlite:${join(dbDir, 'chiso.sqlite')}`;
  log(`starting the server (database in ${dbDir})`);
  server = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LOG: 'silent' },
  });
  server.stdout.pipe(process.stdout);
  const base = await serverStarted(server, 90_000);
  const editorToken = createToken(databaseUrl, 'e2e.editor');
  log(`server up after ${Date.now() - started} ms; running the browser tests`);
  tests = spawn('npx', ['vitest', 'run', '--config', 'e2e/vitest.config.ts', ...process.argv.slice(2)], {
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
  await stop(server);
  rmSync(dbDir, { recursive: true, force: true });
}
log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${code}; screenshots in e2e/artifacts/`);
process.exit(code);
