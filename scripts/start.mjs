#!/usr/bin/env node
// `npm start`: builds what is out of date (the web app, the API; nothing when both are current, as after
// `npm run build` in production), then runs the server from apps/api/dist with plain Node.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, isCurrent } from './build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stale = ['web', 'api'].filter((name) => !isCurrent(name));
if (stale.length && !existsSync(resolve(root, 'node_modules/vite'))) {
  process.stderr.write(
    `The ${stale.join(' and ')} build is missing or older than the sources, and the build tools (dev dependencies) are not installed.\n` +
      'Build first: npm ci && npm run build (then npm ci --omit=dev if you want the production install).\n',
  );
  process.exit(1);
}
try {
  await build(stale);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
await import(pathToFileURL(resolve(root, 'apps/api/dist/server.js')).href);
