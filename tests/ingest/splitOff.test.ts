/**
 * The write stage's pure redirect of names an analyst split off: which mentions of a document move
 * to the split-off entity and which facts follow them. Unit tests beside the HTTP test in
 * tests/api/curation-entities.test.ts, since the cases (a country the text gives, a document naming
 * both bodies, a fact reached through "the ministry") are cheap to state here.
 */
import { describe, expect, it } from 'vitest';
import { relationshipId } from '../../cypher/ontology.ts';
import type { Extraction, ResolvedMention } from '../../ingest/types.ts';
import { redirectSplitNames, type SplitOff } from '../../ingest/write/splitOff.ts';

const RU = 'ministry-of-internal-affairs-russia';
const UZ = 'ministry-of-internal-affairs-uzbekistan';
const SPLIT: SplitOff = { from: RU, id: UZ, name: 'Ministry of Internal Affairs', type: 'Agency', country: 'Uzbekistan', names: ['Interior Ministry'] };

/** A document whose sentences each say that Korvex supplied the entity of one mention. */
function extraction(mentions: Omit<ResolvedMention, 'entityId'>[], rel: (m: number) => { source: string; start: number; end: number }[] = () => []): Extraction {
  const ms = mentions.map((m) => ({ entityId: RU, ...m }));
  const relations = ms.flatMap((_, i) => rel(i)).map((r) => ({
    id: relationshipId('korvex', 'SUPPLIES', r.source), type: 'SUPPLIES' as const, source: 'korvex', target: r.source,
    evidence: { doc: 'd', quote: 'q', start: r.start, end: r.end, rule: 'r', confidence: 0.5 },
  }));
  return {
    document: { id: 'd', source: 'd.txt', title: 'd', length: 200, text: '', format: 'text', pages: 1, contentHash: 'd', fileName: 'd.txt', size: 200 },
    entities: [
      { id: RU, name: 'Ministry of Internal Affairs', type: 'Agency', aliases: [], country: 'Russia', origin: 'catalog' },
      { id: 'korvex', name: 'Korvex', type: 'Company', aliases: [], origin: 'discovered' },
    ],
    mentions: [...ms, { entityId: 'korvex', start: 190, end: 196, text: 'Korvex' }],
    relations,
  };
}

describe('names an analyst split off, at ingest', () => {
  it('moves a mention of a split name the text places nowhere, with its fact, and drops the old entity from the document', () => {
    const x = redirectSplitNames(extraction([{ start: 10, end: 27, text: 'Interior Ministry' }], () => [{ source: RU, start: 0, end: 60 }]), [SPLIT]);
    expect(x.mentions[0]).toMatchObject({ entityId: UZ, text: 'Interior Ministry' });
    expect(x.relations.map((r) => r.id)).toEqual([relationshipId('korvex', 'SUPPLIES', UZ)]);
    expect(x.entities.map((e) => e.id).sort()).toEqual(['korvex', UZ]);
    expect(x.entities.find((e) => e.id === UZ)).toEqual({ id: UZ, name: 'Ministry of Internal Affairs', type: 'Agency', aliases: ['Interior Ministry'], origin: 'discovered' });
  });

  it('leaves a mention the text places in another country, or whose words are not a split name, where it was resolved', () => {
    const x = extraction([
      { start: 10, end: 27, text: 'Interior Ministry', placedIn: 'Russia' },
      { start: 70, end: 98, text: 'Ministry of Internal Affairs' },
    ], (i) => [{ source: RU, start: i * 60, end: i * 60 + 60 }]);
    expect(redirectSplitNames(x, [SPLIT])).toEqual(x);
  });

  it('moves a mention the text places in the split-off entity\'s own country', () => {
    const x = redirectSplitNames(extraction([{ start: 10, end: 27, text: 'interior ministry', placedIn: 'Uzbekistan' }]), [SPLIT]);
    expect(x.mentions[0]!.entityId).toBe(UZ);
  });

  it('splits a document naming both bodies by sentence: each fact follows the mention in its sentence', () => {
    const x = redirectSplitNames(extraction([
      { start: 10, end: 27, text: 'Interior Ministry' },
      { start: 70, end: 97, text: 'Interior Ministry', placedIn: 'Russia' },
    ], (i) => [{ source: RU, start: i * 60, end: i * 60 + 60 }]), [SPLIT]);
    expect(x.mentions.map((m) => m.entityId)).toEqual([UZ, RU, 'korvex']);
    expect(x.relations.map((r) => r.target)).toEqual([UZ, RU]);
    expect(x.entities.map((e) => e.id).sort()).toEqual(['korvex', RU, UZ]);
  });

  it('gives the split-off entity every fact of a document that names the old one only by split names, those reached through "the ministry" too', () => {
    const x = redirectSplitNames(extraction([{ start: 10, end: 27, text: 'Interior Ministry' }], () => [{ source: RU, start: 100, end: 150 }]), [SPLIT]);
    expect(x.relations.map((r) => r.target)).toEqual([UZ]);
  });

  it('changes nothing when no split concerns the document\'s entities', () => {
    const x = extraction([{ start: 10, end: 27, text: 'Interior Ministry' }]);
    expect(redirectSplitNames(x, [{ ...SPLIT, from: 'another-ministry' }])).toEqual(x);
    expect(redirectSplitNames(x, [])).toBe(x);
  });
});
