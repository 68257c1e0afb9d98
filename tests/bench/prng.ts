/**
 * @module A small seeded PRNG and the draws the generators need, so a seed names one corpus and one
 * graph exactly: two runs of the same benchmark measure the same data.
 */

/** mulberry32: 32-bit state, fast, and good enough for test data (not for anything secret). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;

export function int(r: Rand, n: number): number {
  return Math.floor(r() * n);
}

export function pick<T>(r: Rand, items: readonly T[]): T {
  return items[int(r, items.length)]!;
}

/**
 * A rank in [0, n) with P(k) ~ 1/(k+1) (Zipf, exponent 1), by inverting the continuous CDF
 * ln(k+1)/ln(n+1). Rank 0 is the hub; most draws land in the long tail.
 */
export function zipf(r: Rand, n: number): number {
  return Math.min(n - 1, Math.floor(Math.pow(n + 1, r())) - 1);
}

/** A stable 32-bit hash of a string (FNV-1a), to derive per-item seeds and ids from names. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
