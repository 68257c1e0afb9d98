/**
 * The keyboard walk's logic (web/src/graph/walk.ts), in Node: which entities the arrow keys reach from
 * an entity and in what order, and the sentences a screen reader hears on the way.
 */
import { describe, expect, it } from 'vitest';
import { describeCentre, describeEntity, describeStep, neighboursOf, startOf } from '../../web/src/graph/walk.ts';
import { edge, node } from './fixtures.ts';

const nodes = [node('hikvision', 'Company', { country: 'China' }), node('kazakhstan', 'State'), node('almaty', 'Place'), node('dahua'), node('nobody')].map((n) => n.data);
const edges = [
  edge('s1', 'hikvision', 'kazakhstan', { years: [2019] }),
  edge('s2', 'hikvision', 'almaty', { status: 'planned' }),
  edge('p1', 'dahua', 'hikvision', { type: 'PARTNERS_WITH' }),
  edge('o1', 'kazakhstan', 'hikvision', { type: 'SANCTIONS' }),
].map((e) => e.data);

describe('walking the drawn graph by keyboard', () => {
  it('reaches each neighbour once, in alphabetical order, with every link between the two', () => {
    const around = neighboursOf('hikvision', nodes, edges);
    expect(around.map((n) => n.node.id)).toEqual(['almaty', 'dahua', 'kazakhstan']);
    expect(around[2]!.edges.map((e) => e.id)).toEqual(['s1', 'o1']);
    expect(neighboursOf('nobody', nodes, edges)).toEqual([]);
  });

  it('leaves out neighbours that are not drawn', () => {
    expect(neighboursOf('hikvision', nodes.filter((n) => n.id !== 'dahua'), edges).map((n) => n.node.id)).toEqual(['almaty', 'kazakhstan']);
  });

  it('says what an entity is, its links to the centre in their own direction, and where in the round the step is', () => {
    const hik = nodes[0]!;
    expect(describeEntity(hik)).toBe('Hikvision, Company, China');
    expect(describeEntity({ ...hik, flags: { listed: [], sanctionedBy: [{ id: 'us', name: 'US', type: 'State', relationshipId: 'x' }], restrictedBy: [] } })).toBe('Hikvision, Company, China, listed or sanctioned');
    expect(describeCentre(hik, 3)).toBe('Hikvision, Company, China. 3 neighbours, right and left arrows walk them.');
    expect(describeCentre(nodes[4]!, 0)).toBe('Nobody, Company. no neighbours drawn.');
    const around = neighboursOf('hikvision', nodes, edges);
    expect(describeStep(hik, around[2]!, 2, 3)).toBe('Kazakhstan, State; Hikvision supplies Kazakhstan, 2019; Kazakhstan sanctions Hikvision (3 of 3 neighbours)');
    expect(describeStep(hik, around[0]!, 0, 3)).toBe('Almaty, Place; Hikvision supplies Almaty, planned (1 of 3 neighbours)');
  });

  it('starts at the selected entity, else at the best connected one', () => {
    expect(startOf(nodes, edges, 'dahua')).toBe('dahua');
    expect(startOf(nodes, edges)).toBe('hikvision');
    expect(startOf(nodes, edges, 'gone')).toBe('hikvision');
    expect(startOf([], [])).toBeUndefined();
  });
});
