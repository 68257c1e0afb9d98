/**
 * @module How the app tells the analyst about itself: a loading indicator while requests or layouts
 * run, a banner while the API or database is down, and short-lived error messages.
 */
import type { ApiError } from '../api/client.ts';
import { $, fill, h } from './dom.ts';

export const notifyDefaults = {
  /** Messages go away on their own; outages stay until the API answers again. */
  messageMs: 8_000,
};

export function showLoading(busy: boolean): void {
  const el = $('#loading');
  el.hidden = !busy;
  document.body.setAttribute('aria-busy', String(busy));
}

export function showDown(error: ApiError | null): void {
  const el = $('#down-banner');
  el.hidden = !error;
  if (error) fill(el, h('strong', {}, 'The API or database is down. '), `${error.message}. Retrying automatically…`);
}

export function showError(message: string, kind: 'error' | 'info' = 'error'): void {
  const area = $('#errors');
  const item = h('div', { class: `${kind}-banner`, role: kind === 'error' ? 'alert' : 'status' }, message,
    h('button', { class: 'close', 'aria-label': 'Dismiss', onclick: () => item.remove() }, '×'));
  area.append(item);
  setTimeout(() => item.remove(), notifyDefaults.messageMs);
}

