/**
 * @module Applies the relation rules (rules.ts) to each sentence. The sentence is rewritten with a
 * slot `⟦n:Type⟧` for every entity reference, each rule's pattern is compiled once into a regular
 * expression whose slots accept only the types the ontology allows at that end, and every match
 * becomes one candidate per (source, target) pair, with the sentence as evidence.
 */
import { relationshipId, relationTypeInfo, type RelationType } from '../../cypher/ontology.ts';
import { defineStage } from '../stage.ts';
import type { Entity, Reference, Relation, Sentence } from '../types.ts';
import { isNegated, statusOf, yearOf } from './qualifiers.ts';
import { RELATION_RULES, type RelationRule } from './rules.ts';

/** A reporting verb starts a new clause with its own subject ("Gref said the bank had invested"), so gaps stop there. */
const REPORTING = String.raw`(?:said|says|told|stated|reported|claimed|argued|noted|announced|added)`;
/** A gap character: anything but a slot or a sentence break, though a technology, product or program may sit in it. */
const GAP_UNIT = String.raw`(?:(?!${REPORTING}\b)(?:[^⟦⟧;!?.]|\.(?=\S)|⟦\d+:(?:Technology|Product|Program)⟧))`;
const MACROS: Record<string, string> = {
  '~': `${GAP_UNIT}{0,110}?`,
  '≈': `(?:[^⟦⟧,;!?.]|\\.(?=\\S)|⟦\\d+:(?:Technology|Product|Program)⟧){0,90}?`,
  '…': '.{0,300}?',
  '%govof': String.raw`(?:(?:the )?(?:government|authorities|police|city|municipality|administration|people|security services|army|military) (?:of|in) (?:the )?)?`,
  '%subj': String.raw`(?<!\b(?:with|by|of|to|from|for|and|on|at) (?:the )?)`,
  '%current': String.raw`(?<!\b(?:former|ex-|then-|ex|then) )`,
  '%appos': String.raw`(?:,[^,.;]{0,90},)?`,
  '%desc': String.raw`(?:(?:the |a |an )?(?:(?:⟦\d+:(?:Place|State)⟧|[\w-]+) ){0,2}(?:company|firm|group|corporation|manufacturer|maker|vendor|operator|developer|startup|giant|conglomerate|outlet|body|agency|regulator) )?`,
};

/** Relations a status word can qualify; a subsidiary or a seat is not "planned" because the sentence says plans. */
const STATUS_RELATIONS = new Set<RelationType>(['SUPPLIES', 'MANUFACTURES_FOR', 'PARTNERS_WITH', 'OWNS', 'FUNDS', 'OPERATES', 'ENACTED', 'RESTRICTS', 'SANCTIONS', 'USES', 'DEVELOPS']);

export interface CompiledRule extends RelationRule {
  regex: RegExp;
}

/** A slot of these types; a quoted name ("Sharp Eye") keeps its quotes outside the slot. */
function slotPattern(types: readonly string[]): string {
  return `"?⟦\\d+:(?:${types.join('|')})⟧"?`;
}

/** "According to Reuters, ..." names where a claim comes from, never a party to it: its slot gets a type no rule accepts. */
const CITED_SOURCE = /(\baccording to (?:the )?)⟦(\d+):\w+⟧(?=,)/gi;
/** "the Ministry of Internal Affairs of Kazakhstan": the country belongs to the name's slot. */
const PLACED = String.raw`(?: of (?:the )?⟦\d+:(?:State|Place)⟧)?`;

