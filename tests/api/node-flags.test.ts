import { describe, expect, it } from 'vitest';
import { seededServer } from '../helpers/seeded.ts';

const seeded = seededServer();



describe('sanctions and restriction flags on entities', () => {
  it('lists at most maxFlags of each kind and counts every flag, so a hub restricted by hundreds stays a small answer', async () => {
    const flagged = await seeded.repo.read('flagCounts');
    expect(flagged.length).toBeGreaterThan(3);
    // maxFlags 1 cuts something only if an entity has two flags of one kind.
    expect(flagged.some((f) => f.s > 1 || f.n - f.s > 1)).toBe(true);
    const ids = flagged.map((f) => f.id);
    for (const maxFlags of [1, 2, 100]) {
      const rows = await seeded.repo.read('nodesByIds', { ids, maxFlags });
      for (const { id, n, s } of flagged) {
        const row = rows.find((r) => r.node.id === id)!;
        const listed = row.flags;
        expect(row.flagCount, id).toBe(n);
        expect(listed.filter((x) => x.type === 'SANCTIONS')).toHaveLength(Math.min(s, maxFlags));
        expect(listed.filter((x) => x.type === 'RESTRICTS')).toHaveLength(Math.min(n - s, maxFlags));
      }
    }
  });

  it('shows the entity route every flag, with nothing omitted, on the seed graph', async () => {
    const [top] = await seeded.repo.read('flagCounts');
    const body = await (await fetch(`${seeded.server.url}/api/entities/${top!.id}`)).json() as any;
    const flags = body.entity.flags;
    expect(flags.sanctionedBy.length + flags.restrictedBy.length).toBe(top!.n);
    expect(flags.omitted).toBeUndefined();
  });
});
