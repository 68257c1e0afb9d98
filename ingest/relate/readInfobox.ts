/**
 * @module readInfobox: the key-value lines of an encyclopedia-style page ("Founded by: ...",
 * "Headquarters: ...", "Parent: ..."), whose subject is the page's own topic: the entity its title
 * line names. Keys and the relationship each gives are data; the topic stands on the side the key says.
 * A key person's bracket says more: "(founder and president)", "(CEO, Sergek Group)". A procurement
 * notice's header names both sides of its contract, and the vendor supplies the buyer; a Federal
 * Register notice's "AGENCY:" line names the issuing body within its department.
 */
import { allowsRelation, type RelationType } from '../../cypher/ontology.ts';
import { INFOBOX_LINE } from '../infobox.ts';
import { defineStage } from '../stage.ts';
import { sentenceRelation } from './sentenceRelation.ts';
import type { ParsedSentence, Reference, Relation } from '../types.ts';

/** `topic: 'source'` when the page's topic is the relation's source ("Headquarters" -> topic LOCATED_IN value). */
export const INFOBOX_KEYS: readonly { keys: readonly string[]; type: RelationType; topic: 'source' | 'target' }[] = [
  { keys: ['founder', 'founders', 'founded by', 'co-founders', 'cofounders'], type: 'FOUNDED', topic: 'target' },
  { keys: ['headquarters', 'hq', 'head office', 'based in', 'location', 'seat'], type: 'LOCATED_IN', topic: 'source' },
  { keys: ['parent', 'parent company', 'parent organization', 'parent organisation', 'parent agency'], type: 'SUBSIDIARY_OF', topic: 'source' },
  { keys: ['parent', 'parent organization', 'parent organisation', 'parent agency', 'part of'], type: 'PART_OF', topic: 'source' },
  { keys: ['owner', 'owners', 'owned by', 'shareholders', 'major shareholders', 'main shareholders', 'largest shareholders', 'controlling shareholder', 'majority owner'], type: 'OWNS', topic: 'target' },
  { keys: ['key people', 'leader', 'leaders', 'ceo', 'chairman', 'chairwoman', 'director', 'head', 'president', 'general director', 'managing director', 'chief executive'], type: 'LEADS', topic: 'target' },
  { keys: ['subsidiaries', 'subsidiary'], type: 'SUBSIDIARY_OF', topic: 'target' },
  { keys: ['products', 'product', 'services', 'technology', 'technologies'], type: 'DEVELOPS', topic: 'source' },
  { keys: ['operator', 'operators', 'operated by', 'operating agency', 'run by'], type: 'OPERATES', topic: 'target' },
  { keys: ['developer', 'developers', 'developed by', 'vendor', 'vendors', 'built by'], type: 'DEVELOPS', topic: 'target' },
  { keys: ['suppliers', 'supplier', 'vendors', 'main vendors', 'equipment suppliers'], type: 'SUPPLIES', topic: 'target' },
  { keys: ['customers', 'clients', 'major customers'], type: 'SUPPLIES', topic: 'source' },
  { keys: ['country', 'jurisdiction', 'area served'], type: 'LOCATED_IN', topic: 'source' },
  { keys: ['funded by', 'funding', 'financed by', 'investors'], type: 'FUNDS', topic: 'target' },
];

/**
 * The two sides of a contract in a procurement notice's header lines, whichever is the page's topic:
 * "Contracting authority: Ministry of Interior ...", "Contractor: Huawei Technologies Co., Ltd.": the
 * vendor supplies the buyer.
 */
export const CONTRACT_PARTIES: { buyer: readonly string[]; vendor: readonly string[] } = {
  buyer: ['contracting authority', 'contracting entity', 'procuring entity', 'public partner', 'purchaser', 'buyer', 'customer', 'client'],
  vendor: ['contractor', 'contractors', 'successful bidder', 'winning bidder', 'private partner', 'supplier', 'suppliers', 'operator / supplier', 'awarded to'],
};

/** A key's words without their plural, so "Major shareholder" is the key "major shareholders". */
const singular = (key: string) => key.replace(/(?<=[a-z]{3})s\b/g, '');
const hasKey = (keys: readonly string[], key: string) => keys.some((k) => singular(k) === singular(key));

/** A key with a value after it. */
const LINE = new RegExp(`${INFOBOX_LINE.source}\\s*\\S`, 'u');
const CONFIDENCE = 0.75;

/** A key-value line: its sentence, its key ("successful bidder (both lots)" is "successful bidder") and the names after the colon. */
interface KeyLine { s: ParsedSentence; key: string; values: Reference[] }

function keyLines(text: string, sentences: readonly ParsedSentence[], refs: readonly Reference[]): KeyLine[] {
  return sentences.flatMap((s) => {
    const m = LINE.exec(text.slice(s.start, s.end));
    if (!m) return [];
    const valueStart = s.start + m[0].length - 1;
    return [{ s, key: m[1]!.toLowerCase().replace(/\s*\(.*\)$/, '').trim(), values: refs.filter((r) => r.sentence === s.index && r.start >= valueStart && !r.anaphor) }];
  });
}

