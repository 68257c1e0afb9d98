/**
 * @module Vite build of the explorer: root is web/, output web/dist (each text file also as .br and
 * .gz), which server/app.ts serves at /.
 * In `vite dev` the API is proxied to a running `npm run dev` server so the UI can be developed live.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * Writes a .br and a .gz beside each text file of the build, at the strongest settings, once: the
 * server sends them as they are (@fastify/static `preCompressed`) instead of compressing per request.
 */
function precompress(): Plugin {
  return {
    name: 'sightline-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(?:js|css|html|svg|json)$/.test(file)) continue;
        const path = join(options.dir!, file);
        const data = readFileSync(path);
        writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
        writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape is one large module by nature (about 430 KB minified); it cannot be split further.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // Cytoscape and the default layout change far less often than the explorer's own code, so they
        // are a file of their own: a new release of the explorer leaves that file cached (its name is
        // hashed and served immutable). The hierarchical layout and SVG export stay out: loaded on use.
        manualChunks: (id) => (/node_modules\/(cytoscape|cytoscape-fcose|cose-base|layout-base)\//.test(id) ? 'cytoscape' : undefined),
      },
    },
  },
  server: {
    proxy: { '/api': process.env.SIGHTLINE_API ?? 'http://127.0.0.1:3000' },
    // The ontology lives in ingest/, outside the web root, and is imported as the one source of types.
    fs: { allow: [dirname(root)] },
  },
});
