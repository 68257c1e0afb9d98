/**
 * @module Sends text to the NLP sidecar and reads its answer into `Parse`: sentences with tokens
 * (word, lemma, part of speech, named-entity class, character offsets) and enhanced++ dependencies.
 * Long texts go a part at a time (paragraph boundaries), so no request meets the server's timeout.
 * Parses are deterministic for a text and pipeline, so each is cached by content hash beside the
 * data: re-ingest, previews and the test suite parse a text once. A server that is down or slow gets
 * retries, then one error that says what to do.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Dependency, Parse, ParsedSentence, Token } from '../types.ts';
import { repairParse } from './repairParse.ts';
import { CORENLP_VERSION, PIPELINE, type NlpEndpoint } from './server.ts';

/** The NLP server cannot be reached or keeps failing; nothing of the document was written. */
export class NlpUnavailableError extends Error {
  override name = 'NlpUnavailableError';
}

export interface NlpClientOptions {
  /** Where parses are cached; null turns the cache off. */
  cacheDir: string | null;
  /** How long one request may take. */
  timeoutMs: number;
  /** Attempts per request before giving up (a restarting server answers after a few seconds). */
  attempts: number;
  /** Characters per request at most; a longer text is cut at paragraph ends. */
  chunkChars: number;
}

export const nlpClientDefaults = {
  cacheDir: process.env.NLP_CACHE_DIR ?? join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), '.cache', 'nlp'),
  timeoutMs: 150_000,
  attempts: 4,
  chunkChars: 40_000,
} satisfies NlpClientOptions;

/**
 * Under a thousand characters a part is cut inside sentences, which then parse wrong; over a million
 * one request outlasts the timeout. A value outside them is a typo, not a wish.
 */
const ChunkChars = z.coerce.number().int().min(1_000).max(1_000_000);

/**
 * NLP_CHUNK_CHARS (smaller requests for a CoreNLP server with a tight timeout, and more progress
 * steps), or the default when unset. Read at start by the server and the CLI, so a bad value stops
 * them with a message naming it instead of being ignored.
 */
export function nlpChunkChars(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.NLP_CHUNK_CHARS?.trim();
  if (!raw) return nlpClientDefaults.chunkChars;
  const parsed = ChunkChars.safeParse(raw);
  if (!parsed.success) throw new Error(`bad configuration: NLP_CHUNK_CHARS is the characters per CoreNLP request, a whole number from 1000 to 1000000, not "${env.NLP_CHUNK_CHARS}"`);
  return parsed.data;
}

/** Called after each request of a long text: how many of its characters are parsed. */
export type ParseProgress = (parsedChars: number, totalChars: number) => void;

export interface NlpClient {
  parse(text: string, onProgress?: ParseProgress): Promise<Parse>;
}

/** What a cached parse depends on besides the text: a new model or setting misses the cache. */
const PIPELINE_KEY = JSON.stringify({ CORENLP_VERSION, PIPELINE, shape: 1 });

interface CoreNlpToken {
  index: number; word: string; lemma: string; pos: string; ner: string;
  characterOffsetBegin: number; characterOffsetEnd: number;
}
interface CoreNlpDependency { dep: string; governor: number; dependent: number }
interface CoreNlpSentence {
  tokens: CoreNlpToken[];
  enhancedPlusPlusDependencies?: CoreNlpDependency[];
  basicDependencies?: CoreNlpDependency[];
}

/** CoreNLP's JSON to ours: 0-based token indexes, offsets shifted by where the part starts in the document, known misparses repaired. */
function toSentences(json: { sentences?: CoreNlpSentence[] }, shift: number): ParsedSentence[] {
  return (json.sentences ?? []).map((s) => {
    const tokens: Token[] = s.tokens.map((t) => ({
      i: t.index - 1, word: t.word, lemma: t.lemma, pos: t.pos, ner: t.ner,
      start: t.characterOffsetBegin + shift, end: t.characterOffsetEnd + shift,
    }));
    const deps: Dependency[] = (s.enhancedPlusPlusDependencies ?? s.basicDependencies ?? [])
      .map((d) => ({ rel: d.dep, gov: d.governor - 1, dep: d.dependent - 1 }));
    return repairParse({ index: 0, start: tokens[0]?.start ?? shift, end: tokens[tokens.length - 1]?.end ?? shift, tokens, deps });
  });
}

