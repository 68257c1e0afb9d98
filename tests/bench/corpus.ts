/**
 * @module The synthetic corpus: articles of about 10 KB about vendors, governments, cities and
 * programs, deterministic from a seed. They use names the catalog knows and invented ones with
 * organisation suffixes, and state supply, partnership, ownership, subsidiary, sanctions and ban
 * facts in active and passive voice, with negations and plain background prose around them, so the
 * extractor does the work it does on real reporting.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../../cypher/ontology.ts';
import { catalogEntries, inventName } from './names.ts';
import { hash32, int, pick, rng, type Rand } from './prng.ts';

export interface CorpusSpec {
  articles: number;
  seed: number;
  /** Invented vendors beside the catalog's; they force discovery by suffix. */
  inventedVendors: number;
  /** Target size of one article in characters. */
  articleChars: number;
}

export const corpusDefaults = { seed: 7, inventedVendors: 300, articleChars: 10_000 } satisfies Partial<CorpusSpec>;

interface Cast {
  vendors: string[];
  governments: string[];
  agencies: string[];
  cities: string[];
  programs: string[];
  laws: string[];
  people: string[];
  sanctioners: string[];
}

function castFor(spec: CorpusSpec): Cast {
  const catalog = catalogEntries();
  const names = (...types: EntityType[]) => catalog.filter((e) => types.includes(e.type)).map((e) => e.name);
  const r = rng(hash32(`cast:${spec.seed}`));
  const invent = (type: EntityType, n: number) => Array.from({ length: n }, () => inventName(r, type));
  return {
    vendors: [...names('Company'), ...invent('Company', spec.inventedVendors)],
    governments: names('State'),
    agencies: [...names('Agency'), ...invent('Agency', Math.ceil(spec.inventedVendors / 10))],
    cities: [...names('Place'), ...invent('Place', Math.ceil(spec.inventedVendors / 5))],
    programs: [...names('Program'), ...invent('Program', Math.ceil(spec.inventedVendors / 10))],
    laws: names('Law'),
    people: names('Person'),
    sanctioners: ['US Department of the Treasury', 'OFAC', 'US Department of Commerce', 'Bureau of Industry and Security', 'European Union', 'United Kingdom', 'United States'],
  };
}

type Slots = { v: string; w: string; g: string; c: string; p: string; a: string; l: string; s: string; y: number; n: number; who: string };

/** Fact sentences by relationship, each in several voices. `{x}` fills from the slots. */
const FACTS: Record<string, string[]> = {
  supplies: [
    '{v} supplied {c} with facial recognition cameras in {y}.',
    'In {y}, {v} delivered {n} cameras to {c} as part of the {p} program.',
    '{v} won a contract to supply servers and storage to {a}.',
    'Cameras for the {p} system in {c} were supplied by {v}.',
    '{c} was equipped with video analytics by {v} under a {y} tender.',
    'According to procurement records, {v} has provided {g} with thermal cameras since {y}.',
    '{v} sold network equipment to {a}, the documents show.',
  ],
  partners: [
    '{v} and {w} signed a partnership agreement in {y} to develop face recognition for transport hubs.',
    '{v} partnered with {w} on the {p} rollout.',
    'In {y}, {v} entered a joint venture with {w}.',
  ],
  subsidiary: [
    '{v}, a subsidiary of {w}, handled the installation.',
    '{v} is a unit of {w}, which it joined in {y}.',
    '{v} became part of {w} after a merger in {y}.',
  ],
  owns: [
    '{w} owns a {n} percent stake in {v}.',
    '{v} is majority-owned by {w}, according to corporate filings.',
    'In {y}, {w} acquired {v} for an undisclosed sum.',
  ],
  sanctions: [
    'In {y}, the {s} sanctioned {v} over its role in surveillance of minorities.',
    '{v} was added to the Entity List by the US Department of Commerce in {y}.',
    'The {s} imposed sanctions on {v} and two of its executives.',
    '{v} has been under {s} sanctions since {y}.',
  ],
  bans: [
    '{g} banned {v} equipment from government procurement in {y}.',
    'The {l} prohibits state agencies from buying cameras made by {v}.',
    '{a} barred {v} from bidding on public contracts.',
  ],
  operates: [
    '{a} operates the {p} system in {c}.',
    'The {p} program is run by {a} and covers {n} districts.',
    '{c} launched the {p} project in {y} with funding from {g}.',
  ],
  leads: [
    '{who}, the chief executive of {v}, said the company would expand abroad.',
    '{v} is headed by {who}, a former official.',
  ],
  negations: [
    '{v} denied that it had supplied {c} with cameras.',
    '{v} did not supply {a} with any equipment, a spokesperson said.',
    'There is no evidence that {v} partnered with {w}.',
    '{v} has never been a subsidiary of {w}, the company insists.',
    'Reports that {g} sanctioned {v} were later retracted.',
  ],
};

