/**
 * @module The API's answer shapes as the explorer reads them: the types the server's zod schemas
 * infer (server/schemas/), imported type-only, so the contract is declared once and nothing of the
 * server reaches the bundle. Kept free of DOM and fetch so graph logic and tests can import them.
 */
import type { ConsoleAnswer } from '../../../server/schemas/console.ts';
import type { DocumentAnswer, DocumentSearchAnswer, DocumentSearchHit, DocumentSummary, IngestAnswer } from '../../../server/schemas/documents.ts';
import type { EntityAnswer, SearchResult } from '../../../server/schemas/entities.ts';
import type { EdgeData, Flag, Graph, NodeData, PathsAnswer, SupplyChainAnswer } from '../../../server/schemas/graph.ts';
import type { EvidenceAnswer, RelationshipAnswer } from '../../../server/schemas/relationships.ts';
import type { AboutAnswer, HealthAnswer, StatsAnswer } from '../../../server/schemas/status.ts';
import type { ExportFormat } from '../../../server/schemas/export.ts';
import type { Change } from '../../../server/schemas/curation.ts';
import type { TimelineAnswer } from '../../../server/schemas/timeline.ts';
import type { GeoAnswer } from '../../../server/schemas/geo.ts';
import type { z } from 'zod';
import type { CaseFile, Investigation, ReviewQueueAnswer } from '../../../server/schemas/investigations.ts';

export type { ConsoleAnswer, DocumentSearchAnswer, DocumentSearchHit, DocumentSummary, EdgeData, ExportFormat, Flag, Graph, NodeData, SearchResult };
export type GraphNode = Graph['nodes'][number];
export type GraphEdge = Graph['edges'][number];
export type Health = HealthAnswer;
export type About = AboutAnswer;
export type Stats = StatsAnswer;
export type EntityDetail = EntityAnswer;
export type SupplyChain = SupplyChainAnswer;
export type Paths = PathsAnswer;
export type PathRef = SupplyChainAnswer['entries'][number]['paths'][number];
export type Evidence = EvidenceAnswer;
export type RelationshipDetail = RelationshipAnswer;
export type DocumentDetail = DocumentAnswer;
export type { IngestAnswer };
export type { CaseFile, Change, Investigation };
export type ReviewQueue = ReviewQueueAnswer;
export type ReviewItem = ReviewQueueAnswer['items'][number];
export type InvestigationSummary = Omit<Investigation, 'state'>;
export type Timeline = z.infer<typeof TimelineAnswer>;
export type TimelineItem = Timeline['items'][number];
export type Located = z.infer<typeof GeoAnswer>['entities'][number];
