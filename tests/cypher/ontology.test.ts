/**
 * The ontology is plain data (cypher/ontology.ts) checked by cypher/ontology-schemas.ts wherever Node
 * loads it and before each web build, so the check still stops a broken model while the browser's
 * first view no longer carries zod.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ONTOLOGY } from '../../cypher/ontology.ts';
import { validateOntology } from '../../cypher/ontology-schemas.ts';
import { ensureWebBuild } from '../web/browser.ts';

describe('the ontology check', () => {
  it('accepts the ontology as declared', () => {
    expect(() => validateOntology()).not.toThrow();
  });
  it('refuses a colour that is not a colour, an unknown FollowTheMoney schema and a type declared twice', () => {
    const [first, ...rest] = ONTOLOGY.entityTypes;
    expect(() => validateOntology({ ...ONTOLOGY, entityTypes: [{ ...first, color: 'red' }, ...rest] })).toThrow(/color/);
    expect(() => validateOntology({ ...ONTOLOGY, entityTypes: [{ ...first, ftm: 'Vessel' }, ...rest] })).toThrow(/ftm/);
    expect(() => validateOntology({ ...ONTOLOGY, relationTypes: [...ONTOLOGY.relationTypes, ONTOLOGY.relationTypes[0]] })).toThrow(/declared twice/);
  });
  it('runs before every web build, and the first view\'s script carries no schema library', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts['build:web']).toMatch(/^tsx cypher\/ontology-schemas\.ts && /);
    ensureWebBuild();
    const entry = /<script type="module"[^>]*src="\/?([^"]+)"/.exec(readFileSync('web/dist/index.html', 'utf8'))![1]!;
    expect(readFileSync(`web/dist/${entry}`, 'utf8')).not.toContain('ZodError');
  });
});
