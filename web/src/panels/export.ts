/**
 * @module Getting a view out of the explorer: PNG and SVG pictures drawn in the browser; JSON, GraphML,
 * GEXF and CSV through POST /api/export with the visible ids; the report builder (panels/report.ts);
 * and the link that reopens the view.
 */
import type { Core } from 'cytoscape';
import type { ExportFormat } from '../api/types.ts';
import { loadSvgExport } from '../canvas/canvas.ts';
import type { Explorer } from '../explorer.ts';
import { $, download, fill, h } from '../ui/dom.ts';
import { showError } from '../ui/notify.ts';

export const exportDefaults = {
  /** Pixel scale of PNG exports; 2 prints sharply on a report page. */
  pngScale: 2,
};

function stamp(): string {
  return new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
}

/** The picture of the visible graph; white background, because reports are printed on white. */
export function pngBlob(cy: Core): Blob {
  return cy.png({ output: 'blob', full: true, scale: exportDefaults.pngScale, bg: '#ffffff' }) as unknown as Blob;
}

export function mountExport(x: Explorer): void {
  const serverFormat = async (format: ExportFormat, part?: 'nodes' | 'edges') => {
    const { nodes, edges } = x.visible();
    const file = await x.api.export(format, nodes.map((n) => n.id()), edges.map((e) => e.id()), part).catch(() => null);
    if (file) download(file.blob, file.filename);
  };
  // The report builder is loaded on first use: the first view has no need of it.
  const report = async () => (await import('./report.ts')).openReport(x, menu.closest('details')?.querySelector('summary'));
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
    item('SVG image', 'export-svg', async () => {
      await loadSvgExport();
      download(new Blob([x.cy.svg({ full: true, scale: 1, bg: '#ffffff' })], { type: 'image/svg+xml' }), `sightline-${stamp()}.svg`);
    }),
    item('Report (HTML, PDF, Markdown)…', 'export-report', report),
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
