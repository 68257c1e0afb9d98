/**
 * A parser error repaired before the stages read a parse: "A of the B's C", a body's name followed
 * by a possessive, which CoreNLP hangs inside the name (the reduced passive, the loose participle, the bracketed short name and the party after a price, the other repairs, are
 * held by relations.test.ts through the real parser). Built by hand from CoreNLP's own
 * answer for the sentence, so the rewiring is checked edge by edge.
 */
import { describe, expect, it } from 'vitest';
import { repairParse } from '../../ingest/nlp/repairParse.ts';
import type { ParsedSentence } from '../../ingest/types.ts';

const words: [string, string, string][] = [
  ['The', 'the', 'DT'], ['Department', 'department', 'NNP'], ['of', 'of', 'IN'], ['the', 'the', 'DT'], ['Treasury', 'treasury', 'NNP'],
  ["'s", "'s", 'POS'], ['Office', 'office', 'NNP'], ['designated', 'designate', 'VBD'], ['Cytrox', 'cytrox', 'NNP'], ['.', '.', '.'],
];

function sentence(deps: [string, number, number][]): ParsedSentence {
  return {
    index: 0, start: 0, end: 60,
    tokens: words.map(([word, lemma, pos], i) => ({ i, word, lemma, pos, ner: 'O', start: i * 6, end: i * 6 + word.length })),
    deps: deps.map(([rel, gov, dep]) => ({ rel, gov, dep })),
  };
}

/** CoreNLP's reading: "the Department of [the Treasury's Office]" designated. */
const MISREAD: [string, number, number][] = [
  ['ROOT', -1, 7], ['det', 1, 0], ['nsubj', 7, 1], ['case', 6, 2], ['det', 4, 3], ['nmod:poss', 6, 4], ['case', 4, 5],
  ['nmod:of', 1, 6], ['obj', 7, 8], ['punct', 7, 9],
];

const edges = (s: ParsedSentence) => s.deps.map((d) => `${d.rel}(${d.gov},${d.dep})`).sort();

describe('repairParse', () => {
  it('makes the office the head, possessed by the whole name before it, and the subject of what the name was subject of', () => {
    const fixed = repairParse(sentence(MISREAD));
    expect(edges(fixed)).toEqual([
      'ROOT(-1,7)', 'case(1,5)', 'case(4,2)', 'det(1,0)', 'det(4,3)', 'nmod:of(1,4)', 'nmod:poss(6,1)', 'nsubj(7,6)', 'obj(7,8)', 'punct(7,9)',
    ].sort());
  });

  it("leaves a possessive after a title or a common noun as the parser read it (the head of Russia's service)", () => {
    const title = sentence(MISREAD);
    title.tokens[1] = { ...title.tokens[1]!, word: 'Head', lemma: 'head' };
    expect(repairParse(title)).toBe(title);
    const common = sentence(MISREAD);
    common.tokens[6] = { ...common.tokens[6]!, word: 'office', pos: 'NN' };
    expect(repairParse(common)).toBe(common);
  });
});
