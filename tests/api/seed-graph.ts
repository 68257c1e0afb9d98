/**
 * @module The graph API tests read: the five seed articles ingested by the real pipeline, plus one
 * short test article about US designations, because the seeds name sanctions only in passing and
 * the sanctions flags need a designation to show.
 */
import { ingestDocument, ingestPaths } from '../../ingest/index.ts';
import type { Database } from '../../server/db/connection.ts';
import { emptyGraph } from '../helpers/db.ts';

export const DESIGNATIONS = {
  source: 'tests/us-designations.txt',
  title: 'US designations of surveillance vendors',
  data: 'US designations of surveillance vendors\n\n'
    + 'In 2019 the US Department of Commerce added Hikvision and Dahua to the Entity List. '
    + 'In 2020 the US Treasury imposed sanctions on Rostec.\n',
};

export async function loadSeedGraph(db: Database): Promise<void> {
  await emptyGraph(db);
  const summary = await ingestPaths(db, ['seeds']);
  if (summary.failed > 0) throw new Error(`seed ingest failed: ${JSON.stringify(summary.skipped)}`);
  await ingestDocument(db, DESIGNATIONS);
}
