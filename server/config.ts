/**
 * @module Server configuration from the environment: a commented defaults object, checked with zod.
 */
import { z } from 'zod';

export const configDefaults = {
  /** HTTP port of the explorer and API. */
  port: 3000,
  /** Loopback by default: the API can ingest documents, so exposing it is an explicit choice. */
  host: '127.0.0.1',
  /** Bearer token required by POST routes that change the graph; unset (with no apiTokens) means loopback-only writes. */
  apiToken: undefined as string | undefined,
  /** Who the single apiToken belongs to: the name its changes are recorded under. */
  apiTokenUser: 'api token',
  /** Named users, each with a token of their own (`API_TOKENS=alice:token1,bob:token2`); every change records whose token made it. */
  apiTokens: [] as { name: string; token: string }[],
  /** Comma-separated origins allowed by CORS; unset means CORS off (same-origin UI only). */
  corsOrigin: undefined as string | undefined,
  logLevel: 'info',
  /** Folder whose articles are ingested on first start when the graph is empty. */
  seedsDir: 'seeds',
  /** Largest JSON request body (a pasted document) in bytes. */
  bodyLimit: 6 * 1024 * 1024,
  /** Largest file uploaded as multipart (a PDF report, a watchlist): reports run to tens of megabytes. */
  uploadLimit: 64 * 1024 * 1024,
  /** Server-side timeout for queries, so one heavy request cannot hold the database. */
  queryTimeoutMs: 15_000,
  /**
   * Whether a URL given to the API may be on a loopback, private or link-local address. Off: whoever
   * may add a document could otherwise make the server read its own network (FETCH_PRIVATE_URLS=allow).
   */
  fetchPrivateUrls: false,
  /**
   * Which proxies in front of the server to believe about the client's address (X-Forwarded-For):
   * none by default, so a client cannot name itself to dodge rate limits and token lockouts. Behind a
   * reverse proxy every client would otherwise share the proxy's address and one would lock out all.
   * `true` (every hop) or comma-separated addresses and CIDRs of the proxies (TRUST_PROXY).
   */
  trustProxy: false as boolean | string[],
  /**
   * The address readers reach the explorer at (`https://sightline.example.org`), behind a proxy or on
   * a shared host; links written into reports use it. Unset means the address the reader's browser used.
   */
  publicUrl: undefined as string | undefined,
};

export type Config = typeof configDefaults;

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().min(1).optional(),
  API_TOKEN: z.string().min(8, 'API_TOKEN must be at least 8 characters').optional(),
  API_TOKEN_USER: z.string().trim().min(1).max(100).optional(),
  API_TOKENS: z.string().optional().transform((s, ctx) => {
    if (!s?.trim()) return undefined;
    const pairs = s.split(',').map((p) => p.trim()).filter(Boolean).map((pair) => {
      const at = pair.indexOf(':');
      return { name: pair.slice(0, at).trim(), token: pair.slice(at + 1).trim() };
    });
    const bad = pairs.find((p) => !p.name || p.token.length < 8);
    if (bad) ctx.addIssue({ code: 'custom', message: 'API_TOKENS takes name:token pairs, comma-separated, each token at least 8 characters' });
    const names = pairs.map((p) => p.name);
    const tokens = pairs.map((p) => p.token);
    if (new Set(names).size < names.length || new Set(tokens).size < tokens.length) ctx.addIssue({ code: 'custom', message: 'API_TOKENS names and tokens must each be different' });
    return pairs;
  }),
  CORS_ORIGIN: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SEEDS_DIR: z.string().optional(),
  BODY_LIMIT: z.coerce.number().int().positive().optional(),
  UPLOAD_LIMIT: z.coerce.number().int().positive().optional(),
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  FETCH_PRIVATE_URLS: z.enum(['allow', 'deny'], { message: 'FETCH_PRIVATE_URLS is allow or deny' }).optional(),
  TRUST_PROXY: z.string().trim().optional().transform((s, ctx) => {
    if (!s || s === 'false') return undefined;
    if (s === 'true') return true;
    const addresses = s.split(',').map((a) => a.trim()).filter(Boolean);
    if (addresses.some((a) => !/^[0-9a-f.:]+(?:\/\d{1,3})?$/i.test(a))) {
      ctx.addIssue({ code: 'custom', message: 'TRUST_PROXY is true or comma-separated proxy addresses and CIDRs' });
    }
    return addresses;
  }),
  PUBLIC_URL: z.string().trim().optional().transform((s, ctx) => {
    if (!s) return undefined;
    const url = URL.parse(s);
    if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
      ctx.addIssue({ code: 'custom', message: 'PUBLIC_URL must be an http(s) address without query or fragment, such as https://sightline.example.org' });
      return undefined;
    }
    // Without the trailing slash, so a link is this plus `/#…` whatever the operator typed.
    return url.href.replace(/\/+$/, '');
  }),
});

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`bad configuration: ${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    ...configDefaults,
    ...(e.PORT !== undefined && { port: e.PORT }),
    ...(e.HOST && { host: e.HOST }),
    ...(e.API_TOKEN && { apiToken: e.API_TOKEN }),
    ...(e.API_TOKEN_USER && { apiTokenUser: e.API_TOKEN_USER }),
    ...(e.API_TOKENS && { apiTokens: e.API_TOKENS }),
    ...(e.CORS_ORIGIN && { corsOrigin: e.CORS_ORIGIN }),
    ...(e.LOG_LEVEL && { logLevel: e.LOG_LEVEL }),
    ...(e.SEEDS_DIR && { seedsDir: e.SEEDS_DIR }),
    ...(e.BODY_LIMIT && { bodyLimit: e.BODY_LIMIT }),
    ...(e.UPLOAD_LIMIT && { uploadLimit: e.UPLOAD_LIMIT }),
    ...(e.QUERY_TIMEOUT_MS && { queryTimeoutMs: e.QUERY_TIMEOUT_MS }),
    ...(e.FETCH_PRIVATE_URLS && { fetchPrivateUrls: e.FETCH_PRIVATE_URLS === 'allow' }),
    ...(e.TRUST_PROXY !== undefined && { trustProxy: e.TRUST_PROXY }),
    ...(e.PUBLIC_URL && { publicUrl: e.PUBLIC_URL }),
    ...overrides,
  };
}
