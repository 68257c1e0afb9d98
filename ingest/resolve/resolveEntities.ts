/**
 * @module resolveEntities: one entity per thing named. A mention is tied to a catalog entry (the
 * catalog gives identity: canonical name, aliases, type, country) or to an entity discovered in the
 * text; within a document a short form finds its long one ("Dahua" is the "Zhejiang Dahua
 * Technology Co., Ltd." named before, "Cellebrite" in a headline the one "Cellebrite DI Ltd." the
 * body registers after it), a surname its person, and an acronym defined in brackets its
 * long name ("the Xinjiang Public Security Bureau (XPSB)" ... "the XPSB"). Bodies that share a name
 * stay apart by country: the country written into or beside the mention ("Uzbekistan's Interior
 * Ministry") decides, and a catalog body of another country is never taken for it; a body's name
 * with its country written after it ("Ministry of Communications of the Russian Federation") is the
 * catalog's body of that name there. Two legal forms
 * of one name ("Intellexa S.A.", "Intellexa Limited") are two companies. A city or region the catalog
 * does not know takes its country from the gazetteer.
 */
import type { EntityType } from '../../cypher/ontology.ts';
import { stateNamed, type Catalog } from '../catalog.ts';
import { placeNamed } from '../gazetteer.ts';
import { nameKey, nameTokens, slug } from '../names.ts';
import { coreKeys, hasLegalForm } from '../recognise/spans.ts';
import { defineStage } from '../stage.ts';
import type { Entity, Mention, ParsedSentence, Reference, Resolution, ResolvedMention } from '../types.ts';

/** Types whose names repeat across countries, so a discovered one is told apart by its country. */
const COUNTRY_SCOPED: readonly EntityType[] = ['Agency'];
/** Types a short form may stand for (a company's short name, an agency's) when it is part of the long one. */
const SHORTENABLE: readonly EntityType[] = ['Company', 'Organization', 'Agency', 'Program', 'Product'];

interface CountryHint { country: string; at: number; sentence: number }

/** Every place the text names a country: a State mention or a demonym ("Kazakh", "Russian"). */
function countryHints(mentions: readonly Mention[], sentences: readonly ParsedSentence[], catalog: Catalog): CountryHint[] {
  const hints: CountryHint[] = [];
  for (const m of mentions) {
    if (m.type !== 'State') continue;
    const item = m.catalogKeys.length ? catalog.byId.get(m.catalogKeys[0]!) : stateNamed(catalog, m.name);
    if (item) hints.push({ country: item.country ?? item.name, at: m.start, sentence: m.sentence });
  }
  for (const s of sentences) {
    for (const t of s.tokens) {
      const country = catalog.countryByAdjective.get(nameKey(t.word));
      if (country && /^\p{Lu}/u.test(t.word)) hints.push({ country, at: t.start, sentence: s.index });
    }
  }
  return hints.sort((a, b) => a.at - b.at);
}

/**
 * The country written into a mention or right beside it: "Uzbekistan's Interior Ministry",
 * "the Ministry of Interior of Uzbekistan", "the Kazakh Ministry of Internal Affairs".
 */
