import { describe, expect, it } from 'vitest';
import { emptyTestGraph } from '../helpers/db.ts';

describe('the shared test Neo4j', () => {
  const graph = emptyTestGraph();

  it('is a real Neo4j 5.26 community server', async () => {
    const [r] = await graph.repo.read('health');
    expect(r!.version).toMatch(/^5\.26\./);
    expect(r!.edition).toBe('community');
  });

  it('stores a written entity and reads it back', async () => {
    await graph.repo.write('probeWrite', { id: 'test-co', name: 'Test Co' });
    expect(await graph.repo.read('probeRead', { id: 'test-co' })).toEqual([{ name: 'Test Co' }]);
  });

  it('rejects a second entity with the same id (the unique constraint is applied)', async () => {
    await expect(graph.repo.write('probeWrite', { id: 'test-co', name: 'Copy' })).rejects.toThrow(/already exists/);
    expect(await graph.repo.read('probeRead', { id: 'test-co' })).toEqual([{ name: 'Test Co' }]);
  });
});