/** What may separate two items of a list: commas, "and", and a descriptor ("the state railway company"). */
const LIST_JOIN = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|as well as)\s+)(?:the\s+)?(?:(?:[\w-]+\s+){0,3}(?:company|corporation|firm|operator|group|giant|bank|maker)\s+)?`;

/** Turns a rule's pattern into a RegExp whose slots accept only types the ontology allows there. */
export function compileRule(rule: RelationRule): CompiledRule {
  const info = relationTypeInfo(rule.relation);
  const allowed = (slot: 'A' | 'B'): readonly string[] =>
    (slot === 'A') === (rule.voice === 'active') ? info.from : info.to;
  let source = rule.pattern;
  source = source.replace(/\{([AB])(\+)?(?::([A-Za-z|]+))?\}/g, (_, slot: 'A' | 'B', many: string | undefined, only: string | undefined) => {
    const types = only ? only.split('|').filter((t) => allowed(slot).includes(t)) : allowed(slot);
    if (!types.length) throw new Error(`relation rule ${rule.id}: slot ${slot} allows no type`);
    const one = slotPattern(types);
    const list = many ? `${one}(?:${LIST_JOIN}${one})*` : one;
    return `(?<${slot}>${list})${PLACED}`;
  });
  for (const [macro, expansion] of Object.entries(MACROS)) source = source.split(macro).join(expansion);
  return { ...rule, regex: new RegExp(source, 'giu') };
}

const COMPILED = RELATION_RULES.map(compileRule);


interface Slotted {
  template: string;
  slots: Reference[];
}

/** The sentence with each reference replaced by its slot; slots keep their references in order. */
export function slotSentence(sentence: Sentence, refs: readonly Reference[]): Slotted {
  let template = '';
  let cursor = sentence.start;
  const slots: Reference[] = [];
  for (const r of refs) {
    if (r.start < cursor) continue;
    template += sentence.text.slice(cursor - sentence.start, r.start - sentence.start);
    template += `⟦${slots.length}:${r.type}⟧`;
    slots.push(r);
    cursor = r.end;
  }
  template += sentence.text.slice(cursor - sentence.start);
  return { template: template.replace(CITED_SOURCE, '$1⟦$2:Source⟧'), slots };
}

function slotsIn(group: string, slots: readonly Reference[]): Reference[] {
  return [...group.matchAll(/⟦(\d+):/g)].map((m) => slots[Number(m[1])]);
}

function readable(text: string, slots: readonly Reference[]): string {
  return text.replace(/⟦(\d+):\w+⟧/g, (_, i: string) => slots[Number(i)].text).trim();
}

export function relateSentence(
  sentence: Sentence, refs: readonly Reference[], entities: ReadonlyMap<string, Entity>, docId: string, rules: readonly CompiledRule[] = COMPILED,
): Relation[] {
  const { template, slots } = slotSentence(sentence, refs);
  if (slots.length < 2) return [];
  const found: Relation[] = [];
  for (const rule of rules) {
    for (const m of template.matchAll(rule.regex)) {
      const groups = m.groups!;
      const a = slotsIn(groups.A, slots);
      const b = slotsIn(groups.B, slots);
      if (rule.when?.A && !a.every((r) => rule.when!.A!.test(r.text))) continue;
      if (rule.when?.B && !b.every((r) => rule.when!.B!.test(r.text))) continue;
      const vAt = groups.v !== undefined ? m.index! + (m[0].indexOf(groups.v)) : m.index!;
      if (isNegated(template.slice(0, vAt), groups.v ?? m[0])) continue;
      const [sources, targets] = rule.voice === 'active' ? [a, b] : [b, a];
      const viaPronoun = [...a, ...b].filter((r) => r.anaphor);
      const notes = [
        groups.detail ? readable(groups.detail, slots) : '',
        ...viaPronoun.map((r) => `"${r.text}" = ${r.entityIds.map((id) => entities.get(id)?.name ?? id).join(', ')}`),
      ].filter(Boolean);
      const year = yearOf(sentence.text);
      const status = STATUS_RELATIONS.has(rule.relation) ? statusOf(sentence.text) ?? rule.status : undefined;
      for (const s of sources.flatMap((r) => r.entityIds)) {
        for (const t of targets.flatMap((r) => r.entityIds)) {
          found.push({
            id: relationshipId(s, rule.relation, t),
            type: rule.relation,
            source: s,
            target: t,
            evidence: {
              doc: docId,
              quote: sentence.text,
              start: sentence.start,
              end: sentence.end,
              rule: rule.id,
              // A pronoun's antecedent is a guess, so the fact is trusted a little less.
              confidence: Math.round((rule.confidence - (viaPronoun.length ? 0.1 : 0)) * 100) / 100,
              ...(year ? { year } : {}),
              ...(status ? { status } : {}),
              ...(notes.length ? { detail: notes.join('; ') } : {}),
            },
          });
        }
      }
    }
  }
  return found;
}

export function relateSentences(sentences: readonly Sentence[], refs: readonly Reference[], entities: readonly Entity[], docId: string): Relation[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const bySentence = new Map<number, Reference[]>();
  for (const r of refs) bySentence.set(r.sentence, [...(bySentence.get(r.sentence) ?? []), r]);
  return sentences.flatMap((s) => relateSentence(s, bySentence.get(s.index) ?? [], byId, docId));
}

export const relate = defineStage({
  name: 'ApplyRelationRules',
  requires: ['sentences', 'resolution', 'docId'],
  assigns: 'candidates',
  run: (w) => relateSentences(w.sentences, w.resolution.references, w.resolution.entities, w.docId),
});
