/**
 * @module axe-core in a test page: the serious and critical WCAG 2.1 A/AA violations on the page as it
 * stands, for the browser suites that promise none.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Finding { id: string; impact: string; help: string; nodes: string[] }

/** Serious and critical WCAG 2.1 A/AA violations on the page as it stands. */
export async function violations(page: Page): Promise<Finding[]> {
  // Evaluated through the debugging protocol, which the page's CSP (script-src 'self') rightly does not let a script tag do.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

export async function expectClean(page: Page, state: string): Promise<void> {
  expect(await violations(page), state).toEqual([]);
}
