/**
 * @module The analyst's report, a document to hand to a client: the question it answers, who made it
 * and when (in the reader's time zone), how the facts were found, the picture with its legend, every
 * relationship with its status, years, confidence and review, the timeline and the map of what is
 * drawn, the screening of its entities against imported watchlists (kept apart from restrictions in a
 * country, which mean something else), an annex of the entities, and numbered citations in the
 * server's one citation style. HTML with print CSS (page numbers, repeated table
 * heads) so "Save as PDF" gives a clean document, and Markdown. Built as a string from escaped data,
 * so a name like `<img src=x onerror=...>` is printed, never executed, by whoever opens the file.
 */
import type { EdgeData, Evidence, NodeData } from '../api/types.ts';
import { LINK_STATUSES, ONTOLOGY, type LinkStatus } from '../../../cypher/ontology.ts';
import { legendEntries, type LegendEntry } from '../style/cy-style.ts';
import type { Dash } from '../style/palette.ts';
import type { Period } from './period.ts';

export interface ReportRow {
  edge: EdgeData;
  sourceName: string;
  targetName: string;
  /** Display text of the relationship type ("supplies"). */
  relation: string;
  evidence: readonly Evidence[];
}

/** The picture as a PNG data URL with its size in pixels, so the page can reserve its place. */
export interface ReportPicture { src: string; width: number; height: number }

/** A chart of the report (timeline, map): a standalone SVG document, the same as a PNG data URL, its size and caption. */
export interface ReportFigure {
  /**
   * Serialised by the browser's XMLSerializer from a drawing built with textContent, so every name in
   * it is escaped; the HTML report inlines it, to print as vector lines with text a reader can search.
   */
  svg: string;
  /** For Markdown, which carries images only as links. */
  png: string;
  width: number;
  height: number;
  caption: string;
}

export interface ReportInput {
  /** The question the report answers, as the analyst put it. */
  title: string;
  author?: string;
  generatedAt: Date;
  /** IANA zone the date is written in; unset means the zone of the browser that builds the report. */
  timeZone?: string;
  /** Locale of the date; unset means the browser's. */
  locale?: string;
  /** Link that reopens the view in the explorer. */
  viewUrl: string;
  image?: ReportPicture;
  timeline?: ReportFigure;
  map?: ReportFigure;
  /** The period brushed on the timeline, which the relationships and pictures are limited to. */
  period?: Period | null;
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

/**
 * The title offered before the analyst types a question: the best-connected entities drawn, as the
 * question the picture answers, so an untouched report still says what it is about.
 */
export function suggestTitle(nodes: readonly NodeData[], edges: readonly EdgeData[]): string {
  if (nodes.length === 0) return 'Sightline report';
  const degree = new Map<string, number>();
  for (const e of edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const named = [...nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.label.localeCompare(b.label)).map((n) => n.label);
  if (named.length === 1) return `What is known about ${named[0]}?`;
  if (named.length <= 3) return `How are ${named.slice(0, -1).join(', ')} and ${named.at(-1)} connected?`;
  const others = named.length - 3;
  return `How are ${named.slice(0, 3).join(', ')} and ${others} other ${others === 1 ? 'entity' : 'entities'} connected?`;
}

/** The date as the reader reads dates, with the zone named, since a report travels between zones. */
export function readerDate(date: Date, timeZone?: string, locale?: string): string {
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone });
  return `${format.format(date)} (${format.resolvedOptions().timeZone})`;
}

/** What each status word the extractor records means, keyed by the ontology's list so a new status cannot go unexplained. */
const STATUS_MEANING = {
  planned: 'announced or agreed, not yet in effect',
  signed: 'a contract or agreement was signed',
  operating: 'in use',
  cancelled: 'called off; it never took effect',
  banned: 'prohibited by a law or an authority',
  ended: 'held, then stopped (stopped selling, withdrew, sold a stake)',
} satisfies Record<LinkStatus, string>;

