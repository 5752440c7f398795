import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/**
 * The embed build, apart from the app's so it stays free of React and Recharts: `embed.html` with its small
 * script (default mode), and `embed.js` as one classic script with no imports (`--mode loader`). Both write into
 * the app's `dist` after the app build, without emptying it.
 */
const here = import.meta.dirname;

function precompress(): Plugin {
  return {
    name: 'chiso-embed-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css)$/.test(name)) continue;
        const file = resolve(options.dir ?? 'dist', name);
        const body = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

export default defineConfig(({ mode }) =>
  mode === 'loader'
    ? {
        plugins: [precompress()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2019',
          copyPublicDir: false,
          lib: { entry: resolve(here, 'src/embed/loader.ts'), formats: ['iife'], name: 'chisoEmbed', fileName: () => 'embed.js' },
        },
      }
    : {
        plugins: [precompress()],
        // `npx vite -c vite.embed.config.ts` → /embed.html?indicators=ict_revenue, data from the API on :8787.
        server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2020',
          copyPublicDir: false,
          modulePreload: false,
          rolldownOptions: {
            input: { embed: resolve(here, 'embed.html') },
            output: { entryFileNames: 'assets/embed-[hash].js', chunkFileNames: 'assets/embed-[name]-[hash].js', assetFileNames: 'assets/embed-[hash][extname]' },
          },
        },
      },
);
