/**
 * @module The panels the first view does not draw: the inspector and evidence (opened by a click),
 * expansion, analyst views, documents, ingest, export and reports, the review queue, saved
 * investigations, the table view, and the timeline and map (d3 and the world's boundaries are most of their weight). main.ts imports this module dynamically, so its code and curation's come as a
 * second script, fetched while the first view's data loads instead of before the first paint.
 */
import type { Explorer } from '../explorer.ts';
import { mountDocumentSearch } from './document-search.ts';
import { mountDocumentView } from './document.ts';
import { mountEvidence } from './evidence.ts';
import { mountExpand } from './expand.ts';
import { mountExport } from './export.ts';
import { mountIngest } from './ingest.ts';
import { mountInspector } from './inspector.ts';
import { mountInvestigations } from './investigations.ts';
import { mountMap } from './map.ts';
import { mountReviewQueue } from './review-queue.ts';
import { mountTableView } from './table-view.ts';
import { mountTimeline } from './timeline.ts';
import { mountViews } from './views.ts';

export { openInvestigation } from './investigations.ts';

export function mountDeferred(x: Explorer): void {
  for (const mount of [mountInspector, mountEvidence, mountDocumentView, mountDocumentSearch, mountExpand, mountViews, mountIngest, mountExport, mountReviewQueue, mountInvestigations, mountTimeline, mountMap, mountTableView]) mount(x);
}
