import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NEO4J_VERSION } from '../../cypher/launch/neo4j.ts';
import { CORENLP_VERSION, PIPELINE } from '../../ingest/nlp/server.ts';

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

  it('runs the same CoreNLP as the launcher for the app, which reaches it through CORENLP_URL once healthy', () => {
    const corenlp = compose.services.corenlp;
    expect(corenlp.command.join(' ')).toContain(`<version>${CORENLP_VERSION}</version>`);
    expect(corenlp.command.join(' ')).toContain(`-preload ${PIPELINE.annotators}`);
    expect(corenlp.healthcheck.test.join(' ')).toContain('/ready');
    expect(compose.services.app.environment.CORENLP_URL).toBe('http://corenlp:9000');
    expect(compose.services.app.depends_on.corenlp.condition).toBe('service_healthy');
  });

  it.skipIf(!composePluginPresent)('is accepted by `docker compose config`', () => {
    const r = spawnSync('docker', ['compose', 'config', '--quiet'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
