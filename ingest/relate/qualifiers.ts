/**
 * @module What a sentence says about a link besides its two ends: the year, the status, and whether
 * it is denied. Read first from the trigger's own words in the dependency graph ("did not supply",
 * "refused to sell", "plans to buy", "no longer supplies", "the cancelled contract"), then from cue
 * words anywhere in the sentence; the first status in STATUS_CUES order that matches wins, so
 * "sought to buy ... but the contract was cancelled" is cancelled, not planned.
 */
import type { LinkStatus } from '../../cypher/ontology.ts';
import { children, governors, type Tree } from '../nlp/tree.ts';
import type { ParsedSentence } from '../types.ts';

export const STATUS_CUES: readonly { status: LinkStatus; cue: RegExp }[] = [
  { status: 'ended', cue: /\b(?:no longer|stopped|ceased|halted|discontinued|pulled out|exited|sold (?:its|their) stake)\b/i },
  { status: 'cancelled', cue: /\b(?:cancel+ed|cancel+ing|terminated|scrapped|abandoned|withdr[ae]w|suspended|annulled|revoked|called off)\b/i },
  { status: 'signed', cue: /\b(?:signed|concluded|awarded|won (?:a|the) (?:contract|tender|deal))\b/i },
  { status: 'planned', cue: /\b(?:plans?|planned|planning|will|would|intends?|intended|sought|seeks?|proposed|proposes|preparation|prepar(?:es|ing)|threatened|threatens|is to|are to|agreed to|expected to|considering)\b/i },
  { status: 'banned', cue: /\b(?:banned|bans?|blocked|prohibit(?:s|ed)?|barred|bars|forbade|forbids|outlawed|blacklisted)\b/i },
  { status: 'operating', cue: /\b(?:operating|in operation|operational|has been (?:used|running|working)|have been (?:operating|used|running|working)|is used|are used|in use|deployed|installed)\b/i },
];

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const YEAR = new RegExp(`\\b(?:in|since|from|by|during|until|as of|starting|throughout|between)\\s+(?:(?:early|late|mid)[- ])?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?((?:19|20)\\d{2})\\b`, 'i');
const BARE_YEAR = new RegExp(`\\b(?:${MONTH}\\s+)?((?:19|20)\\d{2})\\b`);

export function statusOf(text: string): LinkStatus | undefined {
  return STATUS_CUES.find((s) => s.cue.test(text))?.status;
}

