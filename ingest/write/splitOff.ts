/**
 * @module Names an analyst split off land on the split-off entity: when a person split mentions
 * written "Interior Ministry" off Russia's Ministry of Internal Affairs into Uzbekistan's, a later
 * document whose "Interior Ministry" ingest resolves to Russia's gives that mention, and the facts
 * it supports, to Uzbekistan's instead. Without this, every later document would put back the
 * mistake the split corrected. A mention the text places in another country than the split-off
 * entity's ("Russia's Interior Ministry") stays where it was resolved: the text says whose it is.
 */
import { relationshipId, type EntityType } from '../../cypher/ontology.ts';
import { nameKey } from '../names.ts';
import type { Entity, Extraction, ResolvedMention } from '../types.ts';

/** An entity split off another, with the names its split mentions were written as. */
export interface SplitOff {
  from: string;
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  names: string[];
}

/** The split-off entity a mention now means, if any. */
function claimant(m: ResolvedMention, splits: readonly SplitOff[]): SplitOff | undefined {
  const key = nameKey(m.text);
  return splits.find((s) => s.from === m.entityId && s.names.some((n) => nameKey(n) === key)
    && (!m.placedIn || (s.country !== null && nameKey(s.country) === nameKey(m.placedIn))));
}

export function redirectSplitNames(x: Extraction, splits: readonly SplitOff[]): Extraction {
  if (!splits.length) return x;
  const moved = new Map<ResolvedMention, SplitOff>();
  for (const m of x.mentions) {
    const s = claimant(m, splits);
    if (s) moved.set(m, s);
  }
  if (!moved.size) return x;

  const mentions = x.mentions.map((m) => (moved.has(m) ? { ...m, entityId: moved.get(m)!.id } : m));
  // Where a document names the old entity only by split names, every fact of it there is the new
  // one's, those reached through "the ministry" too; otherwise a fact follows the mention in its sentence.
  const wholly = new Map<string, string>();
  for (const from of new Set([...moved.values()].map((s) => s.from))) {
    const own = x.mentions.filter((m) => m.entityId === from);
    const to = new Set(own.map((m) => moved.get(m)?.id));
    if (to.size === 1 && !to.has(undefined)) wholly.set(from, [...to][0]!);
  }
  const endOf = (id: string, start: number, end: number): string => {
    const whole = wholly.get(id);
    if (whole) return whole;
    const inside = x.mentions.filter((m) => m.entityId === id && m.start >= start && m.end <= end);
    const to = new Set(inside.map((m) => moved.get(m)?.id));
    return to.size === 1 && !to.has(undefined) ? [...to][0]! : id;
  };
  const relations = x.relations
    .map((r) => {
      const source = endOf(r.source, r.evidence.start, r.evidence.end);
      const target = endOf(r.target, r.evidence.start, r.evidence.end);
      return source === r.source && target === r.target ? r : { ...r, source, target, id: relationshipId(source, r.type, target) };
    })
    .filter((r) => r.source !== r.target);

  const used = new Set([...mentions.map((m) => m.entityId), ...relations.flatMap((r) => [r.source, r.target])]);
  const added = new Map<string, Entity>();
  for (const [m, s] of moved) {
    const there = x.entities.find((e) => e.id === s.id);
    const e = added.get(s.id) ?? (there ? { ...there, type: s.type, aliases: [...there.aliases] } : { id: s.id, name: s.name, type: s.type, aliases: [], origin: 'discovered' as const });
    // The name as this document writes it joins the aliases, as any discovered name does; no
    // country, so the one the analyst gave stands.
    if (m.text !== s.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    added.set(s.id, e);
  }
  return {
    ...x,
    entities: [...x.entities.filter((e) => used.has(e.id) && !added.has(e.id)), ...added.values()],
    mentions,
    relations,
  };
}