/** The method note, as paragraphs of plain text, shared by both formats. */
export function methodNote(): string[] {
  return [
    'Every relationship in this report was read from a source document, and each carries the sentences it came from (see Citations). '
    + 'Sightline parses each document with Stanford CoreNLP (sentences, part-of-speech tags, named entities and dependency parses), '
    + 'resolves the names it finds against a curated catalogue of entities, and records a relationship only where a dependency pattern '
    + 'for that relationship type joins two entities through a trigger word in one sentence (for example a supply verb with a vendor as '
    + 'its subject and a customer as its object). Lists and fact boxes in a document are read line by line. Nothing is typed in by hand '
    + 'except where the review column says a person confirmed, rejected or corrected it.',
    'Confidence (0 to 1) is how directly the best sentence states the relationship: the pattern that matched sets it, and a sentence '
    + 'that names an end only through a pronoun or "the company" counts for less. It is not a probability that the fact is true; more '
    + 'citations from independent sources are stronger support than a higher number.',
    `Status is the stage the latest dated sentence reports, when it states one: ${LINK_STATUSES.map((s) => `${s} (${STATUS_MEANING[s]})`).join('; ')}. `
    + '"Not stated" means the sentences name no stage. Cancelled and planned relationships are listed like the others, because they matter to the question.',
    'Review is a person\'s verdict on the relationship in Sightline: confirmed, rejected, or not reviewed (extracted by the machine and not yet checked). '
    + 'Years are those the sentences give; "undated" means none did.',
  ];
}

/** The legend of what the picture shows: only the entity and relationship types drawn. */
export function legendFor(nodes: readonly NodeData[], rows: readonly ReportRow[]): LegendEntry[] {
  const entityTypes = new Set(nodes.map((n) => n.type));
  const relationTypes = new Set(rows.map((r) => r.edge.type));
  return legendEntries().filter((l) => (l.kind === 'entity' ? entityTypes : relationTypes).has(l.name));
}

/** The CSS border nearest each dash of the canvas (style/palette.ts): a type is told by its line's pattern in print too. */
const LINE_STYLES: Record<Dash, string> = { solid: 'solid', dashed: 'dashed', dotted: 'dotted', dashDot: 'dashed' };

/** Marks on the picture beyond colour, named when the picture carries them. */
function marksFor(nodes: readonly NodeData[], rows: readonly ReportRow[]): string[] {
  const statuses = new Set(rows.map((r) => r.edge.status));
  return [
    nodes.some((n) => flagsOf(n).length) ? '⚠ and a thick red border: listed on a watchlist or sanctioned' : '',
    nodes.some((n) => listingsOf(n).length) ? `"${LISTED_MARK}" beside a name in the tables: on an imported watchlist (see Screening)` : '',
    nodes.some((n) => restrictionsOf(n).length) ? '⊘ and a dashed amber border: restricted or blocked in a country' : '',
    statuses.has('planned') || statuses.has('cancelled') ? 'hollow diamond mid-line: planned or cancelled' : '',
    statuses.has('banned') ? 'bar at the end of a line: banned' : '',
    rows.some((r) => r.edge.years.length === 0) ? 'hollow circle at the start of a line: no year in its evidence' : '',
    rows.some((r) => r.edge.review === 'confirmed') ? '✓ at the start of a line: confirmed by a person' : '',
    rows.some((r) => r.edge.review === 'rejected') ? '✗ rejected: rejected by a person' : '',
    'thicker line: more evidence; fainter line: lower confidence',
  ].filter(Boolean);
}

function statusOf(edge: EdgeData): string {
  return edge.status ? String(edge.status) : 'not stated';
}

function yearsOf(edge: EdgeData): string {
  return edge.years.length ? edge.years.join(', ') : 'undated';
}

function reviewOf(edge: EdgeData): string {
  return edge.review === 'confirmed' ? '✓ confirmed by a person' : edge.review === 'rejected' ? '✗ rejected by a person' : 'not reviewed';
}

function typeName(type: string): string {
  return ONTOLOGY.entityTypes.find((t) => t.name === type)?.display ?? type;
}

type Listing = NonNullable<NodeData['flags']>['listed'][number];

function listingsOf(n: NodeData): Listing[] {
  return n.flags?.listed ?? [];
}

