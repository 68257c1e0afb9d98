/**
 * @module readLists: facts a list states together with the line that introduces it. "Persons
 * designated today:" followed by "- Chen Quanguo, ..." lines names each person as designated; the
 * designating body is the one the intro names, else the one the document already has designating
 * (a press release names its agency once, in its first paragraph). Intro words and the relationship
 * they give are data.
 */
import { allowsRelation, type RelationType } from '../../cypher/ontology.ts';
import { endsAsSentence } from '../infobox.ts';
import { treeOf } from '../nlp/tree.ts';
import { defineStage } from '../stage.ts';
import type { ParsedSentence, Reference, Relation } from '../types.ts';
import { reach } from './matchPatterns.ts';
import { qualify } from './qualifiers.ts';
import { sentenceRelation } from './sentenceRelation.ts';

/** Intro words (lemmas) and the relationship each item stands in, the intro's subject being the source. */
export const LIST_INTROS: readonly { type: RelationType; lemmas: readonly string[] }[] = [
  { type: 'SANCTIONS', lemmas: ['designate', 'designation', 'sanction', 'add', 'addition', 'list', 'blacklist', 'identify', 'target', 'include'] },
  { type: 'RESTRICTS', lemmas: ['ban', 'prohibit', 'restrict', 'bar', 'exclude', 'cover'] },
];

const ITEM = /^(?:[-*\u2022\u2013]|\d{1,2}[.)])\s/;
const CONFIDENCE = 0.7;

/**
 * Who last did what the intro says, named in an earlier sentence: "OFAC today designated two
 * individuals and five entities ... Designated today:" lists OFAC's designations.
 */
function earlierAgent(before: readonly ParsedSentence[], refs: readonly Reference[], lemmas: readonly string[]): Reference | undefined {
  for (const s of [...before].reverse()) {
    const tree = treeOf(s);
    const here = refs.filter((r) => r.sentence === s.index && ['Agency', 'State', 'Organization'].includes(r.type));
    for (const t of s.tokens.filter((t) => lemmas.includes(t.lemma.toLowerCase()) && /^VB/.test(t.pos))) {
      const agent = reach(tree, t.i, ['@agent']).flatMap((a) => here.filter((r) => a >= r.tokenStart && a < r.tokenEnd))[0];
      if (agent) return agent;
    }
  }
  return undefined;
}

export function listRelations(text: string, docId: string, sentences: readonly ParsedSentence[], refs: readonly Reference[], candidates: readonly Relation[]): Relation[] {
  const found: Relation[] = [];
  sentences.forEach((intro, at) => {
    const body = text.slice(intro.start, intro.end);
    if (!body.trimEnd().endsWith(':')) return;
    const trigger = intro.tokens.find((t) => LIST_INTROS.some((l) => l.lemmas.includes(t.lemma.toLowerCase())));
    if (!trigger) return;
    const { type, lemmas } = LIST_INTROS.find((l) => l.lemmas.includes(trigger.lemma.toLowerCase()))!;
    const tree = treeOf(intro);
    const introRefs = refs.filter((r) => r.sentence === intro.index);
    const named = reach(tree, trigger.i, ['@agent']).flatMap((t) => introRefs.filter((r) => t >= r.tokenStart && t < r.tokenEnd));
    // Else who the document already has doing this: the most frequent source of the same type.
    const counts = new Map<string, number>();
    for (const c of candidates) if (c.type === type) counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
    const usual = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    // The nearest body named doing what the intro says wins over the document's most frequent one: a
    // release on OFAC's designations that recalls what BIS added in other years lists OFAC's.
    // A headline ("Treasury Designates Russian ... Firms") names the department; the body, the office that acts.
    const before = sentences.slice(0, at).filter((b) => endsAsSentence(text.slice(b.start, b.end)));
    const subject = named[0] ?? earlierAgent(before, refs, [trigger.lemma.toLowerCase()]) ?? earlierAgent(before, refs, lemmas)
      ?? refs.find((r) => r.entityIds[0] === usual && !r.anaphor);
    if (!subject) return;
    const qualifiers = qualify(intro, tree, trigger.i, text);
    if (qualifiers.denied) return;
    for (const item of sentences.slice(at + 1)) {
      // An item may run to several sentences; only the line's first sentence names the item.
      const lineStart = text.lastIndexOf('\n', item.start - 1) + 1;
      if (!ITEM.test(text.slice(lineStart, item.end))) break;
      if (lineStart !== item.start && text.slice(lineStart, item.start).trim() !== '-' && !/^\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s*$/.test(text.slice(lineStart, item.start))) continue;
      const first = refs.filter((r) => r.sentence === item.index && !r.anaphor).sort((a, b) => a.start - b.start)[0];
      if (!first || !allowsRelation(type, subject.type, first.type) || first.entityIds[0] === subject.entityIds[0]) continue;
      found.push(sentenceRelation(text, docId, item, subject.entityIds[0]!, type, first.entityIds[0]!, {
        rule: 'list-item', confidence: CONFIDENCE,
        ...(qualifiers.year ? { year: qualifiers.year } : {}),
        ...(qualifiers.status ? { status: qualifiers.status } : {}),
      }));
    }
  });
  return found;
}

export const readLists = defineStage({
  name: 'readLists',
  requires: ['parse', 'text', 'docId', 'resolution', 'candidates'],
  assigns: 'listCandidates',
  run: (w) => listRelations(w.text, w.docId, w.parse.sentences, w.resolution.references, w.candidates),
});
