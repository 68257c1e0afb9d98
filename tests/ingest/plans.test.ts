/**
 * The write stage's queries must find what they touch by index seeks and expansions, whatever the
 * statistics their plan is made with. On an empty store every scan looks free, and a plan made then
 * stays cached: a relationship MERGE planned as a scan of every relationship made the first seconds
 * of an ingest into an empty graph cost 22.6 s a batch (BENCHMARKS.md, cause 2).
 */
import { describe, expect, it } from 'vitest';
import { loadQueries, query } from '../../cypher/registry.ts';
import { extractDocument } from '../../ingest/index.ts';
import { writeExtraction } from '../../ingest/write/graph.ts';
import { emptyTestGraph, testNlp } from '../helpers/db.ts';

/** Queries of the write stage that read everything by design, each with the reason. */
const SCANS_BY_DESIGN: Record<string, string> = {
  resetGraph: '--reset empties the whole graph',
  countDocuments: 'counts every document, once at start-up',
  relationsWithEvidenceFrom: 'a replaced document\'s evidence can sit on any relationship; it runs only when a file changed',
};

/** Every query in cypher/ingest/, the write stage's folder, so a new query is covered without editing this test. */
const writeQueries = [...loadQueries().values()]
  .filter((q) => q.file.startsWith('ingest/') && !(q.name in SCANS_BY_DESIGN))
  .map((q) => q.name);

const graph = emptyTestGraph();

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

/** The operators of the plan made now, with the store's statistics as they are. */
async function freshPlan(name: string): Promise<string[]> {
  const session = graph.repo.db.driver.session({ database: graph.repo.db.database });
  try {
    const r = await session.run(`CYPHER replan=force EXPLAIN ${query(name).text}`);
    const walk = (p: PlanNode): string[] => [p.operatorType.split('@')[0]!, ...p.children.flatMap(walk)];
    return walk(r.summary.plan as unknown as PlanNode);
  } finally {
    await session.close();
  }
}

describe('the write stage\'s plans', () => {
  it('cover the batch queries', () => {
    expect(writeQueries).toEqual(expect.arrayContaining(['findDocuments', 'mergeEntities', 'relationsByKey', 'createDocuments', 'writeRelations']));
  });

  for (const [when, prepare] of [
    ['on an empty store', async () => {}],
    ['after the first document', async () => {
      await writeExtraction(graph.repo, await extractDocument({ source: 'plans.txt', data: 'Hikvision supplied cameras to Quito in 2019. Dahua sold cameras to Quito.' }, testNlp()));
    }],
  ] as const) {
    it(`scan no index, label or relationship ${when}`, async () => {
      await prepare();
      for (const name of writeQueries) {
        expect((await freshPlan(name)).filter((op) => op.includes('Scan')), name).toEqual([]);
      }
    });
  }
});
