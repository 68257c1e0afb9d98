/**
 * @module Word tokens for name matching: letters and digits only, so punctuation and hyphens never
 * decide whether "Norsi-Trans" and "Norsi Trans" are the same name. (wink-nlp's tokens serve grammar;
 * these serve names.)
 */
import { foldSpelling } from '../names.ts';
import type { Sentence } from '../types.ts';

export interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
}

export function wordsOf(sentence: Pick<Sentence, 'text' | 'start'>): Word[] {
  return [...sentence.text.matchAll(/[\p{L}\p{N}]+|&/gu)].map((m) => ({
    text: m[0],
    // "&" is a word so that "Belt & Road" matches the catalog's "Belt and Road".
    key: m[0] === '&' ? 'and' : foldSpelling(m[0].normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()),
    start: sentence.start + m.index!,
    end: sentence.start + m.index! + m[0].length,
  }));
}

export const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
