/**
 * @module Summarises a V8 CPU profile (`node --cpu-prof`): self time by package or project folder
 * and by function, so a gap in BENCHMARKS.md is explained by where the time went, not by a guess.
 *   npx tsx --cpu-prof --cpu-prof-dir=tests/bench/results tests/bench/run.ts ingest
 *   npx tsx tests/bench/profile.ts tests/bench/results/CPU.*.cpuprofile
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable, round } from './measure.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** node_modules/<pkg> for dependencies, the folder in the repository (ingest/relate, server/...) for our code. */
function owner(url: string): string {
  if (!url) return '(native / gc / idle)';
  const dep = /node_modules\/(?:\.vite\/deps\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dep) return dep[1]!;
  const path = url.replace(/^file:\/\//, '');
  if (path.startsWith(REPO)) return dirname(relative(REPO, path));
  return url.startsWith('node:') ? 'node internals' : path;
}

export function summarise(file: string, top = 15) {
  summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as Profile, top);
}

/** Also used for browser profiles taken over CDP, which have the same shape. */
export function summariseProfile(p: Profile, top = 15) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const group = (key: (n: ProfileNode) => string) => {
    const m = new Map<string, number>();
    for (const [id, us] of self) {
      const k = key(byId.get(id)!);
      m.set(k, (m.get(k) ?? 0) + us);
    }
    return [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => ({ where: k, 'self ms': round(us / 1000), share: `${round((100 * us) / total)}%` }));
  };
  printTable(`Self time by owner (${round(total / 1e6, 1)} s sampled)`, group((n) => owner(n.callFrame.url)));
  printTable('Self time by function', group((n) => `${n.callFrame.functionName || '(anonymous)'} ${owner(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  for (const file of process.argv.slice(2)) summarise(file);
}
