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
import type { Config } from '../config.ts';

export const authDefaults = {
  /** Wrong tokens a client may send within one window; the next request is refused with 429. */
  maxFailures: 10,
  /** The window, from a client's first wrong token; a right token clears the client's count. */
  windowMs: 60_000,
  /** Clients counted at once; the oldest is forgotten first, so a flood of addresses cannot exhaust memory. */
  maxClients: 10_000,
};

/**
 * Wrong-token counts by client address, the one Fastify resolves (`req.ip`): behind a reverse proxy
 * named in TRUST_PROXY, each client's own X-Forwarded-For address, so one guesser does not lock out
 * the proxy's other clients; without it, the connection's address, which a client cannot name.
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

/** Who makes changes on a loopback-only server without tokens: whoever sits at the machine. */
export const LOCAL_ANALYST = 'local analyst';

/** The users that may write, each with a token: API_TOKENS's named pairs, and API_TOKEN under its owner's name. */
export function tokenUsers(config: Config): { name: string; token: string }[] {
  return [...config.apiTokens, ...(config.apiToken ? [{ name: config.apiTokenUser, token: config.apiToken }] : [])];
}

/**
 * The onRequest hook of routes that change the graph or run an analyst's own query, checked before
 * the body is read; it sets `req.user`, the name every change is recorded under. With tokens
 * configured (API_TOKENS, API_TOKEN), a bearer token of one of them is required and names its user;
 * without any, only a loopback-bound server serves them, to the local analyst, because anyone who
 * can reach a server on a public interface could otherwise rewrite the evidence base or keep its
 * database busy. `what` names them in the refusal ("Uploads").
 */
export function requireToken(what: string) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const { host } = req.server.config;
    const users = tokenUsers(req.server.config);
    if (users.length) {
      const failures = req.server.authFailures;
      const wait = failures.lockedFor(req.ip);
      if (wait > 0) {
        reply.header('Retry-After', String(wait));
        throw new HttpError(429, `Too many wrong tokens from this client; retry in ${wait}s`, { retryAfterSeconds: wait });
      }
      const header = req.headers.authorization ?? '';
      const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
      if (!token) throw new HttpError(401, `${what} need a token here: send Authorization: Bearer <API_TOKEN>`);
      // Every token is compared, so the time taken does not tell which user's token came close.
      const matches = users.filter((u) => sameSecret(token, u.token));
      if (!matches.length) {
        if (failures.fail(req.ip)) req.log.warn({ client: req.ip }, `client refused for a while after ${authDefaults.maxFailures} wrong tokens`);
        throw new HttpError(401, 'The bearer token is wrong');
      }
      failures.succeed(req.ip);
      req.user = matches[0]!.name;
      return;
    }
    if (!isLoopback(host)) {
      throw new HttpError(403, `${what} are disabled: the server listens on ${host} without API_TOKEN. Set API_TOKEN or API_TOKENS to accept them, or listen on 127.0.0.1.`);
    }
    req.user = LOCAL_ANALYST;
  };
}

/** The user requireToken found; a route that changes the graph runs only after it. */
export function userOf(req: FastifyRequest): string {
  if (!req.user) throw new Error('userOf: the route is not guarded by requireToken');
  return req.user;
}

declare module 'fastify' {
  interface FastifyInstance {
    authFailures: AuthFailures;
  }
  interface FastifyRequest {
    /** Set by requireToken: whose change this request makes. */
    user?: string;
  }
}

export default fp(async (app) => {
  app.decorate('authFailures', new AuthFailures());
}, { name: 'auth', dependencies: ['errors'] });
