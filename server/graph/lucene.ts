/**
 * @module Builds the Lucene query for entity search from what a user typed. User text never reaches
 * the query parser as syntax: it is cut into word tokens, each escaped, and each token becomes an
 * exact, prefix and (for longer words) one-edit fuzzy clause, all required.
 */

/** Characters the Lucene classic query parser treats as syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * The standard analyzer that built `entity_names` splits on punctuation and lower-cases, and prefix
 * and fuzzy clauses are not analysed, so tokens are cut the same way here for them to match.
 */
export function searchTokens(q: string): string[] {
  return q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 8);
}

/** Below this many characters a one-edit fuzzy match turns "fsb" into half the index. */
const FUZZY_MIN_LENGTH = 4;

export function luceneQuery(q: string): string | undefined {
  const tokens = searchTokens(q);
  if (tokens.length === 0) return undefined;
  return tokens
    .map((t) => {
      const e = escapeLucene(t);
      const clauses = [`${e}^3`, `${e}*^2`, ...(t.length >= FUZZY_MIN_LENGTH ? [`${e}~1`] : [])];
      return `(${clauses.join(' OR ')})`;
    })
    .join(' AND ');
}
