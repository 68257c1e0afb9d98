/**
 * @module Vite build of the explorer: root is web/, output web/dist, which server/app.ts serves at /.
 * In `vite dev` the API is proxied to a running `npm run dev` server so the UI can be developed live.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape and its layouts are one large chunk by nature; splitting it buys nothing here.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': process.env.SIGHTLINE_API ?? 'http://127.0.0.1:3000' },
    // The ontology lives in ingest/, outside the web root, and is imported as the one source of types.
    fs: { allow: [dirname(root)] },
  },
});
