/**
 * @module `npm run bench [ingest|api|export|lists|documents|web|timemap|delivery|soak ...] [--quick|--full] [--minutes=N]`:
 * runs the chosen parts (all but soak by default), prints a table per part and writes JSON to
 * tests/bench/results/. Quick stays under five minutes once the graphs are loaded; full adds the
 * 100k and 1M graphs and 10,000 articles. `soak` runs only when named: 10 minutes (`--minutes`) at 50
 * connections with Neo4j killed twice.
 * `--graphs=` and `--endpoints=` (comma-separated, matched as substrings) narrow a run.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { benchApi } from './api.ts';
import { benchDelivery } from './delivery.ts';
import { benchDocuments } from './documents.ts';
import { benchExport } from './export.ts';
import { benchIngest } from './ingest.ts';
import { benchLists } from './lists.ts';
import { benchSoak } from './soak.ts';
import { benchTimemap } from './timemap.ts';
import { benchWeb } from './web.ts';
import { writeResults } from './measure.ts';

const PARTS = ['ingest', 'api', 'export', 'lists', 'documents', 'web', 'timemap', 'delivery', 'soak'] as const;
type Part = (typeof PARTS)[number];
/** Parts a plain `npm run bench` runs; the soak takes ten minutes and kills its database, so only by name. */
const DEFAULT_PARTS: readonly Part[] = ['ingest', 'api', 'export', 'lists', 'web', 'timemap', 'delivery'];

/** What each mode measures; sizes grow by 10x so growth with data size is visible in one run. */
export const plans = {
  quick: {
    // 100 articles of 10 KB: CoreNLP parses about 12 KB/s on 2 cores, so each uncached pass takes
    // about a minute and a half; full mode ingests 1,000 and its RSS checkpoints show the growth.
    ingest: { sizes: [100] },
    // 2 s windows keep the whole quick run under five minutes; full mode measures 8 s windows.
    api: { graphs: [10_000], durationSeconds: 2, connections: [1, 10, 50] },
    export: { graphs: [10_000], edges: [10_000] },
    lists: { graphs: [10_000], entries: [50_000] },
    documents: { pdfPages: [30, 300], documents: 10_000, requests: 100 },
    web: { elements: [1000, 5000, 10_000] },
    timemap: { elements: [1000, 5000] },
    delivery: { runs: 3 },
    soak: { minutes: 10, connections: 50, entities: 10_000 },
  },
  full: {
    ingest: { sizes: [1000] },
    api: { graphs: [10_000, 100_000, 1_000_000], durationSeconds: 8, connections: [1, 10, 50] },
    export: { graphs: [100_000], edges: [10_000, 100_000] },
    lists: { graphs: [10_000, 100_000], entries: [50_000] },
    documents: { pdfPages: [30, 300, 1000], documents: 10_000, requests: 500 },
    web: { elements: [1000, 5000, 10_000] },
    timemap: { elements: [1000, 5000, 10_000] },
    delivery: { runs: 5 },
    soak: { minutes: 10, connections: 50, entities: 10_000 },
  },
};

function machine() {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0];
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    java,
    loadAverageAtStart: loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { full: { type: 'boolean' }, quick: { type: 'boolean' }, graphs: { type: 'string' }, endpoints: { type: 'string' }, minutes: { type: 'string' } },
  });
  const unknown = positionals.filter((a) => !(PARTS as readonly string[]).includes(a));
  if (unknown.length) throw new Error(`unknown part ${unknown.join(', ')}; parts are ${PARTS.join(', ')}`);
  const mode = values.full ? 'full' : 'quick';
  const chosen = positionals.filter((a): a is Part => (PARTS as readonly string[]).includes(a));
  const parts = chosen.length ? chosen : [...DEFAULT_PARTS];
  const plan = structuredClone(plans[mode]);
  // --graphs=100000,1000000 and --endpoints=neighbors,search narrow a run to what is being investigated.
  const graphs = values.graphs?.split(',').map(Number);
  if (graphs) plan.api.graphs = plan.export.graphs = graphs;
  const endpointFilter = values.endpoints?.split(',');
  if (values.minutes) plan.soak.minutes = Number(values.minutes);
  const started = Date.now();
  const env = machine();
  console.log(`Sightline benchmarks, ${mode}: ${parts.join(', ')} on ${env.nproc} x ${env.cpu}, ${env.memoryGb} GB, Node ${env.node}, load ${env.loadAverageAtStart}`);
  writeResults('machine', { mode, parts, ...env });
  for (const part of parts) {
    if (part === 'ingest') await benchIngest(plan.ingest);
    if (part === 'api') await benchApi({ ...plan.api, endpointFilter });
    if (part === 'export') await benchExport(plan.export);
    if (part === 'lists') await benchLists(plan.lists);
    if (part === 'documents') await benchDocuments(plan.documents);
    if (part === 'web') await benchWeb(plan.web);
    if (part === 'timemap') await benchTimemap(plan.timemap);
    if (part === 'delivery') await benchDelivery(plan.delivery);
    if (part === 'soak') await benchSoak(plan.soak);
  }
  console.log(`\nDone in ${Math.round((Date.now() - started) / 1000)} s; JSON in tests/bench/results/.`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
