import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ExportGraph } from '../../server/export/model.ts';
import { toJson } from '../../server/export/json.ts';
import { toGraphml } from '../../server/export/graphml.ts';
import { toGexf } from '../../server/export/gexf.ts';
import { csvCell, toEdgesCsv, toNodesCsv } from '../../server/export/csv.ts';
import { cypherString, toCypher } from '../../server/export/cypher.ts';
import { toFtm } from '../../server/export/ftm.ts';

/** Names and quotes with every character that breaks a careless writer: quotes, ampersands, angle brackets, newlines, a control character, backslashes, a formula. */
const NASTY = `O'Brien & "Sons" <Ltd>\n\\x\u0001 =cmd|' /C calc'!A0`;

const graph: ExportGraph = {
  exportedAt: '2026-11-25T12:00:00.000Z',
  nodes: [
    { id: 'dahua', label: 'Dahua Technology', type: 'Company', country: 'CN', aliases: ['Dahua'], origin: 'catalog',
      flags: { sanctionedBy: [{ id: 'us-doc', name: 'US Department of Commerce', type: 'Agency', relationshipId: 'r3', detail: 'Entity List' }], restrictedBy: [] } },
    { id: 'korkem', label: NASTY, type: 'Company', aliases: [], origin: 'discovered' },
    { id: 'sergek', label: 'Sergek', type: 'Program', country: 'KZ', aliases: [], origin: 'catalog' },
    { id: 'us-doc', label: 'US Department of Commerce', type: 'Agency', country: 'US', aliases: [], origin: 'catalog' },
  ],
  edges: [
    { id: 'r1', source: 'korkem', target: 'dahua', type: 'PARTNERS_WITH', confidence: 0.8, evidenceCount: 1, years: [],
      evidence: [{ doc: 'd1', documentTitle: 'Digital Silk Road', quote: NASTY, start: 0, end: 10, rule: 'partner-of', confidence: 0.8 }] },
    { id: 'r2', source: 'korkem', target: 'sergek', type: 'SUPPLIES', confidence: 0.9, evidenceCount: 2, years: [2017, 2019], status: 'operating',
      evidence: [
        { doc: 'd1', documentTitle: 'Digital Silk Road', quote: 'Sergek is supplied by Korkem Telecom.', start: 20, end: 57, rule: 'passive-supply', confidence: 0.9, year: 2017 },
        { doc: 'd2', documentTitle: 'Other', quote: 'Korkem still supplies Sergek.', start: 5, end: 34, rule: 'supply', confidence: 0.7, year: 2019 },
      ] },
    { id: 'r3', source: 'us-doc', target: 'dahua', type: 'SANCTIONS', confidence: 0.95, evidenceCount: 1, years: [2019],
      evidence: [{ doc: 'd2', documentTitle: 'Other', quote: 'Dahua was added to the Entity List.', start: 40, end: 75, rule: 'sanction', confidence: 0.95, year: 2019, detail: 'Entity List' }] },
  ],
  documents: [{ id: 'd1', title: 'Digital Silk Road', source: 'a.txt' }, { id: 'd2', title: 'Other', source: 'b.txt', publisher: 'X' }],
};

const text = (gen: Iterable<string>) => [...gen].join('');
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('exporters', () => {
  it('json: Cytoscape elements with evidence inside each edge', () => {
    const doc = JSON.parse(text(toJson(graph)));
    expect(doc.elements.nodes).toHaveLength(4);
    expect(doc.elements.edges).toHaveLength(3);
    expect(doc.elements.edges[1].data.evidence).toHaveLength(2);
    expect(doc.elements.nodes[1].data.label).toBe(NASTY);
  });

  it('graphml: well-formed XML, same node and edge counts, declared keys, evidence kept', () => {
    const xml = text(toGraphml(graph));
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

  it('gexf: well-formed GEXF 1.3 with the same counts and confidence as weight', () => {
    const xml = text(toGexf(graph));
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parser.parse(xml).gexf;
    expect(g['@version']).toBe('1.3');
    expect(asArray(g.graph.nodes.node)).toHaveLength(4);
    const edges = asArray<any>(g.graph.edges.edge);
    expect(edges).toHaveLength(3);
    expect(edges[2]['@weight']).toBe('0.95');
  });

  it('csv: one row per edge with names, quoted safely, formulas defused; nodes as a second part', () => {
    const edges = text(toEdgesCsv(graph)).trimEnd().split('\r\n');
    expect(edges[0]).toMatch(/^id,source,source_name/);
    expect(text(toEdgesCsv(graph)).match(/^r\d,/gm)).toHaveLength(3);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    const nodes = text(toNodesCsv(graph));
    expect(nodes).toContain('US Department of Commerce');
    expect(nodes.split('\r\n')[0]).toBe('id,name,type,country,aliases,origin,sanctioned_by,restricted_by');
  });

  it('cypher: one parameter-free MERGE per element, with literals that cannot break out', () => {
    const script = text(toCypher(graph));
    // One statement a line: a newline inside a literal would have to be escaped to get here.
    const statements = script.split('\n').filter((l) => /^(MERGE|MATCH) /.test(l));
    expect(statements).toHaveLength(4 + 2 + 3);
    expect(statements.every((s) => s.endsWith(';'))).toBe(true);
    expect(script).not.toContain('$');
    expect(cypherString("a'b\\c\nd")).toBe("'a\\'b\\\\c\\nd'");
    expect(cypherString('\u0001')).toBe("'\\u0001'");
  });

  it('ftm: one JSON entity a line, Sanction for SANCTIONS with authority and program, links pointing at exported entities', () => {
    const lines = text(toFtm(graph)).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    const ids = new Set(lines.map((l) => l.id));
    const sanction = lines.find((l) => l.schema === 'Sanction');
    expect(sanction.properties).toMatchObject({ authority: ['US Department of Commerce'], program: ['Entity List'], entity: ['sightline-e-dahua'] });
    const link = lines.find((l) => l.schema === 'UnknownLink' && l.properties.role[0] === 'supplies');
    expect(ids.has(link.properties.subject[0]) && ids.has(link.properties.object[0])).toBe(true);
    expect(link.properties.summary).toHaveLength(2);
    for (const l of lines) for (const v of Object.values(l.properties)) expect((v as unknown[]).every((x) => typeof x === 'string')).toBe(true);
    expect(lines.find((l) => l.id === 'sightline-e-us-doc').schema).toBe('PublicBody');
  });
});
