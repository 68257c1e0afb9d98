/**
 * GET /api/about over HTTP: the public address reports link to comes from PUBLIC_URL, and a bad one
 * stops the server at start with a message naming the variable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';

describe('GET /api/about', () => {
  let plain: TestServer;
  let proxied: TestServer;
  beforeAll(async () => {
    plain = await startTestServer();
    proxied = await startTestServer({ publicUrl: loadConfig({ PUBLIC_URL: 'https://sightline.example.org/' }).publicUrl });
  });
  afterAll(async () => { await plain?.close(); await proxied?.close(); });

  it('answers the PUBLIC_URL the server was started with, without its trailing slash', async () => {
    const res = await fetch(`${proxied.url}/api/about`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ publicUrl: 'https://sightline.example.org' });
  });

  it('answers null without PUBLIC_URL, so links use the address the browser used', async () => {
    expect(await (await fetch(`${plain.url}/api/about`)).json()).toEqual({ publicUrl: null });
  });

  it('refuses a PUBLIC_URL that is not an http(s) address, naming the variable', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'sightline.example.org' })).toThrow(/PUBLIC_URL must be an http\(s\) address/);
    expect(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'https://a.example/#x' })).toThrow(/PUBLIC_URL/);
  });
});
