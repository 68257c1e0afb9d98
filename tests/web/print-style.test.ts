/** The report picture's stylesheet, read through Cytoscape's own style resolution (headless). */
import cytoscape, { type StylesheetJson } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { printStylesheet } from '../../web/src/canvas/print.ts';
import { buildStylesheet } from '../../web/src/style/cy-style.ts';

const LONG = 'Hangzhou Hikvision Digital Technology Company Limited (Research Institute)';

function styleOf(sheet: unknown) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: sheet as StylesheetJson, elements: [{ data: { id: 'a', label: LONG, display: LONG, type: 'Company' } }] });
  const n = cy.getElementById('a');
  return { wrap: n.style('text-wrap') as string, minZoomed: n.numericStyle('min-zoomed-font-size') as number };
}

describe('print stylesheet of the report picture', () => {
  it('wraps long names instead of cutting them, and draws labels at any zoom, where the screen cuts and hides them', () => {
    expect(styleOf(buildStylesheet())).toEqual({ wrap: 'ellipsis', minZoomed: expect.any(Number) });
    expect(styleOf(buildStylesheet()).minZoomed).toBeGreaterThan(0);
    expect(styleOf(printStylesheet())).toEqual({ wrap: 'wrap', minZoomed: 0 });
  });
});
