/**
 * @module FindCatalogNames: the catalog's names and aliases in the parsed sentences. Matching is on
 * word keys (names.ts), so case, punctuation and k/c spellings do not matter, with guards against
 * common words: an acronym ("HP", "FSB") must be written in capitals, and a one-word capitalised
 * name ("Axis", "Visa") must be capitalised in the text. A match inside a longer proper name is not
 * a mention of the catalog entry: "China" in "Bank of China", "Washington" in "University of
 * Washington".
 */
import { stateNamed, type Catalog } from '../catalog.ts';
import { nameKey, nameTokens } from '../names.ts';
import { children, governors, treeOf } from '../nlp/tree.ts';
import { defineStage } from '../stage.ts';
import type { Mention, ParsedSentence } from '../types.ts';
import { scanKeys, spanMention, tokenKeys } from './spans.ts';

interface Entry {
  keys: string[];
  ids: string[];
  form: string;
  /** 'exact': acronym, 'capital': one capitalised word, 'any': several words or a lower-case term. */
  casing: 'exact' | 'capital' | 'any';
}

const indexes = new WeakMap<Catalog, Map<string, Entry[]>>();
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

function indexOf(catalog: Catalog): Map<string, Entry[]> {
  const cached = indexes.get(catalog);
  if (cached) return cached;
  const index = new Map<string, Entry[]>();
  const seen = new Set<string>();
  for (const item of catalog.items) {
    for (const form of [item.name, ...item.aliases]) {
      const keys = nameTokens(form);
      if (keys[0] === 'the' && keys.length > 1) keys.shift();
      const signature = keys.join(' ');
      if (!keys.length || seen.has(`${signature}|${form}`)) continue;
      seen.add(`${signature}|${form}`);
      const letters = form.replace(/[^\p{L}]/gu, '');
      const casing = letters.length <= 6 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)
        ? 'exact'
        : keys.length === 1 && isCapitalised(form) ? 'capital' : 'any';
      const entry: Entry = { keys, ids: catalog.byKey.get(signature) ?? [item.id], form, casing };
      index.set(keys[0]!, [...(index.get(keys[0]!) ?? []), entry]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  indexes.set(catalog, index);
  return index;
}

function casingFits(entry: Entry, words: string[]): boolean {
  if (entry.casing === 'any') return true;
  if (entry.casing === 'capital') return isCapitalised(words[0]!);
  const surface = words.join('').replace(/[^\p{L}\p{N}]/gu, '');
  return surface === surface.toUpperCase() || surface === entry.form.replace(/[^\p{L}\p{N}]/gu, '');
}

const PROPER = /^NNPS?$/;

/**
 * True when the match is one word of a longer capitalised name: "Bank of China", "China Mobile",
 * "University of Washington". A State or Place name then names something else.
 */
function insideLongerName(sentence: ParsedSentence, first: number, last: number): boolean {
  const t = sentence.tokens;
  const before = t[first - 1];
  const before2 = t[first - 2];
  const after = t[last + 1];
  if (before && (before.word === 'of' || before.word === 'for') && before2 && PROPER.test(before2.pos) && /^(?:Bank|University|Institute|College|Academy|Museum|Church|Republic|Federation)$/.test(before2.word)) return true;
  return Boolean(after && PROPER.test(after.pos) && /^(?:Mobile|Telecom|Unicom|Daily|Times|Post|Airlines|Railway|Electronics|University|Institute|Bank|Group|Corporation)$/.test(after.word));
}

export function findCatalogMentions(text: string, sentence: ParsedSentence, catalog: Catalog): Mention[] {
  const index = indexOf(catalog);
  const keys = tokenKeys(sentence);
  const found: Mention[] = [];
  scanKeys(keys, (key) => index.get(key) ?? [], (match, first, last) => {
    const item = catalog.byId.get(match.ids[0]!)!;
    if ((item.type === 'State' || item.type === 'Place') && insideLongerName(sentence, first, last)) return;
    found.push(spanMention(text, sentence, first, last + 1, {
      type: item.type, catalogKeys: match.ids, name: item.name, origin: 'catalog', rule: 'catalog',
    }));
  }, (e, i) => {
    const first = keys[i]!.token;
    const last = keys[i + e.keys.length - 1]!.token;
    // A match must cover whole tokens: "based" alone in "Hangzhou-based" is not the name "Based".
    if ((i > 0 && keys[i - 1]!.token === first) || (i + e.keys.length < keys.length && keys[i + e.keys.length]!.token === last)) return false;
    // A currency is not its country: "US$24.1 million", "HK$", "A$".
    if (/[$\u20ac\u00a3\u00a5]/.test(sentence.tokens[last]!.word)) return false;
    return casingFits(e, sentence.tokens.slice(first, last + 1).map((t) => t.word));
  });
  return found;
}

/**
 * Offices and bodies that a country's adjective before them makes the country's own: "Chinese
 * President Xi Jinping", "the Polish government", sales to Russian and Belarusian law enforcement.
 */
const STATE_HEADS = new Set(['president', 'premier', 'government', 'authorities', 'regime', 'state', 'enforcement', 'police', 'military', 'army']);

/**
 * A country's adjective before its head of state or its government stands for the state, which the
 * text may never name: "Chinese President Xi Jinping", "the Polish Prime Minister", "a
 * loan from the Chinese government". Before anything else ("Chinese companies") it is only a country
 * the text places things in.
 */
export function findNationalAdjectives(text: string, sentence: ParsedSentence, catalog: Catalog): Mention[] {
  const tree = treeOf(sentence);
  const lemma = (i: number) => sentence.tokens[i]!.lemma.toLowerCase();
  return sentence.tokens.flatMap((t) => {
    const country = /^\p{Lu}/u.test(t.word) ? catalog.countryByAdjective.get(nameKey(t.word)) : undefined;
    const state = country ? stateNamed(catalog, country) : undefined;
    if (!state) return [];
    const heads = [...governors(tree, t.i, 'amod'), ...governors(tree, t.i, 'compound')].filter((h) => /^NN/.test(sentence.tokens[h]!.pos));
    const beside = (h: number) => [...children(tree, h, 'compound'), ...children(tree, h, 'amod')].map(lemma);
    const prime = (h: number) => lemma(h) === 'minister' && beside(h).includes('prime');
    if (!heads.some((h) => STATE_HEADS.has(lemma(h)) || prime(h))) return [];
    return [spanMention(text, sentence, t.i, t.i + 1, { type: 'State', catalogKeys: [state.id], name: state.name, origin: 'catalog', rule: 'national-adjective' })];
  });
}

export const findCatalogNames = defineStage({
  name: 'findCatalogNames',
  requires: ['parse', 'text'],
  assigns: 'catalogMentions',
  run: (w, o) => w.parse.sentences.flatMap((s) => [...findCatalogMentions(w.text, s, o.catalog), ...findNationalAdjectives(w.text, s, o.catalog)]),
});
