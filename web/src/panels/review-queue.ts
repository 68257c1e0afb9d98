/**
 * @module The review queue: the relationships nobody has reviewed, what matters most first (GET
 * /api/review-queue), triaged from the keyboard while the panel is open: j / ↓ next, k / ↑ previous,
 * c confirm, x reject (the note field takes the reason, Enter sends it), e edit (the evidence view
 * with its corrections), o open the document of its first sentence. The count of what is left
 * follows every verdict.
 */
import { ApiError } from '../api/client.ts';
import type { ReviewItem } from '../api/types.ts';
import type { Explorer } from '../explorer.ts';
import { relationDisplay } from '../style/cy-style.ts';
import { $, h } from '../ui/dom.ts';
import { isCurrent, openSide } from '../ui/side.ts';
import { showEdgeChange } from './curation.ts';

export const reviewQueueDefaults = {
  /** Items fetched at a time; the next ones are fetched when the analyst reaches the end. */
  page: 50,
};

export function mountReviewQueue(x: Explorer): void {
  let ticket = -1;
  let items: ReviewItem[] = [];
  let remaining = 0;
  let at = 0;
  const list = h('ol', { class: 'queue' });
  const count = h('p', { class: 'queue-count', 'aria-live': 'polite' });
  const note = h('input', { type: 'text', class: 'queue-note', placeholder: 'Why reject (x, then Enter)', 'aria-label': 'Reason to reject' });
  const out = h('p', { class: 'outcome' });
  const open = () => isCurrent(ticket);

  const render = () => {
    count.textContent = `${remaining} relationship${remaining === 1 ? '' : 's'} left to review`;
    list.replaceChildren(...items.map((item, i) => {
      const r = item.relationship;
      return h('li', { class: i === at ? 'current' : '', 'data-edge': r.id, 'aria-current': i === at ? 'true' : undefined, onclick: () => { at = i; render(); } },
        h('strong', {}, r.sourceName), ' ', h('em', {}, relationDisplay(r.type)), ' ', h('strong', {}, r.targetName),
        h('span', { class: 'muted' }, ` · ${item.reasons.join(', ') || 'well supported'} · confidence ${r.confidence.toFixed(2)}`));
    }));
    list.querySelector('li.current')?.scrollIntoView({ block: 'nearest' });
  };
  const load = async () => {
    const answer = await x.api.reviewQueue(0, reviewQueueDefaults.page);
    items = answer.items;
    remaining = answer.remaining;
    at = Math.min(at, Math.max(0, items.length - 1));
    render();
  };
  const show = () => {
    ticket = openSide('Review queue',
      h('p', { class: 'muted' }, 'j/↓ next · k/↑ previous · c confirm · x reject · e edit · o open the document'),
      count, note, out, list);
    // Opened by its button or Shift+R: the keys it lists act where focus is, so focus goes into it.
    $('#side-title').focus();
    void load();
  };
  const decide = async (decision: 'confirm' | 'reject') => {
    const item = items[at];
    if (!item) return;
    try {
      const reason = note.value.trim();
      const { change } = await x.api.review(item.relationship.id, { decision, version: item.version, ...(reason ? { note: reason } : {}) });
      showEdgeChange(x, change, [item.relationship.id]);
      note.value = '';
      out.replaceChildren(`${decision === 'confirm' ? 'Confirmed' : 'Rejected'}: ${item.relationship.sourceName} ${relationDisplay(item.relationship.type)} ${item.relationship.targetName}`);
      await load();
    } catch (e) {
      out.replaceChildren(h('span', { class: 'error-text' }, e instanceof ApiError && e.status === 409 ? `Someone else reviewed it first: ${e.message}` : (e as Error).message));
      await load();
    }
  };
  const openDocument = async () => {
    const item = items[at];
    if (!item) return;
    const detail = await x.api.relationship(item.relationship.id);
    const first = detail.evidence[0];
    if (first) x.emit('open-document', first.doc, { start: first.start, end: first.end, quote: first.quote });
  };

  note.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void decide('reject');
    }
  });
  // Captured before the explorer's own shortcuts, whose `e` expands and `x` is free: while the queue
  // is open its keys mean triage.
  document.addEventListener('keydown', (e) => {
    if (!open() || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement;
    if (t.closest('input, textarea, select, [contenteditable]') || document.querySelector('dialog[open]:modal')) return;
    // The canvas walks its own arrow keys (canvas/keyboard.ts) while the queue is open beside it; j and k still move the queue.
    if (e.key.startsWith('Arrow') && t.closest('[role=application]')) return;
    const keys: Record<string, () => void> = {
      j: () => { at = Math.min(at + 1, items.length - 1); render(); },
      ArrowDown: () => { at = Math.min(at + 1, items.length - 1); render(); },
      k: () => { at = Math.max(at - 1, 0); render(); },
      ArrowUp: () => { at = Math.max(at - 1, 0); render(); },
      c: () => void decide('confirm'),
      x: () => (note.value.trim() ? void decide('reject') : note.focus()),
      e: () => { const item = items[at]; if (item) x.emit('select-edge', item.relationship.id); },
      o: () => void openDocument(),
    };
    const run = keys[e.key];
    if (!run) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    run();
  }, { capture: true });
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.key !== 'R' || t.closest('input, textarea, select, [contenteditable]') || document.querySelector('dialog[open]:modal')) return;
    e.preventDefault();
    show();
  });
  $('#open-review').addEventListener('click', show);
}
