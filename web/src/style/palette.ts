/**
 * @module How each relationship type is drawn: a hue from the Okabe–Ito palette and a dash pattern,
 * as data keyed by the ontology's types. Okabe–Ito's eight colours stay apart for the common forms of
 * colour blindness (deuteranopia, protanopia, tritanopia); a type is never told by colour alone, since
 * the dash pattern carries it in greyscale print too. The types analysts confuse most (supply,
 * manufacture, restriction, enactment) differ in both hue and dash.
 */
import type { RelationType } from '../../../cypher/ontology.ts';

/** Okabe & Ito (2008), "Color Universal Design". Yellow is left out: it vanishes on a white canvas. */
export const OKABE_ITO = {
  vermillion: '#D55E00',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  blue: '#0072B2',
  reddishPurple: '#CC79A7',
  black: '#000000',
  /** Not an Okabe–Ito hue: reference and location links recede as neutral grey on purpose. */
  grey: '#8C8C8C',
} as const;

/** Dash patterns in px (line, gap, ...); `solid` is none. Four patterns that stay apart at small widths. */
export const DASHES = {
  solid: [],
  dashed: [9, 4],
  dotted: [2, 4],
  dashDot: [9, 3, 2, 3],
} as const satisfies Record<string, readonly number[]>;

export type Dash = keyof typeof DASHES;
export interface RelationLook { color: string; dash: Dash }

/**
 * One look per type; `Record<RelationType, …>` makes a new ontology type a compile error here until
 * it is given one. No two types share a (hue, dash) pair.
 */
export const RELATION_LOOKS = {
  SUPPLIES: { color: OKABE_ITO.vermillion, dash: 'solid' },
  MANUFACTURES_FOR: { color: OKABE_ITO.orange, dash: 'dashed' },
  DEVELOPS: { color: OKABE_ITO.bluishGreen, dash: 'solid' },
  USES: { color: OKABE_ITO.vermillion, dash: 'dotted' },
  PARTNERS_WITH: { color: OKABE_ITO.skyBlue, dash: 'dashed' },
  SUBSIDIARY_OF: { color: OKABE_ITO.reddishPurple, dash: 'solid' },
  PART_OF: { color: OKABE_ITO.reddishPurple, dash: 'dotted' },
  OWNS: { color: OKABE_ITO.reddishPurple, dash: 'dashed' },
  FOUNDED: { color: OKABE_ITO.skyBlue, dash: 'dotted' },
  LEADS: { color: OKABE_ITO.skyBlue, dash: 'solid' },
  OPERATES: { color: OKABE_ITO.blue, dash: 'solid' },
  FUNDS: { color: OKABE_ITO.bluishGreen, dash: 'dashed' },
  ENACTED: { color: OKABE_ITO.bluishGreen, dash: 'dotted' },
  RESTRICTS: { color: OKABE_ITO.black, dash: 'dashDot' },
  SANCTIONS: { color: OKABE_ITO.black, dash: 'solid' },
  LOCATED_IN: { color: OKABE_ITO.grey, dash: 'dashed' },
} as const satisfies Record<RelationType, RelationLook>;

/** Reference data (a place in its country), not a claim from a document. */
export const REFERENCE_LOOK: RelationLook = { color: OKABE_ITO.grey, dash: 'dotted' };

export function relationLook(type: string): RelationLook {
  return (RELATION_LOOKS as Record<string, RelationLook>)[type] ?? REFERENCE_LOOK;
}

/** Cytoscape style properties that draw a dash. */
export function dashStyle(dash: Dash): Record<string, string | number[]> {
  return dash === 'solid' ? { 'line-style': 'solid' } : { 'line-style': 'dashed', 'line-dash-pattern': [...DASHES[dash]] };
}

/** The same look as a CSS background for the legend's line swatch: the dash pattern as colour stops. */
export function swatchBackground(look: RelationLook): string {
  const pattern: readonly number[] = DASHES[look.dash];
  if (pattern.length === 0) return look.color;
  let at = 0;
  const stops = pattern.map((len, i) => {
    const stop = `${i % 2 === 0 ? look.color : 'transparent'} ${at}px ${at + len}px`;
    at += len;
    return stop;
  });
  return `repeating-linear-gradient(90deg, ${stops.join(', ')})`;
}
