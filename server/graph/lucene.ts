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

/** One thing a document search asks for, as the snippet finder matches it against the text. */
export type DocumentTerm =
  | { kind: 'word'; word: string }
  | { kind: 'prefix'; word: string }
  | { kind: 'fuzzy'; word: string; edits: 1 | 2 }
  | { kind: 'phrase'; words: string[] };

/** Most terms a document query takes; more only slow Lucene down without narrowing much. */
const MAX_TERMS = 12;

/**
 * Reads the analyst's query: `"a phrase"` in double quotes, `word*` for a prefix, `word~` for a
 * word spelled one edit off (two for words of six letters or more), anything else a word that
 * must be there. Every word is cut and escaped as the index's analyzer cuts it, so no user text
 * reaches Lucene as syntax; all terms are required.
 */
export function documentTerms(q: string): DocumentTerm[] {
  const terms: DocumentTerm[] = [];
  for (const m of q.matchAll(/"([^"]*)"?|(\S+)/g)) {
    if (m[1] !== undefined) {
      const words = searchTokens(m[1]);
      if (words.length > 1) terms.push({ kind: 'phrase', words });
      else if (words.length === 1) terms.push({ kind: 'word', word: words[0]! });
      continue;
    }
    const raw = m[2]!;
    const words = searchTokens(raw);
    if (words.length === 0) continue;
    const last = words.pop()!;
    for (const word of words) terms.push({ kind: 'word', word });
    if (/\*$/.test(raw) && last.length >= 2) terms.push({ kind: 'prefix', word: last });
    else if (/~\d?$/.test(raw) && last.length >= FUZZY_MIN_LENGTH) terms.push({ kind: 'fuzzy', word: last, edits: last.length >= 6 ? 2 : 1 });
    else terms.push({ kind: 'word', word: last });
  }
  return terms.slice(0, MAX_TERMS);
}

export function documentLucene(terms: readonly DocumentTerm[]): string | undefined {
  if (terms.length === 0) return undefined;
  return terms.map((t) => {
    switch (t.kind) {
      case 'word': return escapeLucene(t.word);
      case 'prefix': return `${escapeLucene(t.word)}*`;
      case 'fuzzy': return `${escapeLucene(t.word)}~${t.edits}`;
      case 'phrase': return `"${t.words.map(escapeLucene).join(' ')}"`;
    }
  }).join(' AND ');
}
