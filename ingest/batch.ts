/**
 * @module How `ingestPaths` moves files through the pipeline: files are read and extracted (two
 * parses in flight, one per thread of the NLP sidecar) while the previous batch of documents is
 * written in one transaction, since for node both are mostly waiting. At most one batch is written
 * while the next fills, so memory stays flat whatever the number of files.
 */
import type { Extraction } from './types.ts';

/** How many documents `ingestPaths` writes per transaction. */
export interface BatchLimits {
  /** Documents per transaction. */
  documents: number;
  /** Characters of document text and evidence quotes per transaction: the bulk of its parameters. */
  chars: number;
  /** Documents extracted at once: the NLP sidecar parses this many side by side. */
  parallel: number;
}

export const batchDefaults = {
  // 50 articles of ~10 KB, as the raw-write ceiling uses: commit and the six round trips of a batch
  // cost well under a millisecond a document. 50 measured faster than 25 end to end and 100 no
  // faster, as reading relationships inside a larger transaction grows dearer (BENCHMARKS.md, cause 2).
  documents: 50,
  // A few MB of parameters per transaction at most, so a folder of large reports does not build one
  // huge transaction on a 512 MB heap; a single document over it still goes in alone.
  chars: 4_000_000,
  // The sidecar runs two threads (one per core); a third request would only queue.
  parallel: 2,
} satisfies BatchLimits;

/** One file on its way through: extracted, or refused with its reason. */
export type Item = { file: string; extraction: Extraction } | { file: string; reason: string };

/** The parameter characters a document adds to its batch: its text and its quotes. */
export function charsOf(x: Extraction): number {
  return x.document.text.length + x.relations.reduce((n, r) => n + r.evidence.quote.length, 0);
}

/**
 * Runs `extract` over the files (`parallel` at once, results in file order) and hands `write` the
 * items a batch at a time, writing one batch while the next is extracted. When `extract` throws
 * (the parser is gone), the documents already extracted are still written, whole, before the error
 * is passed on: nothing read is lost and nothing is half-written.
 */
export async function runBatches(
  files: readonly string[], extract: (file: string) => Promise<Item>, write: (items: Item[]) => Promise<void>, limits: BatchLimits,
): Promise<void> {
  let writing: Promise<void> = Promise.resolve();
  let filling: Item[] = [];
  let documents = 0;
  let chars = 0;
  const send = async () => {
    const items = filling;
    filling = [];
    documents = 0;
    chars = 0;
    await writing;
    writing = write(items);
    // Awaited at the next send or at the end; until then a rejection (a throwing onProgress) is held, not unhandled.
    writing.catch(() => undefined);
  };
  const inFlight: Promise<Item>[] = [];
  let next = 0;
  const launch = () => {
    while (inFlight.length < limits.parallel && next < files.length) {
      const extracting = extract(files[next++]!);
      // A parse still in flight when another fails is not awaited; its failure must not go unhandled.
      extracting.catch(() => undefined);
      inFlight.push(extracting);
    }
  };
  launch();
  try {
    while (inFlight.length) {
      const item = await inFlight.shift()!;
      launch();
      const adds = 'extraction' in item ? charsOf(item.extraction) : 0;
      if (documents && (documents >= limits.documents || chars + adds > limits.chars)) await send();
      filling.push(item);
      if ('extraction' in item) documents += 1;
      chars += adds;
    }
  } finally {
    await send();
    await writing;
  }
}
