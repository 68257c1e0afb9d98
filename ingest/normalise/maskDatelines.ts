/**
 * @module maskDatelines: what the parser reads. A news dateline ("WASHINGTON, November 3, 2021 - ",
 * "TASHKENT, June 2019 (Reuters-style) - ") runs into the first sentence and the parser takes the
 * city for the subject of its verb. The parser is given the text with the dateline blanked out,
 * space for character, so every offset it returns is still an offset of the stored text. A press
 * release's dateline may carry no date ("WASHINGTON - The Bureau ... today added"): then the capitals
 * must be a place the gazetteer knows and a sentence must follow, so "SORM - the Russian system"
 * and "KYRGYZ REPUBLIC - NOTICE OF AUCTION RESULTS" stay as written.
 *
 * A sentence that opens on a date with no comma after it ("In 2012 China Mobile, the state-owned
 * operator, paid ...", "In March 2017 ZTE pleaded guilty") is read with the year as a number of the
 * name after it, and the whole sentence hangs from that name. The parser is given a comma in place of
 * the space after the date, which it reads as the end of the opening phrase.
 *
 * The tokenizer knows "Co.", "Ltd." and "Inc." as abbreviations but ends a sentence at most other
 * legal forms ("This rule adds Intellexa S.A. (Greece), Cytrox Holdings Zrt. (Hungary) ...", "Vexa
 * LLC. is ..."): a legal form's period followed by anything but a capital is given to the parser as a
 * space, so the sentence runs on.
 */
import { PAGE_BREAK } from '../../cypher/pages.ts';
import { isKnownPlace } from '../gazetteer.ts';
import { LEGAL_SUFFIXES } from '../recognise/vocabulary.ts';
import { defineStage } from '../stage.ts';

const DATE = String.raw`(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|[A-Z][a-z]{2,8} \d{4}|\d{4})`;
const DATELINE = new RegExp(String.raw`^[A-Z][A-Z .'/-]{2,30}(?:, [A-Z][A-Za-z .'-]{2,30})?, ${DATE}(?: \([^()\n]{1,40}\))? ?[-\u2013\u2014]{1,2} `, 'gm');

const BARE_DATELINE = /^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}) [-\u2013\u2014]{1,2} (?=[A-Z][a-z]+ [^\n]*[a-z]{2,} [^\n]*\.)/gm;
const titleCase = (caps: string) => caps.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());

export function withoutDatelines(text: string): string {
  return text.replace(DATELINE, (line) => ' '.repeat(line.length))
    .replace(BARE_DATELINE, (line, place: string) => (isKnownPlace(titleCase(place)) ? ' '.repeat(line.length) : line));
}

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const FRONTED_DATE = new RegExp(String.raw`(^|[.!?]["')]? +|\n)((?:In|Since|By|Until|During) (?:(?:early|late|mid-) ?)?(?:\d{1,2} )?(?:${MONTH} )?\d{4}) (?=\p{Lu})`, 'gmu');

/** A comma for the space after a date that opens a sentence, so the parser ends the phrase there. */
export function withFrontedDatesClosed(text: string): string {
  return text.replace(FRONTED_DATE, (_all, before: string, date: string) => `${before}${date},`);
}

/** The tokenizer's own abbreviations among the legal forms, whose period it already reads right. */
const KNOWN_ABBREVIATIONS = new Set(['co', 'ltd', 'inc', 'corp', 'plc', 'pte', 'bhd']);
const LEGAL_FORMS = new Set<string>(LEGAL_SUFFIXES.filter((f) => /^[a-z]+$/.test(f) && !KNOWN_ABBREVIATIONS.has(f)));
/** A capitalised word and its period. */
const WORD_PERIOD = /(?<![\p{L}.])(\p{Lu}\p{L}{1,4})\./gu;
/** What follows a period that runs on into its sentence: anything but a capital or the end of the line. */
const RUNS_ON = /[ \t]*[^\s\p{Lu}]/uy;

/** Whether the period at `at` runs on into its sentence rather than ending it ("Cytrox Holdings Zrt. (Hungary)"). */
export function periodRunsOn(text: string, at: number): boolean {
  RUNS_ON.lastIndex = at + 1;
  return text[at] === '.' && RUNS_ON.test(text);
}

/** A space for the period of a legal form that does not end its sentence ("Cytrox Holdings Zrt. (Hungary)"). */
export function withLegalFormsOpen(text: string): string {
  return text.replace(WORD_PERIOD, (all, form: string, at: number) => (LEGAL_FORMS.has(form.toLowerCase()) && periodRunsOn(text, at + form.length) ? `${form} ` : all));
}

/**
 * The parser's copy: datelines blanked, opening dates closed with a comma, legal forms' periods
 * inside a sentence read as spaces, and page breaks read as spaces, since a sentence that runs
 * from one page of a PDF onto the next is still one sentence.
 */
export function parserText(text: string): string {
  return withLegalFormsOpen(withFrontedDatesClosed(withoutDatelines(text))).replaceAll(PAGE_BREAK, ' ');
}

export const maskDatelines = defineStage({
  name: 'maskDatelines',
  requires: ['text'],
  assigns: 'parseText',
  run: (w) => parserText(w.text),
});
