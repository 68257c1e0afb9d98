/**
 * The query files and their generated types: every header parses and matches its body, the
 * committed types are current, and API queries name relationship types only as the ontology has them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED, generatedSource } from '../../cypher/generate.ts';
import { loadQueries, parseQuery } from '../../cypher/registry.ts';
import { ENTITY_TYPES, LIST_MATCH, MENTIONS, ON_LIST, RELATION_TYPES } from '../../cypher/ontology.ts';
import { FLAG_TYPES } from '../../server/graph/subgraph.ts';

describe('the query registry', () => {
  it('loads every query file, each with a header whose params match its body', () => {
    const queries = loadQueries();
    expect(queries.size).toBeGreaterThan(10);
    for (const q of queries.values()) {
      expect(q.doc.length, q.file).toBeGreaterThan(10);
      expect(['one', 'many', 'none']).toContain(q.returns);
    }
  });

  it('has generated types that match the headers (run `npm run cypher:types` after editing a query)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(generatedSource());
  });

  it('refuses a query whose file and name differ, whose body uses an undeclared parameter, or whose row is undeclared', () => {
    const head = (name: string) => `// @name ${name}\n// @returns many\n// @doc Test query.\n`;
    expect(() => parseQuery('api/a.cypher', `${head('b')}// @row id: string\nRETURN 1 AS id`)).toThrow(/must be b\.cypher/);
    expect(() => parseQuery('api/a.cypher', `${head('a')}// @row id: string\nRETURN $x AS id`)).toThrow(/uses \$x/);
    expect(() => parseQuery('api/a.cypher', `${head('a')}RETURN 1 AS id`)).toThrow(/no "\/\/ @row"/);
    expect(() => parseQuery('api/a.cypher', `${head('a')}// @param $x string\n// @row id: string\nRETURN $x AS id`)).toThrow(/must read "\$name: Type"/);
    expect(parseQuery('api/a.cypher', `${head('a')}// @param $x: string[] -- ids\n// @row id: string\nRETURN $x AS id`).params)
      .toEqual([{ name: 'x', type: 'string[]', doc: 'ids' }]);
  });

  it('writes relationship types into API query text only as ontology types (or MENTIONS and the watchlists\' ON_LIST and MATCHES) in relationship patterns, never entity types', () => {
    const known: string[] = [...RELATION_TYPES, MENTIONS, ON_LIST, LIST_MATCH];
    const entityWord = new RegExp(`\\b(${ENTITY_TYPES.join('|')})\\b`);
    let written = 0;
    for (const q of loadQueries().values()) {
      if (!q.file.startsWith('api/')) continue;
      const code = q.text.replace(/\/\/[^\n]*/g, '');
      expect(code, q.file).not.toMatch(entityWord);
      const patterns = [...code.matchAll(/-\[\w*:([A-Z_|]+)\]-/g)].flatMap((m) => m[1]!.split('|'));
      for (const type of patterns) expect(known, `${q.file}: ${type}`).toContain(type);
      written += patterns.length;
      // Outside patterns, a type name can only be a stray literal that escaped the check above.
      const outside = code.replace(/-\[\w*:[A-Z_|]+\]-/g, '');
      expect(outside, q.file).not.toMatch(new RegExp(`\\b(${known.join('|')})\\b`));
    }
    expect(written).toBeGreaterThan(0);
  });

  it('flags entities by exactly the relationship types the server reads as flags, and by the watchlists they are on', () => {
    const code = loadQueries().get('nodesByIds')!.text.replace(/\/\/[^\n]*/g, '');
    const types = [...code.matchAll(/-\[\w*:([A-Z_|]+)\]-/g)].flatMap((m) => m[1]!.split('|'));
    expect([...new Set(types)].sort()).toEqual([...FLAG_TYPES, ON_LIST, LIST_MATCH].sort());
  });
});
