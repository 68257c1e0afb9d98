/**
 * @module How each relationship type is drawn: its colour and dash are ontology data
 * (cypher/ontology.ts: Okabe-Ito hues, a dash per type, no two types alike), so `/api/ontology`, the
 * canvas, the map and the report show one look. This module turns a dash into pixels and keeps the
 * palette's names. Okabe-Ito's colours stay apart for the common forms of colour blindness; a type
 * is never told by colour alone, since the dash carries it in greyscale print too.
 */
import { ONTOLOGY, type LineDash, type RelationType } from '../../../cypher/ontology.ts';

/** Okabe & Ito (2008), "Color Universal Design". Yellow is left out: it vanishes on a white canvas. */
export const OKABE_ITO = {
  vermillion: '#D55E00',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  blue: '#0072B2',
  reddishPurple: '#CC79A7',
  black: '#000000',
  /** Not an Okabe-Ito hue: reference and location links recede as neutral grey on purpose. */
  grey: '#8C8C8C',
} as const;

/** Dash patterns in px (line, gap, ...); `solid` is none. Four patterns that stay apart at small widths. */
export const DASHES = {
  solid: [],
  dashed: [9, 4],
  dotted: [2, 4],
  dashDot: [9, 3, 2, 3],
} as const satisfies Record<LineDash, readonly number[]>;

export type Dash = LineDash;
export interface RelationLook { color: string; dash: Dash }

/** One look per type, read from the ontology. */
export const RELATION_LOOKS = Object.fromEntries(
  ONTOLOGY.relationTypes.map((r) => [r.name, { color: r.color, dash: r.dash }]),
) as Record<RelationType, RelationLook>;

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
