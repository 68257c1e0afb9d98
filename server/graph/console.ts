/**
 * @module The read-only Cypher console's rules and result shaping. A query runs only when its plan is
 * a pure read that touches nothing but the graph: no LOAD CSV (it fetches URLs and files from the
 * database host), no SHOW/TERMINATE commands (they list and kill other users' queries, and Neo4j
 * plans TERMINATE as a read), and only the procedures that describe the graph or search it.
 */
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import type { EntityRow } from '../../cypher/rows.ts';
import type { EdgeData, NodeData } from '../schemas/graph.ts';
import { toEdgeData, toNodeData } from './elements.ts';
import { isEntityType } from '../../cypher/ontology.ts';

const FORBIDDEN_OPERATOR = /^(LoadCSV|Show|Terminate|Administration|Create|Drop|Alter|Grant|Deny|Revoke)/;

/**
 * The procedures the console may call: they describe the graph's schema or search its full-text
 * index, and change nothing. Neo4j plans the rest of `db.` as reads too, yet they read other users'
 * queries (`db.stats.retrieve`), steer the planner and its statistics (`db.prepareForReplanning`,
 * `db.resampleIndex`, `db.clearQueryCaches`), force a checkpoint or create tokens.
 */
const CONSOLE_PROCEDURES = [
  'db.labels', 'db.relationshipTypes', 'db.propertyKeys', 'db.info', 'db.ping',
  'db.schema.visualization', 'db.schema.nodeTypeProperties', 'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes', 'db.index.fulltext.queryRelationships', 'db.index.fulltext.listAvailableAnalyzers',
] as const;
const ALLOWED_PROCEDURES = new Set<string>(CONSOLE_PROCEDURES);

/** Why the plan may not run, or undefined when it is a plain read. */
export function refusal(plan: { queryType: string; operators: { type: string; details: string }[] }): string | undefined {
  if (plan.queryType !== 'r') return `the console runs read-only queries; this one is of type '${plan.queryType}' (write or schema)`;
  for (const op of plan.operators) {
    if (FORBIDDEN_OPERATOR.test(op.type)) return `the console does not run ${op.type} operations`;
    const procedure = op.details.split('(')[0]!.trim();
    if (op.type === 'ProcedureCall' && !ALLOWED_PROCEDURES.has(procedure)) {
      return `the console only calls procedures that describe or search the graph (${CONSOLE_PROCEDURES.join(', ')}), not ${procedure}`;
    }
  }
  return undefined;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** What the console shows for one record, and the graph elements it contains. */
export interface Shaped {
  rows: Json[][];
  nodes: NodeData[];
  edges: EdgeData[];
}

/**
 * Values become JSON (nodes as their properties plus `_labels`, relationships plus `_type`, paths as
 * lists of both); entities and the relationships between entities seen in the result also become
 * Cytoscape elements, so the explorer can draw what a query returned.
 */
export function shapeRecords(keys: string[], records: Neo4jRecord[]): Shaped {
  const nodes = new Map<string, NodeData>();
  const byElementId = new Map<string, string>();
  const rels: { start: string; end: string; type: string; props: Record<string, unknown> }[] = [];

  const toJson = (v: unknown): Json => {
    if (v === null || v === undefined) return null;
    // An integer JSON numbers cannot hold exactly (past 2^53) is sent as its digits, not rounded.
    if (neo4j.isInt(v)) return neo4j.integer.inSafeRange(v) ? neo4j.integer.toNumber(v) : neo4j.integer.toString(v);
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    if (Array.isArray(v)) return v.map(toJson);
    if (v instanceof neo4j.types.Node) {
      const props = v.properties as Record<string, unknown>;
      if (v.labels.includes('Entity') && typeof props.id === 'string' && typeof props.type === 'string' && isEntityType(props.type)) {
        nodes.set(props.id, toNodeData(props as unknown as EntityRow));
        byElementId.set(v.elementId, props.id);
      }
      return { _labels: v.labels, ...mapJson(props) };
    }
    if (v instanceof neo4j.types.Relationship) {
      rels.push({ start: v.startNodeElementId, end: v.endNodeElementId, type: v.type, props: v.properties as Record<string, unknown> });
      const { evidence: _evidence, evidenceDocs: _docs, ...rest } = v.properties as Record<string, unknown>;
      return { _type: v.type, ...mapJson(rest) };
    }
    if (v instanceof neo4j.types.Path) {
      return { _path: [toJson(v.start), ...v.segments.flatMap((s) => [toJson(s.relationship), toJson(s.end)])] };
    }
    if (neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) || neo4j.isLocalTime(v) || neo4j.isDuration(v) || neo4j.isPoint(v)) {
      return String(v);
    }
    if (typeof v === 'object') return mapJson(v as Record<string, unknown>);
    return String(v);
  };
  const mapJson = (o: Record<string, unknown>): { [k: string]: Json } =>
    Object.fromEntries(Object.entries(o).map(([k, x]) => [k, toJson(x)]));

  const rows = records.map((r) => keys.map((k) => toJson(r.get(k))));
  const edges = new Map<string, EdgeData>();
  for (const r of rels) {
    const source = byElementId.get(r.start);
    const target = byElementId.get(r.end);
    if (!source || !target || typeof r.props.id !== 'string') continue;
    // The console reads integers exactly (bigint); counts and years fit a number.
    const count = (x: unknown) => (typeof x === 'bigint' ? Number(x) : x as number | undefined);
    const p = r.props as { confidence?: number; evidenceCount?: unknown; years?: unknown[]; status?: string };
    edges.set(r.props.id, toEdgeData({
      id: r.props.id, source, target, type: r.type, confidence: p.confidence, evidenceCount: count(p.evidenceCount),
      years: p.years?.map((y) => count(y)!), status: p.status,
    }));
  }
  return { rows, nodes: [...nodes.values()], edges: [...edges.values()] };
}
