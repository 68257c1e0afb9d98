/**
 * @module Builds the whole service as one Fastify instance: plugins for outside things (database,
 * OpenAPI, static web), one error handler, and the API routes by resource. `main.ts` only listens.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from '../cypher/connection.ts';
import type { NlpClient } from '../ingest/index.ts';
import auth from './plugins/auth.ts';
import delivery, { webStaticOptions } from './plugins/delivery.ts';
import errors, { clientErrors, frameworkErrors, MAX_PARAM_LENGTH } from './plugins/errors.ts';
import repository from './plugins/repository.ts';
import security from './plugins/security.ts';
import { apiRoutes } from './routes/api/index.ts';

const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../web/dist');

export interface AppOptions {
  db: Database;
  /** Parses uploaded documents (the NLP sidecar); graph routes work without it. */
  nlp: NlpClient;
  config: Config;
  /** Pino logger options, or false in tests that want quiet output. */
  logger?: boolean | object;
}

export async function buildApp({ db, nlp, config, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    // Whom to believe about the client's address: rate limits and token lockouts count by it.
    trustProxy: config.trustProxy,
    // Ids in logs tie a client's error report to the server's log line.
    genReqId: () => Math.random().toString(36).slice(2, 10),
    requestIdHeader: 'x-request-id',
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors,
    clientErrorHandler: clientErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', config);
  app.decorate('nlp', nlp);

  await app.register(errors);
  await app.register(security);
  await app.register(delivery);
  await app.register(auth);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Sightline API',
        description: 'Evidence-backed graph of surveillance-technology supply chains. Every relationship carries the sentences it came from.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  // staticCSP lets the docs page carry its own policy with hashes for its inline bootstrap.
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  await app.register(repository, { db, queryTimeoutMs: config.queryTimeoutMs });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  for (const [routes, prefix] of apiRoutes) await app.register(routes, { prefix });

  if (existsSync(join(WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, webStaticOptions(WEB_DIST));
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply.type('text/plain').send('The web explorer is not built: run `npm run build:web` (npm start does it for you).'));
  }
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    nlp: NlpClient;
  }
}
