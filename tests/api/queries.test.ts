import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQueries } from '../../cypher/registry.ts';
import { ENTITY_TYPES, MENTIONS, RELATION_TYPES } from '../../ingest/ontology.ts';
import { FLAG_TYPES } from '../../server/graph/subgraph.ts';

/** Every `repo.many|one|write('<name>'` call under server/, found in the source so a new route is covered without editing this test. */
function queryNamesUsedByServer(): string[] {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(full, 'utf8');
        // `repo.many('name'` and a name chosen by a condition: `many(dir === 'up' ? 'nameA' : 'nameB'`.
        const calls = /\b(?:many|one|write)(?:<[^>]*>)?\(\s*(?:[\w.]+ === '\w+' \? )?'(\w+)'(?: : '(\w+)')?/g;
        for (const m of source.matchAll(calls)) for (const name of m.slice(1)) if (name) names.add(name);
      }
    }
  };
  walk('server');
  return [...names].sort();
}

describe('the query registry', () => {
  it('loads every query file, each with a header whose params match its body', () => {
    const queries = loadQueries();
    expect(queries.size).toBeGreaterThan(10);
    for (const q of queries.values()) {
      expect(q.doc.length, q.file).toBeGreaterThan(10);
      expect(['one', 'many', 'none']).toContain(q.returns);
    }
  });

  it('has a query for every name the server runs', () => {
    const known = loadQueries();
    const used = queryNamesUsedByServer();
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((n) => !known.has(n))).toEqual([]);
  });

  it('writes relationship types into API query text only as ontology types (or MENTIONS) in relationship patterns, never entity types', () => {
    const known: string[] = [...RELATION_TYPES, MENTIONS];
    const entityWord = new RegExp(`\\b(${ENTITY_TYPES.join('|')})\\b`);
    let written = 0;
    for (const q of loadQueries().values()) {
      if (!q.file.startsWith('api/')) continue;
      const code = q.text.replace(/\/\/[^\n]*/g, '');
      expect(code, q.file).not.toMatch(entityWord);
      const patterns = [...code.matchAll(/-\[\w*:([A-Z_|]+)\]-/g)].flatMap((m) => m[1].split('|'));
      for (const type of patterns) expect(known, `${q.file}: ${type}`).toContain(type);
      written += patterns.length;
      // Outside patterns, a type name can only be a stray literal that escaped the check above.
      const outside = code.replace(/-\[\w*:[A-Z_|]+\]-/g, '');
      expect(outside, q.file).not.toMatch(new RegExp(`\\b(${known.join('|')})\\b`));
    }
    expect(written).toBeGreaterThan(0);
  });

  it('flags entities by exactly the relationship types the server reads as flags', () => {
    const code = loadQueries().get('nodesByIds')!.text.replace(/\/\/[^\n]*/g, '');
    const types = [...code.matchAll(/-\[\w*:([A-Z_|]+)\]-/g)].flatMap((m) => m[1].split('|'));
    expect([...new Set(types)].sort()).toEqual([...FLAG_TYPES].sort());
  });
});
