/**
 * @module Walking the drawn graph by keyboard: who the neighbours of an entity are, in which order
 * arrow keys reach them, and the sentences a screen reader hears on each step. Pure, so the order
 * and the words are tested in Node; canvas/keyboard.ts turns keys into these steps.
 */
import type { EdgeData, NodeData } from '../api/types.ts';
import { relationDisplay } from '../style/cy-style.ts';

export interface Neighbour { node: NodeData; edges: EdgeData[] }

/**
 * The entities one drawn edge away from `id`, in alphabetical order of their names: a listener who
 * hears "3 of 7" can predict where the next step lands, which a spatial order on screen cannot offer.
 * Several edges to one entity make one stop, so each neighbour is heard once with all its links.
 */
export function neighboursOf(id: string, nodes: readonly NodeData[], edges: readonly EdgeData[]): Neighbour[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const found = new Map<string, Neighbour>();
  for (const e of edges) {
    if (e.source !== id && e.target !== id) continue;
    const otherId = e.source === id ? e.target : e.source;
    const node = byId.get(otherId);
    if (!node || otherId === id) continue;
    const entry = found.get(otherId) ?? { node, edges: [] };
    entry.edges.push(e);
    found.set(otherId, entry);
  }
  return [...found.values()].sort((a, b) => a.node.label.localeCompare(b.node.label) || a.node.id.localeCompare(b.node.id));
}

/** "Hikvision, Company, China, listed or sanctioned": what an entity is, as its mark and colour say on screen. */
export function describeEntity(n: NodeData): string {
  const flagged = (n.flags?.listed.length ?? 0) + (n.flags?.sanctionedBy.length ?? 0) > 0;
  const restricted = (n.flags?.restrictedBy.length ?? 0) > 0;
  return [n.label, n.type, n.country, flagged ? 'listed or sanctioned' : '', restricted ? 'restricted in a country' : ''].filter(Boolean).join(', ');
}

/** "Hikvision supplies Kazakhstan, planned, 2019": one relationship read in its own direction. */
export function describeLink(e: EdgeData, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const extra = [e.status, e.years.length ? e.years.join(' and ') : ''].filter(Boolean).join(', ');
  return `${name(e.source)} ${relationDisplay(e.type)} ${name(e.target)}${extra ? `, ${extra}` : ''}`;
}

/** Heard when an entity becomes the centre of the walk: what it is and how many neighbours it has. */
export function describeCentre(n: NodeData, neighbourCount: number): string {
  const reach = neighbourCount === 0 ? 'no neighbours drawn' : `${neighbourCount} neighbour${neighbourCount === 1 ? '' : 's'}, right and left arrows walk them`;
  return `${describeEntity(n)}. ${reach}.`;
}

/** Heard on each step to a neighbour: the entity, how it is linked to the centre, and where in the round it is. */
export function describeStep(centre: NodeData, step: Neighbour, index: number, total: number): string {
  const names = new Map([[centre.id, centre.label], [step.node.id, step.node.label]]);
  return `${describeEntity(step.node)}; ${step.edges.map((e) => describeLink(e, names)).join('; ')} (${index + 1} of ${total} neighbours)`;
}

/** Where a walk starts when the canvas takes focus without one: the selected entity, else the best connected. */
export function startOf(nodes: readonly NodeData[], edges: readonly EdgeData[], selected?: string): string | undefined {
  if (selected && nodes.some((n) => n.id === selected)) return selected;
  const degree = new Map<string, number>();
  for (const e of edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return nodes.slice().sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.label.localeCompare(b.label))[0]?.id;
}
