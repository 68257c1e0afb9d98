import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQueries } from '../../cypher/registry.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../ingest/ontology.ts';

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

  it('names no ontology type in API query text: types arrive as checked list parameters', () => {
    const typeWord = new RegExp(`\\b(${[...RELATION_TYPES, ...ENTITY_TYPES].join('|')})\\b`);
    for (const q of loadQueries().values()) {
      if (!q.file.startsWith('api/')) continue;
      const code = q.text.replace(/\/\/[^\n]*/g, '');
      expect(code, q.file).not.toMatch(typeWord);
    }
  });
});
