/**
 * @module Node size by how connected an entity is: by degree (relationships drawn) or by evidence
 * (sentences behind them). Pure, so the scale is tested in Node; the canvas reads the result as
 * each node's `size`.
 */
import type { EdgeData } from '../api/types.ts';

export const SIZE_MODES = ['same', 'degree', 'evidence'] as const;
export type SizeBy = (typeof SIZE_MODES)[number];

export const sizingDefaults = {
  /** The smallest entity keeps the default size, so switching modes never shrinks the least connected. */
  min: 28,
  max: 72,
};

/**
 * Size in px per node id. Area, not width, follows the score (square root), so a hub with four
 * times the links looks about four times as big, not sixteen. `same` gives every node the smallest.
 */
export function nodeSizes(nodeIds: readonly string[], edges: readonly Pick<EdgeData, 'source' | 'target' | 'evidenceCount'>[], by: SizeBy, o = sizingDefaults): Map<string, number> {
  if (by === 'same') return new Map(nodeIds.map((id) => [id, o.min]));
  const score = new Map<string, number>(nodeIds.map((id) => [id, 0]));
  for (const e of edges) {
    const w = by === 'degree' ? 1 : Math.max(1, e.evidenceCount);
    for (const end of [e.source, e.target]) if (score.has(end)) score.set(end, score.get(end)! + w);
  }
  const top = Math.max(1, ...score.values());
  return new Map([...score].map(([id, s]) => [id, Math.round(o.min + (o.max - o.min) * Math.sqrt(s / top))]));
}
