/**
 * Two writers at once, as an analyst meets them: `npm run ingest` on a folder while the explorer's
 * server takes uploads, both against the one test Neo4j. Whatever the interleaving, the graph is the
 * one a single writer makes, no upload answers 500, and the CLI calls no stored document failed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument, ingestPaths } from '../../ingest/index.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { startCli } from '../helpers/cli.ts';
import { comparableGraph, emptyGraph, emptyTestGraph, testNlp } from '../helpers/db.ts';

const VENDORS = ['Arvex', 'Belmor', 'Corvane', 'Dextrel', 'Elvora', 'Fenwick', 'Galtrex', 'Hollis', 'Iverna', 'Jastro',
  'Kelvane', 'Lumora', 'Marvex', 'Norvane', 'Ostrel', 'Pelvora', 'Quintrex', 'Rovane', 'Selvik', 'Tarvex',
  'Ulmora', 'Vantrel', 'Wexford', 'Xelvane', 'Yorvex', 'Zentrel', 'Amberly', 'Brantor', 'Caldris', 'Dunmore'];
const CITIES = ['Nairobi', 'Lima', 'Quito', 'Accra', 'Lusaka', 'Dakar', 'Kampala', 'Harare', 'Luanda', 'Maputo',
  'Bogota', 'Caracas', 'Managua', 'Tegucigalpa', 'Asuncion', 'Montevideo', 'Santiago', 'Tunis', 'Rabat', 'Algiers',
  'Amman', 'Beirut', 'Baku', 'Tbilisi', 'Yerevan', 'Minsk', 'Chisinau', 'Skopje', 'Tirana', 'Sarajevo'];
/** 60 facts between entities no graph holds yet, so both writers create them. */
const FACTS = [...VENDORS, ...VENDORS.map((v) => `${v}tech`)].map((vendor, i) => ({ vendor: `${vendor} Systems`, city: [...CITIES, ...[...CITIES].reverse()][i]! }));

const graph = emptyTestGraph();
let server: TestServer;
const root = mkdtempSync(join(tmpdir(), 'sightline-writers-'));

/** One folder of documents, one fact each, in the words of `year`. */
function corpus(name: string, year: number): string {
  const dir = join(root, name);
  mkdirSync(dir);
  FACTS.forEach((f, i) => writeFileSync(join(dir, `${String(i).padStart(2, '0')}.txt`), `${f.vendor} supplied surveillance cameras to ${f.city} in ${year}.\n`));
  return dir;
}

/** Posts every document of `dir` as an upload, three at a time; the status of each. */
async function upload(dir: string): Promise<number[]> {
  const files = readdirSync(dir);
  const statuses: number[] = [];
  await Promise.all([0, 1, 2].map(async (lane) => {
    for (const file of files.filter((_, i) => i % 3 === lane)) {
      const res = await fetch(`${server.url}/api/documents`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: readFileSync(join(dir, file), 'utf8'), source: `upload/${file}` }),
      });
      statuses.push(res.status);
    }
  }));
  return statuses;
}

/** The stored graph, in an order that does not depend on which writer came first. */
const stored = () => comparableGraph(graph.repo);

/** What one writer makes of the same inputs: the folder, then the uploads, one after the other. */
async function oneWriter(folder: string, uploads: string) {
  await emptyGraph(graph.repo);
  const ctx = { repo: graph.repo, nlp: testNlp() };
  await ingestPaths(ctx, [folder]);
  for (const file of readdirSync(uploads)) await ingestDocument(ctx, { source: `upload/${file}`, data: readFileSync(join(uploads, file), 'utf8') });
  return stored();
}

beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the CLI and the API writing at once', () => {
  it('make one relationship per fact, with both sentences, from different documents stating the same new facts', async () => {
    const folder = corpus('cli-2019', 2019);
    const uploads = corpus('api-2020', 2020);
    const [cli, statuses] = await Promise.all([startCli([folder]), upload(uploads)]);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(cli.stdout).toContain('failed: 0');
    expect(cli.code).toBe(0);
    const together = await stored();
    const supplies = together.relationships.filter((r) => r.key.includes(' SUPPLIES '));
    expect(supplies).toHaveLength(FACTS.length);
    expect(supplies.every((r) => r.evidence.length === 2)).toBe(true);
    expect(together).toEqual(await oneWriter(folder, uploads));
  }, 240_000);

  it('store the same documents once, answer every upload 200 and report no stored document as failed', async () => {
    await emptyGraph(graph.repo);
    const folder = corpus('same', 2019);
    const [cli, statuses] = await Promise.all([startCli([folder]), upload(folder)]);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(cli.stdout).toContain('failed: 0');
    expect(cli.code).toBe(0);
    const together = await stored();
    expect(together.nodes.filter((n) => n.startsWith('Document '))).toHaveLength(FACTS.length);
    expect(together.relationships.filter((r) => r.key.includes(' SUPPLIES ')).every((r) => r.evidence.length === 1)).toBe(true);
  }, 240_000);
});
