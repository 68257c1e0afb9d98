/**
 * @module The analyst's report: the picture, a table of every relationship shown and numbered
 * citations (quote, then title, publisher, date, URL or file, page in the server's one citation style). Built as a string from escaped data, so a name
 * like `<img src=x onerror=...>` is printed, never executed, by whoever opens the file.
 */
import type { EdgeData, Evidence, NodeData } from '../api/types.ts';

export interface ReportRow {
  edge: EdgeData;
  sourceName: string;
  targetName: string;
  /** Display text of the relationship type ("supplies"). */
  relation: string;
  evidence: readonly Evidence[];
}

export interface ReportInput {
  title: string;
  generatedAt: Date;
  /** Link that reopens the view in the explorer. */
  viewUrl: string;
  /** PNG data URL of the canvas. */
  image?: string;
  nodes: readonly NodeData[];
  rows: readonly ReportRow[];
}

export interface Citation { n: number; evidence: Evidence }

/** Numbers each distinct piece of evidence in order of first use; the same sentence cited twice keeps one number. */
export function numberCitations(rows: readonly ReportRow[]): { citations: Citation[]; byRow: number[][] } {
  const key = (e: Evidence) => `${e.doc}\u0000${e.start}\u0000${e.end}\u0000${e.quote}`;
  const seen = new Map<string, number>();
  const citations: Citation[] = [];
  const byRow = rows.map((r) => r.evidence.map((e) => {
    let n = seen.get(key(e));
    if (n === undefined) {
      n = citations.length + 1;
      seen.set(key(e), n);
      citations.push({ n, evidence: e });
    }
    return n;
  }));
  return { citations, byRow };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Escapes Markdown syntax and raw HTML, which most Markdown renderers pass through; `|` too, because
 * every value may land in a table cell.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}

/** The relationship as the report names it: confirmed by a person says so beside it. */
function relationOf(r: ReportRow): string {
  return r.edge.review === 'confirmed' ? `${r.relation} (✓ confirmed by a person)` : r.edge.review === 'rejected' ? `${r.relation} (✗ rejected by a person)` : r.relation;
}

/** On a watchlist (with the list's program, date and URL) or sanctioned per a document. */
function flagsOf(n: NodeData): string[] {
  return [
    ...(n.flags?.listed ?? []).map((l) => [`listed on ${l.list}`, l.programs.length ? ` (${l.programs.join(', ')})` : '', l.since ? ` since ${l.since}` : '', l.url ? `, ${l.url}` : ''].join('')),
    ...(n.flags?.sanctionedBy ?? []).map((f) => `sanctioned by ${f.name}${f.detail ? ` (${f.detail})` : ''}`),
  ];
}

/** Restricted or blocked in a country per a document: not a sanction, reported apart. */
function restrictionsOf(n: NodeData): string[] {
  return (n.flags?.restrictedBy ?? []).map((f) => `restricted by ${f.name}${f.detail ? ` (${f.detail})` : ''}`);
}

export function buildHtmlReport(input: ReportInput): string {
  const { citations, byRow } = numberCitations(input.rows);
  const esc = escapeHtml;
  const flagged = input.nodes.filter((n) => flagsOf(n).length > 0);
  const restricted = input.nodes.filter((n) => restrictionsOf(n).length > 0);
  const rows = input.rows.map((r, i) => `<tr><td>${esc(r.sourceName)}</td><td>${esc(relationOf(r))}</td><td>${esc(r.targetName)}</td>`
    + `<td>${r.edge.confidence.toFixed(2)}</td><td>${esc(r.edge.years.join(', '))}</td>`
    + `<td>${byRow[i]!.map((n) => `<a href="#c${n}">[${n}]</a>`).join(' ')}</td></tr>`).join('\n');
  const cites = citations.map(({ n, evidence: e }) => `<li id="c${n}" value="${n}"><q>${esc(e.quote)}</q> — ${esc(e.citation)}</li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(input.title)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
img{max-width:100%;border:1px solid #ddd}q{font-style:italic}.flag{color:#b00}</style></head>
<body>
<h1>${esc(input.title)}</h1>
<p>Generated ${esc(input.generatedAt.toISOString())} by Sightline. <a href="${esc(input.viewUrl)}">Reopen this view</a>.</p>
${input.image ? `<figure><img alt="Graph of the relationships below" src="${esc(input.image)}"></figure>` : ''}
<p>${input.nodes.length} entities, ${input.rows.length} relationships, ${citations.length} citations.</p>
${flagged.length ? `<h2>Listed or sanctioned entities</h2><ul>${flagged.map((n) => `<li class="flag">⚠ ${esc(n.label)}: ${flagsOf(n).map(esc).join('; ')}</li>`).join('')}</ul>` : ''}
${restricted.length ? `<h2>Restricted or blocked in a country</h2><ul>${restricted.map((n) => `<li>⊘ ${esc(n.label)}: ${restrictionsOf(n).map(esc).join('; ')}</li>`).join('')}</ul>` : ''}
<h2>Relationships</h2>
<table><thead><tr><th>Source</th><th>Relationship</th><th>Target</th><th>Confidence</th><th>Years</th><th>Citations</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>Citations</h2>
<ol>
${cites}
</ol>
</body></html>
`;
}

export function buildMarkdownReport(input: ReportInput): string {
  const { citations, byRow } = numberCitations(input.rows);
  const md = escapeMarkdown;
  const flagged = input.nodes.filter((n) => flagsOf(n).length > 0);
  const restricted = input.nodes.filter((n) => restrictionsOf(n).length > 0);
  const lines = [
    `# ${md(input.title)}`,
    '',
    `Generated ${md(input.generatedAt.toISOString())} by Sightline. [Reopen this view](<${input.viewUrl.replace(/[<>\s]/g, encodeURIComponent)}>)`,
    '',
    ...(input.image ? [`![Graph of the relationships below](${input.image})`, ''] : []),
    `${input.nodes.length} entities, ${input.rows.length} relationships, ${citations.length} citations.`,
    '',
    ...(flagged.length ? ['## Listed or sanctioned entities', '', ...flagged.map((n) => `- ⚠ ${md(n.label)}: ${flagsOf(n).map(md).join('; ')}`), ''] : []),
    ...(restricted.length ? ['## Restricted or blocked in a country', '', ...restricted.map((n) => `- ⊘ ${md(n.label)}: ${restrictionsOf(n).map(md).join('; ')}`), ''] : []),
    '## Relationships',
    '',
    '| Source | Relationship | Target | Confidence | Years | Citations |',
    '|---|---|---|---|---|---|',
    ...input.rows.map((r, i) => `| ${md(r.sourceName)} | ${md(relationOf(r))} | ${md(r.targetName)} | ${r.edge.confidence.toFixed(2)} | ${r.edge.years.join(', ')} | ${byRow[i]!.map((n) => `[${n}]`).join(' ')} |`),
    '',
    '## Citations',
    '',
    ...citations.map(({ n, evidence: e }) => `${n}. “${md(e.quote)}” — ${md(e.citation)}`),
    '',
  ];
  return lines.join('\n');
}
