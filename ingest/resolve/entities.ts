/**
 * @module One entity per thing named: every mention is tied to a catalog entry or to a discovered
 * entity, so "HikVision" and "Hikvision" are one node and "RosTelekom" is Rostelecom. Bodies that
 * share a name (an interior ministry in Kazakhstan and one in Russia) stay apart: the country the
 * text places a mention in (a state or demonym in the sentence, else the nearest before it, else
 * the document's main country) picks the entry or suffixes the discovered id.
 */
import type { Catalog } from '../catalog.ts';
import { stateNamed } from '../catalog.ts';
import { nameKey, slug } from '../names.ts';
import type { EntityType } from '../../cypher/ontology.ts';
import { wordsOf } from '../recognise/words.ts';
import { defineStage } from '../stage.ts';
import type { Entity, Mention, Reference, Resolution, ResolvedMention, Sentence } from '../types.ts';
import { resolveAnaphora } from './anaphora.ts';

/** Types whose names repeat across countries, so a discovered one is told apart by its country. */
const COUNTRY_SCOPED: readonly EntityType[] = ['Agency'];

interface CountryHint {
  country: string;
  at: number;
  sentence: number;
}

/** Every place the text names a country: a State mention or a demonym ("Kazakh", "Russian"). */
function countryHints(mentions: readonly Mention[], sentences: readonly Sentence[], catalog: Catalog): CountryHint[] {
  const hints: CountryHint[] = [];
  for (const m of mentions) {
    if (m.type !== 'State' || m.origin !== 'catalog') continue;
    const item = catalog.byId.get(m.catalogKeys[0])!;
    hints.push({ country: item.country ?? item.name, at: m.start, sentence: m.sentence });
  }
  for (const s of sentences) {
    for (const w of wordsOf(s)) {
      const country = catalog.countryByAdjective.get(w.key);
      if (country) hints.push({ country, at: w.start, sentence: s.index });
    }
  }
  return hints.sort((a, b) => a.at - b.at);
}

/** The country the text places a mention in: same sentence (nearest), else the closest before, else the document's most named. */
function placeOf(m: Mention, hints: readonly CountryHint[], main: string | undefined, among?: readonly string[]): string | undefined {
  const usable = among ? hints.filter((h) => among.includes(h.country)) : hints;
  const same = usable.filter((h) => h.sentence === m.sentence);
  if (same.length) return same.reduce((a, b) => (Math.abs(a.at - m.start) <= Math.abs(b.at - m.start) ? a : b)).country;
  const before = usable.filter((h) => h.at < m.start);
  if (before.length) return before[before.length - 1].country;
  if (main && (!among || among.includes(main))) return main;
  return usable[0]?.country;
}

function mainCountry(hints: readonly CountryHint[]): string | undefined {
  const counts = new Map<string, number>();
  for (const h of hints) counts.set(h.country, (counts.get(h.country) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function resolveEntities(mentions: readonly Mention[], sentences: readonly Sentence[], catalog: Catalog): Resolution {
  const hints = countryHints(mentions, sentences, catalog);
  const main = mainCountry(hints);
  const entities = new Map<string, Entity>();
  const resolved: ResolvedMention[] = [];
  const references: Reference[] = [];
  const people: Entity[] = [];

  const entityFor = (m: Mention): Entity => {
    const known = m.catalogKeys.length ? m.catalogKeys : catalog.byKey.get(nameKey(m.name)) ?? [];
    if (known.length) {
      const countries = known.map((id) => catalog.byId.get(id)!.country!);
      const id = known.length === 1 ? known[0] : known[Math.max(0, countries.indexOf(placeOf(m, hints, main, countries) ?? ''))];
      const item = catalog.byId.get(id)!;
      return { id, name: item.name, type: item.type, aliases: [...item.aliases], country: item.country, origin: 'catalog' };
    }
    if (m.type === 'Person') {
      // A later "Kudryavtsev" is the "Konstantin Kudryavtsev" named earlier in the same document.
      const surname = nameKey(m.name);
      const earlier = people.find((p) => nameKey(p.name).endsWith(` ${surname}`));
      if (earlier) return earlier;
    }
    const country = COUNTRY_SCOPED.includes(m.type) ? placeOf(m, hints, main) : undefined;
    const state = country ? stateNamed(catalog, country) : undefined;
    return {
      id: country ? `${slug(m.name)}-${slug(country)}` : slug(m.name),
      name: m.name,
      type: m.type,
      aliases: [],
      ...(country ? { country: state?.name ?? country } : {}),
      origin: 'discovered',
    };
  };

  for (const m of mentions) {
    const candidate = entityFor(m);
    if (!candidate.id) continue;
    const entity = entities.get(candidate.id) ?? candidate;
    if (!entities.has(entity.id)) {
      entities.set(entity.id, entity);
      if (entity.type === 'Person') people.push(entity);
    }
    if (m.text !== entity.name && !entity.aliases.includes(m.text) && entity.origin === 'discovered') entity.aliases.push(m.text);
    resolved.push({ entityId: entity.id, start: m.start, end: m.end, text: m.text });
    references.push({ entityIds: [entity.id], type: entity.type, start: m.start, end: m.end, text: m.text, sentence: m.sentence, anaphor: false });
  }
  const withAnaphora = [...references, ...resolveAnaphora(references, sentences)].sort((a, b) => a.start - b.start);
  return { entities: [...entities.values()], mentions: resolved, references: withAnaphora };
}

export const resolve = defineStage({
  name: 'ResolveEntities',
  requires: ['mentions', 'sentences'],
  assigns: 'resolution',
  run: (w, o) => resolveEntities(w.mentions, w.sentences, o.catalog),
});
