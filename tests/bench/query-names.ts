/**
 * @module Names the query behind a Cypher text as the driver received it. The server and ingest may
 * send a file's text compacted (comments and indentation dropped, to keep a RUN within one Bolt
 * chunk), so texts are compared with comments and all whitespace removed.
 */
import { loadQueries } from '../../cypher/registry.ts';

const key = (text: string) => text.replace(/^\s*\/\/.*$/gm, '').replace(/\s+/g, '');

let byKey: Map<string, string> | undefined;

export function queryNameOf(text: string): string {
  byKey ??= new Map([...loadQueries().values()].map((q) => [key(q.text), q.name]));
  return byKey.get(key(text)) ?? 'unnamed';
}
