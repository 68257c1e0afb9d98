/**
 * @module Sentence-initial pronouns that stand for organisations named in the sentence before:
 * "... manufacturers such as Baikal Electronics and Elvis. They outsource production to TSMC."
 * Deliberately narrow (only the opening words of a sentence, only organisations) because a wrong
 * antecedent puts a false edge in the graph, while a missed one only loses a fact.
 */
import type { EntityType } from '../../cypher/ontology.ts';
import type { Reference, Sentence } from '../types.ts';

const ORGS: readonly EntityType[] = ['Company', 'Organization', 'Agency'];
const PLURAL = /^(They|The companies|The firms|These companies|Both companies)\b/;
const SINGULAR = /^(It|The company|The firm|The group|The corporation)\b/;

/**
 * "The company Vega", "the firm <name>": the words introduce a name that follows, so they refer to
 * nothing earlier. A possessive ("the company's cameras") still refers back.
 */
const NAMES_WHAT_FOLLOWS = /^\s+[^\sa-z'’,.;:]/;

function namesWhatFollows(text: string, end: number): boolean {
  return NAMES_WHAT_FOLLOWS.test(text.slice(end));
}

/** Organisation references written as a list: "A, B and C". */
function firstList(refs: readonly Reference[], sentence: Sentence): Reference[] {
  const orgs = refs.filter((r) => ORGS.includes(r.type));
  for (let i = 0; i < orgs.length; i++) {
    const list = [orgs[i]];
    for (let j = i + 1; j < orgs.length; j++) {
      const gap = sentence.text.slice(list[list.length - 1].end - sentence.start, orgs[j].start - sentence.start);
      if (!/^(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?$/.test(gap)) break;
      list.push(orgs[j]);
    }
    if (list.length > 1) return list;
  }
  return orgs.slice(0, 1);
}

/** Inside a sentence, "the company" after a company's name is that company ("a Huawei spokesman said the company had sold"). */
const WITHIN = /\b(?:the company|the firm)\b/g;

function withinSentence(references: readonly Reference[], s: Sentence): Reference[] {
  const found: Reference[] = [];
  for (const m of s.text.matchAll(WITHIN)) {
    if (m.index === 0 || namesWhatFollows(s.text, m.index! + m[0].length)) continue;
    const at = s.start + m.index!;
    const before = references.filter((r) => r.sentence === s.index && !r.anaphor && r.end <= at && r.type === 'Company');
    const antecedent = before[before.length - 1];
    if (!antecedent) continue;
    found.push({ ...antecedent, start: at, end: at + m[0].length, text: m[0], anaphor: true });
  }
  return found;
}

export function resolveAnaphora(references: readonly Reference[], sentences: readonly Sentence[]): Reference[] {
  const found: Reference[] = sentences.flatMap((s) => withinSentence(references, s));
  for (const s of sentences.slice(1)) {
    const match = PLURAL.exec(s.text) ?? SINGULAR.exec(s.text);
    if (!match || namesWhatFollows(s.text, match[0].length)) continue;
    const previous = sentences[s.index - 1];
    const before = references.filter((r) => r.sentence === previous.index && !r.anaphor);
    const antecedents = PLURAL.test(s.text) ? firstList(before, previous) : before.filter((r) => ORGS.includes(r.type)).slice(0, 1);
    if (!antecedents.length) continue;
    found.push({
      entityIds: antecedents.flatMap((a) => a.entityIds),
      type: antecedents[0].type,
      start: s.start,
      end: s.start + match[0].length,
      text: match[0],
      sentence: s.index,
      anaphor: true,
    });
  }
  return found;
}