/** One listing in words: the list, its program and since when. */
function listingWords(l: Listing): string {
  return [`listed on ${l.list}`, l.programs.length ? ` (${l.programs.join(', ')})` : '', l.since ? ` since ${l.since}` : ''].join('');
}

/** The same with where the list says so. */
function listingText(l: Listing): string {
  return `${listingWords(l)}${l.url ? `, source ${l.url}` : ''}`;
}

/** How the entity was tied to the list entry: a person's confirmation, or a name match and its score. */
function matchOf(l: Listing): string {
  return l.status === 'confirmed' ? `confirmed by a person (list name: ${l.entryName})` : `name match ${l.score.toFixed(2)} (list name: ${l.entryName})`;
}

/** Sanctioned, per a document's sentence: reported beside the listings, for it is the same kind of fact. */
function sanctionsOf(n: NodeData): string[] {
  return (n.flags?.sanctionedBy ?? []).map((f) => `sanctioned by ${f.name}${f.detail ? ` (${f.detail})` : ''}, per a document`);
}

/** On a watchlist (with the list's program, date and URL) or sanctioned per a document. */
function flagsOf(n: NodeData): string[] {
  return [...listingsOf(n).map(listingText), ...sanctionsOf(n)];
}

/** Restricted or blocked in a country per a document: not a sanction, reported apart. */
function restrictionsOf(n: NodeData): string[] {
  return (n.flags?.restrictedBy ?? []).map((f) => `restricted by ${f.name}${f.detail ? ` (${f.detail})` : ''}`);
}

/** A count of the flags the graph answer left out, for the annex. */
function omittedOf(n: NodeData): string[] {
  return n.flags?.omitted ? [`and ${n.flags.omitted} more flags`] : [];
}

/** The marker of a listed entity's name in the relationship table. */
const LISTED_MARK = '⚠ listed';

const URL_RE = /^https?:\/\//i;

function listedIds(nodes: readonly NodeData[]): Set<string> {
  return new Set(nodes.filter((n) => listingsOf(n).length > 0).map((n) => n.id));
}

function byLabel(nodes: readonly NodeData[]): NodeData[] {
  return [...nodes].sort((a, b) => a.label.localeCompare(b.label));
}

function summaryOf(input: ReportInput, citations: number): string {
  const p = input.period;
  const period = p ? ` Limited to the period ${p.from === p.to ? p.from : `${p.from}–${p.to}`} chosen on the timeline${p.undated ? ', relationships without a year kept' : ''}.` : '';
  return `${input.nodes.length} entities, ${input.rows.length} relationships, ${citations} citations.${period}`;
}

const SCREENING_INTRO = 'Entities of this report tied to an entry of a sanctions or watch list imported into Sightline: the list, its program, '
  + 'the date the listing started and the list\'s own page. Being listed is a designation by the list\'s publisher; it is not the same as being '
  + 'blocked or restricted in a country, which is reported apart from it.';
const NO_SCREENING = 'No entity of this report is tied to an entry of an imported sanctions or watch list.';
const RESTRICTED_INTRO = 'A document states that a country or authority blocks or restricts these entities within its borders. This is not a listing or a sanction.';

/** Citation text with its URL as a link, when the source has a web address. */
function citationHtml(e: Evidence): string {
  const url = e.url && /^https?:\/\//i.test(e.url) ? e.url : undefined;
  const at = url ? e.citation.indexOf(url) : -1;
  const text = at < 0 ? escapeHtml(e.citation)
    : `${escapeHtml(e.citation.slice(0, at))}<a href="${escapeHtml(url!)}">${escapeHtml(url!)}</a>${escapeHtml(e.citation.slice(at + url!.length))}`;
  return `${text}${e.disputed ? ' <em>(a person marked this sentence as not supporting the relationship)</em>' : ''}`;
}

