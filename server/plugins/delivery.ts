/**
 * @module How bytes leave the server: answers compressed (brotli or gzip, as the client accepts), and
 * the built explorer served with the caching its file names allow. Vite names the scripts and styles
 * in web/dist/assets/ by a hash of their content, so they never change under their name: they are
 * cached for a year, immutable, and precompressed at build time (web/vite.config.ts) at the strongest
 * settings. index.html names the current ones, so it is revalidated on every visit (no-cache).
 */
import { constants } from 'node:zlib';
import fp from 'fastify-plugin';
import compress from '@fastify/compress';
import type { FastifyStaticOptions } from '@fastify/static';

export const deliveryDefaults = {
  /** Brotli quality for answers compressed on the fly: 4 is fast and within a few percent of 11 on JSON. */
  brotliQuality: 4,
  /** Answers smaller than this go as they are: compressing a few hundred bytes saves less than it costs. */
  threshold: 1024,
  /** A year, the longest caches honour, for files whose name changes with their content. */
  hashedMaxAgeS: 365 * 24 * 3600,
};

/** A Vite build output under assets/ whose name carries a content hash (`index-BjYq5bey.js`, or its .br/.gz). */
export function isHashedAsset(path: string): boolean {
  return /(?:^|[\\/])assets[\\/][^\\/]+-[\w-]{8}\.[a-z0-9]+(?:\.(?:br|gz))?$/i.test(path);
}

export function cacheControlFor(path: string): string {
  return isHashedAsset(path) ? `public, max-age=${deliveryDefaults.hashedMaxAgeS}, immutable` : 'no-cache';
}

/** @fastify/static options for web/dist: the precompressed .br/.gz beside each file, and cache headers by kind. */
export function webStaticOptions(root: string): FastifyStaticOptions {
  return {
    root,
    prefix: '/',
    wildcard: false,
    preCompressed: true,
    // Its own header (max-age=0 for everything) is replaced by the one for each kind of file.
    cacheControl: false,
    setHeaders: (res, path) => res.setHeader('cache-control', cacheControlFor(path)),
  };
}

/** Compresses every answer the client accepts compressed, API JSON and exports included; a precompressed file passes as it is. */
export default fp(async (app) => {
  await app.register(compress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: deliveryDefaults.threshold,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: deliveryDefaults.brotliQuality } },
  });
}, { name: 'delivery' });
