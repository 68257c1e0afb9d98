/**
 * @module Cytoscape.js elements JSON (what `cy.json()` and `cy.add()` read), with each edge's evidence
 * in its data so the file alone is enough to check every link.
 */
import type { Exporter } from './model.ts';

export const toJson: Exporter = function* (g) {
  yield JSON.stringify({
    format: 'cytoscape-elements',
    generator: 'Sightline',
    exportedAt: g.exportedAt,
    elements: {
      nodes: g.nodes.map((data) => ({ data })),
      edges: g.edges.map((data) => ({ data })),
    },
    documents: g.documents,
  }, null, 2);
  yield '\n';
};