const PRINT_CSS = `
:root{color-scheme:light}
body{font:10.5pt/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .4rem}h2{font-size:1.15rem;margin:1.6rem 0 .5rem;break-after:avoid}
.meta{color:#444;margin:0 0 1rem}.reopen{word-break:break-all}
.method p{margin:.4rem 0}
figure{margin:1rem 0;break-inside:avoid}figure img{display:block;width:100%;height:auto;border:1px solid #ccc}
.legend{list-style:none;padding:0;margin:.5rem 0 0;display:flex;flex-wrap:wrap;gap:.25rem 1.2rem;font-size:.9em}
.legend li{display:flex;align-items:center;gap:.4rem}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;flex:none}.line{display:inline-block;width:1.8em;height:0;border-top:3px solid;flex:none}
.marks{font-size:.9em;color:#333;margin:.4rem 0 0}
figure svg{display:block;width:100%;height:auto;border:1px solid #ccc}figcaption{font-size:.9em;color:#333;margin:.3rem 0 0}
.listed{color:#a00016;font-weight:600;white-space:nowrap;font-size:.85em}.restricted{color:#8a5a00}
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#eef0f2}td.num{text-align:right;white-space:nowrap}
thead{display:table-header-group}tr{break-inside:avoid}
.status-cancelled,.status-planned,.status-banned,.status-ended{font-weight:600}
q{font-style:italic}.flag{color:#a00016}ol.citations li{margin:.3rem 0;break-inside:avoid}
a{color:#0b57d0}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{size:A4;margin:16mm 15mm 18mm;@bottom-left{content:"Sightline report";font:8pt system-ui,sans-serif;color:#555}@bottom-right{content:"Page " counter(page) " of " counter(pages);font:8pt system-ui,sans-serif;color:#555}}
@media print{body{margin:0;max-width:none;padding:0}a{color:inherit;text-decoration:none}figure img{max-height:170mm;object-fit:contain}figure svg{max-height:200mm}}
`;

