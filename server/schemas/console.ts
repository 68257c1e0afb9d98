/**
 * @module The read-only Cypher console's answer: columns and rows, plus the entities and links among
 * them as elements.
 */
import { z } from 'zod';
import { EdgeDataSchema, NodeDataSchema } from './graph.ts';

export const ConsoleAnswer = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  nodes: z.array(z.object({ data: NodeDataSchema })),
  edges: z.array(z.object({ data: EdgeDataSchema })),
  truncated: z.boolean(),
});
