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

export interface Size { width: number; height: number }

/**
 * A standalone SVG document of the view, on a white background, at its drawn size (or `size`, for
 * one drawn off screen), with a viewBox so it scales to the width of a printed page.
 */
export function svgDocument(svg: SVGSVGElement, size: Size = svg.getBoundingClientRect()): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const [width, height] = [Math.round(size.width), Math.round(size.height)];
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
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

/** An SVG document painted onto a canvas at `pngScale` pixels per unit. */
async function paint(svgText: string, { width, height }: Size): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * svgExportDefaults.pngScale));
    canvas.height = Math.max(1, Math.round(height * svgExportDefaults.pngScale));
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function pngOf(svg: SVGSVGElement): Promise<Blob> {
  const size = svg.getBoundingClientRect();
  const canvas = await paint(svgDocument(svg, size), size);
  return new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** A standalone SVG document as a PNG data URL, for documents that carry their images inline (Markdown). */
export async function pngDataUrl(svgText: string, size: Size): Promise<string> {
  return (await paint(svgText, size)).toDataURL('image/png');
}

export async function downloadPng(svg: SVGSVGElement, filename: string): Promise<void> {
  download(await pngOf(svg), filename);
}

/** Date and time for file names, as the canvas exports name theirs. */
export function stamp(): string {
  return new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
}
