/**
 * @module A Cypher script that re-creates the subgraph in another Neo4j, in the stored model of
 * cypher/README.md: parameter-free MERGE statements (so running it twice changes nothing) with every
 * literal escaped here. Labels and types come from the ontology only, and are backtick-quoted anyway.
 */
import { isEntityType, isRelationType } from '../../ingest/ontology.ts';
import type { Exporter } from './model.ts';

/** A Cypher string literal: backslash escapes for the quote, the backslash and control characters. */
export function cypherString(value: string): string {
  const escaped = value.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => {
    switch (c) {
      case '\\': return '\\\\';
      case "'": return "\\'";
      case '\n': return '\\n';
      case '\r': return '\\r';
      case '\t': return '\\t';
      default: return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${escaped}'`;
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return cypherString(String(value));
}

const sets = (variable: string, props: Record<string, unknown>) =>
  Object.entries(props).filter(([, v]) => v !== undefined).map(([k, v]) => `${variable}.${k} = ${literal(v)}`).join(', ');

export const toCypher: Exporter = function* (g) {
  yield `// Sightline subgraph exported ${g.exportedAt}: ${g.nodes.length} entities, ${g.edges.length} relationships, ${g.documents.length} documents.\n`;
  yield '// Run with cypher-shell or paste into Neo4j Browser; MERGE makes it safe to run again.\n';
  yield 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;\n';
  yield 'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;\n';
  for (const n of g.nodes) {
    if (!isEntityType(n.type)) continue;
    yield `MERGE (n:Entity {id: ${literal(n.id)}}) SET n:\`${n.type}\`, ${sets('n', {
      name: n.label, type: n.type, aliases: n.aliases, aliasText: n.aliases.join(' '), country: n.country ?? null, origin: n.origin,
    })};\n`;
  }
  for (const d of g.documents) {
    yield `MERGE (d:Document {id: ${literal(d.id)}}) SET ${sets('d', { title: d.title, source: d.source, publisher: d.publisher, date: d.date })};\n`;
  }
  for (const e of g.edges) {
    if (!isRelationType(e.type)) continue;
    const evidence = e.evidence.map(({ documentTitle: _title, ...stored }) => JSON.stringify(stored));
    yield `MATCH (a:Entity {id: ${literal(e.source)}}), (b:Entity {id: ${literal(e.target)}}) `
      + `MERGE (a)-[r:\`${e.type}\` {id: ${literal(e.id)}}]->(b) SET ${sets('r', {
        confidence: e.confidence, evidenceCount: e.evidenceCount, years: e.years, status: e.status ?? null,
        evidence, evidenceDocs: e.evidence.map((x) => x.doc),
      })};\n`;
  }
};
