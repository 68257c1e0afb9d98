/**
 * @module Document shapes of the API contract and the conversion from stored properties.
 */
import { z } from 'zod';

export const DocumentSummary = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  date: z.string().optional(),
  length: z.number().int(),
  ingestedAt: z.string(),
});

export type DocumentRow = {
  id: string;
  title: string | null;
  source: string | null;
  publisher: string | null;
  author: string | null;
  date: unknown;
  length: number | null;
  ingestedAt: unknown;
  text?: string | null;
};

/** Neo4j temporal values and strings alike become ISO-ish text; absent optional fields are left out. */
export function toSummary(d: DocumentRow): z.infer<typeof DocumentSummary> {
  return {
    id: d.id,
    title: d.title ?? d.source ?? d.id,
    source: d.source ?? '',
    ...(d.publisher ? { publisher: d.publisher } : {}),
    ...(d.author ? { author: d.author } : {}),
    ...(d.date != null ? { date: String(d.date) } : {}),
    length: d.length ?? d.text?.length ?? 0,
    ingestedAt: d.ingestedAt == null ? '' : String(d.ingestedAt),
  };
}
