import { describe, expect, it } from 'vitest';
import { ONTOLOGY } from '../../cypher/ontology.ts';
import { buildStylesheet, legendEntries, relationDisplay } from '../../web/src/style/cy-style.ts';

describe('canvas stylesheet', () => {
  const sheet = buildStylesheet();
  const block = (selector: string) => sheet.find((b) => b.selector === selector)?.style;

  it('gives every entity type its ontology shape and colour', () => {
    for (const t of ONTOLOGY.entityTypes) expect(block(`node[type = "${t.name}"]`)).toEqual({ shape: t.shape, 'background-color': t.color });
  });

  it('gives every relationship type its colour, label and an arrow unless symmetric', () => {
    for (const r of ONTOLOGY.relationTypes) {
      expect(block(`edge[type = "${r.name}"]`)).toMatchObject({ 'line-color': r.color, label: r.display, 'target-arrow-shape': r.name === 'PARTNERS_WITH' ? 'none' : 'triangle' });
    }
  });

  it('marks flagged entities with a thick red border and scales edges by evidence', () => {
    expect(block('node[?flagged]')).toMatchObject({ 'border-width': 5, 'border-color': '#d0021b' });
    expect(block('edge')?.width).toMatch(/^mapData\(evidenceCount/);
    expect(block('node')?.['min-zoomed-font-size']).toBeGreaterThan(0);
  });

  it('strikes rejected relationships (drawn only when the analyst shows them) and checks confirmed ones', () => {
    expect(block('edge[review = "rejected"]')).toMatchObject({ 'line-style': 'dotted', label: '✗ rejected' });
    expect(block('edge[review = "rejected"]')!.opacity).toBeLessThan(1);
    expect(block('edge[review = "confirmed"]')).toMatchObject({ 'line-style': 'solid', 'source-label': '✓' });
  });

  it('builds the legend from the ontology and reads relationship names', () => {
    expect(legendEntries()).toHaveLength(ONTOLOGY.entityTypes.length + ONTOLOGY.relationTypes.length);
    expect(relationDisplay('SUBSIDIARY_OF')).toBe('subsidiary of');
  });
});
