/**
 * @module readLocations: where things are, from the way names are written rather than from a verb.
 * A place followed by the place that holds it ("Hangzhou, Zhejiang, China": in Zhejiang, and in China; "San Jose, California");
 * a company or organisation followed by "of" its country or city ("Positive Technologies, of
 * Russia", "NSO Group and Candiru, both of Israel", "Avigilon Corporation of Vancouver"); a place "in"
 * the place after it ("Ciudad Juarez, in Chihuahua"); a registered company "in" the country after it
 * in a list of parties ("Alexsong Pte Ltd in Singapore", "OOO Kaspersky Group, both in Russia"); a country's
 * company ("France's Orange SA"); and, in a key-value line, a company followed by its town
 * ("Contractor: Neva Company 2020 DOO, Ranilug"); a company and the description set beside it that
 * opens with its city ("NtechLab, the Moscow developer"). Read from the text between two names, which the
 * parser often attaches wrongly in long lists; a list ("Nairobi, Mombasa and Kisumu") is not a chain.
 */
import { allowsRelation } from '../../cypher/ontology.ts';
import { placesNamed } from '../gazetteer.ts';
import { INFOBOX_LINE } from '../infobox.ts';
import { hasLegalForm } from '../recognise/spans.ts';
import { defineStage } from '../stage.ts';
import { sentenceRelation } from './sentenceRelation.ts';
import type { ParsedSentence, Reference, Relation } from '../types.ts';

const CONFIDENCE = 0.7;
const PLACES = new Set(['Place', 'State']);
const HOLDERS = new Set(['Company', 'Organization']);

