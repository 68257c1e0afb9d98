/**
 * @module What an infobox line looks like ("Headquarters: Hangzhou", "Operator / supplier: 24x7
 * Panoptes LLC"): a capitalised key of a few words, a colon, a space. Stages that read such lines
 * (names in them, the facts they state, the places they give) share this one shape.
 */

/** The start of an infobox line, the key in group 1. */
export const INFOBOX_LINE = /^([\p{Lu}][\p{L} ()/-]{0,40}):\s/u;

/**
 * Whether a line ends as a sentence does: prose, not a headline ("Treasury Designates Russian ...
 * Firms") nor a key's value ("Major shareholder: China Mobile"), though it may open with a key
 * ("Notes to editors: Safaricom Limited is Kenya's largest operator.").
 */
export function endsAsSentence(line: string): boolean {
  return /[.!?]["”']?$/.test(line.trimEnd());
}
