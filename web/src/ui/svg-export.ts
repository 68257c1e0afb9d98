/**
 * @module Saving a drawn SVG view (timeline, map) as an SVG file or a PNG image, in the browser, with
 * no request: the SVG is serialised as it stands (its look is in attributes, not in the page's CSS),
 * and the PNG is that SVG painted onto a canvas.
 */
import { download } from './dom.ts';

export const svgExportDefaults = {
  /** PNG pixels per SVG unit: sharp enough for a printed report. */
  pngScale: 2,
  background: '#ffffff',
};

/** A standalone SVG document of the view, on a white background, at its drawn size. */
export function svgDocument(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.setAttribute('font-family', 'system-ui, sans-serif');
  // Interaction layers (the brush's handles) mean nothing on paper.
  copy.querySelectorAll('[data-export="skip"]').forEach((el) => el.remove());
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', svgExportDefaults.background);
  copy.insertBefore(bg, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, filename: string): void {
  download(new Blob([svgDocument(svg)], { type: 'image/svg+xml' }), filename);
}

export async function pngOf(svg: SVGSVGElement): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([svgDocument(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * svgExportDefaults.pngScale));
    canvas.height = Math.max(1, Math.round(height * svgExportDefaults.pngScale));
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadPng(svg: SVGSVGElement, filename: string): Promise<void> {
  download(await pngOf(svg), filename);
}

/** Date and time for file names, as the canvas exports name theirs. */
export function stamp(): string {
  return new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
}
