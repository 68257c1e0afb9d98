/**
 * @module What a user says about a file in a sidecar beside it, `NAME.meta.json` for `NAME.pdf` (or
 * `NAME.pdf.meta.json`): title, author, publisher, date, language and url, each overriding what the
 * file and its text say. A sidecar that is not that JSON makes its document fail with the reason,
 * rather than go in with metadata the user did not mean.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import type { MetaOverrides } from '../types.ts';
import { UnreadableDocumentError } from './errors.ts';

const text = z.string().trim().min(1).max(1000);

export const MetaOverridesSchema = z.object({
  title: text, author: text, publisher: text, date: text, language: z.string().trim().min(1).max(35),
  url: z.url({ protocol: /^https?$/ }),
}).partial().strict();

/** The sidecar of a file, if it has one. */
export function sidecarOf(file: string): string | undefined {
  const stem = basename(file, extname(file));
  return [join(dirname(file), `${stem}.meta.json`), `${file}.meta.json`].find((f) => existsSync(f));
}

export function readSidecar(file: string): MetaOverrides | undefined {
  const path = sidecarOf(file);
  if (!path) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UnreadableDocumentError('bad-metadata', `its metadata file ${basename(path)} is not JSON (${(e as Error).message})`);
  }
  const parsed = MetaOverridesSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UnreadableDocumentError('bad-metadata', `its metadata file ${basename(path)} is wrong at "${issue.path.join('.') || '(top)'}": ${issue.message} (allowed: title, author, publisher, date, language, url)`);
  }
  return parsed.data;
}
