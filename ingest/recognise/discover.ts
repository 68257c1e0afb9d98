/**
 * @module Discovers names the catalog does not know, by their shape: organisations by suffix or
 * prefix ("Korkem Telecom", "Ministry of Justice"), people by a title or a given name before them
 * or a role after them, laws and programs by a trigger noun around a quoted or capitalised phrase.
 * The trigger words are data (patterns.ts). A discovered name the catalog knows under another
 * spelling is tied to it by the resolve stage, not here.
 */
import type { Catalog } from '../catalog.ts';
import { nameKey } from '../names.ts';
import type { EntityType } from '../../cypher/ontology.ts';
import { defineStage } from '../stage.ts';
import type { Mention, Sentence } from '../types.ts';
import {
  DESCRIPTOR_NOUNS, GIVEN_NAMES, NAMED_THING_TRIGGERS, NAME_JOINERS, NOT_NAMES, ORG_PREFIXES, ORG_SUFFIXES, PERSON_ROLES_AFTER, PERSON_TITLES,
} from './patterns.ts';
import { isCapitalised, wordsOf, type Word } from './words.ts';

const givenNames = new Set(GIVEN_NAMES);
const notNames = new Set(NOT_NAMES);
const titles = new Set(PERSON_TITLES.flatMap((t) => [t, t.toLowerCase()]));
const rolesAfter = new Set(PERSON_ROLES_AFTER.map((r) => r.toLowerCase()));
const triggers = new Map(NAMED_THING_TRIGGERS.map((t) => [t.word, t]));

function mention(sentence: Sentence, start: number, end: number, type: EntityType, rule: string, name?: string): Mention {
  const text = sentence.text.slice(start - sentence.start, end - sentence.start);
  return { start, end, text, type, catalogKeys: [], name: name ?? text, origin: 'discovered', rule, sentence: sentence.index };
}

