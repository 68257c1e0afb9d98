import { describe, expect, it } from 'vitest';
import { RELATION_TYPES, type RelationType } from '../../cypher/ontology.ts';
import { seededServer } from '../helpers/seeded.ts';

const seeded = seededServer({ serve: false });




async function compare(ids: string[], relTypes: readonly RelationType[]) {
  const got = await seeded.repo.read('edgesAmong', { ids, relTypes, minConfidence: 0, since: null, until: null, rejected: false });
  const expected = await seeded.repo.read('edgesAmongOracle', { ids, relTypes });
  expect(got.map((r) => r.edge.id).sort()).toEqual(expected.map((r) => r.id).sort());
  return got.length;
}

describe('edgesAmong finds exactly the relationships among a set though it never reads the most connected one', () => {
  it('agrees with reading every relationship, for the whole seed graph and for neighbourhoods of its best-connected entities', async () => {
    const byDegree = (await seeded.repo.read('entityIdsByDegree')).map((r) => r.id);
    const sets = [byDegree, byDegree.slice(0, 12)];
    for (const hub of byDegree.slice(0, 3)) {
      const around = await seeded.repo.read('neighbourIds', { id: hub });
      sets.push([hub, ...around.map((r) => r.id)]);
    }
    let found = 0;
    // Each hub's own neighbourhood has it as the skipped entity, so its edges must come from the other ends.
    for (const ids of sets) found += await compare(ids, RELATION_TYPES);
    // Enough relationships across the sets that a missed one would show.
    expect(found).toBeGreaterThan(50);
  });

  it('keeps only the relationship types asked for', async () => {
    const ids = (await seeded.repo.read('entityIds')).map((r) => r.id);
    expect(await compare(ids, ['SUPPLIES', 'LOCATED_IN'])).toBeGreaterThan(5);
  });
});
