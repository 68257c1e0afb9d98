/**
 * @module readNationalArms: a company's arm in a country, from the way its name is written. "Huawei
 * Kenya", "Dahua Mexico", "Huawei Technologies (Mauritius) Co. Ltd", "Huawei Technologies Lao Sole
 * Co., Ltd." are the parent's name with a country's name or adjective (and a legal form): each is a
 * subsidiary of the parent the document names. The evidence is the first sentence naming the arm.
 */
import type { Catalog } from '../catalog.ts';
import { nameKey } from '../names.ts';
import { armParentKeys, coreKeys } from '../recognise/spans.ts';
import { defineStage } from '../stage.ts';
import { sentenceRelation } from './sentenceRelation.ts';
import type { Entity, ParsedSentence, Relation, ResolvedMention } from '../types.ts';

const CONFIDENCE = 0.7;

export function nationalArms(text: string, docId: string, sentences: readonly ParsedSentence[], entities: readonly Entity[], mentions: readonly ResolvedMention[], catalog: Catalog): Relation[] {
  const companies = entities.filter((e) => e.type === 'Company');
  const found: Relation[] = [];
  for (const arm of companies) {
    const parentKeys = armParentKeys(arm.name, catalog);
    if (!parentKeys) continue;
    const parent = companies.find((c) => c.id !== arm.id && [c.name, ...c.aliases].some((n) => coreKeys(n).join(' ') === parentKeys.join(' ') || nameKey(n) === parentKeys.join(' ')));
    const first = mentions.filter((m) => m.entityId === arm.id).sort((a, b) => a.start - b.start)[0];
    const sentence = first && sentences.find((s) => first.start >= s.start && first.start < s.end);
    if (!parent || !sentence) continue;
    found.push(sentenceRelation(text, docId, sentence, arm.id, 'SUBSIDIARY_OF', parent.id, { rule: 'national-arm', confidence: CONFIDENCE }));
  }
  return found;
}

export const readNationalArms = defineStage({
  name: 'readNationalArms',
  requires: ['parse', 'text', 'docId', 'resolution'],
  assigns: 'armCandidates',
  run: (w, o) => nationalArms(w.text, w.docId, w.parse.sentences, w.resolution.entities, w.resolution.mentions, o.catalog),
});
