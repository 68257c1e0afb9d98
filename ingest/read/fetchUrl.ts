/**
 * @module Fetching a document named by a URL (`npm run ingest -- https://...`, the API's `url`, the
 * explorer's add-document dialog): once, with a timeout and a size cap, following redirects. The
 * bytes as fetched are kept beside the data, named by their sha256 (the Document's `contentHash`)
 * with a record of the URL, time and media type, so a citation can show what the page said that day.
 * Every failure (an HTTP error, a login wall, no answer in time, too many bytes, no connection) is an
 * UnreadableDocumentError with the reason, so a batch skips the URL and goes on.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentInput } from '../types.ts';
import { UnreadableDocumentError } from './errors.ts';

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
}

export function isUrl(path: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(path);
}

export function fetchOptions(overrides: Partial<FetchOptions> & Pick<FetchOptions, 'maxBytes'>): FetchOptions {
  const timeout = Number(process.env.INGEST_FETCH_TIMEOUT_MS);
  return {
    timeoutMs: overrides.timeoutMs ?? (Number.isFinite(timeout) && timeout > 0 ? timeout : fetchDefaults.timeoutMs),
    archiveDir: overrides.archiveDir ?? process.env.INGEST_ARCHIVE_DIR ?? fetchDefaults.archiveDir,
    maxBytes: overrides.maxBytes,
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

/** Fetches the URL and keeps its bytes; the input names the URL it ended at and says its media type. */
export async function fetchDocument(url: string, options: FetchOptions): Promise<DocumentInput> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, { redirect: 'follow', signal: controller.signal, headers: { accept: 'text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.8,*/*;q=0.5' } });
    } catch (e) {
      const cause = (e as Error & { cause?: Error }).cause?.message ?? (e as Error).message;
      throw new UnreadableDocumentError('fetch-failed', controller.signal.aborted ? `${url} gave no answer within ${options.timeoutMs / 1000} s` : `${url} could not be fetched (${cause})`);
    }
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
    const mediaType = res.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() || undefined;
    const finalUrl = res.url || url;
    archive(options.archiveDir, data, { url, finalUrl, fetchedAt: new Date().toISOString(), status: res.status, mediaType });
    return { source: finalUrl, data, meta: { url: finalUrl }, ...(mediaType ? { mediaType } : {}) };
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
