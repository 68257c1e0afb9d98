/**
 * @module Suggestions as you type, from GET /api/search: name, type and country per entry, arrow keys
 * and Enter to choose. Shared by the main search box and the "connected to…" field of the inspector.
 */
import type { Api } from '../api/client.ts';
import type { SearchResult } from '../api/types.ts';
import { entityColor } from '../style/cy-style.ts';
import { fill, h } from './dom.ts';

export const suggestDefaults = {
  /** Waits for a pause in typing so each keystroke does not cost a request. */
  debounceMs: 150,
  limit: 8,
};

let lists = 0;

/**
 * Returns the box holding the input and its list; put it in the DOM where the input should be. The
 * input is an ARIA combobox: it names its list (aria-controls), says whether it is open
 * (aria-expanded) and which option the arrows are on (aria-activedescendant), so a screen reader
 * follows the suggestions while focus stays in the box.
 */
export function attachSuggest(input: HTMLInputElement, api: Api, onChoose: (r: SearchResult) => void): HTMLElement {
  const listId = `suggest-list-${++lists}`;
  const list = h('ul', { class: 'suggest', id: listId, role: 'listbox', 'aria-label': 'Matching entities', hidden: true });
  const box = input.parentElement?.classList.contains('suggest-wrap') ? input.parentElement : h('div', { class: 'suggest-wrap' }, input);
  box.append(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  let results: SearchResult[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | undefined;

  const close = () => {
    list.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const choose = (r: SearchResult) => { close(); input.value = ''; onChoose(r); };
  const render = () => {
    fill(list, results.length === 0
      ? h('li', { class: 'suggest-empty' }, 'No entity matches')
      : results.map((r, i) => h('li', {
        role: 'option', id: `${listId}-${i}`, class: i === active ? 'active' : '', 'aria-selected': String(i === active), 'data-id': r.id,
        onmousedown: ((e: Event) => { e.preventDefault(); choose(r); }) as EventListener,
      },
      h('span', { class: 'swatch', style: `background:${entityColor(r.type)}` }),
      h('span', { class: 'suggest-name' }, r.name),
      h('span', { class: 'suggest-meta' }, [r.type, r.country].filter(Boolean).join(' · ')),
      r.aliases.length ? h('span', { class: 'suggest-aliases' }, r.aliases.slice(0, 3).join(', ')) : null)));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0 && results.length) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(async () => {
      inflight?.abort();
      inflight = new AbortController();
      try {
        results = (await api.search(q, { limit: suggestDefaults.limit }, inflight.signal)).results;
        active = results.length ? 0 : -1;
        if (input.value.trim() === q) render();
      } catch {
        // Aborted by a newer keystroke, or already reported by the client's error banner.
      }
    }, suggestDefaults.debounceMs);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + results.length) % Math.max(results.length, 1);
      render();
    } else if (e.key === 'Enter' && results[active]) {
      e.preventDefault();
      choose(results[active]!);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return box;
}