/** Runs of capitalised words joined only by spaces, hyphens or a lower-case joiner ("of", "and"). */
function capitalisedRuns(sentence: Sentence, words: Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const gap = (a: Word, b: Word) => sentence.text.slice(a.end - sentence.start, b.start - sentence.start);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const prev = run[run.length - 1];
    const joinable = prev && /^(?: |-|\.? |\. )$/.test(gap(prev, w));
    if (isCapitalised(w.text) || /^\d+$/.test(w.text) && joinable) {
      if (!joinable) {
        if (run.length) runs.push(run);
        run = [];
      }
      run.push(w);
    } else if (joinable && NAME_JOINERS.includes(w.text) && words[i + 1] && isCapitalised(words[i + 1].text) && gap(w, words[i + 1]) === ' ') {
      run.push(w);
    } else {
      if (run.length) runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  // A joiner never ends a name.
  return runs.map((r) => (NAME_JOINERS.includes(r[r.length - 1].text) ? r.slice(0, -1) : r)).filter((r) => r.length);
}

/** Drops leading words that open a phrase without naming ("The", "Chinese", "Leading"). */
function trimLead(run: Word[], catalog: Catalog): Word[] {
  let i = 0;
  while (i < run.length - 1 && (notNames.has(run[i].text) || catalog.countryByAdjective.has(nameKey(run[i].text)))) i++;
  return run.slice(i);
}

/** Cuts a trailing "of <country>" off an agency's name: the country places it, it does not name it. */
function cutCountryTail(run: Word[], catalog: Catalog): Word[] {
  for (let i = 1; i < run.length - 1; i++) {
    if (run[i].text !== 'of') continue;
    const rest = nameKey(run.slice(i + 1).map((w) => w.text).join(' '));
    if (catalog.byKey.get(rest)?.some((id) => ['State', 'Place'].includes(catalog.byId.get(id)!.type))) return run.slice(0, i);
  }
  return run;
}

/** "Minister of Economics German Gref" is a title and a person: split before a given name. */
function splitAtGivenNames(run: Word[]): Word[][] {
  const at = run.findIndex((w, i) => i > 0 && givenNames.has(w.text) && run[i + 1] && isCapitalised(run[i + 1].text));
  return at > 0 ? [dropTrailingTitles(run.slice(0, at)), ...splitAtGivenNames(run.slice(at))] : [run];
}

/** "Zorkiy Telecom and Mayor" before a person's name: the title and the joiner belong to the person. */
function dropTrailingTitles(run: Word[]): Word[] {
  let end = run.length;
  while (end > 1 && titles.has(run[end - 1].text)) end--;
  if (end === run.length) return run;
  while (end > 1 && NAME_JOINERS.includes(run[end - 1].text)) end--;
  return run.slice(0, end);
}

/** Verbs whose agent is a person: "founded by Artem Kukharenko". */
const PERSON_AFTER = /\b(?:founded|co-founded|headed|chaired|led|directed) by\s+$/;

function personIn(run: Word[], before: Word | undefined, after: string, lead: string): Word[] | undefined {
  const titled = run.findIndex((w) => titles.has(w.text));
  const named = run.slice(titled + 1);
  if (titled >= 0 && named.length >= 2 && named.length <= 3 && !named.some((w) => NAME_JOINERS.includes(w.text))) return named;
  if (run.length < 2 || run.length > 3 || run.some((w) => NAME_JOINERS.includes(w.text) || /^\d/.test(w.text))) return undefined;
  if (givenNames.has(run[0].text)) return run;
  if (before && titles.has(before.text)) return run;
  if (PERSON_AFTER.test(lead)) return run;
  const role = /^,\s+([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase();
  if (role && rolesAfter.has(role)) return run;
  return undefined;
}

/** The type a descriptor noun gives a short name: "Vega, a Russian company" or "the firm Vega". */
function describedType(run: Word[], before: Word | undefined, after: string): EntityType | undefined {
  if (run.length > 3 || notNames.has(run[0].text) || run.some((w) => NAME_JOINERS.includes(w.text))) return undefined;
  const appositive = /^,\s+(?:(?:once|now|formerly|still)\s+)?(?:a|an|the)\s+((?:[\w-]+\s+){0,2}[\w-]+)/.exec(after)?.[1].split(/\s+/).find((w) => DESCRIPTOR_NOUNS[w]);
  const noun = appositive ?? (before && DESCRIPTOR_NOUNS[before.text] ? before.text : undefined);
  return noun ? DESCRIPTOR_NOUNS[noun] : undefined;
}

function fromRuns(sentence: Sentence, catalog: Catalog): Mention[] {
  const words = wordsOf(sentence);
  const found: Mention[] = [];
  for (const raw of capitalisedRuns(sentence, words).flatMap(splitAtGivenNames)) {
    const run = trimLead(raw, catalog);
    const first = run[0];
    const last = run[run.length - 1];
    const before = words[words.indexOf(first) - 1];
    const after = sentence.text.slice(last.end - sentence.start);
    const lead = sentence.text.slice(Math.max(0, first.start - sentence.start - 30), first.start - sentence.start);
    const person = personIn(run, before, after, lead);
    if (person) {
      found.push(mention(sentence, person[0].start, person[person.length - 1].end, 'Person', 'person-shape'));
      continue;
    }
    const described = describedType(run, before, after);
    if (described) {
      found.push(mention(sentence, first.start, last.end, described, 'descriptor'));
      continue;
    }
    if (run.length < 2 || notNames.has(first.text)) continue;
    if (/^Ministers?$/.test(first.text) && run[1]?.text === 'of') {
      // "the Minister of Industry and Information Technology" names his ministry.
      const body = cutCountryTail(run, catalog);
      const tail = body.slice(1).map((w) => w.text).join(' ');
      found.push(mention(sentence, body[0].start, body[body.length - 1].end, 'Agency', 'minister-of', `Ministry ${tail}`));
      continue;
    }
    const prefixType = ORG_PREFIXES[first.text];
    if (prefixType && run.length >= 3) {
      const body = cutCountryTail(run, catalog);
      found.push(mention(sentence, body[0].start, body[body.length - 1].end, prefixType, 'org-prefix'));
      continue;
    }
    const suffixType = ORG_SUFFIXES[last.text];
    if (suffixType) {
      found.push(mention(sentence, first.start, last.end, suffixType, 'org-suffix'));
      continue;
    }
    const trigger = triggers.get(last.text.toLowerCase());
    if (trigger) {
      found.push(mention(sentence, first.start, last.end, trigger.type, 'named-thing'));
      continue;
    }
    const next = /^\s+([a-z]+)\b/.exec(after);
    const following = next && triggers.get(next[1]);
    if (following && following.type === 'Law') {
      const end = last.end + next[0].length;
      found.push(mention(sentence, first.start, end, 'Law', 'named-thing'));
    }
  }
  return found;
}

/** Quoted names with a trigger: the so-called "landing law", the "Sharp Eye" program, JSC "MCST". */
function fromQuotes(sentence: Sentence): Mention[] {
  const found: Mention[] = [];
  for (const q of sentence.text.matchAll(/"([^"\n]{2,80})"/g)) {
    const inner = q[1].trim();
    const innerStart = sentence.start + q.index! + 1 + q[1].indexOf(inner);
    const innerEnd = innerStart + inner.length;
    const before = /([\p{L}]+)\s*$/u.exec(sentence.text.slice(0, q.index!))?.[1] ?? '';
    const afterMatch = /^\s+([a-z]+)\b/.exec(sentence.text.slice(q.index! + q[0].length));
    if (/^(?:P?JSC|OJSC|LLC)$/.test(before)) {
      found.push(mention(sentence, innerStart, innerEnd, 'Company', 'quoted-org'));
      continue;
    }
    if (/^NGO$/.test(before)) {
      found.push(mention(sentence, innerStart, innerEnd, 'Organization', 'quoted-org'));
      continue;
    }
    if (/^(?:law|act|code)$/i.test(before)) {
      found.push(mention(sentence, innerStart, innerEnd, 'Law', 'quoted-law', `"${inner}" ${before.toLowerCase()}`));
      continue;
    }
    if (inner.split(/\s+/).length > 6) continue;
    const lastWord = /([a-z]+)$/i.exec(inner)?.[1].toLowerCase() ?? '';
    const own = triggers.get(lastWord);
    if (own && inner.includes(' ')) {
      found.push(mention(sentence, innerStart, innerEnd, own.type, 'quoted-thing', inner));
      continue;
    }
    const next = afterMatch && triggers.get(afterMatch[1]);
    if (next) {
      const end = next.keep ? sentence.start + q.index! + q[0].length + afterMatch![0].length : innerEnd;
      found.push(next.keep
        ? mention(sentence, innerStart, end, next.type, 'quoted-thing', `${inner} ${afterMatch![1]}`)
        : mention(sentence, innerStart, innerEnd, next.type, 'quoted-thing'));
    }
  }
  return found;
}

export function discoverMentions(sentence: Sentence, catalog: Catalog): Mention[] {
  return [...fromRuns(sentence, catalog), ...fromQuotes(sentence)];
}

export const discover = defineStage({
  name: 'DiscoverNames',
  requires: ['sentences'],
  assigns: 'discoveredMentions',
  run: (w, o) => w.sentences.flatMap((s) => discoverMentions(s, o.catalog)),
});
