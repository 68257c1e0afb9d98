/**
 * @module The report builder's dialog: asks the analyst for the question the report answers (offered
 * from what is drawn) and the author, then writes the report as HTML (which prints to a clean PDF),
 * as Markdown, or opens it in a tab to print. Loaded when first asked for, not with the first view.
 */
import type { EdgeData, NodeData, RelationshipDetail } from '../api/types.ts';
import { printPicture } from '../canvas/print.ts';
import type { Explorer } from '../explorer.ts';
import { mapFigure, timelineFigure } from '../figures/report-figures.ts';
import { buildHtmlReport, buildMarkdownReport, suggestTitle, type ReportInput, type ReportRow } from '../graph/report.ts';
import { relationDisplay } from '../style/cy-style.ts';
import { download, fill, h } from '../ui/dom.ts';
import { showError } from '../ui/notify.ts';

export const reportDefaults = {
  /** Evidence requests in parallel while building a report; the API is rate-limited. */
  concurrency: 4,
  /** Where the author's name is remembered between reports, in this browser only. */
  authorKey: 'sightline.report.author',
};

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  }));
  return out;
}

/** The reopen link on the server's public address (PUBLIC_URL) when it has one, else the address in use. */
async function reopenUrl(x: Explorer): Promise<string> {
  const here = new URL(x.shareUrl());
  const publicUrl = await x.api.about().then((a) => a.publicUrl).catch(() => null);
  return publicUrl ? `${publicUrl}/${here.hash}` : here.href;
}

export async function reportInput(x: Explorer, title: string, author: string): Promise<ReportInput> {
  const { nodes, edges } = x.visible();
  // Read before any request: while they run the busy notice can wrap the top bar, which resizes the
  // map panel and, for that moment, what part of the world it shows.
  const mapView = x.mapView;
  const names = new Map(nodes.map((n) => [n.id(), n.data('label') as string]));
  const edgeData = edges.map((e) => e.data() as EdgeData);
  const details = await mapLimited(edgeData, reportDefaults.concurrency, (e) => x.api.relationship(e.id).catch((): RelationshipDetail | null => null));
  const rows: ReportRow[] = edgeData.map((edge, i) => ({
    edge, relation: relationDisplay(edge.type), sourceName: names.get(edge.source) ?? edge.source, targetName: names.get(edge.target) ?? edge.target, evidence: details[i]?.evidence ?? [],
  }));
  const nodeData = nodes.map((n) => n.data() as NodeData);
  // What the canvas shows, so both pictures follow the filters and the timeline's period (and the map
  // the panel's zoom); a picture
  // that cannot be drawn (the API refused) leaves the report without it rather than without a report.
  const figures = { api: x.api, nodes: nodeData, edges: edgeData, period: x.period, mapView };
  const [timeline, map] = await Promise.all([timelineFigure(figures).catch(() => undefined), mapFigure(figures).catch(() => undefined)]);
  return {
    title, author: author || undefined, generatedAt: new Date(), viewUrl: await reopenUrl(x), image: printPicture(x.cy),
    timeline, map, period: x.period, nodes: nodeData, rows,
  };
}

function stamp(): string {
  return new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
}

let dialog: HTMLDialogElement | undefined;

/** Opens the dialog; focus goes to the question and comes back to `returnTo` when it closes. */
export function openReport(x: Explorer, returnTo?: HTMLElement | null): void {
  if (x.cy.nodes(':visible').empty()) { showError('Nothing to report: the canvas is empty.', 'info'); return; }
  dialog ??= document.body.appendChild(h('dialog', { id: 'report-dialog', 'aria-labelledby': 'report-dialog-title' }));
  const d = dialog;
  const { nodes, edges } = x.visible();
  const title = h('input', { id: 'report-title', type: 'text', required: true, value: suggestTitle(nodes.map((n) => n.data() as NodeData), edges.map((e) => e.data() as EdgeData)) });
  const author = h('input', { id: 'report-author', type: 'text', autocomplete: 'name', value: localStorage.getItem(reportDefaults.authorKey) ?? '' });
  const status = h('p', { class: 'muted', role: 'status' });
  const make = async (format: 'html' | 'markdown' | 'print') => {
    const question = title.value.trim();
    if (!question) { title.focus(); status.textContent = 'Give the report a title or the question it answers.'; return; }
    localStorage.setItem(reportDefaults.authorKey, author.value.trim());
    status.textContent = 'Building the report…';
    const input = await reportInput(x, question, author.value.trim());
    const text = format === 'markdown' ? buildMarkdownReport(input) : buildHtmlReport(input);
    const blob = new Blob([text], { type: format === 'markdown' ? 'text/markdown' : 'text/html' });
    if (format === 'print') window.open(URL.createObjectURL(blob), '_blank', 'noopener');
    else download(blob, `sightline-report-${stamp()}.${format === 'html' ? 'html' : 'md'}`);
    status.textContent = '';
    d.close();
  };
  fill(d,
    h('h2', { id: 'report-dialog-title' }, 'Report'),
    h('p', { class: 'muted' }, 'A document of what is drawn: the picture with its legend, the timeline and the map, the screening against imported watchlists, every relationship with its status, confidence and review, the entities, and numbered citations.'),
    h('label', { class: 'field' }, 'Title or question the report answers', title),
    h('label', { class: 'field' }, 'Author', author),
    status,
    h('div', { class: 'actions' },
      h('button', { id: 'report-html', class: 'primary', onclick: () => void make('html') }, 'Download HTML'),
      h('button', { id: 'report-md', onclick: () => void make('markdown') }, 'Download Markdown'),
      h('button', { id: 'report-print', title: 'Opens the report in a tab, where the browser\'s Print saves it as PDF', onclick: () => void make('print') }, 'Open to print or save as PDF'),
      h('button', { onclick: () => d.close() }, 'Cancel')));
  d.addEventListener('close', () => returnTo?.focus(), { once: true });
  d.showModal();
  title.focus();
  title.select();
}
