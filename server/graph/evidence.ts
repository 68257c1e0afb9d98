/**
 * @module Evidence items as stored: JSON strings on each relationship (cypher/README.md). Parsed here,
 * once, and leniently: one malformed item must not hide the others from an analyst checking a link.
 */
import { z } from 'zod';
import { ANALYST_SUPPORT, type AnalystSupportKind } from '../../cypher/ontology.ts';
import { formatCitation, type CitedSource } from './citation.ts';

export const StoredEvidenceSchema = z.object({
  doc: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  rule: z.string(),
  confidence: z.number(),
  year: z.number().int().nullish(),
  status: z.string().nullish(),
  detail: z.string().nullish(),
  page: z.number().int().nullish(),
});

export type StoredEvidence = z.infer<typeof StoredEvidenceSchema>;

/** Support a person added by hand (server/curation/relationships.ts), kept apart from extracted evidence. */
export const AnalystEvidenceSchema = z.object({
  kind: z.enum(ANALYST_SUPPORT.map((k) => k.kind) as [AnalystSupportKind, ...AnalystSupportKind[]]),
  quote: z.string(),
  doc: z.string().optional(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
  date: z.string().optional(),
  confidence: z.number(),
  addedBy: z.string(),
  addedAt: z.string(),
});

export type AnalystEvidence = z.infer<typeof AnalystEvidenceSchema>;

export function parseAnalystEvidence(items: readonly string[] | null | undefined): AnalystEvidence[] {
  return (items ?? []).flatMap((text) => {
    try {
      const parsed = AnalystEvidenceSchema.safeParse(JSON.parse(text));
      return parsed.success ? [parsed.data] : [];
    } catch {
      return [];
    }
  });
}

export function parseEvidence(items: readonly string[] | null | undefined): StoredEvidence[] {
  return (items ?? []).flatMap((text) => {
    try {
      const parsed = StoredEvidenceSchema.safeParse(JSON.parse(text));
      return parsed.success ? [parsed.data] : [];
    } catch {
      return [];
    }
  });
}

/** What a SANCTIONS or RESTRICTS link is "under": the first named program or order in its evidence. */
export function detailOf(items: StoredEvidence[]): string | undefined {
  return items.find((e) => e.detail)?.detail ?? undefined;
}

export type CitedDocument = CitedSource;

/**
 * An evidence item as answers show it: its document's title (the id when the document is gone),
 * publisher, date, URL and page beside the quote, the citation in the house style (graph/citation.ts),
 * and absent fields left out rather than sent as null.
 */
export function citeEvidence(e: StoredEvidence, document: CitedDocument | undefined) {
  return {
    doc: e.doc,
    documentTitle: document?.title ?? e.doc,
    citation: formatCitation(document, e.page, e.doc),
    ...(document?.publisher ? { publisher: document.publisher } : {}),
    ...(document?.date != null ? { date: String(document.date) } : {}),
    ...(document?.url ? { url: document.url } : {}),
    ...(e.page != null ? { page: e.page } : {}),
    quote: e.quote,
    start: e.start,
    end: e.end,
    rule: e.rule,
    confidence: e.confidence,
    ...(e.year != null ? { year: e.year } : {}),
    ...(e.status ? { status: e.status } : {}),
    ...(e.detail ? { detail: e.detail } : {}),
  };
}