function ownCountry(m: Mention, hints: readonly CountryHint[], text: string): string | undefined {
  const near = hints.filter((h) => h.sentence === m.sentence && h.at >= m.start - 20 && h.at <= m.end + 20);
  const inside = near.filter((h) => h.at >= m.start && h.at < m.end);
  if (inside.length) return inside[inside.length - 1]!.country;
  const before = near.filter((h) => h.at < m.start && /^[\p{L}\s'’-]*$/u.test(text.slice(h.at, m.start)));
  if (before.length) return before[before.length - 1]!.country;
  const after = near.filter((h) => h.at >= m.end && /^\s*(?:of|in)\s+(?:the\s+)?$/.test(text.slice(m.end, h.at)));
  return after[0]?.country;
}

/** The country the text places a mention in: its own, else the nearest in its sentence, else before it. */
function placeOf(m: Mention, hints: readonly CountryHint[], text: string): string | undefined {
  const own = ownCountry(m, hints, text);
  if (own) return own;
  const same = hints.filter((h) => h.sentence === m.sentence);
  if (same.length) return same.reduce((a, b) => (Math.abs(a.at - m.start) <= Math.abs(b.at - m.start) ? a : b)).country;
  return hints.filter((h) => h.at < m.start).pop()?.country;
}

/** "Long Name (ACR)" and "ACR (Long Name)": the acronym's text and the mention it stands for. */
function acronymsOf(mentions: readonly Mention[], text: string): Map<string, Mention> {
  const defined = new Map<string, Mention>();
  for (const m of mentions) {
    const after = /^\s*\((?:the\s+)?([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\)/u.exec(text.slice(m.end, m.end + 16));
    if (after && after[1] !== m.text && !defined.has(after[1]!)) defined.set(after[1]!, m);
  }
  return defined;
}

/** The words of a name that are its legal form: "s a" of "Intellexa S.A.", "ao" of "AO Kaspersky Lab". */
function legalForm(name: string): string {
  const core = new Set(coreKeys(name));
  return nameTokens(name).filter((k) => !core.has(k) && k !== 'the').join(' ');
}

/** Whether a longer name holds a short form's words in a row: "Zhejiang Dahua Technology Co., Ltd." holds "Dahua". */
function holdsShortForm(long: string, short: string): boolean {
  const keys = coreKeys(short);
  return keys.length > 0 && coreKeys(long).length > keys.length && ` ${coreKeys(long).join(' ')} `.includes(` ${keys.join(' ')} `);
}

const isAcronym = (s: string) => /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}$/u.test(s);

export function resolveAll(mentions: readonly Mention[], sentences: readonly ParsedSentence[], text: string, catalog: Catalog): Resolution {
  const hints = countryHints(mentions, sentences, catalog);
  const acronyms = acronymsOf(mentions, text);
  const entities = new Map<string, Entity>();
  const byMention = new Map<Mention, Entity>();
  const resolved: ResolvedMention[] = [];
  const references: Reference[] = [];

  const fromCatalog = (id: string): Entity => {
    const item = catalog.byId.get(id)!;
    const coordinates = item.type === 'Place' ? placeNamed(item.name, catalog, item.country)?.coordinates : undefined;
    return {
      id, name: item.name, type: item.type, aliases: [...item.aliases], ...(item.country ? { country: item.country } : {}),
      ...(coordinates ? { coordinates } : {}), origin: 'catalog',
    };
  };

  const discovered = (m: Mention, stated: string | undefined): Entity => {
    // A city or region's country is reference data: the gazetteer's, in the country the text places it
    // in when the gazetteer has one of that name there.
    const place = m.type === 'Place' ? placeNamed(m.name, catalog, stated ?? placeOf(m, hints, text)) : undefined;
    const country = stated ?? place?.country;
    const state = country ? stateNamed(catalog, country) : undefined;
    const countryName = state?.name ?? country;
    const scoped = countryName && COUNTRY_SCOPED.includes(m.type) && !nameKey(m.name).includes(nameKey(countryName));
    return {
      id: scoped ? `${slug(m.name)}-${slug(countryName)}` : slug(m.name),
      name: m.name, type: m.type, aliases: [], ...(countryName && m.type !== 'State' ? { country: countryName } : {}),
      ...(place?.coordinates && (!countryName || nameKey(place.country) === nameKey(countryName)) ? { coordinates: place.coordinates } : {}), origin: 'discovered',
    };
  };

  // "Ministry of Communications of the Russian Federation": a body's name with its country written
  // after it is the catalog's body of that name in that country.
  const ofCountry = (name: string): string[] | undefined => {
    for (const split of name.matchAll(/ of (?:the )?/g)) {
      const state = stateNamed(catalog, name.slice(split.index + split[0].length));
      if (!state) continue;
      const ids = catalog.byKey.get(nameKey(name.slice(0, split.index)))?.filter((id) => {
        const item = catalog.byId.get(id)!;
        return COUNTRY_SCOPED.includes(item.type) && item.country && nameKey(item.country) === nameKey(state.country ?? state.name);
      });
      if (ids?.length) return ids;
    }
    return undefined;
  };

  const entityFor = (m: Mention): Entity | undefined => {
    const longForm = isAcronym(m.text) ? acronyms.get(m.text) : undefined;
    if (longForm && longForm !== m && byMention.has(longForm)) return byMention.get(longForm);
    // An acronym no bracket defined and no catalog entry knows names nothing we can type.
    if (m.rule === 'acronym' && !catalog.byKey.get(nameKey(m.name))?.length) return undefined;
    const keys = coreKeys(m.name);
    const known = m.catalogKeys.length ? m.catalogKeys : catalog.byKey.get(keys.join(' ')) ?? catalog.byKey.get(nameKey(m.name)) ?? ofCountry(m.name) ?? [];
    if (known.length) {
      const own = ownCountry(m, hints, text);
      const countries = known.map((id) => catalog.byId.get(id)!.country);
      if (known.length === 1) {
        const item = catalog.byId.get(known[0]!)!;
        // A catalog body of one country is not the same-named body of the country the text writes beside it.
        if (!(own && item.country && COUNTRY_SCOPED.includes(item.type) && nameKey(own) !== nameKey(item.country))) return fromCatalog(known[0]!);
        return discovered({ ...m, name: item.name, type: item.type }, own);
      }
      const place = own ?? placeOf(m, hints, text);
      const at = countries.findIndex((c) => c && place && nameKey(c) === nameKey(place));
      if (at >= 0) return fromCatalog(known[at]!);
      const item = catalog.byId.get(known[0]!)!;
      return place ? discovered({ ...m, name: item.name, type: item.type }, place) : fromCatalog(known[0]!);
    }
    if (m.type === 'Person') {
      // A later "Chen" is the "Chen Quanguo" named earlier, and a later "Mnuchin" the "Steven T. Mnuchin".
      const key = nameKey(m.name);
      const earlier = [...entities.values()].find((e) => e.type === 'Person' && (nameKey(e.name).endsWith(` ${key}`) || nameKey(e.name).startsWith(`${key} `)));
      if (earlier) return earlier;
    }
    if (SHORTENABLE.includes(m.type) || m.rule === 'proper-noun') {
      // A name already known as itself stays itself: "Sistema" is not "Sistema VC" once "Sistema" is named.
      const same = entities.get(slug(m.name));
      if (same && same.origin === 'discovered' && SHORTENABLE.includes(same.type)) return same;
      // "Positive Technologies" after "JSC Positive Technologies": one name with and without its legal
      // form; two legal forms of one name stay two companies.
      const form = legalForm(m.name);
      const bare = [...entities.values()].find((e) => e.origin === 'discovered' && e.type === m.type && keys.length > 0
        && coreKeys(e.name).join(' ') === keys.join(' ') && (!form || !legalForm(e.name) || legalForm(e.name) === form));
      if (bare) return bare;
      // "Dahua" after "Zhejiang Dahua Technology Co., Ltd.": a short form inside a longer name named
      // before. A name with a legal form of its own is a company of its own ("Intellexa S.A." is not
      // the "Intellexa Commercial Spyware Consortium"), unless the longer name has the same form.
      // Of two such names the one the short form leaves least of is meant: "CITIC" is "CITIC Group",
      // not "CITIC Guoan Information Technology" named before it.
      const longer = [...entities.values()].filter((e) => SHORTENABLE.includes(e.type) && holdsShortForm(e.name, m.name) && (!form || legalForm(e.name) === form))
        .sort((a, b) => coreKeys(a.name).length - coreKeys(b.name).length)[0];
      if (longer) return longer;
    }
    if (m.type === 'State') {
      const state = stateNamed(catalog, m.name);
      if (state) return fromCatalog(state.id);
    }
    return discovered(m, COUNTRY_SCOPED.includes(m.type) ? placeOf(m, hints, text) : undefined);
  };

  // The legal form that first claimed a catalog entry: "Intellexa S.A." and "Intellexa Limited" in one
  // text are two companies of one group, so the second is an entity of its own.
  const claims = new Map<string, string>();
  const legalEntityFor = (m: Mention): Entity | undefined => {
    const entity = entityFor(m);
    const form = legalForm(m.name);
    if (!entity || entity.origin !== 'catalog' || !form) return entity;
    const claimed = claims.get(entity.id);
    if (claimed === undefined) claims.set(entity.id, form);
    return claimed === undefined || claimed === form ? entity : { ...discovered(m, undefined), type: entity.type };
  };

  // Long names first within a sentence order, so "XPSB" finds the bureau defined beside it.
  for (const m of mentions) {
    const candidate = legalEntityFor(m);
    if (!candidate?.id) continue;
    const entity = entities.get(candidate.id) ?? candidate;
    entities.set(entity.id, entity);
    byMention.set(m, entity);
    if (m.text !== entity.name && !entity.aliases.includes(m.text) && entity.origin === 'discovered') entity.aliases.push(m.text);
    const placedIn = placeOf(m, hints, text);
    resolved.push({ entityId: entity.id, start: m.start, end: m.end, text: m.text, ...(placedIn ? { placedIn } : {}) });
    references.push({
      entityIds: [entity.id], type: entity.type, start: m.start, end: m.end, text: m.text, sentence: m.sentence,
      tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, head: m.head, anaphor: false,
    });
  }
  return mergeEarlyShortForms({ entities: [...entities.values()], mentions: resolved, references });
}

/**
 * A short form written before the registered name it stands for ("Cellebrite" in a headline, then
 * "Cellebrite DI Ltd." in the body) became an entity of its own: it is that registered name when the
 * document registers exactly one name that holds it.
 */
function mergeEarlyShortForms(resolution: Resolution): Resolution {
  const firstAt = new Map<string, number>();
  for (const m of resolution.mentions) firstAt.set(m.entityId, Math.min(m.start, firstAt.get(m.entityId) ?? m.start));
  const into = new Map<string, Entity>();
  for (const short of resolution.entities) {
    if (short.origin !== 'discovered' || !SHORTENABLE.includes(short.type) || hasLegalForm(short.name)) continue;
    const registered = resolution.entities.filter((e) => e.origin === 'discovered' && e.type === short.type && hasLegalForm(e.name)
      && holdsShortForm(e.name, short.name) && firstAt.get(e.id)! > firstAt.get(short.id)!);
    if (registered.length !== 1) continue;
    const long = registered[0]!;
    into.set(short.id, long);
    for (const alias of [short.name, ...short.aliases]) if (alias !== long.name && !long.aliases.includes(alias)) long.aliases.push(alias);
  }
  if (!into.size) return resolution;
  const to = (id: string) => into.get(id)?.id ?? id;
  return {
    entities: resolution.entities.filter((e) => !into.has(e.id)),
    mentions: resolution.mentions.map((m) => (into.has(m.entityId) ? { ...m, entityId: to(m.entityId) } : m)),
    references: resolution.references.map((r) => (r.entityIds.some((id) => into.has(id)) ? { ...r, entityIds: r.entityIds.map(to), type: into.get(r.entityIds[0]!)?.type ?? r.type } : r)),
  };
}

export const resolveEntities = defineStage({
  name: 'resolveEntities',
  requires: ['mentions', 'parse', 'text'],
  assigns: 'resolution',
  run: (w, o) => resolveAll(w.mentions, w.parse.sentences, w.text, o.catalog),
});
