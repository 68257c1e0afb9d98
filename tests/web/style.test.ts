import { describe, expect, it } from 'vitest';
import { ONTOLOGY } from '../../cypher/ontology.ts';
import { buildStylesheet, legendEntries, relationDisplay } from '../../web/src/style/cy-style.ts';
import { DASHES, OKABE_ITO, RELATION_LOOKS, relationLook } from '../../web/src/style/palette.ts';

describe('canvas stylesheet', () => {
  const sheet = buildStylesheet();
  const block = (selector: string) => sheet.find((b) => b.selector === selector)?.style;

  it('gives every entity type its ontology shape and colour', () => {
    for (const t of ONTOLOGY.entityTypes) expect(block(`node[type = "${t.name}"]`)).toEqual({ shape: t.shape, 'background-color': t.color });
  });

  it('gives every relationship type its palette colour and dash, its label and an arrow unless symmetric', () => {
    for (const r of ONTOLOGY.relationTypes) {
      const look = relationLook(r.name);
      expect(block(`edge[type = "${r.name}"]`)).toMatchObject({ 'line-color': look.color, label: r.display, 'target-arrow-shape': r.name === 'PARTNERS_WITH' ? 'none' : 'triangle' });
      expect(block(`edge[type = "${r.name}"]`)?.['line-style']).toBe(look.dash === 'solid' ? 'solid' : 'dashed');
      if (look.dash !== 'solid') expect(block(`edge[type = "${r.name}"]`)?.['line-dash-pattern']).toEqual([...DASHES[look.dash]]);
    }
  });

  it('tells every relationship type apart by its (hue, dash) pair, in colour-blind-safe hues, and the easily confused ones by both', () => {
    const pairs = ONTOLOGY.relationTypes.map((r) => `${relationLook(r.name).color} ${relationLook(r.name).dash}`);
    expect(new Set(pairs).size).toBe(ONTOLOGY.relationTypes.length);
    for (const look of Object.values(RELATION_LOOKS)) expect(Object.values(OKABE_ITO)).toContain(look.color);
    const confusable = ['SUPPLIES', 'MANUFACTURES_FOR', 'RESTRICTS', 'ENACTED'] as const;
    for (const a of confusable) for (const b of confusable) {
      if (a === b) continue;
      expect(RELATION_LOOKS[a].color, `${a} / ${b}`).not.toBe(RELATION_LOOKS[b].color);
      expect(RELATION_LOOKS[a].dash, `${a} / ${b}`).not.toBe(RELATION_LOOKS[b].dash);
    }
  });

  it('marks status and missing dates without touching the type\'s dash', () => {
    for (const selector of ['edge[status = "cancelled"], edge[status = "planned"]', 'edge[status = "banned"]', 'edge[?undated]', 'edge[review = "confirmed"]']) {
      expect(block(selector), selector).toBeDefined();
      expect(block(selector)?.['line-style'], selector).toBeUndefined();
    }
    expect(block('edge[?undated]')).toMatchObject({ 'source-arrow-shape': 'circle', 'source-arrow-fill': 'hollow' });
  });

  it('marks flagged entities with a thick red border and scales edges by evidence', () => {
    expect(block('node[?flagged]')).toMatchObject({ 'border-width': 5, 'border-color': '#d0021b' });
    expect(block('edge')?.width).toMatch(/^mapData\(evidenceCount/);
    expect(block('node')?.['min-zoomed-font-size']).toBeGreaterThan(0);
  });

  it('strikes rejected relationships (drawn only when the analyst shows them) and checks confirmed ones', () => {
    expect(block('edge[review = "rejected"]')).toMatchObject({ 'line-style': 'dotted', label: '✗ rejected' });
    expect(block('edge[review = "rejected"]')!.opacity).toBeLessThan(1);
    expect(block('edge[review = "confirmed"]')).toMatchObject({ 'source-label': '✓' });
  });

  it('builds the legend from the ontology and reads relationship names', () => {
    expect(legendEntries()).toHaveLength(ONTOLOGY.entityTypes.length + ONTOLOGY.relationTypes.length);
    expect(relationDisplay('SUBSIDIARY_OF')).toBe('subsidiary of');
  });
});
