/**
 * @module Cytoscape.js elements JSON (what `cy.json()` and `cy.add()` read), with each edge's evidence
 * (and a person's verdict) in its data so the file alone is enough to check every link, and the
 * change records of what people changed in it. Written element by element, laid out
 * exactly as `JSON.stringify(file, null, 2)` lays out the whole file.
 */
import type { Exporter } from './model.ts';

/**
 * A JSON array written a page at a time, laid out as `JSON.stringify(file, null, 2)` lays it out at
 * `depth` objects deep. Each page goes through one native stringify, nested in as many objects as
 * the array is deep so the indentation comes out right, and the wrapping is cut off again.
 */
class JsonArray {
  private written = false;

  constructor(private readonly depth: number) {}

  items(values: readonly unknown[]): string {
    if (values.length === 0) return '';
    let wrapped: unknown = values;
    for (let i = 0; i < this.depth; i++) wrapped = { _: wrapped };
    const text = JSON.stringify(wrapped, null, 2);
    // Only the wrapping's keys come before the array, and only closing braces after it.
    const items = text.slice(text.indexOf('[') + 1, text.lastIndexOf(']') - 1 - 2 * this.depth);
    const sep = this.written ? ',' : '';
    this.written = true;
    return `${sep}${items}`;
  }

  close(): string {
    return !this.written ? ']' : `\n${'  '.repeat(this.depth)}]`;
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
  yield `${documents.items(src.documents())}${documents.close()},\n  "changes": [`;
  const changes = new JsonArray(1);
  yield `${changes.items(await src.changes())}${changes.close()}\n}\n`;
};
