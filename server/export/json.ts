/**
 * @module Cytoscape.js elements JSON (what `cy.json()` and `cy.add()` read), with each edge's evidence
 * in its data so the file alone is enough to check every link. Written element by element, laid out
 * exactly as `JSON.stringify(file, null, 2)` lays out the whole file.
 */
import type { Exporter } from './model.ts';

/** A JSON array written a page at a time, indented as `JSON.stringify(…, null, 2)` would at `depth`. */
class JsonArray {
  private count = 0;
  private readonly pad: string;

  constructor(private readonly depth: number) {
    this.pad = '  '.repeat(depth + 1);
  }

  items(values: readonly unknown[]): string {
    // JSON.stringify escapes newlines inside strings, so every newline it writes is layout.
    return values.map((v) => `${this.count++ === 0 ? '' : ','}\n${this.pad}${JSON.stringify(v, null, 2).replace(/\n/g, `\n${this.pad}`)}`).join('');
  }

  close(): string {
    return this.count === 0 ? ']' : `\n${'  '.repeat(this.depth)}]`;
  }
}

export const toJson: Exporter = async function* (src) {
  yield `{\n  "format": "cytoscape-elements",\n  "generator": "Sightline",\n  "exportedAt": ${JSON.stringify(src.exportedAt)},\n  "elements": {\n    "nodes": [`;
  const nodes = new JsonArray(2);
  for await (const page of src.nodes()) yield nodes.items(page.map((data) => ({ data })));
  yield `${nodes.close()},\n    "edges": [`;
  const edges = new JsonArray(2);
  for await (const page of src.edges()) yield edges.items(page.map((data) => ({ data })));
  yield `${edges.close()}\n  },\n  "documents": [`;
  const documents = new JsonArray(1);
  yield `${documents.items(src.documents())}${documents.close()}\n}\n`;
};
