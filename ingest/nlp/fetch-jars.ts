/**
 * @module `npx tsx ingest/nlp/fetch-jars.ts`: fetches the CoreNLP jars and English models ahead of
 * time (~495 MB, once), so CI and first starts download before they need the parser.
 */
import { ensureJars, LauncherError } from '../../cypher/launch/sidecar.ts';
import { corenlpJars, nlpDefaults } from './server.ts';

try {
  const lib = ensureJars(corenlpJars(nlpDefaults.cacheDir), nlpDefaults.log);
  console.log(`CoreNLP jars ready in ${lib}`);
} catch (e) {
  console.error(e instanceof LauncherError ? e.message : e);
  process.exit(1);
}
