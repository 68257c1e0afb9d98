/**
 * @module `npx tsx cypher/launch/fetch-jars.ts`: fetches the embedded Neo4j's jars ahead of time, so CI
 * and Docker builds download once, before the first start or test.
 */
import { ensureJars, embeddedDefaults, LauncherError } from './neo4j.ts';

try {
  const lib = ensureJars(embeddedDefaults.cacheDir, embeddedDefaults.log);
  console.log(`Neo4j jars ready in ${lib}`);
} catch (e) {
  console.error(e instanceof LauncherError ? e.message : e);
  process.exit(1);
}
