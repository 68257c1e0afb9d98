/**
 * @module Shared by the recognisers: a mention from a token span (text, offsets, head), the word
 * keys a span is compared by, and how a name is typed when no catalog entry knows it.
 */
import type { EntityType } from '../../cypher/ontology.ts';
import { namesCountry, type Catalog } from '../catalog.ts';
import { nameTokens } from '../names.ts';
import { headOf, treeOf } from '../nlp/tree.ts';
import type { Mention, ParsedSentence } from '../types.ts';
import { LEGAL_PREFIXES, LEGAL_SUFFIXES, TYPE_WORDS } from './vocabulary.ts';

export function spanMention(
  text: string, sentence: ParsedSentence, tokenStart: number, tokenEnd: number,
  fields: Pick<Mention, 'type' | 'catalogKeys' | 'name' | 'origin' | 'rule'>,
): Mention {
  const start = sentence.tokens[tokenStart]!.start;
  const end = sentence.tokens[tokenEnd - 1]!.end;
  return {
    start, end, text: text.slice(start, end), tokenStart, tokenEnd, head: headOf(treeOf(sentence), tokenStart, tokenEnd),
    sentence: sentence.index, ...fields,
  };
}

/** Word keys with the token each comes from ("Hangzhou-based" gives two keys from one token). */
export function tokenKeys(sentence: ParsedSentence): { key: string; token: number }[] {
  return sentence.tokens.flatMap((t) => (t.word === '&' ? ['and'] : nameTokens(t.word)).map((key) => ({ key, token: t.i })));
}

/**
 * Scans a sentence's word keys for the longest listed key sequence at each place, left to right, and
 * reports each match by its first and last token. `candidates` gives the entries that may start at a
 * key, longest first; `accept` may refuse one (a casing rule, a token cut in half).
 */
export function scanKeys<E extends { keys: readonly string[] }>(
  keys: readonly { key: string; token: number }[],
  candidates: (key: string) => readonly E[],
  onMatch: (entry: E, first: number, last: number) => void,
  accept: (entry: E, at: number) => boolean = () => true,
): void {
  for (let i = 0; i < keys.length;) {
    const entry = candidates(keys[i]!.key).find((e) => i + e.keys.length <= keys.length && e.keys.every((k, j) => keys[i + j]!.key === k) && accept(e, i));
    if (!entry) {
      i += 1;
      continue;
    }
    onMatch(entry, keys[i]!.token, keys[i + entry.keys.length - 1]!.token);
    i += entry.keys.length;
  }
}

// Compared as name keys, so spelling folds ("stock" is "stocc") apply to the vocabulary as to names.
const suffixKeys = new Set<string>(LEGAL_SUFFIXES.map((s) => nameTokens(s).join(' ')));
const prefixKeys = LEGAL_PREFIXES.map((p) => nameTokens(p)).sort((a, b) => b.length - a.length);
const typeWords = TYPE_WORDS.map((t) => ({ type: t.type, words: new Set(t.words.map((w) => nameTokens(w).join(' '))) }));

/** The name's word keys without a leading "the", legal prefixes and trailing legal forms: how names are compared. */
export function coreKeys(name: string): string[] {
  let keys = nameTokens(name);
  if (keys[0] === 'the' && keys.length > 1) keys = keys.slice(1);
  for (const prefix of prefixKeys) {
    if (keys.length > prefix.length && prefix.every((k, i) => keys[i] === k)) {
      keys = keys.slice(prefix.length);
      break;
    }
  }
  for (let n = 3; n >= 1; n--) {
    while (keys.length > n && suffixKeys.has(keys.slice(-n).join(' '))) keys = keys.slice(0, -n);
  }
  return keys;
}

export function hasLegalForm(name: string): boolean {
  const keys = nameTokens(name);
  return keys.length > 1 && (suffixKeys.has(keys[keys.length - 1]!) || suffixKeys.has(keys.slice(-2).join(' '))
    || prefixKeys.some((p) => keys.length > p.length && p.every((k, i) => keys[i] === k)));
}

/**
 * The type a name's words give it: a legal form makes a Company; otherwise the last word that is a
 * type word decides, scanning from the end, because the head of an English name comes last ("Bank
 * of China" is scanned past "China" to "Bank"; "Ministry of Internal Affairs" reaches "Ministry").
 */
export function typeByWords(name: string): EntityType | undefined {
  if (hasLegalForm(name)) return 'Company';
  const keys = nameTokens(name);
  // "Government Security Group", "Government Communications Headquarters": a government's own body,
  // whatever its last word.
  if (keys[0] === 'government' && keys.length > 1) return 'Agency';
  // In "X of Y" the head is X: "Office of Foreign Assets Control" is an office, and "State Committee
  // for Information Technologies" a committee, not a company for its last word.
  const ofAt = keys.findIndex((k, i) => i > 0 && (k === 'of' || k === 'for' || k === 'on'));
  const head = ofAt > 0 ? keys.slice(0, ofAt) : keys;
  for (let i = head.length - 1; i >= 0; i--) {
    const found = typeWords.find((t) => t.words.has(head[i]!));
    if (found) return found.type;
  }
  return undefined;
}

/** Words a local arm's legal name adds after the country: "Huawei Technologies Lao Sole Co., Ltd.". */
const LOCAL_FORMS = new Set(['sole']);

/**
 * The parent's name keys in a company's arm in a country, named as the parent's name and the
 * country's ("Huawei Kenya", "Dahua Mexico", "Huawei Technologies (Mauritius) Co. Ltd"); undefined
 * for a name that is not so made.
 */
export function armParentKeys(name: string, catalog: Catalog): string[] | undefined {
  const keys = coreKeys(name);
  while (keys.length > 2 && LOCAL_FORMS.has(keys[keys.length - 1]!)) keys.pop();
  const last = keys.length - 1;
  return last > 0 && namesCountry(catalog, keys[last]!) ? keys.slice(0, last) : undefined;
}
