/**
 * @module The bearer-token gate for routes that change the graph or run an analyst's own query, and
 * the throttle that makes the token unguessable in practice: wrong tokens are counted per client,
 * and a client that sends too many in a window is answered 429 until the window ends, before its
 * token is even compared.
 */
import { timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';
import { isLoopback } from './security.ts';

export const authDefaults = {
  /** Wrong tokens a client may send within one window; the next request is refused with 429. */
  maxFailures: 10,
  /** The window, from a client's first wrong token; a right token clears the client's count. */
  windowMs: 60_000,
  /** Clients counted at once; the oldest is forgotten first, so a flood of addresses cannot exhaust memory. */
  maxClients: 10_000,
};

/**
 * Wrong-token counts by client address. Behind a reverse proxy every client shares the proxy's
 * address, and one guesser would lock out all: such a setup should throttle at the proxy.
 */
export class AuthFailures {
  private readonly clients = new Map<string, { count: number; windowEnds: number }>();

  /** Seconds until `client` may try again, or 0 when it may try now. */
  lockedFor(client: string): number {
    const now = Date.now();
    const entry = this.clients.get(client);
    if (!entry || now >= entry.windowEnds || entry.count < authDefaults.maxFailures) return 0;
    return Math.ceil((entry.windowEnds - now) / 1000);
  }

  /** Counts a wrong token; true when this one used up the client's allowance. */
  fail(client: string): boolean {
    const now = Date.now();
    let entry = this.clients.get(client);
    if (!entry || now >= entry.windowEnds) {
      entry = { count: 0, windowEnds: now + authDefaults.windowMs };
      this.clients.delete(client);
      this.clients.set(client, entry);
      if (this.clients.size > authDefaults.maxClients) this.clients.delete(this.clients.keys().next().value!);
    }
    entry.count += 1;
    return entry.count === authDefaults.maxFailures;
  }

  succeed(client: string): void {
    this.clients.delete(client);
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The onRequest hook of routes that change the graph or run an analyst's own query, checked before
 * the body is read. With API_TOKEN set, a matching bearer token is required; without one, only a
 * loopback-bound server serves them, because anyone who can reach a server on a public interface
 * could otherwise rewrite the evidence base or keep its database busy. `what` names them in the
 * refusal ("Uploads").
 */
export function requireToken(what: string) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const { apiToken, host } = req.server.config;
    if (apiToken) {
      const failures = req.server.authFailures;
      const wait = failures.lockedFor(req.ip);
      if (wait > 0) {
        reply.header('Retry-After', String(wait));
        throw new HttpError(429, `Too many wrong tokens from this client; retry in ${wait}s`, { retryAfterSeconds: wait });
      }
      const header = req.headers.authorization ?? '';
      const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
      if (!token) throw new HttpError(401, `${what} need a token here: send Authorization: Bearer <API_TOKEN>`);
      if (!sameSecret(token, apiToken)) {
        if (failures.fail(req.ip)) req.log.warn({ client: req.ip }, `client refused for a while after ${authDefaults.maxFailures} wrong tokens`);
        throw new HttpError(401, 'The bearer token is wrong');
      }
      failures.succeed(req.ip);
      return;
    }
    if (!isLoopback(host)) {
      throw new HttpError(403, `${what} are disabled: the server listens on ${host} without API_TOKEN. Set API_TOKEN to accept them, or listen on 127.0.0.1.`);
    }
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    authFailures: AuthFailures;
  }
}

export default fp(async (app) => {
  app.decorate('authFailures', new AuthFailures());
}, { name: 'auth', dependencies: ['errors'] });
