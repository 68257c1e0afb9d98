/**
 * @module crossReference: which graph entity a list entry names, and how sure that is. Names are
 * compared as the extractor compares them (legal forms, "the", punctuation, case and k/c spellings
 * ignored; coreKeys), in any word order, by edit distance (fastest-levenshtein) over every name and
 * alias either side knows. A list's pinyin legal name finds the graph's brand when the words it
 * adds are places and business words ("Hangzhou Hikvision Digital Technology" is "Hikvision").
 * A country on both sides that differs is never linked: two "Ministry of Internal Affairs" of two
 * countries stay two. Above LINK the entry is linked; between REVIEW and LINK it waits for a person.
 * Pure: entries and entities in, matches out.
 */
import { distance } from 'fastest-levenshtein';
import { LISTABLE_TYPES, type EntityType } from '../../cypher/ontology.ts';
import { catalog } from '../catalog.ts';
import { nameTokens } from '../names.ts';
import { coreKeys } from '../recognise/spans.ts';
import type { ListEntry } from './entries.ts';

export const THRESHOLDS = { link: 0.93, review: 0.8 } as const;

export interface MatchCandidate {
  id: string;
  name: string;
  type: string;
  country?: string | null;
  aliases?: readonly string[] | null;
}

export interface EntryMatch {
  entry: ListEntry;
  entityId: string;
  score: number;
  status: 'linked' | 'pending';
  /** The two names that matched best, the list's and the graph's. */
  entryName: string;
  entityName: string;
}

/** Words a legal name adds to a brand without naming another firm. */
const BUSINESS_WORDS = new Set([
  'technology', 'technologies', 'tech', 'digital', 'group', 'holding', 'holdings', 'international', 'system', 'systems',
  'electronics', 'electronic', 'information', 'network', 'networks', 'communication', 'communications', 'science',
  'sciences', 'industries', 'industry', 'industrial', 'development', 'research', 'security', 'intelligent', 'intelligence',
  'software', 'solutions', 'telecom', 'telecommunications', 'equipment', 'products', 'services', 'global', 'smart',
  'vision', 'data', 'cloud', 'company', 'corporation', 'enterprise', 'enterprises', 'trading', 'import', 'export', 'and',
].map((w) => nameTokens(w).join(' ')));

let placeWords: Set<string> | undefined;
/** Single-word names of states and places the catalog knows ("hangzhou", "zhejiang", "china"). */
function places(): Set<string> {
  placeWords ??= new Set(catalog().items.filter((i) => i.type === 'State' || i.type === 'Place')
    .flatMap((i) => [i.name, ...i.aliases, ...(i.adjectives ?? [])]).map((n) => nameTokens(n)).filter((t) => t.length === 1).map((t) => t[0]!));
  return placeWords;
}

/** A brand inside a legal name scores just at the linking threshold: sure, but below an exact name. */
const BRAND = 0.93;

/**
 * True when one name is the other's brand: every word of the shorter is in the longer, one of them
 * distinctive, and the longer adds only places, business words and at most one leading word (the
 * province in "Zhejiang Uniview Technologies", which a gazetteer of cities does not hold).
 */
function isBrandOf(short: readonly string[], long: readonly string[]): boolean {
  if (!short.every((w) => long.includes(w)) || !short.some((w) => !BUSINESS_WORDS.has(w) && !places().has(w))) return false;
  const extra = long.map((w, i) => ({ w, i })).filter(({ w }) => !short.includes(w) && !BUSINESS_WORDS.has(w) && !places().has(w));
  return extra.length === 0 || (extra.length === 1 && extra[0]!.i === 0);
}

/** Names repeat across 50,000 entries and their candidates; their keys are worked out once. */
const keyCache = new Map<string, string[]>();
function keysOf(name: string): string[] {
  let keys = keyCache.get(name);
  if (!keys) {
    if (keyCache.size > 200_000) keyCache.clear();
    keys = coreKeys(name);
    keyCache.set(name, keys);
  }
  return keys;
}

/** How alike two names are, 0..1. */
export function nameSimilarity(a: string, b: string): number {
  const ka = keysOf(a);
  const kb = keysOf(b);
  if (!ka.length || !kb.length) return 0;
  const sorted = (k: readonly string[]) => [...k].sort().join(' ');
  if (sorted(ka) === sorted(kb)) return 1;
  const similarity = (x: string, y: string) => 1 - distance(x, y) / Math.max(x.length, y.length);
  // In any word order, and with the spaces gone ("NTech Lab" is "NtechLab").
  const edit = Math.max(similarity(sorted(ka), sorted(kb)), similarity(ka.join(''), kb.join('')));
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return Math.max(edit, isBrandOf(short, long) ? BRAND : 0);
}

const listable = new Set<string>(LISTABLE_TYPES);

/** A person is never an organisation, whatever the names say. */
function typesAgree(entry: ListEntry, entityType: string): boolean {
  return (entry.type === 'Person') === (entityType === 'Person');
}

function countriesAgree(entry: ListEntry, country: string | null | undefined): boolean {
  return !country || !entry.countries.length || entry.countries.some((c) => c.toLowerCase() === country.toLowerCase());
}

/**
 * What an entry and an entity must share to be compared: the first four letters of a distinctive
 * word (else of any word), so a misspelling later in the word ("Hikvizion") still meets its entity.
 */
function blockingWords(name: string): string[] {
  const keys = keysOf(name);
  const distinctive = keys.filter((w) => !BUSINESS_WORDS.has(w) && !places().has(w));
  return [...new Set((distinctive.length ? distinctive : keys).map((w) => w.slice(0, 4)))];
}

export function crossReference(entries: readonly ListEntry[], entities: readonly MatchCandidate[]): EntryMatch[] {
  // Block on words, so 50,000 entries meet only the few entities that share a distinctive word.
  const byWord = new Map<string, MatchCandidate[]>();
  for (const e of entities) {
    if (!listable.has(e.type as EntityType)) continue;
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      for (const w of new Set(blockingWords(n))) {
        const list = byWord.get(w) ?? [];
        if (!list.includes(e)) list.push(e);
        byWord.set(w, list);
      }
    }
  }
  const out: EntryMatch[] = [];
  for (const entry of entries) {
    const names = [entry.name, ...entry.aliases];
    const candidates = new Set(names.flatMap(blockingWords).flatMap((w) => byWord.get(w) ?? []));
    const best = new Map<string, EntryMatch>();
    for (const e of candidates) {
      if (!typesAgree(entry, e.type) || !countriesAgree(entry, e.country)) continue;
      for (const a of names) {
        for (const b of [e.name, ...(e.aliases ?? [])]) {
          const score = Math.round(nameSimilarity(a, b) * 1000) / 1000;
          if (score < THRESHOLDS.review || score <= (best.get(e.id)?.score ?? 0)) continue;
          best.set(e.id, { entry, entityId: e.id, score, status: score >= THRESHOLDS.link ? 'linked' : 'pending', entryName: a, entityName: b });
        }
      }
    }
    // Two entities for one entry is a question for a person, unless both match it equally well
    // (the same body twice in the graph).
    const top = Math.max(0, ...[...best.values()].map((m) => m.score));
    out.push(...[...best.values()].map((m) => (m.score < top && m.status === 'linked' ? { ...m, status: 'pending' as const } : m)));
  }
  return out;
}