export function buildHtmlReport(input: ReportInput): string {
  const { citations, byRow } = numberCitations(input.rows);
  const esc = escapeHtml;
  const sanctioned = input.nodes.filter((n) => sanctionsOf(n).length > 0);
  const restricted = input.nodes.filter((n) => restrictionsOf(n).length > 0);
  const legend = legendFor(input.nodes, input.rows);
  const date = readerDate(input.generatedAt, input.timeZone, input.locale);
  const listed = listedIds(input.nodes);
  const named = (name: string, id: string) => `${esc(name)}${listed.has(id) ? ` <span class="listed">${LISTED_MARK}</span>` : ''}`;
  const link = (url: string) => (URL_RE.test(url) ? `<a href="${esc(url)}">${esc(url)}</a>` : esc(url));
  const listingHtml = (l: Listing) => `${esc(listingWords(l))}${l.url ? `, source ${link(l.url)}` : ''}`;
  const screening = byLabel(input.nodes).flatMap((n) => listingsOf(n).map((l) => `<tr><td>${esc(n.label)}</td><td>${esc(l.list)}</td><td>${esc(l.programs.join(', ') || 'not stated')}</td>`
    + `<td>${esc(l.since ?? 'not stated')}</td><td>${l.url ? link(l.url) : 'not given'}</td><td>${esc(matchOf(l))}</td></tr>`)).join('\n');
  const rows = input.rows.map((r, i) => `<tr><td class="num">${i + 1}</td><td>${named(r.sourceName, r.edge.source)}</td><td>${esc(r.relation)}</td><td>${named(r.targetName, r.edge.target)}</td>`
    + `<td class="status-${esc(String(r.edge.status ?? 'none'))}">${esc(statusOf(r.edge))}</td><td>${esc(yearsOf(r.edge))}</td><td class="num">${r.edge.confidence.toFixed(2)}</td>`
    + `<td>${esc(reviewOf(r.edge))}</td><td>${byRow[i]!.map((n) => `<a href="#c${n}">[${n}]</a>`).join(' ') || 'none loaded'}</td></tr>`).join('\n');
  const entities = byLabel(input.nodes).map((n) => `<tr><td>${esc(n.label)}</td><td>${esc(typeName(n.type))}</td><td>${esc(n.country ?? '')}</td>`
    + `<td>${esc(n.aliases.join('; '))}</td><td>${[...listingsOf(n).map(listingHtml), ...sanctionsOf(n).map(esc)].join('<br>')}</td>`
    + `<td class="restricted">${[...restrictionsOf(n), ...omittedOf(n)].map(esc).join('<br>')}</td></tr>`).join('\n');
  const chart = (f: ReportFigure | undefined, kind: 'timeline' | 'map', heading: string) => (f ? `<section class="${kind}"><h2>${heading}</h2><figure class="figure-${kind}">${f.svg}
<figcaption>${esc(f.caption)}</figcaption></figure></section>` : '');
  const cites = citations.map(({ n, evidence: e }) => `<li id="c${n}" value="${n}"><q>${esc(e.quote)}</q> — ${citationHtml(e)}</li>`).join('\n');
  const legendItems = legend.map((l) => l.kind === 'entity'
    ? `<li><span class="swatch" style="background:${esc(l.color)}"></span>${esc(l.label)}</li>`
    : `<li><span class="line" style="border-color:${esc(l.color)};border-top-style:${LINE_STYLES[l.dash ?? 'solid']}"></span>${esc(l.label)}</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(input.title)}</title>
<style>${PRINT_CSS}</style></head>
<body>
<header>
<h1>${esc(input.title)}</h1>
<p class="meta">${input.author ? `Prepared by ${esc(input.author)}, ` : ''}${esc(date)}, with Sightline. ${esc(summaryOf(input, citations.length))}<br>
Reopen this view: <a class="reopen" href="${esc(input.viewUrl)}">${esc(input.viewUrl)}</a></p>
</header>
<section class="method"><h2>Method</h2>
${methodNote().map((p) => `<p>${esc(p)}</p>`).join('\n')}
</section>
${input.image ? `<figure><img alt="Graph of the relationships listed below" src="${esc(input.image.src)}" width="${input.image.width}" height="${input.image.height}">
<figcaption><ul class="legend" aria-label="Legend">${legendItems}</ul><p class="marks">${marksFor(input.nodes, input.rows).map(esc).join('; ')}.</p></figcaption></figure>` : ''}
${chart(input.timeline, 'timeline', 'Timeline')}
${chart(input.map, 'map', 'Map')}
<section class="screening"><h2>Screening against watchlists</h2>
${screening ? `<p>${esc(SCREENING_INTRO)}</p>
<table class="screening"><thead><tr><th>Entity</th><th>List</th><th>Program</th><th>Listed since</th><th>Source</th><th>Match</th></tr></thead>
<tbody>
${screening}
</tbody></table>` : `<p>${esc(NO_SCREENING)}</p>`}
${sanctioned.length ? `<h3>Sanctioned, per a document</h3><ul>${sanctioned.map((n) => `<li class="flag">⚠ ${esc(n.label)}: ${sanctionsOf(n).map(esc).join('; ')}</li>`).join('')}</ul>` : ''}
</section>
${restricted.length ? `<section class="restricted"><h2>Blocked or restricted in a country</h2><p>${esc(RESTRICTED_INTRO)}</p><ul>${restricted.map((n) => `<li>⊘ ${esc(n.label)}: ${restrictionsOf(n).map(esc).join('; ')}</li>`).join('')}</ul></section>` : ''}
<h2>Relationships</h2>
<table class="relationships"><thead><tr><th>#</th><th>Source</th><th>Relationship</th><th>Target</th><th>Status</th><th>Years</th><th>Confidence</th><th>Review</th><th>Citations</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>Entities</h2>
<table class="entities"><thead><tr><th>Name</th><th>Type</th><th>Country</th><th>Aliases</th><th>Listed or sanctioned</th><th>Blocked or restricted in a country</th></tr></thead>
<tbody>
${entities}
</tbody></table>
<h2>Citations</h2>
<ol class="citations">
${cites}
</ol>
</body></html>
`;
}

export function buildMarkdownReport(input: ReportInput): string {
  const { citations, byRow } = numberCitations(input.rows);
  const md = escapeMarkdown;
  const sanctioned = input.nodes.filter((n) => sanctionsOf(n).length > 0);
  const restricted = input.nodes.filter((n) => restrictionsOf(n).length > 0);
  const legend = legendFor(input.nodes, input.rows);
  const date = readerDate(input.generatedAt, input.timeZone, input.locale);
  const listed = listedIds(input.nodes);
  const named = (name: string, id: string) => `${md(name)}${listed.has(id) ? ` \\(${LISTED_MARK}\\)` : ''}`;
  const screening = byLabel(input.nodes).flatMap((n) => listingsOf(n).map((l) => `| ${md(n.label)} | ${md(l.list)} | ${md(l.programs.join(', ') || 'not stated')} | ${md(l.since ?? 'not stated')} | ${l.url ? `<${l.url.replace(/[<>\s|]/g, encodeURIComponent)}>` : 'not given'} | ${md(matchOf(l))} |`));
  const chart = (f: ReportFigure | undefined, heading: string) => (f ? [`## ${heading}`, '', `![${heading}](${f.png})`, '', md(f.caption), ''] : []);
  const lines = [
    `# ${md(input.title)}`,
    '',
    `${input.author ? `Prepared by ${md(input.author)}, ` : ''}${md(date)}, with Sightline. ${summaryOf(input, citations.length)}`,
    '',
    `Reopen this view: <${input.viewUrl.replace(/[<>\s]/g, encodeURIComponent)}>`,
    '',
    '## Method',
    '',
    ...methodNote().flatMap((p) => [md(p), '']),
    ...(input.image ? [`![Graph of the relationships listed below](${input.image.src})`, ''] : []),
    ...(legend.length ? [`Legend: ${legend.map((l) => `${l.kind === 'entity' ? '■' : '—'} ${md(l.label)}`).join(', ')}.`, '', `${marksFor(input.nodes, input.rows).map(md).join('; ')}.`, ''] : []),
    ...chart(input.timeline, 'Timeline'),
    ...chart(input.map, 'Map'),
    '## Screening against watchlists',
    '',
    ...(screening.length ? [md(SCREENING_INTRO), '', '| Entity | List | Program | Listed since | Source | Match |', '|---|---|---|---|---|---|', ...screening, ''] : [md(NO_SCREENING), '']),
    ...(sanctioned.length ? ['### Sanctioned, per a document', '', ...sanctioned.map((n) => `- ⚠ ${md(n.label)}: ${sanctionsOf(n).map(md).join('; ')}`), ''] : []),
    ...(restricted.length ? ['## Blocked or restricted in a country', '', md(RESTRICTED_INTRO), '', ...restricted.map((n) => `- ⊘ ${md(n.label)}: ${restrictionsOf(n).map(md).join('; ')}`), ''] : []),
    '## Relationships',
    '',
    '| # | Source | Relationship | Target | Status | Years | Confidence | Review | Citations |',
    '|---|---|---|---|---|---|---|---|---|',
    ...input.rows.map((r, i) => `| ${i + 1} | ${named(r.sourceName, r.edge.source)} | ${md(r.relation)} | ${named(r.targetName, r.edge.target)} | ${md(statusOf(r.edge))} | ${yearsOf(r.edge)} | ${r.edge.confidence.toFixed(2)} | ${md(reviewOf(r.edge))} | ${byRow[i]!.map((n) => `[${n}]`).join(' ') || 'none loaded'} |`),
    '',
    '## Entities',
    '',
    '| Name | Type | Country | Aliases | Listed or sanctioned | Blocked or restricted in a country |',
    '|---|---|---|---|---|---|',
    ...byLabel(input.nodes).map((n) => `| ${md(n.label)} | ${md(typeName(n.type))} | ${md(n.country ?? '')} | ${md(n.aliases.join('; '))} | ${flagsOf(n).map(md).join('; ')} | ${[...restrictionsOf(n), ...omittedOf(n)].map(md).join('; ')} |`),
    '',
    '## Citations',
    '',
    ...citations.map(({ n, evidence: e }) => `${n}. “${md(e.quote)}” — ${md(e.citation)}${e.disputed ? ' _\\(a person marked this sentence as not supporting the relationship\\)_' : ''}`),
    '',
  ];
  return lines.join('\n');
}
