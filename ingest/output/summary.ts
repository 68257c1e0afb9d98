/** @module The human-readable end-of-run summary the CLI prints. */
import type { IngestSummary } from '../index.ts';

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `documents read: ${s.documents.read} (added ${s.documents.added}, replaced ${s.documents.replaced}, unchanged ${s.documents.unchanged})`,
    `entities: ${s.entities.new} new, ${s.entities.known} known`,
    `relations: ${Object.entries(s.relations).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`,
  ];
  if (s.skipped.length) {
    lines.push(`skipped: ${s.skipped.length}`);
    for (const k of s.skipped) lines.push(`  ${k.file}: ${k.reason}`);
  }
  lines.push(`failed: ${s.failed}`);
  return lines.join('\n');
}
