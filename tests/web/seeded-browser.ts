/**
 * @module The seed graph behind a test server and one headless Chromium context, for a browser suite:
 * kept apart from browser.ts, which the benchmarks import outside the test runner.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Repository } from '../../cypher/repository.ts';
import type { Config } from '../../server/config.ts';
import { startTestServer, type TestServer } from '../helpers/app.ts';
import { testRepository } from '../helpers/db.ts';
import { loadSeedGraph } from '../helpers/seeded.ts';
import { ensureWebBuild, launchBrowser } from './browser.ts';

export interface SeededBrowser { repo: Repository; server: TestServer; browser: Browser; context: BrowserContext }

/**
 * The seed graph behind a test server and one headless Chromium context, opened before a file's
 * tests and closed after them: what every browser suite starts from. Read the fields inside tests.
 */
export function seededBrowser(options: { server?: Partial<Config>; context?: BrowserContextOptions } = {}): SeededBrowser {
  const web = {} as SeededBrowser;
  beforeAll(async () => {
    ensureWebBuild();
    web.repo = await testRepository();
    await loadSeedGraph(web.repo);
    web.server = await startTestServer(options.server);
    web.browser = await launchBrowser();
    web.context = await web.browser.newContext(options.context);
  }, 300_000);
  afterAll(async () => {
    await web.context?.close();
    await web.browser?.close();
    await web.server?.close();
    await web.repo?.db.close();
  });
  return web;
}
