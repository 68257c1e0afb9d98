/**
 * @module Loads what an export needs: the entities with flags, the relationships among them with
 * their evidence parsed, and the cited documents' metadata.
 */
import type { Repository } from '../plugins/repository.ts';
import { toEdgeData, type EdgeRow } from '../graph/elements.ts';
import { citeEvidence, parseEvidence } from '../graph/evidence.ts';
import { nodesFor } from '../graph/subgraph.ts';
import { toSummary, type DocumentRow } from '../graph/documents.ts';
import type { ExportGraph } from './model.ts';

export async function loadExportGraph(repo: Repository, nodeIds: readonly string[], relationshipIds?: readonly string[]): Promise<ExportGraph> {
  const [nodes, edgeRows] = await Promise.all([
    nodesFor(repo, nodeIds),
    repo.many<{ edge: EdgeRow; evidence: string[] }>('exportEdges', { ids: nodeIds, relIds: relationshipIds ?? null }),
  ]);
  const parsed = edgeRows.map((r) => ({ edge: toEdgeData(r.edge), evidence: parseEvidence(r.evidence) }));
  const docIds = [...new Set(parsed.flatMap((p) => p.evidence.map((e) => e.doc)))];
  const docRows = docIds.length === 0 ? [] : await repo.many<{ document: DocumentRow }>('documentsByIds', { ids: docIds });
  const documents = docRows.map((r) => toSummary(r.document));
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  return {
    nodes,
    edges: parsed.map(({ edge, evidence }) => ({
      ...edge,
      // Publisher and date stay on the documents list, where citations read them once per source.
      evidence: evidence.map((e) => citeEvidence(e, { title: titles.get(e.doc) })),
    })),
    documents: documents.map((d) => ({ id: d.id, title: d.title, source: d.source, ...(d.publisher ? { publisher: d.publisher } : {}), ...(d.date ? { date: d.date } : {}) })),
    exportedAt: new Date().toISOString(),
  };
}
