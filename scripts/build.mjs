#!/usr/bin/env node
// The builds the server runs from: the web app (Vite, into apps/web/dist) and the API (esbuild, into apps/api/dist:
// the server, the extraction and cited-import workers and the command-line tools as plain JavaScript, so production needs no dev
// dependency). Each build leaves a fingerprint of its inputs; a build whose inputs did not change is kept.
//   node scripts/build.mjs [web] [api] [--if-stale]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every file under the given paths (tests and build output left out), sorted. */
function files(paths) {
  const out = [];
  const walk = (p) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p)) if (!['node_modules', 'dist', '.tsbuild'].includes(name)) walk(join(p, name));
    } else if (!/\.test\.tsx?$|\.test-helper\.ts$/.test(p)) out.push(p);
  };
  for (const p of paths) walk(resolve(root, p));
  return out.sort();
}

const shared = ['packages/shared/src', 'packages/shared/package.json', 'package-lock.json'];

export const builds = {
  web: {
    inputs: ['apps/web/src', 'apps/web/public', 'apps/web/index.html', 'apps/web/embed.html', 'apps/web/vite.config.ts', 'apps/web/vite.embed.config.ts', 'apps/web/package.json', ...shared],
    stamp: 'apps/web/dist/.inputs',
    run: () => run('npm', ['run', 'build', '-w', '@chiso/web']),
  },
  api: {
    inputs: ['apps/api/src', 'apps/api/package.json', 'packages/extract/src', 'packages/extract/package.json', ...shared],
    stamp: 'apps/api/dist/.inputs',
    run: buildApi,
  },
};

/** The fingerprint of a build's inputs: their paths and contents. */
export function fingerprint(name) {
  const h = createHash('sha256');
  for (const f of files(builds[name].inputs)) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

/** True when the build's output was made from the inputs as they are now. */
export function isCurrent(name) {
  const stamp = resolve(root, builds[name].stamp);
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint(name);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

/** Dependencies the bundle leaves to node_modules: every npm package the API and the workspaces it uses declare. */
function external() {
  const deps = ['apps/api', 'packages/extract', 'packages/shared'].flatMap((p) => Object.keys(JSON.parse(readFileSync(resolve(root, p, 'package.json'), 'utf8')).dependencies ?? {}));
  return [...new Set(deps.filter((d) => !d.startsWith('@chiso/')))].flatMap((d) => [d, `${d}/*`]);
}

async function buildApi() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('esbuild is a dev dependency: run `npm ci` (with dev dependencies) before `npm run build`');
  }
  const out = resolve(root, 'apps/api/dist');
  rmSync(out, { recursive: true, force: true });
  const src = (p) => resolve(root, 'apps/api/src', p);
  await esbuild.build({
    // One folder, so that every module's import.meta.url has the depth of the source's (config.ts finds the repo by it).
    entryPoints: {
      server: src('server.ts'),
      'extraction-worker': src('services/extraction/worker.ts'),
      'cited-import-worker': src('services/cited-thread-worker.ts'),
      token: src('cli/token.ts'),
      ingest: src('cli/ingest.ts'),
      backup: src('cli/backup.ts'),
      restore: src('cli/restore.ts'),
    },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    external: external(),
    logLevel: 'warning',
  });
}

/** Builds what is named (all when none is); with `ifStale`, only what changed since its last build. */
export async function build(names = Object.keys(builds), { ifStale = false } = {}) {
  for (const name of names) {
    if (ifStale && isCurrent(name)) continue;
    const t0 = Date.now();
    const print = fingerprint(name);
    await builds[name].run();
    writeFileSync(resolve(root, builds[name].stamp), print);
    process.stdout.write(`built ${name} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const names = args.filter((a) => !a.startsWith('--'));
  build(names.length ? names : undefined, { ifStale: args.includes('--if-stale') }).catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
