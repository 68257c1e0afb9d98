/**
 * @module Getting a view out of the explorer: PNG and SVG pictures drawn in the browser; JSON, GraphML,
 * GEXF and CSV through POST /api/export with the visible ids; a report (HTML or Markdown) with the
 * picture, every relationship shown and numbered citations; and the link that reopens the view.
 */
import type { Core } from 'cytoscape';
import type { EdgeData, ExportFormat, NodeData, RelationshipDetail } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { buildHtmlReport, buildMarkdownReport, type ReportRow } from '../graph/report.ts';
import { relationDisplay } from '../style/cy-style.ts';
import { $, download, fill, h } from '../ui/dom.ts';
import { showError } from '../ui/notify.ts';

export const exportDefaults = {
  /** Pixel scale of PNG exports; 2 prints sharply on a report page. */
  pngScale: 2,
  /** Evidence requests in parallel while building a report; the API is rate-limited. */
  reportConcurrency: 4,
};

function stamp(): string {
  return new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
}

/** The picture of the visible graph; white background, because reports are printed on white. */
export function pngBlob(cy: Core): Blob {
  return cy.png({ output: 'blob', full: true, scale: exportDefaults.pngScale, bg: '#ffffff' }) as unknown as Blob;
}

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

export async function buildReport(x: Explorer, format: 'html' | 'markdown'): Promise<string> {
  const { nodes, edges } = x.visible();
  const names = new Map(nodes.map((n) => [n.id(), n.data('label') as string]));
  const details = await mapLimited(edges.map((e) => e.data() as EdgeData), exportDefaults.reportConcurrency,
    (e) => x.api.relationship(e.id).catch((): RelationshipDetail | null => null));
  const rows: ReportRow[] = edges.map((e, i) => {
    const edge = e.data() as EdgeData;
    return { edge, relation: relationDisplay(edge.type), sourceName: names.get(edge.source) ?? edge.source, targetName: names.get(edge.target) ?? edge.target, evidence: details[i]?.evidence ?? [] };
  });
  const input = {
    title: `Sightline report: ${nodes.length} entities, ${edges.length} relationships`,
    generatedAt: new Date(),
    viewUrl: x.shareUrl(),
    image: x.cy.png({ full: true, scale: exportDefaults.pngScale, bg: '#ffffff' }),
    nodes: nodes.map((n) => n.data() as NodeData),
    rows,
  };
  return format === 'html' ? buildHtmlReport(input) : buildMarkdownReport(input);
}

export function mountExport(x: Explorer): void {
  const serverFormat = async (format: ExportFormat, part?: 'nodes' | 'edges') => {
    const { nodes, edges } = x.visible();
    const file = await x.api.export(format, nodes.map((n) => n.id()), edges.map((e) => e.id()), part).catch(() => null);
    if (file) download(file.blob, file.filename);
  };
  const report = async (format: 'html' | 'markdown') => {
    const text = await buildReport(x, format);
    download(new Blob([text], { type: format === 'html' ? 'text/html' : 'text/markdown' }), `sightline-report-${stamp()}.${format === 'html' ? 'html' : 'md'}`);
  };
  const menu = $('#export-menu');
  // The menu is a <details>; it closes once a choice is made, as menus do.
  const closeMenu = () => menu.closest('details')?.removeAttribute('open');
  const item = (label: string, id: string, run: () => unknown) => h('button', { id, role: 'menuitem', onclick: () => {
    closeMenu();
    if (x.cy.nodes(':visible').empty()) { showError('Nothing to export: the canvas is empty.', 'info'); return; }
    void run();
  } }, label);
  fill(menu,
    item('PNG image', 'export-png', () => download(pngBlob(x.cy), `sightline-${stamp()}.png`)),
    item('SVG image', 'export-svg', () => download(new Blob([x.cy.svg({ full: true, scale: 1, bg: '#ffffff' })], { type: 'image/svg+xml' }), `sightline-${stamp()}.svg`)),
    item('Report (HTML)', 'export-report-html', () => report('html')),
    item('Report (Markdown)', 'export-report-md', () => report('markdown')),
    item('JSON (Cytoscape elements)', 'export-json', () => serverFormat('json')),
    item('GraphML', 'export-graphml', () => serverFormat('graphml')),
    item('GEXF (Gephi)', 'export-gexf', () => serverFormat('gexf')),
    item('CSV: relationships', 'export-csv', () => serverFormat('csv', 'edges')),
    item('CSV: entities', 'export-csv-nodes', () => serverFormat('csv', 'nodes')),
    h('button', { id: 'copy-link', role: 'menuitem', onclick: async () => {
      closeMenu();
      const url = x.shareUrl();
      try {
        await navigator.clipboard.writeText(url);
        showError('Link to this view copied.', 'info');
      } catch {
        // Clipboard access needs a secure context; the address bar always carries the same link.
        showError('Copy the address bar: it always holds the link to this view.', 'info');
      }
    } }, 'Copy link to this view'));
}
