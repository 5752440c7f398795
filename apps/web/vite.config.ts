import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Recharts and the libraries only it uses (with their own dependencies), kept out of the initial bundle in one lazily loaded chunk. */
const chartLibraries =
  /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|@reduxjs|react-redux|redux|redux-thunk|immer|reselect|es-toolkit|decimal\.js-light|eventemitter3|internmap|tiny-invariant)[\\/]/;

/**
 * What every page needs (zod-jitless with them: it must run before the shared schemas are built, which happens when
 * this chunk is evaluated). The chart's spec, layout and SVG writer are left to the pages that draw full charts
 * (indicator, compare, the embed dialog): the overview only draws sparklines (chart/sparkline, marks, scale).
 */
const appShared =
  /apps[\\/]web[\\/]src[\\/](lib[\\/]|components[\\/]|zod-jitless)|packages[\\/]shared[\\/]src[\\/](?!chart[\\/](spec|layout|svg|describe|values|urls|text)\.ts)|node_modules[\\/](react|react-dom|scheduler|zod|@tanstack|wouter|regexparam|use-sync-external-store)[\\/]/;

/** Writes `.br` and `.gz` beside each text asset so the server can send them precompressed. */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'chiso-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|txt)$/.test(file)) continue;
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Everything pages share (React, the API client, i18n, shared schemas), in one chunk the entry loads,
            // rather than a dozen small chunks queued behind each other on a slow connection.
            { name: 'app', test: appShared, priority: 2 },
            { name: 'recharts', test: chartLibraries, priority: 1 },
          ],
        },
      },
    },
  },
});
