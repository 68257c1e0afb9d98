/**
 * @module How names compare: the keys that make "HikVision" = "Hikvision", "RosTelekom" =
 * "Rostelecom" and "Norsi-Trans" = "Norsi Trans", and the slugs entity ids are made from.
 */

/** Letters and digits of a name, lower-cased, without diacritics or punctuation. */
export function nameTokens(name: string): string[] {
  // "U.S." and "E.O." are one word each, as "US" and "EO" are.
  const plain = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/&/g, ' and ')
    .replace(/(?<![\p{L}\p{N}])((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''));
  return [...plain.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((m) => foldSpelling(m[0]));
}

/**
 * Transliterations of Russian names waver between k and c ("Rostelekom"/"Rostelecom") and double
 * letters ("Rosseti"/"Roseti"); folding both away lets the catalog hold one spelling. Short tokens
 * keep their double letters, since there they tell acronyms apart (MIIT is not MIT).
 */
export function foldSpelling(token: string): string {
  const folded = token.replace(/k/g, 'c');
  return folded.length > 5 ? folded.replace(/(.)\1+/g, '$1') : folded;
}

/** The key two names are compared by; a leading "the" never tells names apart. */
export function nameKey(name: string): string {
  const tokens = nameTokens(name);
  if (tokens[0] === 'the' && tokens.length > 1) tokens.shift();
  return tokens.join(' ');
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
