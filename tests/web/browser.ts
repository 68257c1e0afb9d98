/**
 * @module Browser-test helpers: Debian's chromium through playwright-core (never a downloaded
 * browser), a build of web/dist when it is missing or older than its sources, and waits on the
 * explorer's own idle signal instead of fixed sleeps.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS = 'tests/artifacts';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Why a benchmark in the browser cannot run here (no build, no Chromium), or undefined when it can. */
export function browserMissing(): string | undefined {
  if (!existsSync('web/dist/index.html')) return 'web/dist is not built (npm run build:web)';
  return existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM}`;
}

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

/** Builds the explorer when web/dist is missing or older than web/ sources or what it imports of cypher/. */
export function ensureWebBuild(): void {
  const built = 'web/dist/index.html';
  const sources = Math.max(newestMtime('web/src'), newestMtime('web/index.html'), newestMtime('web/vite.config.ts'), newestMtime('cypher/ontology.ts'), newestMtime('cypher/pages.ts'));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  execSync('npm run build:web', { stdio: 'pipe' });
}

// `window.__sightline` is typed by its declaration in web/src/main.ts.

/** Waits until no request or layout is running, twice over a short gap, so chained requests count. */
export async function waitIdle(page: Page, timeout = 60_000): Promise<void> {
  for (let settled = 0; settled < 2;) {
    await page.waitForFunction(() => window.__sightline?.idle(), null, { timeout, polling: 50 });
    await page.waitForTimeout(150);
    settled = (await page.evaluate(() => window.__sightline.idle())) ? settled + 1 : 0;
  }
}

/** Opens the explorer and waits for its first view to be laid out; returns the wall time it took. */
export async function openExplorer(page: Page, url: string): Promise<number> {
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.__sightline?.firstViewMs !== undefined, null, { timeout: 90_000 });
  await waitIdle(page);
  return Date.now() - started;
}

export function labels(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__sightline.cy.nodes().map((n) => n.data('label') as string));
}

export function shownIds(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => ({
    nodes: window.__sightline.cy.nodes().map((n) => n.id()).sort(),
    edges: window.__sightline.cy.edges().map((e) => e.id()).sort(),
  }));
}

/** Types into the search box and chooses the suggestion whose name matches. */
export async function searchAndChoose(page: Page, query: string, name: RegExp): Promise<void> {
  await page.fill('#search', query);
  await page.locator('#topbar .suggest li[role=option]', { hasText: name }).first().click({ timeout: 30_000 });
  await page.locator('#side .rel-group, #side .relationships').first().waitFor({ timeout: 30_000 });
  await waitIdle(page);
}
