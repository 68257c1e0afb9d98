/**
 * @module findTerms: what no NER class covers. Laws, orders and designation lists by their shape
 * ("Executive Order 13959", "Section 889", "the Entity List", "the Global Magnitsky Act"), names in
 * quotes that the next word types (the "Sergek" system, the so-called "landing law"), and
 * technologies and programs named by common nouns ("facial recognition", "a Safe City project"),
 * which relations to Technology and Program need as ends, and a region's or a state's own police,
 * army or administration named by common nouns after its proper name or adjective ("the Hessian
 * state police", "the Israeli army", "the Almaty city administration").
 */
import { nameTokens } from '../names.ts';
import { defineStage } from '../stage.ts';
import type { Mention, ParsedSentence } from '../types.ts';
import { scanKeys, spanMention, tokenKeys } from './spans.ts';
import { LAW_PATTERNS, PROGRAM_TERMS, TECHNOLOGY_TERMS } from './vocabulary.ts';

/** The tokens a character span covers, or undefined when it cuts a token. */
function tokensOf(sentence: ParsedSentence, start: number, end: number): [number, number] | undefined {
  const first = sentence.tokens.findIndex((t) => t.start >= start);
  let last = -1;
  sentence.tokens.forEach((t, i) => { if (t.end <= end) last = i; });
  if (first < 0 || last < first) return undefined;
  return [first, last + 1];
}

/** A quoted name and the noun after it that says what it is. */
const QUOTED = /"([^"\n]{2,80})"\s+(system|program|programme|project|platform|app|application|initiative|network|database|law|act|strategy|package|list|engine|software)\b/gi;
const QUOTED_TYPES: Record<string, 'Program' | 'Product' | 'Law'> = {
  system: 'Program', program: 'Program', programme: 'Program', project: 'Program', initiative: 'Program', network: 'Program',
  database: 'Program', platform: 'Product', app: 'Product', application: 'Product', engine: 'Product', software: 'Product',
  law: 'Law', act: 'Law', strategy: 'Law', package: 'Law', list: 'Law',
};

const terms = [
  ...TECHNOLOGY_TERMS.map((term) => ({ keys: nameTokens(term), type: 'Technology' as const, name: term })),
  ...PROGRAM_TERMS.map((term) => ({ keys: nameTokens(term), type: 'Program' as const, name: term.replace(/ies$/, 'y').replace(/s$/, '').replace(/\b\w/g, (c) => c.toUpperCase()) })),
].sort((a, b) => b.keys.length - a.keys.length);

export function findTermMentions(text: string, sentence: ParsedSentence): Mention[] {
  const found: Mention[] = [];
  const body = text.slice(sentence.start, sentence.end);
  for (const pattern of LAW_PATTERNS) {
    for (const m of body.matchAll(pattern)) {
      const raw = m[0].replace(/^(?:The|the)\s+/, '');
      const at = sentence.start + m.index! + (m[0].length - raw.length);
      const span = tokensOf(sentence, at, at + raw.length);
      if (!span) continue;
      found.push(spanMention(text, sentence, span[0], span[1], { type: 'Law', catalogKeys: [], name: text.slice(sentence.tokens[span[0]]!.start, sentence.tokens[span[1] - 1]!.end), origin: 'discovered', rule: 'law-shape' }));
    }
  }
  for (const m of body.matchAll(QUOTED)) {
    const at = sentence.start + m.index! + 1;
    const span = tokensOf(sentence, at, at + m[1]!.length);
    if (!span) continue;
    found.push(spanMention(text, sentence, span[0], span[1], { type: QUOTED_TYPES[m[2]!.toLowerCase()]!, catalogKeys: [], name: m[1]!, origin: 'discovered', rule: 'quoted-name' }));
  }
  scanKeys(tokenKeys(sentence), () => terms, (term, first, last) => {
    found.push(spanMention(text, sentence, first, last + 1, { type: term.type, catalogKeys: [], name: term.name, origin: 'discovered', rule: 'term' }));
  });
  return found;
}

/** Common nouns that, after a proper name or adjective, name a body: "the Hessian police". */
const BODY_HEADS = new Set(['police', 'army', 'military', 'administration', 'akimat', 'authority', 'regulator', 'watchdog', 'bureau']);
const PROPER = /^NNPS?$/;

/**
 * "the Hessian state police", "the North Rhine-Westphalia police", "the Greek data protection
 * authority": proper words, then lower-case words, then a body's noun. Not after a possessive
 * ("Ecuador's domestic intelligence service" names no body by itself), and not plural ("Belarusian
 * authorities" are the state's, in general).
 */
export function findDescribedBodies(text: string, sentence: ParsedSentence): Mention[] {
  const t = sentence.tokens;
  const found: Mention[] = [];
  t.forEach((head, i) => {
    if (!BODY_HEADS.has(head.lemma.toLowerCase()) || head.word !== head.word.toLowerCase() || !(head.pos === 'NN' || head.lemma === 'police')) return;
    let first = i;
    while (first > 0 && /^(?:NN|JJ)/.test(t[first - 1]!.pos) && /^[a-z][a-z-]*$/.test(t[first - 1]!.word)) first -= 1;
    let proper = first;
    while (proper > 0 && (PROPER.test(t[proper - 1]!.pos) || t[proper - 1]!.pos === 'JJ') && /^\p{Lu}/u.test(t[proper - 1]!.word)) proper -= 1;
    // The proper words must be a place's or a people's, as NER reads them: "Eleven police stations"
    // names no body, and "the Kenyatta administration" is a president's time in office.
    const words = t.slice(proper, first);
    if (!words.length || words.every((x) => x.ner === 'O') || words.some((x) => x.ner === 'PERSON')) return;
    found.push(spanMention(text, sentence, proper, i + 1, { type: 'Agency', catalogKeys: [], name: text.slice(t[proper]!.start, head.end), origin: 'discovered', rule: 'described-body' }));
  });
  return found;
}

export const findTerms = defineStage({
  name: 'findTerms',
  requires: ['parse', 'text'],
  assigns: 'termMentions',
  run: (w) => w.parse.sentences.flatMap((s) => [...findTermMentions(w.text, s), ...findDescribedBodies(w.text, s)]),
});
