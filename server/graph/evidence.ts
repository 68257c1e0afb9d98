/**
 * @module Evidence items as stored: JSON strings on each relationship (cypher/README.md). Parsed here,
 * once, and leniently: one malformed item must not hide the others from an analyst checking a link.
 */
import { z } from 'zod';

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
});

export type StoredEvidence = z.infer<typeof StoredEvidenceSchema>;

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
