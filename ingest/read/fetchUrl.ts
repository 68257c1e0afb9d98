/**
 * @module Fetching a document named by a URL (`npm run ingest -- https://...`, the API's `url`, the
 * explorer's add-document dialog): once, with a timeout and a size cap, following redirects. The
 * bytes as fetched are kept beside the data, named by their sha256 (the Document's `contentHash`)
 * with a record of the URL, time and media type, so a citation can show what the page said that day.
 * Every failure (an HTTP error, a login wall, no answer in time, too many bytes, no connection) is an
 * UnreadableDocumentError with the reason, so a batch skips the URL and goes on. Unless told the
 * caller may reach its own network (the CLI, run by the analyst on their machine), private and local
 * addresses are refused on every hop (publicAddress.ts): the API fetches only public pages.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { Agent, fetch, type Response } from 'undici';
import type { DocumentInput } from '../types.ts';
import { UnreadableDocumentError } from './errors.ts';
import { isPrivateAddress, PrivateAddressError, publicLookup } from './publicAddress.ts';

export const fetchDefaults = {
  /** Whole request, headers and body: a server slower than this is given up on (INGEST_FETCH_TIMEOUT_MS). */
  timeoutMs: 30_000,
  /** Where fetched bytes are kept (INGEST_ARCHIVE_DIR). */
  archiveDir: '.data/fetched',
};

export interface FetchOptions {
  timeoutMs: number;
  archiveDir: string;
  /** Largest body accepted (INGEST_MAX_FILE_BYTES): reading stops there. */
  maxBytes: number;
  /** Whether loopback, private and link-local addresses may be fetched (never for the API unless configured). */
  allowPrivate: boolean;
}

/** Redirects followed before giving up. */
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const anyAddress = new Agent();
const publicOnly = new Agent({ connect: { lookup: publicLookup } });

export function isUrl(path: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(path);
}

export function fetchOptions(overrides: Partial<FetchOptions> & Pick<FetchOptions, 'maxBytes'>): FetchOptions {
  const timeout = Number(process.env.INGEST_FETCH_TIMEOUT_MS);
  return {
    timeoutMs: overrides.timeoutMs ?? (Number.isFinite(timeout) && timeout > 0 ? timeout : fetchDefaults.timeoutMs),
    archiveDir: overrides.archiveDir ?? process.env.INGEST_ARCHIVE_DIR ?? fetchDefaults.archiveDir,
    maxBytes: overrides.maxBytes,
    allowPrivate: overrides.allowPrivate ?? false,
  };
}

async function readCapped(res: Response, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new UnreadableDocumentError('too-large', `${url} is ${declared} bytes, over the ${maxBytes}-byte limit (INGEST_MAX_FILE_BYTES)`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  for (let next = await reader?.read(); next && !next.done; next = await reader!.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader!.cancel();
      throw new UnreadableDocumentError('too-large', `${url} sent more than the ${maxBytes}-byte limit (INGEST_MAX_FILE_BYTES)`);
    }
    chunks.push(Buffer.from(next.value));
  }
  return Buffer.concat(chunks);
}

function refusePrivate(url: URL, host: string, address: string): never {
  throw new UnreadableDocumentError('private-address', `${url.href} points to ${host === address ? 'a private or local address' : `${host}, a private or local address`} (${address}); the server fetches only public pages (set FETCH_PRIVATE_URLS=allow to let it reach your own network)`);
}

/** One request, following redirects by hand so each hop's address is checked. */
async function request(start: string, options: FetchOptions, signal: AbortSignal): Promise<{ res: Response; url: string }> {
  let url = new URL(start);
  for (let hop = 0; ; hop++) {
    // A literal address is connected to without a lookup, so it is checked here.
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!options.allowPrivate && isIP(host) && isPrivateAddress(host)) refusePrivate(url, host, host);
    let res: Response;
    try {
      res = await fetch(url, {
        redirect: 'manual', signal, dispatcher: options.allowPrivate ? anyAddress : publicOnly,
        headers: { accept: 'text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.8,*/*;q=0.5' },
      });
    } catch (e) {
      const cause = (e as Error & { cause?: Error }).cause;
      if (cause instanceof PrivateAddressError) refusePrivate(url, cause.host, cause.address);
      throw new UnreadableDocumentError('fetch-failed', signal.aborted ? `${url.href} gave no answer within ${options.timeoutMs / 1000} s` : `${url.href} could not be fetched (${cause?.message ?? (e as Error).message})`);
    }
    const location = res.headers.get('location');
    if (!REDIRECTS.has(res.status) || !location) return { res, url: url.href };
    await res.body?.cancel();
    if (hop >= MAX_REDIRECTS) throw new UnreadableDocumentError('fetch-failed', `${start} redirected more than ${MAX_REDIRECTS} times`);
    url = new URL(location, url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UnreadableDocumentError('fetch-failed', `${start} redirected to ${url.protocol} URL, not a web page`);
  }
}

/** Fetches the URL and keeps its bytes; the input names the URL it ended at and says its media type. */
export async function fetchDocument(url: string, options: FetchOptions): Promise<DocumentInput> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const { res, url: finalUrl } = await request(url, options, controller.signal);
    if (res.status === 401 || res.status === 403) {
      throw new UnreadableDocumentError('login-page', `${url} asks for a login (HTTP ${res.status} ${res.statusText}): save the page while logged in, or its text`);
    }
    if (!res.ok) throw new UnreadableDocumentError('fetch-failed', `${url} answered HTTP ${res.status} ${res.statusText}`);
    let data: Buffer;
    try {
      data = await readCapped(res, options.maxBytes, url);
    } catch (e) {
      if (e instanceof UnreadableDocumentError) throw e;
      throw new UnreadableDocumentError('fetch-failed', controller.signal.aborted ? `${url} did not finish sending within ${options.timeoutMs / 1000} s` : `${url} broke off (${(e as Error).message})`);
    }
    const contentType = res.headers.get('content-type') ?? '';
    const mediaType = contentType.split(';')[0]?.trim().toLowerCase() || undefined;
    const charset = contentType.match(/;\s*charset\s*=\s*"?([\w.:-]+)"?/i)?.[1]?.toLowerCase();
    archive(options.archiveDir, data, { url, finalUrl, fetchedAt: new Date().toISOString(), status: res.status, mediaType, ...(charset ? { charset } : {}) });
    return { source: finalUrl, data, meta: { url: finalUrl }, ...(mediaType ? { mediaType } : {}), ...(charset ? { charset } : {}) };
  } finally {
    clearTimeout(timer);
  }
}

function archive(dir: string, data: Buffer, record: Record<string, unknown>): void {
  const hash = createHash('sha256').update(data).digest('hex');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, hash), data);
  writeFileSync(join(dir, `${hash}.json`), `${JSON.stringify(record, null, 2)}\n`);
}
