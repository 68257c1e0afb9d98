/**
 * @module Finds the catalog's names and aliases in sentences. Matching is on word keys (names.ts),
 * so case, punctuation and k/c spellings do not matter, with two guards against common words:
 * an acronym ("HP", "FSB") must be written in capitals, and a one-word capitalised name ("Axis",
 * "Visa") must be capitalised in the text.
 */
import type { Catalog } from '../catalog.ts';
import { nameTokens } from '../names.ts';
import { defineStage } from '../stage.ts';
import type { Mention, Sentence } from '../types.ts';
import { isCapitalised, wordsOf, type Word } from './words.ts';

interface Entry {
  keys: string[];
  ids: string[];
  form: string;
  /** 'exact': acronym, 'capital': one capitalised word, 'any': several words or a lower-case term. */
  casing: 'exact' | 'capital' | 'any';
}

const indexes = new WeakMap<Catalog, Map<string, Entry[]>>();

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
      index.set(keys[0], [...(index.get(keys[0]) ?? []), entry]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  indexes.set(catalog, index);
  return index;
}

/** A quote or a full stop between two words means they belong to different phrases. */
function gapBreaksName(sentence: Sentence, a: Word, b: Word): boolean {
  return /["()]|\.\s/.test(sentence.text.slice(a.end - sentence.start, b.start - sentence.start));
}

function casingFits(entry: Entry, words: Word[]): boolean {
  if (entry.casing === 'any') return true;
  if (entry.casing === 'capital') return isCapitalised(words[0].text);
  const surface = words.map((w) => w.text).join('');
  return surface === surface.toUpperCase() || surface === entry.form.replace(/[^\p{L}\p{N}]/gu, '');
}

export function findCatalogMentions(sentence: Sentence, catalog: Catalog): Mention[] {
  const index = indexOf(catalog);
  const words = wordsOf(sentence);
  const found: Mention[] = [];
  for (let i = 0; i < words.length;) {
    const match = (index.get(words[i].key) ?? []).find((e) =>
      i + e.keys.length <= words.length
      && e.keys.every((k, j) => words[i + j].key === k && (j === 0 || !gapBreaksName(sentence, words[i + j - 1], words[i + j])))
      && casingFits(e, words.slice(i, i + e.keys.length)));
    if (!match) {
      i += 1;
      continue;
    }
    const last = words[i + match.keys.length - 1];
    const item = catalog.byId.get(match.ids[0])!;
    found.push({
      start: words[i].start,
      end: last.end,
      text: sentence.text.slice(words[i].start - sentence.start, last.end - sentence.start),
      type: item.type,
      catalogKeys: match.ids,
      name: item.name,
      origin: 'catalog',
      rule: 'gazetteer',
      sentence: sentence.index,
    });
    i += match.keys.length;
  }
  return found;
}

export const gazetteer = defineStage({
  name: 'FindCatalogNames',
  requires: ['sentences'],
  assigns: 'catalogMentions',
  run: (w, o) => w.sentences.flatMap((s) => findCatalogMentions(s, o.catalog)),
});
