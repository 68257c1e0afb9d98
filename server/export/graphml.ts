/**
 * @module GraphML as yEd and Gephi read it: declared keys for every attribute (type, confidence,
 * evidence...) so the tools show them as columns; evidence travels as a JSON string per edge.
 */
import { evidenceJson, listingsText, xmlEscape, type Exporter } from './model.ts';

const NODE_KEYS = [
  ['label', 'string'], ['type', 'string'], ['country', 'string'], ['aliases', 'string'], ['origin', 'string'],
  ['listedOn', 'string'], ['sanctionedBy', 'string'], ['restrictedBy', 'string'],
] as const;
const EDGE_KEYS = [
  ['type', 'string'], ['confidence', 'double'], ['evidenceCount', 'int'], ['years', 'string'], ['status', 'string'],
  ['review', 'string'], ['evidence', 'string'],
] as const;

const data = (key: string, value: unknown) => value === undefined || value === '' ? '' : `<data key="${key}">${xmlEscape(value)}</data>`;

export const toGraphml: Exporter = async function* (src) {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    + 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    // Key ids are prefixed by domain because GraphML ids are global and both nodes and edges have a type.
    + NODE_KEYS.map(([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>\n`).join('')
    + EDGE_KEYS.map(([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>\n`).join('')
    + '  <graph id="sightline" edgedefault="directed">\n';
  for await (const page of src.nodes()) {
    yield page.map((n) => `    <node id="${xmlEscape(n.id)}">${data('n_label', n.label)}${data('n_type', n.type)}${data('n_country', n.country)}`
      + `${data('n_aliases', n.aliases.join('; '))}${data('n_origin', n.origin)}`
      + `${data('n_listedOn', listingsText(n, '; '))}`
      + `${data('n_sanctionedBy', n.flags?.sanctionedBy.map((f) => f.name).join('; '))}`
      + `${data('n_restrictedBy', n.flags?.restrictedBy.map((f) => f.name).join('; '))}</node>\n`).join('');
  }
  for await (const page of src.edges()) {
    yield page.map((e) => `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`
      + `${data('e_type', e.type)}${data('e_confidence', e.confidence)}${data('e_evidenceCount', e.evidenceCount)}`
      + `${data('e_years', e.years.join(','))}${data('e_status', e.status)}${data('e_review', e.review)}${data('e_evidence', evidenceJson(e))}</edge>\n`).join('');
  }
  yield '  </graph>\n</graphml>\n';
};