/** The year the sentence dates the link to: "in 2019", "since 2017", "In September 2019", else a lone year. */
export function yearOf(text: string): number | undefined {
  const m = YEAR.exec(text) ?? BARE_YEAR.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * Verbs above a trigger that deny it ("refused to supply", "denied selling"), or that only ask for it
 * from someone else ("had called for both companies to be barred", "urged the government to ban"):
 * the ban does not exist.
 */
const DENYING = new Set(['deny', 'refuse', 'decline', 'reject', 'dispute', 'fail', 'call', 'urge', 'demand', 'lobby', 'petition']);
/** Verbs above a trigger that put it in the future ("plans to supply", "agreed to buy"). */
const PLANNING = new Set(['plan', 'intend', 'seek', 'aim', 'want', 'propose', 'expect', 'consider', 'hope', 'try', 'prepare', 'threaten', 'look', 'negotiate']);
const ENDING = new Set(['stop', 'cease', 'halt', 'end', 'quit', 'withdraw', 'discontinue', 'suspend', 'abandon']);
const CANCELLING = new Set(['cancel', 'scrap', 'annul', 'revoke', 'terminate', 'rescind', 'void']);
const MODALS = new Set(['will', 'would', 'may', 'might', 'could', 'shall', 'should']);

export interface Qualifiers {
  denied: boolean;
  status?: LinkStatus;
  year?: number;
}

/** The trigger and the verbs it hangs from through clausal links, nearest first (at most three). */
function chain(tree: Tree, trigger: number): number[] {
  const out = [trigger];
  let at = trigger;
  for (let i = 0; i < 3; i++) {
    const up = ['xcomp', 'ccomp', 'acl', 'acl:*', 'advcl:*', 'obj', 'nmod:*', 'obl:*']
      .flatMap((rel) => governors(tree, at, rel)).find((g) => !out.includes(g));
    if (up === undefined) break;
    out.push(up);
    at = up;
  }
  return out;
}

/** The tokens a word governs, itself included. */
function subtree(tree: Tree, top: number): Set<number> {
  const out = new Set([top]);
  for (const t of out) for (const d of tree.down[t] ?? []) out.add(d.dep);
  return out;
}

/**
 * A noun set aside in a bracket or an apposition ("Korkem Telecom (a subsidiary of Open Technologies
 * Group)") states its own fact: the year and the status of the clause around it ("Since 2017 ...
 * have been operating") are not its own.
 */
function asideOf(sentence: ParsedSentence, tree: Tree, trigger: number): Set<number> | undefined {
  if (!/^NN/.test(sentence.tokens[trigger]!.pos)) return undefined;
  return governors(tree, trigger, 'appos').length || governors(tree, trigger, 'dep').length ? subtree(tree, trigger) : undefined;
}

export function qualify(sentence: ParsedSentence, tree: Tree, trigger: number, text: string): Qualifiers {
  const words = (t: number, rel: string) => children(tree, t, rel).map((c) => sentence.tokens[c]!.lemma.toLowerCase());
  const lemmas = chain(tree, trigger).map((t) => ({ t, lemma: sentence.tokens[t]!.lemma.toLowerCase() }));
  const near = lemmas.slice(0, 2);
  const negated = near.some(({ t }) => {
    const adv = [...words(t, 'advmod'), ...words(t, 'neg'), ...words(t, 'det')];
    return (adv.includes('not') || adv.includes('never') || adv.includes('no') || adv.includes("n't")) && !adv.includes('longer');
  });
  // "Neither the company nor its founder was placed under sanctions": the verb is denied of each.
  const neither = near.some(({ t }) => ['nsubj', 'nsubj:pass', 'obj'].flatMap((rel) => children(tree, t, rel)).some((c) => words(c, 'cc:preconj').includes('neither')));
  const noLonger = near.some(({ t }) => words(t, 'advmod').includes('longer'));
  const denied = negated || neither || lemmas.slice(1).some(({ lemma }) => DENYING.has(lemma))
    || near.some(({ t }) => words(t, 'mark').includes('whether'));
  let status: LinkStatus | undefined;
  // "a former director of": the title the trigger is held no more.
  const former = words(trigger, 'amod').includes('former');
  if (noLonger || former || lemmas.some(({ lemma }) => ENDING.has(lemma))) status = 'ended';
  else if (lemmas.some(({ lemma }) => CANCELLING.has(lemma))) status = 'cancelled';
  else if (lemmas.slice(1).some(({ lemma }) => PLANNING.has(lemma)) || near.some(({ t }) => words(t, 'aux').some((a) => MODALS.has(a)))) status = 'planned';
  const aside = asideOf(sentence, tree, trigger);
  const inScope = sentence.tokens.filter((x) => !aside || aside.has(x.i));
  const quote = aside ? inScope.map((x) => x.word).join(' ') : text.slice(sentence.start, sentence.end);
  status ??= statusOf(quote);
  const t = sentence.tokens[trigger]!;
  const years = inScope
    .filter((x) => /^(?:19|20)\d{2}$/.test(x.word) && (x.ner === 'DATE' || x.pos === 'CD'))
    .sort((a, b) => Math.abs(a.i - t.i) - Math.abs(b.i - t.i));
  const year = years[0] ? Number(years[0].word) : yearOf(quote);
  return { denied, ...(status ? { status } : {}), ...(year ? { year } : {}) };
}
