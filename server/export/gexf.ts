/**
 * @module GEXF 1.3 for Gephi: declared node and edge attributes, edge weight = confidence, edge label
 * = relationship type, and the evidence as a string attribute.
 */
import { evidenceJson, listingsText, xmlEscape, type Exporter } from './model.ts';

const NODE_ATTRS = [['type', 'string'], ['country', 'string'], ['aliases', 'string'], ['origin', 'string'], ['listedOn', 'string'], ['sanctionedBy', 'string'], ['restrictedBy', 'string']] as const;
const EDGE_ATTRS = [['type', 'string'], ['evidenceCount', 'integer'], ['years', 'string'], ['status', 'string'], ['evidence', 'string']] as const;

const attvalues = (values: [string, unknown][]) => {
  const present = values.filter(([, v]) => v !== undefined && v !== '');
  return present.length === 0 ? '' : `<attvalues>${present.map(([k, v]) => `<attvalue for="${k}" value="${xmlEscape(v)}"/>`).join('')}</attvalues>`;
};

export const toGexf: Exporter = async function* (src) {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    + 'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
    + `  <meta lastmodifieddate="${xmlEscape(src.exportedAt.slice(0, 10))}"><creator>Sightline</creator>`
    + '<description>Surveillance-technology supply-chain subgraph with evidence</description></meta>\n'
    + '  <graph defaultedgetype="directed" mode="static">\n'
    + `    <attributes class="node">${NODE_ATTRS.map(([id, type]) => `<attribute id="${id}" title="${id}" type="${type}"/>`).join('')}</attributes>\n`
    + `    <attributes class="edge">${EDGE_ATTRS.map(([id, type]) => `<attribute id="${id}" title="${id}" type="${type}"/>`).join('')}</attributes>\n`
    + '    <nodes>\n';
  for await (const page of src.nodes()) {
    yield page.map((n) => `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}">${attvalues([
      ['type', n.type], ['country', n.country], ['aliases', n.aliases.join('; ')], ['origin', n.origin],
      ['listedOn', listingsText(n, '; ')], ['sanctionedBy', n.flags?.sanctionedBy.map((f) => f.name).join('; ')], ['restrictedBy', n.flags?.restrictedBy.map((f) => f.name).join('; ')],
    ])}</node>\n`).join('');
  }
  yield '    </nodes>\n    <edges>\n';
  for await (const page of src.edges()) {
    yield page.map((e) => `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.type)}" weight="${e.confidence}">${attvalues([
      ['type', e.type], ['evidenceCount', e.evidenceCount], ['years', e.years.join(',')], ['status', e.status], ['evidence', evidenceJson(e)],
    ])}</edge>\n`).join('');
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
};