/** The vendor each vendor line names first supplies the buyer the buyer line names first ("Ministry of Interior ..., Belgrade, Serbia"). */
function contractRelations(text: string, docId: string, lines: readonly KeyLine[]): Relation[] {
  const buyer = lines.find((l) => hasKey(CONTRACT_PARTIES.buyer, l.key))?.values[0];
  if (!buyer) return [];
  // One vendor a line, named first: "Contractor: Huawei Technologies Co., Ltd., Bantian, Longgang District, Shenzhen".
  return lines.filter((l) => hasKey(CONTRACT_PARTIES.vendor, l.key)).flatMap((l) => l.values.slice(0, 1)
    .filter((v) => v.entityIds[0] !== buyer.entityIds[0] && (v.type === 'Company' || v.type === 'Organization') && allowsRelation('SUPPLIES', v.type, buyer.type))
    .map((v) => sentenceRelation(text, docId, l.s, v.entityIds[0]!, 'SUPPLIES', buyer.entityIds[0]!, { rule: 'infobox-contract', confidence: CONFIDENCE })));
}

/**
 * A Federal Register notice's "AGENCY:" line names the issuing body and then the department it is
 * part of ("AGENCY: Bureau of Industry and Security, Commerce."); a line naming bodies that issue
 * together ("Department of Defense (DoD), General Services Administration (GSA), and ...") says nothing of parts.
 */
function agencyRelations(text: string, docId: string, lines: readonly KeyLine[]): Relation[] {
  return lines.filter((l) => l.key === 'agency')
    .flatMap((l) => {
      const [body, department] = l.values;
      return l.values.length === 2 && body!.type === 'Agency' && department!.type === 'Agency' && body!.entityIds[0] !== department!.entityIds[0]
        && /^\s*,\s*$/.test(text.slice(body!.end, department!.start))
        ? [sentenceRelation(text, docId, l.s, body!.entityIds[0]!, 'PART_OF', department!.entityIds[0]!, { rule: 'infobox-agency-line', confidence: CONFIDENCE })]
        : [];
    });
}

export function infoboxRelations(text: string, docId: string, sentences: readonly ParsedSentence[], refs: readonly Reference[]): Relation[] {
  const lines = keyLines(text, sentences, refs);
  return [...topicRelations(text, docId, sentences, refs, lines), ...contractRelations(text, docId, lines), ...agencyRelations(text, docId, lines)];
}

function topicRelations(text: string, docId: string, sentences: readonly ParsedSentence[], refs: readonly Reference[], lines: readonly KeyLine[]): Relation[] {
  const title = sentences[0];
  // "Face Pay (Moscow Metro)": the bracket tells the topic apart, it is not the topic.
  const bracket = title?.tokens.find((t) => t.word === '(')?.start ?? Infinity;
  const topic = title && refs.filter((r) => r.sentence === title.index && !r.anaphor && r.start < bracket).sort((a, b) => (b.end - b.start) - (a.end - a.start))[0];
  if (!topic) return [];
  const found: Relation[] = [];
  for (const { s, key, values } of lines) {
    if (INFOBOX_KEYS.some((k) => k.type === 'LEADS' && hasKey(k.keys, key)) && values.some((v) => v.type === 'Person')) {
      found.push(...keyPeople(text, docId, s, topic, values));
      continue;
    }
    for (const rule of INFOBOX_KEYS.filter((k) => hasKey(k.keys, key))) {
      // "Headquarters: Hangzhou, Zhejiang, China" names one seat, most specific first.
      for (const v of rule.type === 'LOCATED_IN' ? values.slice(0, 1) : values) {
        const [source, target] = rule.topic === 'source' ? [topic, v] : [v, topic];
        if (source.entityIds[0] === target.entityIds[0] || !allowsRelation(rule.type, source.type, target.type)) continue;
        found.push(sentenceRelation(text, docId, s, source.entityIds[0]!, rule.type, target.entityIds[0]!, { rule: 'infobox-line', confidence: CONFIDENCE }));
      }
    }
  }
  return found;
}

/** What a bracket after a key person's name says: a founder founded the topic; a head's title leads it. */
const FOUNDER = /\b(?:co-?)?founder\b/i;
const HEAD = /\b(?:ceo|chief|president|chair(?:man|woman)?|director|head|manager|managing|leader|rector)\b/i;

/**
 * "Key people: Zhang Pengguo (founder and president)", "Yevgeny Kim (CEO, Sergek Group)": each person
 * leads the topic, or the body the bracket after the name names, and a founder founded it; a
 * bracket with only a founder's word ("(co-founder)") is no head's.
 */
function keyPeople(text: string, docId: string, s: ParsedSentence, topic: Reference, values: readonly Reference[]): Relation[] {
  const found: Relation[] = [];
  for (const person of values.filter((v) => v.type === 'Person')) {
    const bracket = /^\s*\(([^()]*)\)/.exec(text.slice(person.end, s.end));
    const inside = bracket ? values.filter((v) => v.start >= person.end && v.end <= person.end + bracket[0].length && v.type !== 'Person') : [];
    const body = inside[0] ?? topic;
    const add = (type: RelationType) => {
      if (allowsRelation(type, 'Person', body.type)) found.push(sentenceRelation(text, docId, s, person.entityIds[0]!, type, body.entityIds[0]!, { rule: 'infobox-key-people', confidence: CONFIDENCE }));
    };
    if (!bracket || HEAD.test(bracket[1]!) || !FOUNDER.test(bracket[1]!)) add('LEADS');
    if (bracket && FOUNDER.test(bracket[1]!)) add('FOUNDED');
  }
  return found;
}

export const readInfobox = defineStage({
  name: 'readInfobox',
  requires: ['parse', 'text', 'docId', 'resolution'],
  assigns: 'infoboxCandidates',
  run: (w) => infoboxRelations(w.text, w.docId, w.parse.sentences, w.resolution.references),
});
