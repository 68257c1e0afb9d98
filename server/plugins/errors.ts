/**
 * @module The one error handler. Every failure answers `{ error, message, details }`: 400 names the
 * bad field and why, 404 an unknown id, 503 (with Retry-After) a database or NLP outage; a 5xx never shows
 * internals to the client, only to the log.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import fp from 'fastify-plugin';
import type { ConnectionError, FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DatabaseBusyError, DatabaseUnavailableError } from '../../cypher/repository.ts';
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
  return ({ 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 408: 'RequestTimeout', 413: 'PayloadTooLarge',
    414: 'URITooLong', 422: 'UnprocessableEntity', 429: 'TooManyRequests', 431: 'RequestHeaderFieldsTooLarge',
    503: 'ServiceUnavailable' } as Record<number, string>)[status] ?? 'Error';
}

/**
 * The longest path segment the router takes (Fastify's default is 100). Entity ids may be 200
 * characters and a relationship id joins two, percent-encoded perhaps, so longer ones reach the
 * routes' own validation, which names the field; past this a request is answered 414.
 */
export const MAX_PARAM_LENGTH = 1_000;

/**
 * Fastify's router refuses some URLs before any route or hook runs (bad percent-encoding, a path
 * segment past MAX_PARAM_LENGTH); they answer in the same shape as every other error, without
 * echoing the URL, which may be huge.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const status = tooLong ? 414 : 400;
  req.log.info({ method: req.method, code: err.code }, 'refused a malformed URL');
  reply.code(status).send({
    error: defaultCode(status),
    message: tooLong ? `url: a path segment is longer than ${MAX_PARAM_LENGTH} characters` : 'url: the path is not valid percent-encoding',
    details: [{ field: 'url', message: err.code }],
  } satisfies ErrorBody);
}

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (headers too large, a request
 * that timed out, bytes that are not HTTP): answered on the raw socket, still in the one shape.
 */
export function clientErrors(err: ConnectionError, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'The request took too long to arrive']
    : err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'The request headers (URL and cookies included) are too large']
      : [400, 'The request is not valid HTTP'];
  const body = JSON.stringify({ error: defaultCode(status), message } satisfies ErrorBody);
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(err);
}

export const notFound = (what: string) => new HttpError(404, what);
export const badRequest = (message: string, details?: unknown) => new HttpError(400, message, details);

/** Seconds a client should wait before retrying after an outage; Neo4j restarts take a few. */
const RETRY_AFTER_S = 5;

/** The services a request may find down: a 503 with Retry-After, and what the analyst can still do. */
const OUTAGES = [
  { error: DatabaseUnavailableError, log: 'database unavailable', message: 'The graph database is unavailable; retry shortly.' },
  { error: DatabaseBusyError, log: 'database busy past the query timeout', message: 'The graph database is busy and did not answer in time; retry shortly.' },
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
      req.log.warn({ ...context, reason: err.message, cause: (err.cause as Error | undefined)?.message }, outage.log);
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
