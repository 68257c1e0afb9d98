/**
 * @module Reading a sentence's dependency graph: children and governors of a token by relation, and
 * the head of a span. Enhanced++ dependencies give a token several governors (a conjunct shares its
 * head's subject), so both directions are lists. Built once per sentence and kept.
 */
import type { Dependency, ParsedSentence } from '../types.ts';

export interface Tree {
  sentence: ParsedSentence;
  /** Edges from a token to its dependents. */
  down: Dependency[][];
  /** Edges from a token to its governors. */
  up: Dependency[][];
}

const trees = new WeakMap<ParsedSentence, Tree>();

export function treeOf(sentence: ParsedSentence): Tree {
  let tree = trees.get(sentence);
  if (!tree) {
    const down: Dependency[][] = sentence.tokens.map(() => []);
    const up: Dependency[][] = sentence.tokens.map(() => []);
    for (const d of sentence.deps) {
      if (d.gov >= 0) down[d.gov]?.push(d);
      up[d.dep]?.push(d);
    }
    tree = { sentence, down, up };
    trees.set(sentence, tree);
  }
  return tree;
}

/** True when `rel` matches `pattern`: exact, or a prefix ending in ':*' ("obl:*" matches "obl:to"). */
export function relMatches(rel: string, pattern: string): boolean {
  if (pattern.endsWith(':*')) return rel === pattern.slice(0, -2) || rel.startsWith(pattern.slice(0, -1));
  return rel === pattern;
}

export function children(tree: Tree, token: number, pattern: string): number[] {
  return (tree.down[token] ?? []).filter((d) => relMatches(d.rel, pattern)).map((d) => d.dep);
}

export function governors(tree: Tree, token: number, pattern: string): number[] {
  return (tree.up[token] ?? []).filter((d) => d.gov >= 0 && relMatches(d.rel, pattern)).map((d) => d.gov);
}

/**
 * The token of [start, end) that the others hang from: governed from outside the span (or the root),
 * and of those the one with the most dependents inside the span ("Department" in "the U.S.
 * Department of Commerce"; "cameras" in "Hikvision cameras").
 */
export function headOf(tree: Tree, start: number, end: number): number {
  let best = end - 1;
  let most = -1;
  for (let i = start; i < end; i++) {
    const ups = tree.up[i] ?? [];
    if (ups.length > 0 && !ups.some((d) => d.gov < start || d.gov >= end)) continue;
    const inside = (tree.down[i] ?? []).filter((d) => d.dep >= start && d.dep < end).length;
    if (inside > most) {
      best = i;
      most = inside;
    }
  }
  return best;
}