/** Background prose: names appear, but no rule should fire. */
const BACKGROUND = [
  'Privacy advocates in {c} warned that the cameras could be used to track protesters and journalists.',
  'The market for video surveillance in {g} grew by {n} percent last year, analysts estimate.',
  'Officials in {c} say the system has helped solve street crime, but they have published no figures.',
  'Critics argue that the rules on data retention are vague and rarely enforced.',
  'Human rights groups have long documented how such systems spread across Central Asia and Africa.',
  'The debate over facial recognition has moved from technology conferences to parliaments.',
  'Researchers who studied the tender documents found that several bids were identical.',
  'A spokesperson for {a} declined to comment on the number of cameras installed.',
  'The contracts were often signed without public hearings, and their value was not disclosed.',
  'Residents of {c} said they learned about the cameras only when they appeared on their street.',
  'Such deployments are frequently justified by appeals to public safety and counter-terrorism.',
  'Documents seen by reporters describe a central platform that stores images for {n} days.',
];

const WEIGHTS: [keyof typeof FACTS, number][] = [
  ['supplies', 30], ['partners', 10], ['subsidiary', 7], ['owns', 7], ['sanctions', 10], ['bans', 6], ['operates', 10], ['leads', 4], ['negations', 10],
];

function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, k: keyof Slots) => String(slots[k]));
}

function slots(r: Rand, cast: Cast, focus: string[]): Slots {
  // Articles revolve around a few vendors; the focus list makes them recur like in real stories.
  const vendor = () => (r() < 0.6 ? pick(r, focus) : pick(r, cast.vendors));
  let w = vendor();
  const v = vendor();
  while (w === v) w = pick(r, cast.vendors);
  return {
    v, w, g: pick(r, cast.governments), c: pick(r, cast.cities), p: pick(r, cast.programs), a: pick(r, cast.agencies),
    l: pick(r, cast.laws), s: pick(r, cast.sanctioners), y: 2010 + int(r, 15), n: 5 + int(r, 95), who: pick(r, cast.people),
  };
}

function factSentence(r: Rand, cast: Cast, focus: string[]): string {
  let x = r() * WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let kind = WEIGHTS[0]![0];
  for (const [k, w] of WEIGHTS) if ((x -= w) < 0) { kind = k; break; }
  return fill(pick(r, FACTS[kind]!), slots(r, cast, focus));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PUBLISHERS = ['The Frontier Post', 'PONARS Eurasia', 'Reuters', 'The Register', 'IPVM', 'Bellingcat'];

export class Corpus {
  private readonly cast: Cast;

  constructor(readonly spec: CorpusSpec) {
    this.cast = castFor(spec);
  }

  /** The i-th article: a title, a byline and a date, then paragraphs mixing facts and background. */
  article(i: number): { source: string; text: string } {
    const r = rng(hash32(`article:${this.spec.seed}:${i}`));
    const focus = Array.from({ length: 3 }, () => pick(r, this.cast.vendors));
    const lines = [
      `How ${focus[0]} equipment reached ${pick(r, this.cast.cities)}: report ${i}`,
      '',
      `Written by ${pick(r, PUBLISHERS)}`,
      '',
      `${pick(r, MONTHS)} ${2015 + int(r, 10)}`,
      '',
    ];
    let size = lines.join('\n').length;
    while (size < this.spec.articleChars) {
      const sentences = Array.from({ length: 4 + int(r, 4) }, () =>
        r() < 0.45 ? factSentence(r, this.cast, focus) : fill(pick(r, BACKGROUND), slots(r, this.cast, focus)));
      const paragraph = sentences.join(' ');
      lines.push(paragraph, '');
      size += paragraph.length + 2;
    }
    return { source: `bench-${this.spec.seed}-${String(i).padStart(6, '0')}.txt`, text: lines.join('\n') };
  }

  *articles(): Generator<{ source: string; text: string }> {
    for (let i = 0; i < this.spec.articles; i++) yield this.article(i);
  }

  /** Writes the corpus as files, for ingestPaths; returns their paths. */
  writeTo(dir: string): string[] {
    mkdirSync(dir, { recursive: true });
    const paths: string[] = [];
    for (const a of this.articles()) {
      const path = join(dir, a.source);
      writeFileSync(path, a.text);
      paths.push(path);
    }
    return paths;
  }
}
