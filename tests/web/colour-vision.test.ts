/**
 * The ontology's colours as colour-blind viewers see them (#16). Each colour is passed through
 * culori's simulations of deuteranopia, protanopia and tritanopia (Machado, Oliveira & Fernandes
 * 2009, full severity) and pairs are compared by CIEDE2000: entity types must stay apart by colour
 * alone (their shapes differ too, but a swatch in the legend or the document view has no shape),
 * and relationship types drawn with the same dash must stay apart by colour, as the dash is all
 * else that tells them apart.
 */
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, formatHex, parse, wcagContrast, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { ONTOLOGY } from '../../cypher/ontology.ts';
import { REFERENCE_LOOK } from '../../web/src/style/palette.ts';

/**
 * Several times the just-noticeable difference (about 1 to 2 in CIEDE2000): categories are told
 * apart at a glance on a small node or a thin line, not only when set side by side.
 */
const MIN_DIFFERENCE = 10;
/** The canvas's background (web/src/styles.css, #cy): node colours are graphics that need 3:1 on it (WCAG 1.4.11). */
const CANVAS = '#fbfcfd';

const colour = (hex: string): Color => {
  const c = parse(hex);
  if (!c) throw new Error(`not a colour: ${hex}`);
  return c;
};
const VISION: Record<string, (hex: string) => Color> = {
  'normal vision': colour,
  deuteranopia: (hex) => filterDeficiencyDeuter(1)(colour(hex)),
  protanopia: (hex) => filterDeficiencyProt(1)(colour(hex)),
  tritanopia: (hex) => filterDeficiencyTrit(1)(colour(hex)),
};
const difference = differenceCiede2000();

/** Pairs closer than the minimum under any simulation, named for the failure message. */
function tooClose(items: readonly { name: string; color: string }[], samePair: (a: number, b: number) => boolean = () => true): string[] {
  const close: string[] = [];
  for (const [vision, see] of Object.entries(VISION)) {
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
      if (!samePair(i, j)) continue;
      const [a, b] = [items[i]!, items[j]!];
      const d = difference(see(a.color), see(b.color));
      if (d < MIN_DIFFERENCE) close.push(`${a.name} ${a.color} / ${b.name} ${b.color} in ${vision}: ${d.toFixed(1)}`);
    }
  }
  return close;
}

describe('colours told apart by colour-blind viewers', () => {
  it('keeps every pair of entity type colours at least 10 apart (CIEDE2000) in normal vision and under deuteranopia, protanopia and tritanopia', () => {
    expect(tooClose(ONTOLOGY.entityTypes)).toEqual([]);
  });

  it('gives every entity type colour 3:1 contrast against the canvas', () => {
    const faint = ONTOLOGY.entityTypes.filter((t) => wcagContrast(t.color, CANVAS) < 3).map((t) => `${t.name} ${t.color}: ${wcagContrast(t.color, CANVAS).toFixed(2)}`);
    expect(faint).toEqual([]);
  });

  it('keeps relationship types that share a dash (the reference look included) at least 10 apart in colour under each simulation', () => {
    const looks = [...ONTOLOGY.relationTypes.map((r) => ({ name: r.name, color: r.color, dash: r.dash })), { name: 'in (reference)', ...REFERENCE_LOOK }];
    expect(tooClose(looks, (i, j) => looks[i]!.dash === looks[j]!.dash)).toEqual([]);
    // Same colour is allowed only with another dash.
    const pairs = looks.map((l) => `${l.color.toLowerCase()} ${l.dash}`);
    expect(new Set(pairs).size).toBe(looks.length);
  });

  it('simulates what it claims to: pure red and green, far apart in normal vision, nearly meet under deuteranopia', () => {
    const [red, green] = ['#ff0000', '#00a000'];
    expect(difference(red, green)).toBeGreaterThan(50);
    const seen = VISION.deuteranopia!;
    expect(difference(seen(red), seen(green))).toBeLessThan(difference(red, green) / 2);
    expect(formatHex(seen('#0000ff'))).not.toBe('#0000ff');
  });
});
