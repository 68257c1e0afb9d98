import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { query } from '../../cypher/registry.ts';
import { isRelationType } from '../../cypher/ontology.ts';
import type { NodeData } from '../../server/schemas/graph.ts';
import type { ExportChange, ExportDocument, ExportEdge, Exporter, ExportSource } from '../../server/export/model.ts';
import { exportStream, formatInfo } from '../../server/export/index.ts';
import { EXPORT_FORMATS } from '../../server/schemas/export.ts';
import { planAmongPages, planChosenPages, type NodeRef } from '../../server/export/plan.ts';
import { FLAG_TYPES } from '../../server/graph/subgraph.ts';
import { toJson } from '../../server/export/json.ts';
import { toGraphml } from '../../server/export/graphml.ts';
import { toGexf } from '../../server/export/gexf.ts';
import { csvCell, toEdgesCsv, toNodesCsv } from '../../server/export/csv.ts';
import { cypherString, toCypher } from '../../server/export/cypher.ts';
import { toFtm } from '../../server/export/ftm.ts';

/** Names and quotes with every character that breaks a careless writer: quotes, ampersands, angle brackets, newlines, a control character, backslashes, a formula. */
const NASTY = `O'Brien & "Sons" <Ltd>\n\\x\u0001 =cmd|' /C calc'!A0`;

/** A watchlist listing tied to Dahua by name score, as the lists import leaves it. */
const LISTING = {
  list: 'Entity List', listId: 'us-entity-list', entry: 'csl-1234', entryName: 'Zhejiang Dahua Technology Co., Ltd.',
  programs: ['EAR'], since: '2019-10-09', url: 'https://example.gov/entity-list', status: 'linked' as const, score: 0.97,
};

/** A whole subgraph, as a test writes it down; exporters read it through sourceOf, a page at a time. */
interface WholeGraph {
  exportedAt: string;
  nodes: NodeData[];
  edges: ExportEdge[];
  documents: ExportDocument[];
  changes?: ExportChange[];
}

const graph: WholeGraph = {
  exportedAt: '2026-11-25T12:00:00.000Z',
  nodes: [
    { id: 'dahua', label: 'Dahua Technology', type: 'Company', country: 'CN', aliases: ['Dahua'], origin: 'catalog',
      flags: { listed: [LISTING], sanctionedBy: [{ id: 'us-doc', name: 'US Department of Commerce', type: 'Agency', relationshipId: 'r3', detail: 'Entity List' }], restrictedBy: [] } },
    { id: 'korkem', label: NASTY, type: 'Company', aliases: [], origin: 'discovered' },
    { id: 'sergek', label: 'Sergek', type: 'Program', country: 'KZ', aliases: [], origin: 'catalog' },
    { id: 'us-doc', label: 'US Department of Commerce', type: 'Agency', country: 'US', aliases: [], origin: 'catalog' },
  ],
  edges: [
    { id: 'r1', source: 'korkem', target: 'dahua', type: 'PARTNERS_WITH', confidence: 0.8, evidenceCount: 1, years: [],
      evidence: [{ doc: 'd1', documentTitle: 'Digital Silk Road', citation: '"Digital Silk Road", a.txt', quote: NASTY, start: 0, end: 10, rule: 'partner-of', confidence: 0.8 }] },
    { id: 'r2', source: 'korkem', target: 'sergek', type: 'SUPPLIES', confidence: 0.9, evidenceCount: 2, years: [2017, 2019], status: 'operating',
      evidence: [
        { doc: 'd1', documentTitle: 'Digital Silk Road', citation: '"Digital Silk Road", a.txt', quote: 'Sergek is supplied by Korkem Telecom.', start: 20, end: 57, rule: 'passive-supply', confidence: 0.9, year: 2017 },
        { doc: 'd2', documentTitle: 'Other', citation: '"Other", X, b.txt', quote: 'Korkem still supplies Sergek.', start: 5, end: 34, rule: 'supply', confidence: 0.7, year: 2019 },
      ] },
    { id: 'r3', source: 'us-doc', target: 'dahua', type: 'SANCTIONS', confidence: 0.95, evidenceCount: 1, years: [2019],
      evidence: [{ doc: 'd2', documentTitle: 'Other', citation: '"Other", X, b.txt', quote: 'Dahua was added to the Entity List.', start: 40, end: 75, rule: 'sanction', confidence: 0.95, year: 2019, detail: 'Entity List' }] },
  ],
  documents: [{ id: 'd1', title: 'Digital Silk Road', source: 'a.txt' }, { id: 'd2', title: 'Other', source: 'b.txt', publisher: 'X' }],
};