/** Cuts text at paragraph ends (else line ends) into parts of at most `max` characters. */
export function parts(text: string, max: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const paragraph = text.lastIndexOf('\n\n', end);
      const line = text.lastIndexOf('\n', end);
      const cut = paragraph > start ? paragraph : line > start ? line : end;
      end = cut;
    }
    out.push({ text: text.slice(start, end), start });
    start = end;
  }
  return out;
}

export function nlpClient(endpoint: NlpEndpoint, options: Partial<NlpClientOptions> = {}): NlpClient {
  const o: NlpClientOptions = { ...nlpClientDefaults, ...options, chunkChars: options.chunkChars ?? nlpChunkChars() };
  const auth = endpoint.user ? `Basic ${Buffer.from(`${endpoint.user}:${endpoint.password ?? ''}`).toString('base64')}` : undefined;
  const url = `${endpoint.url}/?properties=${encodeURIComponent(JSON.stringify(PIPELINE))}`;

  async function request(text: string): Promise<{ sentences?: CoreNlpSentence[] }> {
    let last = '';
    for (let attempt = 1; attempt <= o.attempts; attempt++) {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'text/plain; charset=utf-8', ...(auth ? { authorization: auth } : {}) },
          body: text,
          signal: AbortSignal.timeout(o.timeoutMs),
        });
        if (res.ok) return await res.json() as { sentences?: CoreNlpSentence[] };
        last = `HTTP ${res.status}: ${(await res.text()).slice(0, 200).trim()}`;
        // A refused login or a bad request will not get better by asking again.
        if (res.status === 401 || res.status === 400) break;
      } catch (e) {
        last = (e as Error).name === 'TimeoutError' ? `no answer within ${o.timeoutMs / 1000}s` : (e as Error).cause ? String((e as Error & { cause: Error }).cause.message) : (e as Error).message;
      }
      if (attempt < o.attempts) await new Promise((r) => setTimeout(r, 1000 * 2 ** (attempt - 1)));
    }
    throw new NlpUnavailableError(`the CoreNLP server at ${endpoint.url} did not parse the text (${last}); start it with npm start or npm run ingest, or set CORENLP_URL`);
  }

  async function parsePart(text: string, shift: number): Promise<ParsedSentence[]> {
    const key = createHash('sha256').update(PIPELINE_KEY).update('\0').update(text).digest('hex');
    const file = o.cacheDir ? join(o.cacheDir, key.slice(0, 2), `${key}.json`) : undefined;
    if (file && existsSync(file)) {
      try {
        return toSentences(JSON.parse(readFileSync(file, 'utf8')), shift);
      } catch {
        // A torn cache file is parsed again and rewritten.
      }
    }
    const json = await request(text);
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      // Written aside and renamed, so a reader never sees half a file.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ sentences: (json.sentences ?? []).map(({ tokens, enhancedPlusPlusDependencies }) => ({
        tokens: tokens.map(({ index, word, lemma, pos, ner, characterOffsetBegin, characterOffsetEnd }) => ({ index, word, lemma, pos, ner, characterOffsetBegin, characterOffsetEnd })),
        enhancedPlusPlusDependencies: (enhancedPlusPlusDependencies ?? []).map(({ dep, governor, dependent }) => ({ dep, governor, dependent })),
      })) }));
      renameSync(tmp, file);
    }
    return toSentences(json, shift);
  }

  return {
    async parse(text, onProgress) {
      const sentences: ParsedSentence[] = [];
      const all = parts(text, o.chunkChars);
      for (const part of all) {
        if (part.text.trim()) sentences.push(...await parsePart(part.text, part.start));
        // A text of one request has nothing to report between its start and its end.
        if (all.length > 1) onProgress?.(part.start + part.text.length, text.length);
      }
      sentences.forEach((s, i) => { s.index = i; });
      return { sentences };
    },
  };
}