/** Text between two names that makes the second the first's place. */
const COMMA = /^\s*,\s*$/;
const OF = /^\s*,?\s+(?:both\s+|all\s+|each\s+)?of\s+(?:the\s+)?$/;
const POSSESSIVE = /^\s*['\u2019]s?\s+$/;
const COMMA_IN = /^\s*,\s+in\s+(?:the\s+)?$/;
/** A registered name and the country after it, in a list of designated parties: "Alexsong Pte Ltd in Singapore", "OOO Kaspersky Group, both in Russia". */
const LISTED_IN = /^\s*,?\s+(?:both\s+|all\s+|each\s+)?in\s+(?:the\s+)?$/;
/** A description set beside a name, opening with its city: "NtechLab, the Moscow developer", "NEC Corporation, the Tokyo-based electronics and IT group". */
const COMMA_ARTICLE = /^\s*,\s+(?:a|an|the)\s+$/;
const DESCRIBED = /^(?:-based)?\s+(?:[\w-]+\s+){0,3}?(?:company|firm|developer|designer|maker|manufacturer|group|start-?up|integrator|supplier|vendor|operator|conglomerate|producer|specialist|contractor|provider|business|corporation|enterprise)\b/i;
/** Regions no chain of places climbs to: "Markets: Africa, Asia, Europe, Latin America" is a list. */
const WORLD_REGIONS = /^(?:africa|asia|europe|latin america|south america|north america|the americas|middle east|the middle east|central asia|southeast asia|south-east asia|east asia|eastern europe|western europe|oceania|the balkans|the caucasus)$/i;
/** What follows a place that owns the next noun: "Tajikistan's Ministry". */
const OWNS_NEXT = /^['’]s?\s/;
/** A chain names a place and what holds it, at most city, region, country: longer is a list. */
const LONGEST_CHAIN = 3;

/** Bodies an address line gives a seat: "Contracting authority: Central Election Commission (CEC), Moscow". */
const SEATED = new Set(['Company', 'Organization', 'Agency']);
/** Where an address ends: the line's end, a semicolon, or a bracket ("London, United Kingdom (a subsidiary of ...)"). */
const ADDRESS_END = /^[\s.;,]*(?:and\s*)?(?:$|[();])/;
/** A verb that makes a line a sentence rather than an address. */
const FINITE = /^(?:VBD|VBZ|VBP|MD)$/;

/**
 * An address: a line with no verb that names a body and then, at its end, the places it is at,
 * street and district words between ("Hangzhou Hikvision Digital Technology Co., Ltd., a.k.a.
 * Hikvision, No. 555 Qianmo Road, Binjiang District, Hangzhou, Zhejiang, China."; "Contractor:
 * Palantir Technologies UK, Ltd., London, United Kingdom"). The body is in the first city of the
 * places, else the first place.
 */
function addressSeats(text: string, sentence: ParsedSentence, named: readonly Reference[]): [Reference, Reference][] {
  if (sentence.tokens.some((t) => FINITE.test(t.pos))) return [];
  const seats: [Reference, Reference][] = [];
  for (let end = named.length - 1; end >= 0; end--) {
    const last = named[end]!;
    if (!PLACES.has(last.type) || !ADDRESS_END.test(text.slice(last.end, sentence.end))) continue;
    let start = end;
    while (start > 0 && PLACES.has(named[start - 1]!.type) && COMMA.test(text.slice(named[start - 1]!.end, named[start]!.start))) start -= 1;
    const chain = named.slice(start, end + 1);
    const holder = named[start - 1];
    // Only street, district and description words between the body and its places, no other name.
    if (!holder || !SEATED.has(holder.type) || !/^\s*\)?\s*,/.test(text.slice(holder.end, chain[0]!.start))) continue;
    const city = chain.find((r) => r.type === 'Place' && placesNamed(r.text).some((p) => p.kind === 'city')) ?? chain[0]!;
    seats.push([holder, city]);
  }
  return seats;
}

export function locationRelations(text: string, docId: string, sentence: ParsedSentence, refs: readonly Reference[]): Relation[] {
  const named = refs.filter((r) => !r.anaphor).sort((a, b) => a.start - b.start || b.end - a.end)
    // One reference a span: the longest.
    .filter((r, i, all) => !all.some((o, j) => j < i && o.start <= r.start && o.end >= r.end));
  const between = (a: Reference, b: Reference) => text.slice(a.end, b.start);
  const after = (r: Reference) => text.slice(r.end, sentence.end);
  const line = text.slice(sentence.start, sentence.end);
  const found: Relation[] = [];
  const add = (from: Reference, to: Reference, rule: string) => {
    const [source, target] = [from.entityIds[0]!, to.entityIds[0]!];
    if (source === target || !allowsRelation('LOCATED_IN', from.type, to.type)) return;
    found.push(sentenceRelation(text, docId, sentence, source, 'LOCATED_IN', target, { rule, confidence: CONFIDENCE }));
  };

  // Chains of places joined by commas, unless the chain is a list.
  let chain: Reference[] = [];
  const closeChain = () => {
    const last = chain[chain.length - 1];
    const first = chain[0];
    const listed = last && (/^\s*,?\s+(?:and|or)\s/.test(after(last)) || (first && /,\s*$/.test(text.slice(sentence.start, first.start)) && named.some((r) => r.end <= first.start && PLACES.has(r.type) && COMMA.test(between(r, first)))));
    const regions = chain.some((r) => WORLD_REGIONS.test(r.text.trim()));
    if (chain.length > 1 && chain.length <= LONGEST_CHAIN && !listed && !regions) {
      for (let i = 0; i + 1 < chain.length; i++) if (chain[i]!.type === 'Place') add(chain[i]!, chain[i + 1]!, 'located-place-chain');
      // "Hangzhou, Zhejiang, China" says the city is in China as much as in Zhejiang.
      if (chain.length === LONGEST_CHAIN && chain[0]!.type === 'Place' && chain[2]!.type === 'State') add(chain[0]!, chain[2]!, 'located-place-chain');
    }
    chain = [];
  };
  for (const r of named) {
    if (!PLACES.has(r.type)) {
      closeChain();
      continue;
    }
    const prev = chain[chain.length - 1];
    // "in Beijing, Tajikistan's Ministry of Finance": a place that owns what follows starts a new
    // phrase, so it holds nothing named before it.
    if (prev && (!COMMA.test(between(prev, r)) || OWNS_NEXT.test(after(r)))) closeChain();
    chain.push(r);
  }
  closeChain();

  for (const [holder, place] of addressSeats(text, sentence, named)) add(holder, place, 'located-address');

  const words = line.match(/\p{L}{4,}/gu) ?? [];
  const inCapitals = words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.7 * words.length;
  for (let i = 0; i < named.length; i++) {
    const a = named[i]!;
    const b = named[i + 1];
    if (!b) break;
    // "NSO Group and Candiru, both of Israel": the name joined before shares the place.
    const withJoined = (rule: string, holds: (r: Reference) => boolean) => {
      add(a, b, rule);
      const joined = named[i - 1];
      if (joined && holds(joined) && /^\s+(?:and|&)\s+$/.test(between(joined, a)) && /both|all|each/.test(between(a, b))) add(joined, b, rule);
    };
    if (HOLDERS.has(a.type) && PLACES.has(b.type) && OF.test(between(a, b))) withJoined('located-of-place', (r) => HOLDERS.has(r.type));
    // Only a registered name: "Huawei in Kenya" may be its sales or its arm there.
    if (a.type === 'Company' && hasLegalForm(a.text) && PLACES.has(b.type) && LISTED_IN.test(between(a, b))) withJoined('located-listed-in', (r) => r.type === 'Company');
    // The parser often takes the description for an object of the verb before it, so it is read from the words.
    // "a Hong Kong-listed company" names a market, not a seat.
    if (HOLDERS.has(a.type) && b.type === 'Place' && COMMA_ARTICLE.test(between(a, b)) && !/-[a-z]+$/.test(b.text) && DESCRIBED.test(after(b))) add(a, b, 'located-described-city');
    // Not a name used as a modifier: "Kenya's Huawei-built network"; nor a headline's or a book title's
    // words in capitals: "Almaty's Video Monitoring Systems", "Russia's Digital Dictators".
    if (PLACES.has(a.type) && b.type === 'Company' && POSSESSIVE.test(between(a, b)) && !/^[-\u2010\u2011]/.test(after(b)) && !inCapitals) add(b, a, 'located-possessive-company');
    // "Ciudad Juarez, in Chihuahua", "Hangzhou, in China's Zhejiang province".
    if (a.type === 'Place' && PLACES.has(b.type) && COMMA_IN.test(between(a, b))) {
      const c = named[i + 2];
      if (c && c.type === 'Place' && POSSESSIVE.test(between(b, c))) {
        add(a, c, 'located-place-in');
        add(c, b, 'located-place-in');
      } else add(a, b, 'located-place-in');
    }
    // The company's short name in brackets may come first: "Contractor: China National Electronics
    // Import & Export Corporation (CEIEC), Beijing".
    if (INFOBOX_LINE.test(line) && HOLDERS.has(a.type) && PLACES.has(b.type) && COMMA.test(between(a, b).replace(/^\s*\)/, ''))) add(a, b, 'located-key-line');
  }
  return found;
}

export const readLocations = defineStage({
  name: 'readLocations',
  requires: ['parse', 'text', 'docId', 'resolution'],
  assigns: 'locationCandidates',
  run: (w) => w.parse.sentences.flatMap((s) => locationRelations(w.text, w.docId, s, w.resolution.references.filter((r) => r.sentence === s.index))),
});