async function* paged<T>(items: readonly T[], perPage: number): AsyncGenerator<T[]> {
  for (let i = 0; i < items.length; i += perPage) yield items.slice(i, i + perPage);
}

/** The graph as an export source that hands out `perPage` elements at a time, as the database reader does. */
function sourceOf(g: WholeGraph, perPage = Infinity): ExportSource {
  return {
    exportedAt: g.exportedAt,
    nodes: () => paged(g.nodes, perPage),
    edges: () => paged(g.edges, perPage),
    documents: () => g.documents,
    summary: async () => ({ nodes: g.nodes.length, edges: g.edges.length, documents: g.documents }),
    changes: async () => g.changes ?? [],
  };
}

async function write(exporter: Exporter, g: WholeGraph = graph, perPage?: number): Promise<string> {
  let out = '';
  for await (const chunk of exporter(sourceOf(g, perPage))) out += chunk;
  return out;
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('exporters', () => {
  it('json: Cytoscape elements with evidence inside each edge', async () => {
    const doc = JSON.parse(await write(toJson));
    expect(doc.elements.nodes).toHaveLength(4);
    expect(doc.elements.edges).toHaveLength(3);
    expect(doc.elements.edges[1].data.evidence).toHaveLength(2);
    expect(doc.elements.nodes[1].data.label).toBe(NASTY);
  });

  it('graphml: well-formed XML, same node and edge counts, declared keys, evidence kept', async () => {
    const xml = await write(toGraphml);
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parser.parse(xml).graphml;
    expect(asArray(g.graph.node)).toHaveLength(4);
    expect(asArray(g.graph.edge)).toHaveLength(3);
    const keyIds = asArray<any>(g.key).map((k) => k['@id']);
    for (const k of ['n_type', 'e_type', 'e_confidence', 'e_evidence']) expect(keyIds).toContain(k);
    const e1 = asArray<any>(g.graph.edge)[0];
    const evidence = asArray<any>(e1.data).find((d) => d['@key'] === 'e_evidence')['#text'];
    expect(evidence).toContain('partner-of');
  });

  it('gexf: well-formed GEXF 1.3 with the same counts and confidence as weight', async () => {
    const xml = await write(toGexf);
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parser.parse(xml).gexf;
    expect(g['@version']).toBe('1.3');
    expect(asArray(g.graph.nodes.node)).toHaveLength(4);
    const edges = asArray<any>(g.graph.edges.edge);
    expect(edges).toHaveLength(3);
    expect(edges[2]['@weight']).toBe('0.95');
  });

  it('csv: one row per edge with names, quoted safely, formulas defused; nodes as a second part', async () => {
    const edges = (await write(toEdgesCsv)).trimEnd().split('\r\n');
    expect(edges[0]).toMatch(/^id,source,source_name/);
    expect((await write(toEdgesCsv)).match(/^r\d,/gm)).toHaveLength(3);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    const nodes = await write(toNodesCsv);
    expect(nodes).toContain('US Department of Commerce');
    expect(nodes.split('\r\n')[0]).toBe('id,name,type,country,aliases,origin,listed_on,sanctioned_by,restricted_by');
  });

  it('cypher: one parameter-free MERGE per element, with literals that cannot break out', async () => {
    const script = await write(toCypher);
    // One statement a line: a newline inside a literal would have to be escaped to get here.
    const statements = script.split('\n').filter((l) => /^(MERGE|MATCH) /.test(l));
    expect(statements).toHaveLength(4 + 2 + 3);
    expect(statements.every((s) => s.endsWith(';'))).toBe(true);
    expect(script).not.toContain('$');
    expect(cypherString("a'b\\c\nd")).toBe("'a\\'b\\\\c\\nd'");
    expect(cypherString('\u0001')).toBe("'\\u0001'");
  });

  it('ftm: one JSON entity a line, Sanction for SANCTIONS with authority and program, links pointing at exported entities', async () => {
    const lines = (await write(toFtm)).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(8);
    const ids = new Set(lines.map((l) => l.id));
    const sanction = lines.find((l) => l.schema === 'Sanction' && l.properties.authority[0] === 'US Department of Commerce');
    expect(sanction.properties).toMatchObject({ authority: ['US Department of Commerce'], program: ['Entity List'], entity: ['sightline-e-dahua'] });
    const link = lines.find((l) => l.schema === 'UnknownLink' && l.properties.role[0] === 'supplies');
    expect(ids.has(link.properties.subject[0]) && ids.has(link.properties.object[0])).toBe(true);
    expect(link.properties.summary).toHaveLength(2);
    for (const l of lines) for (const v of Object.values(l.properties)) expect((v as unknown[]).every((x) => typeof x === 'string')).toBe(true);
    expect(lines.find((l) => l.id === 'sightline-e-us-doc').schema).toBe('PublicBody');
  });

  it('every flat format carries an entity\'s watchlist listings with the list, program, date and URL; FtM makes each a Sanction', async () => {
    const cited = 'Entity List (EAR) since 2019-10-09 <https://example.gov/entity-list>';
    const graphml = parser.parse(await write(toGraphml)).graphml;
    expect(asArray<any>(graphml.key).map((k) => k['@id'])).toContain('n_listedOn');
    const dahua = asArray<any>(graphml.graph.node).find((n) => n['@id'] === 'dahua');
    expect(asArray<any>(dahua.data).find((d) => d['@key'] === 'n_listedOn')['#text']).toBe(cited);
    const gexf = parser.parse(await write(toGexf)).gexf;
    const gexfDahua = asArray<any>(gexf.graph.nodes.node).find((n) => n['@id'] === 'dahua');
    expect(asArray<any>(gexfDahua.attvalues.attvalue).find((a) => a['@for'] === 'listedOn')['@value']).toBe(cited);
    expect(await write(toNodesCsv)).toContain(cited);
    const listing = (await write(toFtm)).trimEnd().split('\n').map((l) => JSON.parse(l)).find((l) => l.id === 'sightline-l-csl-1234-dahua');
    expect(listing).toMatchObject({ schema: 'Sanction', properties: {
      entity: ['sightline-e-dahua'], authority: ['Entity List'], program: ['EAR'], startDate: ['2019-10-09'], sourceUrl: ['https://example.gov/entity-list'],
    } });
    expect(listing.properties.summary[0]).toContain('score 0.97');
  });

  it('json: streamed element by element, the same bytes as stringifying the whole file', async () => {
    const whole = (g: WholeGraph) => `${JSON.stringify({
      format: 'cytoscape-elements', generator: 'Sightline', exportedAt: g.exportedAt,
      elements: { nodes: g.nodes.map((data) => ({ data })), edges: g.edges.map((data) => ({ data })) },
      documents: g.documents,
      changes: g.changes ?? [],
    }, null, 2)}\n`;
    for (const perPage of [1, 2, Infinity]) expect(await write(toJson, graph, perPage), `pages of ${perPage}`).toBe(whole(graph));
    const reviewed: WholeGraph = { ...graph, changes: [{ id: 'c1', at: '2026-11-25T12:00:00.000Z', user: 'alice', action: 'review', summary: 'confirmed dahua SUPPLIES sergek', note: 'checked', entities: ['dahua', 'sergek'], relationships: ['r1'], undoes: null, undoneBy: null }] };
    expect(JSON.parse(await write(toJson, reviewed)).changes[0]).toMatchObject({ user: 'alice', action: 'review', note: 'checked' });
    expect(await write(toJson, reviewed, 1)).toBe(whole(reviewed));
    const bare = { ...graph, nodes: graph.nodes.slice(0, 1), edges: [], documents: [] };
    expect(await write(toJson, bare)).toBe(whole(bare));
  });

  it('every format writes the same file whatever the page size', async () => {
    for (const format of EXPORT_FORMATS) {
      for (const part of ['edges', 'nodes'] as const) {
        const { exporter } = formatInfo(format, part);
        const whole = await write(exporter);
        expect(await write(exporter, graph, 1), `${format} ${part}`).toBe(whole);
        expect(await write(exporter, graph, 2), `${format} ${part}`).toBe(whole);
      }
    }
  });

  it('cypher: opens with the totals and the documents of the first pass, before any element', async () => {
    const script = await write(toCypher, graph, 1);
    expect(script.split('\n')[0]).toMatch(/: 4 entities, 3 relationships, 2 documents\.$/);
    const statements = script.split('\n').filter((l) => /^(MERGE|MATCH) /.test(l));
    expect(statements.findIndex((l) => l.startsWith('MERGE (d:Document'))).toBeLessThan(statements.findIndex((l) => l.startsWith('MATCH ')));
  });

  it('streams chunks as bytes and skips empty ones', async () => {
    async function* chunks() {
      yield 'a';
      yield '';
      yield 'é';
    }
    const read: Buffer[] = [];
    for await (const b of exportStream(chunks())) read.push(b as Buffer);
    expect(Buffer.concat(read).toString('utf8')).toBe('aé');
    expect(read.every((b) => b.length > 0)).toBe(true);
  });

  it('a failing page fails the stream instead of ending it', async () => {
    async function* chunks() {
      yield 'first page';
      throw new Error('database gone');
    }
    const stream = exportStream(chunks());
    await expect((async () => {
      for await (const _ of stream) { /* drain */ }
    })()).rejects.toThrow('database gone');
  });
});

describe('export flags', () => {
  it('exportNodes.cypher follows exactly the FLAG_TYPES, which are relationship types of the ontology', () => {
    const text = query('exportNodes').text;
    const written = /\[r:([A-Z_|]+)\]/.exec(text)?.[1]!.split('|');
    expect(written).toEqual([...FLAG_TYPES]);
    expect(FLAG_TYPES.every(isRelationType)).toBe(true);
    expect(readFileSync(new URL('../../cypher/api/exportNodes.cypher', import.meta.url), 'utf8')).toContain(`[r:${FLAG_TYPES.join('|')}]`);
  });
});

describe('export pages', () => {
  const refs = new Map<string, NodeRef>([
    ['a', { id: 'a', outDegree: 3 }],
    ['b', { id: 'b', outDegree: 2 }],
    ['hub', { id: 'hub', outDegree: 12 }],
    ['c', { id: 'c', outDegree: 0 }],
  ]);
  const ids = ['a', 'missing', 'b', 'hub', 'c'];

  it('without relationship ids, groups starts by out-degree and reads a hub against a slice of the ends at a time', () => {
    const members = ['a', 'b', 'hub', 'c'];
    expect(planAmongPages(ids, refs, 2, 5)).toEqual([
      { sources: ['a', 'b'], members, relIds: null },
      { sources: ['hub'], members: ['a', 'b'], relIds: null },
      { sources: ['hub'], members: ['hub', 'c'], relIds: null },
    ]);
    expect(planAmongPages(ids, refs, 5, 12)).toEqual([
      { sources: ['a', 'b'], members, relIds: null },
      { sources: ['hub'], members, relIds: null },
    ]);
  });

  it('with relationship ids, keeps those whose ends are both asked for and groups them by start, at most a page each', () => {
    const rel = (s: string, t: string, type = 'SUPPLIES') => `${s}~${type}~${t}`;
    const relIds = [rel('a', 'b'), rel('hub', 'a'), rel('a', 'elsewhere'), 'not-an-id', rel('b', 'a', 'NOT_A_TYPE'),
      rel('hub', 'b'), rel('hub', 'c'), rel('b', 'hub'), rel('a', 'c', 'PARTNERS_WITH')];
    const pages = planChosenPages(ids, relIds, 2);
    expect(pages).toEqual([
      { sources: ['a'], members: null, relIds: [rel('a', 'b'), rel('a', 'c', 'PARTNERS_WITH')] },
      { sources: ['hub'], members: null, relIds: [rel('hub', 'a'), rel('hub', 'b')] },
      { sources: ['hub', 'b'], members: null, relIds: [rel('hub', 'c'), rel('b', 'hub')] },
    ]);
    expect(planChosenPages(ids, [], 2)).toEqual([]);
  });
});
