/**
 * @module The one error handler. Every failure answers `{ error, message, details }`: 400 names the
 * bad field and why, 404 an unknown id, 503 (with Retry-After) a database or NLP outage; a 5xx never shows
 * internals to the client, only to the log.
 */
import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DatabaseUnavailableError } from '../../cypher/repository.ts';
import { NlpUnavailableError } from '../../ingest/index.ts';

export interface ErrorBody {
  error: string;
  message: string;
  details?: unknown;
}

/** An error a route throws on purpose, with the status and the message the client should read. */
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string, readonly details?: unknown, readonly code = defaultCode(statusCode)) {
    super(message);
  }
}

function defaultCode(status: number): string {
  return ({ 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 413: 'PayloadTooLarge',
    422: 'UnprocessableEntity', 429: 'TooManyRequests', 503: 'ServiceUnavailable' } as Record<number, string>)[status] ?? 'Error';
}

export const notFound = (what: string) => new HttpError(404, what);
export const badRequest = (message: string, details?: unknown) => new HttpError(400, message, details);

/** Seconds a client should wait before retrying after an outage; Neo4j restarts take a few. */
const RETRY_AFTER_S = 5;

/** The services a request may find down: a 503 with Retry-After, and what the analyst can still do. */
const OUTAGES = [
  { error: DatabaseUnavailableError, log: 'database unavailable', message: 'The graph database is unavailable; retry shortly.' },
  { error: NlpUnavailableError, log: 'NLP sidecar unavailable', message: 'The language parser (CoreNLP) is unavailable, so documents cannot be read now; the graph still answers. Retry shortly.' },
];

export default fp(async (app) => {
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send({ error: 'NotFound', message: `no route ${req.method} ${req.url.split('?')[0]}` } satisfies ErrorBody);
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const context = { method: req.method, url: req.url, params: req.params };
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        field: `${err.validationContext ?? 'request'}${v.instancePath.replace(/\//g, '.') || ''}`,
        message: v.message,
      }));
      const first = details[0]!;
      return reply.code(400).send({
        error: 'BadRequest',
        message: `${first.field}: ${first.message}`,
        details,
      } satisfies ErrorBody);
    }
    if (err instanceof HttpError) {
      if (err.statusCode >= 500) req.log.error({ err, ...context }, 'request failed');
      return reply.code(err.statusCode).send({ error: err.code, message: err.message, ...(err.details !== undefined && { details: err.details }) } satisfies ErrorBody);
    }
    const outage = OUTAGES.find((o) => err instanceof o.error);
    if (outage) {
      req.log.warn({ ...context, reason: err.message }, outage.log);
      return reply.code(503).header('Retry-After', String(RETRY_AFTER_S)).send({
        error: 'ServiceUnavailable', message: outage.message, details: { retryAfterSeconds: RETRY_AFTER_S },
      } satisfies ErrorBody);
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, ...context }, 'response did not match its schema');
      return reply.code(500).send({ error: 'InternalServerError', message: 'Internal server error' } satisfies ErrorBody);
    }
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) {
      req.log.error({ err, ...context }, 'request failed');
      return reply.code(status).send({ error: 'InternalServerError', message: 'Internal server error' } satisfies ErrorBody);
    }
    // Fastify's own 4xx (body too large, bad JSON, unsupported media type, rate limit) keep their message.
    return reply.code(status).send({ error: defaultCode(status) === 'Error' ? (err.code ?? 'Error') : defaultCode(status), message: err.message } satisfies ErrorBody);
  });
}, { name: 'errors' });
