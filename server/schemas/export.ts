/**
 * @module The export formats the API offers, by name: the route validates with this list, the
 * exporters are keyed by it (server/export/index.ts), and the explorer offers the same names.
 */
import { z } from 'zod';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cypher', 'ftm'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
