/**
 * @module Hardening for a service that may face a network: security headers with a CSP that fits the
 * built explorer, CORS only when configured, rate limits on the routes that cost the database real
 * work, and request ids echoed to clients. The bearer-token gate is auth.ts.
 */
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';

/**
 * Per-client, per-minute limits for the expensive routes only; lookups and search stay unlimited so
 * the explorer never stalls while an analyst clicks around. A route opts in with
 * `config: { rateLimit: rateLimits.<name> }`.
 */
export const rateLimits = {
  /** Path search fans out up to six hops. */
  paths: { max: 120, timeWindow: '1 minute' },
  /** Exports read whole subgraphs with their evidence. */
  export: { max: 30, timeWindow: '1 minute' },
  /** Console queries are arbitrary reads, each up to the query timeout. */
  cypher: { max: 30, timeWindow: '1 minute' },
  /** Each upload runs the extraction pipeline and writes. */
  ingest: { max: 10, timeWindow: '1 minute' },
} satisfies Record<string, { max: number; timeWindow: string }>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

export default fp(async (app) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The explorer is a Vite build with no inline scripts.
        scriptSrc: ["'self'"],
        // Cytoscape and the panels set element styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // PNG export draws to data: and blob: URLs.
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  const { corsOrigin } = app.config;
  if (corsOrigin) {
    await app.register(cors, { origin: corsOrigin.split(',').map((o) => o.trim()).filter(Boolean) });
  }
  await app.register(rateLimit, {
    global: false,
    // A loopback-bound server has one client, the analyst at the keyboard (and the benchmarks);
    // limits exist for servers that face a network, where every client is counted.
    allowList: (req) => isLoopback(app.config.host) && isLoopback(req.ip),
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
}, { name: 'security', dependencies: ['errors'] });
