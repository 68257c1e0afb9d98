/**
 * @module What a sentence says about a link besides its two ends: the year, the status, and whether
 * it is denied. Cue words are data; the first status in STATUS_CUES order that matches wins, so
 * "sought to buy ... but the contract was cancelled" is cancelled, not planned.
 */
import type { LinkStatus } from '../../cypher/ontology.ts';

export const STATUS_CUES: readonly { status: LinkStatus; cue: RegExp }[] = [
  { status: 'cancelled', cue: /\b(?:cancel+ed|cancel+ing|terminated|scrapped|abandoned|withdr[ae]w|suspended|annulled|revoked|called off)\b/i },
  { status: 'signed', cue: /\b(?:signed|concluded|awarded|won (?:a|the) (?:contract|tender|deal))\b/i },
  { status: 'planned', cue: /\b(?:plans?|planned|planning|will|would|intends?|intended|sought|seeks?|proposed|proposes|preparation|prepar(?:es|ing)|threatened|threatens|is to|are to|agreed to|expected to|considering)\b/i },
  { status: 'banned', cue: /\b(?:banned|bans?|blocked|prohibit(?:s|ed)?|barred|bars|forbade|forbids|outlawed|blacklisted)\b/i },
  { status: 'operating', cue: /\b(?:operating|in operation|operational|has been (?:used|running|working)|have been (?:operating|used|running|working)|is used|are used|in use|deployed|installed)\b/i },
];

/**
 * Words that deny the link just before or in its trigger. "not only"/"not just" add rather than
 * deny, so they are excluded.
 */
const NEGATION = /\b(?:not(?! only| just| least)|never|no longer|neither|nor|denied|denies|deny|denying|refused|refuses|declined|lost the right|rejected|rejects)\b|n't\b/i;

/** How far before the trigger word a negation still belongs to it ("did not, in the end, supply"). */
const NEGATION_REACH = 40;

/** Words that put everything after them in doubt or denial: "It is unclear whether", "denied that". */
const DOUBT = /\b(?:whether|unclear|unconfirmed|(?:denied|denies|deny|denying) that)\b/i;

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
 * True when the sentence denies or doubts the link: a negation just before or in the trigger
 * ("did not supply"), or a doubt anywhere before it ("denied that it used", "unclear whether").
 * `before` is the sentence up to the trigger.
 */
export function isNegated(before: string, trigger: string): boolean {
  return NEGATION.test(before.slice(-NEGATION_REACH)) || NEGATION.test(trigger) || DOUBT.test(before);
}
