/**
 * @module maskDatelines: what the parser reads. A news dateline ("WASHINGTON, November 3, 2021 - ",
 * "TASHKENT, June 2019 (Reuters-style) - ") runs into the first sentence and the parser takes the
 * city for the subject of its verb. The parser is given the text with the dateline blanked out,
 * space for character, so every offset it returns is still an offset of the stored text. A press
 * release's dateline may carry no date ("WASHINGTON - The Bureau ... today added"): then the capitals
 * must be a place the gazetteer knows and a sentence must follow, so "SORM - the Russian system"
 * and "KYRGYZ REPUBLIC - NOTICE OF AUCTION RESULTS" stay as written.
 */
import { PAGE_BREAK } from '../../cypher/pages.ts';
import { isKnownPlace } from '../gazetteer.ts';
import { defineStage } from '../stage.ts';

const DATE = String.raw`(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|[A-Z][a-z]{2,8} \d{4}|\d{4})`;
const DATELINE = new RegExp(String.raw`^[A-Z][A-Z .'/-]{2,30}(?:, [A-Z][A-Za-z .'-]{2,30})?, ${DATE}(?: \([^()\n]{1,40}\))? ?[-\u2013\u2014]{1,2} `, 'gm');

const BARE_DATELINE = /^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}) [-\u2013\u2014]{1,2} (?=[A-Z][a-z]+ [^\n]*[a-z]{2,} [^\n]*\.)/gm;
const titleCase = (caps: string) => caps.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());

export function withoutDatelines(text: string): string {
  return text.replace(DATELINE, (line) => ' '.repeat(line.length))
    .replace(BARE_DATELINE, (line, place: string) => (isKnownPlace(titleCase(place)) ? ' '.repeat(line.length) : line));
}

/**
 * The parser's copy: datelines blanked, and page breaks read as spaces, since a sentence that runs
 * from one page of a PDF onto the next is still one sentence.
 */
export function parserText(text: string): string {
  return withoutDatelines(text).replaceAll(PAGE_BREAK, ' ');
}

export const maskDatelines = defineStage({
  name: 'maskDatelines',
  requires: ['text'],
  assigns: 'parseText',
  run: (w) => parserText(w.text),
});
