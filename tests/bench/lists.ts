/**
 * @module Watchlist benchmark: a 50,000-entry FollowTheMoney list imported into the 10k-entity bench
 * graph and cross-referenced with it, end to end through `importList` (read, match, one write
 * transaction), and the cross-reference alone (pure). One entry in twenty names a graph entity under
 * a legal name, one in a hundred a misspelt one; the rest name no one. The lists are removed after,
 * so the store stays as the API benchmark expects it.
 */
import { LISTABLE_TYPES } from '../../cypher/ontology.ts';
import { Repository } from '../../cypher/repository.ts';
import { crossReference } from '../../ingest/lists/crossReference.ts';
import { importList } from '../../ingest/lists/importList.ts';
import { readListFile } from '../../ingest/lists/readListFile.ts';
import { openBenchDatabase } from './db.ts';
import { benchGraphSpec } from './graph.ts';
import { ensureGraph } from './load-graph.ts';
import { MemorySampler, printTable, round, writeResults, type Row } from './measure.ts';
import { pick, rng } from './prng.ts';

export interface ListsOptions {
  graphs: number[];
  entries: number[];
}

const SYLLABLES = ['vor', 'ka', 'len', 'tri', 'mos', 'dal', 'qui', 'zen', 'bra', 'hol', 'nex', 'ur', 'pel', 'sto', 'var', 'ine'];

/** A list file in FollowTheMoney JSON lines naming some of the graph's entities. */
function syntheticList(names: readonly string[], size: number): Buffer {
  const rand = rng(7);
  const lines: string[] = [];
  for (let i = 0; i < size; i++) {
    const roll = rand();
    const known = pick(rand, names);
    const name = roll < 0.05 ? `${known} Co., Ltd.`
      : roll < 0.06 ? known.replace(/[aeiou](?=[a-z]{2,}$)/, 'y')
        : `${Array.from({ length: 3 }, () => pick(rand, SYLLABLES)).join('')} ${pick(rand, ['Trading', 'Holdings', 'LLC', 'Systems', 'Logistics'])} ${i}`;
    lines.push(JSON.stringify({ id: `bench-${i}`, schema: 'Company', properties: { name: [name], country: [rand() < 0.5 ? 'cn' : 'ru'] }, datasets: ['bench_list'] }));
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

export async function benchLists(o: ListsOptions): Promise<void> {
  const rows: Row[] = [];
  for (const n of o.graphs) {
    const db = await openBenchDatabase(`graph-${n}`);
    try {
      await ensureGraph(db, benchGraphSpec(n), (l) => console.error(l));
      const repo = new Repository(db);
      await repo.autoCommit('clearLists');
      const candidates = (await repo.read('listMatchCandidates', { types: LISTABLE_TYPES })).map((r) => r.entity);
      for (const size of o.entries) {
        const data = syntheticList(candidates.map((c) => c.name), size);
        const read = readListFile(data, 'bench.ftm.jsonl');
        let started = performance.now();
        const matches = crossReference(read.entries, candidates);
        const matchSeconds = (performance.now() - started) / 1000;
        const mem = new MemorySampler(db.pid).start();
        started = performance.now();
        const report = await importList(repo, data, 'bench.ftm.jsonl');
        const seconds = (performance.now() - started) / 1000;
        const memory = mem.stop();
        started = performance.now();
        await importList(repo, data, 'bench.ftm.jsonl');
        const again = (performance.now() - started) / 1000;
        rows.push({
          graph: n, 'entities to match': candidates.length, entries: size, 'import s (read, match, write)': round(seconds, 1),
          'entries/s': Math.round(size / seconds), 'cross-reference alone s': round(matchSeconds, 1), 're-import s': round(again, 1),
          linked: report.matches.linked, pending: report.matches.pending, 'matches found alone': matches.length,
          'node peak RSS MB': memory.peakRssMb, 'neo4j peak RSS MB': memory.otherPeakRssMb,
        });
        console.error(`  lists: ${size} entries against ${candidates.length} entities in ${round(seconds, 1)} s`);
        await repo.autoCommit('clearLists');
      }
    } finally {
      await db.close();
    }
  }
  printTable('Watchlists (import of a FollowTheMoney list into the bench graph, cross-referenced)', rows);
  writeResults('lists', { rows });
}
