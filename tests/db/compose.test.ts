import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NEO4J_VERSION } from '../../cypher/launch/neo4j.ts';

const composePluginPresent = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0;

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync('docker-compose.yml', 'utf8'));

  it('runs the same Neo4j line as the launcher, with a volume and a health check', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe(`neo4j:${NEO4J_VERSION.split('.').slice(0, 2).join('.')}-community`);
    expect(neo4j.volumes.some((v: string) => v.endsWith(':/data'))).toBe(true);
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
  });

  it('wires the app to that Neo4j through NEO4J_URI and waits for it to be healthy', () => {
    const app = compose.services.app;
    expect(app.build).toBe('.');
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.depends_on.neo4j.condition).toBe('service_healthy');
  });

  it.skipIf(!composePluginPresent)('is accepted by `docker compose config`', () => {
    const r = spawnSync('docker', ['compose', 'config', '--quiet'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
