/**
 * @module A Cypher script that re-creates the subgraph in another Neo4j, in the stored model of
 * cypher/README.md: parameter-free MERGE statements (so running it twice changes nothing) with every
 * literal escaped here. Labels and types come from the ontology only, and are backtick-quoted anyway.
 */
import { isEntityType, isRelationType } from '../../cypher/ontology.ts';
import { loadSchemaStatements } from '../../cypher/registry.ts';
import type { ExportDocument, Exporter } from './model.ts';

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

const documentStatement = (d: ExportDocument) =>
  `MERGE (d:Document {id: ${literal(d.id)}}) SET ${sets('d', { title: d.title, source: d.source, publisher: d.publisher, date: d.date })};\n`;

export const toCypher: Exporter = async function* (src) {
  // The totals and the documents come before the elements, so they are read first (ExportSource.summary).
  const summary = await src.summary();
  yield `// Sightline subgraph exported ${src.exportedAt}: ${summary.nodes} entities, ${summary.edges} relationships, ${summary.documents.length} documents.\n`
    + '// Run with cypher-shell or paste into Neo4j Browser; MERGE makes it safe to run again.\n'
    + loadSchemaStatements().flatMap((script) => script.statements).map((statement) => `${statement.replace(/\s*\n\s*/g, ' ')};\n`).join('');
  for await (const page of src.nodes()) {
    yield page.filter((n) => isEntityType(n.type)).map((n) => `MERGE (n:Entity {id: ${literal(n.id)}}) SET n:\`${n.type}\`, ${sets('n', {
      name: n.label, type: n.type, aliases: n.aliases, aliasText: n.aliases.join(' '), country: n.country ?? null, origin: n.origin,
    })};\n`).join('');
  }
  yield summary.documents.map(documentStatement).join('');
  for await (const page of src.edges()) {
    yield page.filter((e) => isRelationType(e.type)).map((e) => {
      const evidence = e.evidence.map(({ documentTitle: _title, ...stored }) => JSON.stringify(stored));
      return `MATCH (a:Entity {id: ${literal(e.source)}}), (b:Entity {id: ${literal(e.target)}}) `
        + `MERGE (a)-[r:\`${e.type}\` {id: ${literal(e.id)}}]->(b) SET ${sets('r', {
          confidence: e.confidence, evidenceCount: e.evidenceCount, years: e.years, status: e.status ?? null,
          evidence, evidenceDocs: e.evidence.map((x) => x.doc),
        })};\n`;
    }).join('');
  }
  // A document the first pass did not see (a relationship written meanwhile) still gets into the script.
  const announced = new Set(summary.documents.map((d) => d.id));
  yield src.documents().filter((d) => !announced.has(d.id)).map(documentStatement).join('');
};
