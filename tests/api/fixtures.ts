/**
 * @module A small graph in exactly the stored model of cypher/README.md, written through
 * cypher/api/fixture_write.cypher: the Kazakh and Moscow surveillance chains from the seed articles,
 * plus a US Entity List designation, so API tests have known answers with real evidence offsets.
 */
import { query } from '../../cypher/registry.ts';
import type { Database } from '../../server/db/connection.ts';

type E = { id: string; name: string; type: string; aliases: string[]; country: string | null; origin: 'catalog' | 'discovered' };
const entity = (id: string, name: string, type: string, country: string | null, aliases: string[] = []): E =>
  ({ id, name, type, aliases, country, origin: 'catalog' });

export const entities: E[] = [
  entity('kazakhstan', 'Kazakhstan', 'State', 'KZ'),
  entity('almaty', 'Almaty', 'Place', 'KZ'),
  entity('sergek', 'Sergek', 'Program', 'KZ'),
  entity('korkem-telecom', 'Korkem Telecom', 'Company', 'KZ'),
  entity('open-technologies-group', 'Open Technologies Group', 'Company', 'KZ'),
  entity('dahua-technology', 'Dahua Technology', 'Company', 'CN', ['Dahua']),
  entity('hikvision', 'Hikvision', 'Company', 'CN', ['Hangzhou Hikvision Digital Technology']),
  entity('ntechlab', 'NtechLab', 'Company', 'RU', ['NTech Lab']),
  entity('rostec', 'Rostec', 'Company', 'RU'),
  entity('moscow', 'Moscow', 'Place', 'RU'),
  entity('russia', 'Russia', 'State', 'RU'),
  entity('us-department-of-commerce', 'US Department of Commerce', 'Agency', 'US', ['Commerce Department']),
  entity('zte', 'ZTE', 'Company', 'CN'),
];

/** One sentence per fact; the document text is these sentences joined, so offsets are exact. */
const facts: { source: string; type: string; target: string; sentence: string; year?: number; detail?: string }[] = [
  { source: 'korkem-telecom', type: 'SUPPLIES', target: 'sergek', sentence: 'Since 2017, Sergek complexes have been supplied by Korkem Telecom.', year: 2017 },
  { source: 'korkem-telecom', type: 'SUBSIDIARY_OF', target: 'open-technologies-group', sentence: 'Korkem Telecom is a subsidiary of Open Technologies Group.' },
  { source: 'korkem-telecom', type: 'PARTNERS_WITH', target: 'dahua-technology', sentence: "Korkem Telecom's technical partner is Chinese Dahua Technology." },
  { source: 'sergek', type: 'LOCATED_IN', target: 'kazakhstan', sentence: 'Sergek operates in the biggest cities of Kazakhstan.' },
  { source: 'almaty', type: 'LOCATED_IN', target: 'kazakhstan', sentence: 'Almaty is the largest city of Kazakhstan.' },
  { source: 'hikvision', type: 'SUPPLIES', target: 'almaty', sentence: 'Hikvision cameras have monitored road safety in Almaty since 2015.', year: 2015 },
  { source: 'ntechlab', type: 'SUBSIDIARY_OF', target: 'rostec', sentence: 'NtechLab is part of the Rostec group.' },
  { source: 'ntechlab', type: 'SUPPLIES', target: 'moscow', sentence: 'In 2020 NtechLab supplied facial recognition to Moscow.', year: 2020 },
  { source: 'moscow', type: 'LOCATED_IN', target: 'russia', sentence: 'Moscow is the capital of Russia.' },
  { source: 'us-department-of-commerce', type: 'SANCTIONS', target: 'hikvision', sentence: 'In 2019 the US Department of Commerce added Hikvision to the Entity List.', year: 2019, detail: 'Entity List' },
  { source: 'us-department-of-commerce', type: 'SANCTIONS', target: 'dahua-technology', sentence: 'The Commerce Department also listed Dahua in 2019.', year: 2019, detail: 'Entity List' },
];

export const DOC_ID = 'f1x7ure0000000001';
export const DOC_TITLE = 'Surveillance chains in Central Asia and Russia (test fixture)';
export const docText = facts.map((f) => f.sentence).join(' ');

export function relationshipId(f: { source: string; type: string; target: string }) {
  return `${f.source}-${f.type.toLowerCase()}-${f.target}`;
}

function relationships() {
  let offset = 0;
  return facts.map((f) => {
    const start = offset;
    const end = start + f.sentence.length;
    offset = end + 1;
    const evidence = { doc: DOC_ID, quote: f.sentence, start, end, rule: 'fixture', confidence: 0.9,
      ...(f.year ? { year: f.year } : {}), ...(f.detail ? { detail: f.detail } : {}) };
    return {
      id: relationshipId(f), source: f.source, target: f.target, type: f.type,
      props: { evidence: [JSON.stringify(evidence)], evidenceDocs: [DOC_ID], confidence: 0.9, evidenceCount: 1, years: f.year ? [f.year] : [] },
    };
  });
}

export async function writeFixture(db: Database): Promise<void> {
  const mentioned = entities.filter((e) => docText.includes(e.name) || e.aliases.some((a) => docText.includes(a)));
  await db.write((tx) => tx.run(query('fixtureWrite').text, {
    entities,
    relationships: relationships(),
    documents: [{
      props: { id: DOC_ID, source: 'fixture.txt', title: DOC_TITLE, publisher: 'Sightline tests', author: null, date: '2024-05-01',
        length: docText.length, text: docText, ingestedAt: '2026-11-25T12:00:00Z' },
      mentions: mentioned.map((e) => ({ id: e.id, count: 1 })),
    }],
  }));
}
