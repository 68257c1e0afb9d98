/**
 * @module Sentences and tokens with character offsets into the normalised text.
 *
 * wink-nlp with wink-eng-lite-web-model rather than compromise: it ships its English model inside
 * the npm package (nothing is fetched at run time), gives sentence boundaries, tokens and universal
 * POS tags in one pass, and is fast enough for megabyte documents on a laptop. We split on line
 * breaks first because the seeds' headings and bylines carry no final full stop, and wink would
 * otherwise glue a heading onto the next sentence.
 */
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { defineStage } from '../stage.ts';
import type { Sentence, Token } from '../types.ts';

const nlp = winkNLP(model);
const its = nlp.its;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lineStart = line.index!;
    const doc = nlp.readDoc(line[0]);
    let cursor = 0;
    doc.sentences().each((s: ItemSentence) => {
      const values = s.tokens().out(its.value) as string[];
      const tags = s.tokens().out(its.pos) as string[];
      const tokens: Token[] = [];
      values.forEach((value, i) => {
        const at = line[0].indexOf(value, cursor);
        // wink returns tokens as written, so indexOf finds them; the fallback only guards odd input.
        const start = at >= 0 ? at : cursor;
        cursor = start + value.length;
        tokens.push({ text: value, start: lineStart + start, end: lineStart + start + value.length, pos: tags[i] });
      });
      if (!tokens.length) return;
      const start = tokens[0].start;
      const end = tokens[tokens.length - 1].end;
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens });
    });
  }
  return sentences;
}

export const sentences = defineStage({
  name: 'SplitSentences',
  requires: ['text'],
  assigns: 'sentences',
  run: (w) => splitSentences(w.text),
});
