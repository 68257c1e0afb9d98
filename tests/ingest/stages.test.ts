/**
 * Stage by stage: text in, list out. Each test names the behaviour a later change must not break.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, catalog } from '../../ingest/catalog.ts';
import { removeOverlappingMentions } from '../../ingest/clean/removeOverlappingMentions.ts';
import { extractMetadata } from '../../ingest/normalise/metadata.ts';
import { documentId, normaliseText } from '../../ingest/normalise/text.ts';
import { ingestOptions } from '../../ingest/pipeline.ts';
import { decodeDocument } from '../../ingest/read/decode.ts';
import { UnreadableDocumentError } from '../../ingest/read/errors.ts';
import { discoverMentions } from '../../ingest/recognise/discover.ts';
import { findCatalogMentions } from '../../ingest/recognise/gazetteer.ts';
import { resolveEntities } from '../../ingest/resolve/entities.ts';
import { splitSentences } from '../../ingest/split/sentences.ts';
import { orderStages, defineStage } from '../../ingest/stage.ts';
import type { Mention } from '../../ingest/types.ts';

const MB = 1024 * 1024;

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof UnreadableDocumentError) return e.reason;
    throw e;
  }
  return undefined;
}

function mentionsIn(text: string): Mention[] {
  return splitSentences(text).flatMap((s) => removeOverlappingMentions([...findCatalogMentions(s, catalog()), ...discoverMentions(s, catalog())]));
}

describe('decode refuses what is not an article', () => {
  const doc = (data: string | Uint8Array) => ({ source: 'x.txt', data });
  it('rejects empty and whitespace-only input', () => {
    expect(reasonOf(() => decodeDocument(doc(''), MB))).toBe('empty');
    expect(reasonOf(() => decodeDocument(doc(' \n\t\n'), MB))).toBe('empty');
  });
  it('rejects binary data: NUL bytes or many control characters', () => {
    expect(reasonOf(() => decodeDocument(doc(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), MB))).toBe('binary');
    expect(reasonOf(() => decodeDocument(doc(`text${'\u0001\u0002\u0003'.repeat(20)}`), MB))).toBe('binary');
  });
  it('rejects invalid UTF-8', () => {
    expect(reasonOf(() => decodeDocument(doc(new Uint8Array([0x48, 0x69, 0xc3, 0x28, 0xff])), MB))).toBe('invalid-utf8');
  });
  it('rejects input over the size limit, which INGEST_MAX_BYTES sets', () => {
    expect(reasonOf(() => decodeDocument(doc('a'.repeat(101)), 100))).toBe('too-large');
    const before = process.env.INGEST_MAX_BYTES;
    process.env.INGEST_MAX_BYTES = '1234';
    try {
      expect(ingestOptions().maxBytes).toBe(1234);
    } finally {
      if (before === undefined) delete process.env.INGEST_MAX_BYTES;
      else process.env.INGEST_MAX_BYTES = before;
    }
    expect(ingestOptions().maxBytes).toBe(5 * MB);
  });
  it('accepts UTF-8 text with a byte-order mark and keeps Cyrillic', () => {
    expect(decodeDocument(doc(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Качество связи')])), MB)).toBe('Качество связи');
  });
});

describe('normalise gives rules one spelling', () => {
  it('straightens curly quotes and removes the ?? artefacts of the seeds', () => {
    expect(normaliseText('the so-called \u201Clanding law\u201D and China\u2019s idea of ??replacing')).toBe('the so-called "landing law" and China\'s idea of replacing');
  });
  it('keeps the words of Markdown links and drops footnote marks', () => {
    expect(normaliseText('Putin famously [stated](#) it.\nPaul Goode\u00B9 wrote \\$10.8 million')).toBe('Putin famously stated it.\nPaul Goode wrote $10.8 million');
  });
  it('drops Markdown headings and emphasis from .md files but keeps the words', () => {
    expect(normaliseText('# Hikvision in Quito\n\n**Hikvision** sold __cameras__ to Quito; 2 * 3 = 6.')).toBe('Hikvision in Quito\n\nHikvision sold cameras to Quito; 2 * 3 = 6.');
  });
  it('collapses runs of spaces and blank lines', () => {

    expect(normaliseText('a  b\r\n\r\n\r\n\r\nc ')).toBe('a b\n\nc');
  });
  it('gives the same content the same 16-hex id', () => {
    expect(documentId('abc')).toMatch(/^[0-9a-f]{16}$/);
    expect(documentId('abc')).toBe(documentId('abc'));
    expect(documentId('abc')).not.toBe(documentId('abd'));
  });
});

describe('metadata comes only from what the text states', () => {
  it('takes the first line as title, "Written by" an outlet as publisher and a name line as author', () => {
    const meta = extractMetadata('Convergence in numbers\n\nWritten by The Frontier Post\n\nLeonid Kovachich & Andrey Kolesnikov\n\nBody text here.', catalog());
    expect(meta).toEqual({ title: 'Convergence in numbers', publisher: 'The Frontier Post', author: 'Leonid Kovachich & Andrey Kolesnikov' });
  });
  it('reads a memo header: publisher, date and author', () => {
    const meta = extractMetadata('Russia and Digital Surveillance\n\nPONARS Eurasia Policy Memo No. 650\n\nMay 2020\n\nPaul Goode\n\nUniversity of Bath\n\nText.', catalog());
    expect(meta).toEqual({ title: 'Russia and Digital Surveillance', publisher: 'PONARS Eurasia', date: 'May 2020', author: 'Paul Goode' });
  });
  it('does not take a line of country names for an author', () => {
    expect(extractMetadata('Russia China\n\nRussia China\n\nText.', catalog()).author).toBeUndefined();
  });
  it('lets the caller override the title', () => {
    expect(extractMetadata('First line\nSecond', catalog(), 'Given').title).toBe('Given');
  });
});

describe('split gives sentences and tokens with offsets into the text', () => {
  const text = 'Myth # 1: Russia is overcoming dependence\n\nHikvision, another Chinese manufacturer, has been operating in Kazakhstan since 2015. It sells cameras.';
  const sentences = splitSentences(text);
  it('never glues a heading onto the next sentence', () => {
    expect(sentences.map((s) => s.text)).toEqual([
      'Myth # 1: Russia is overcoming dependence',
      'Hikvision, another Chinese manufacturer, has been operating in Kazakhstan since 2015.',
      'It sells cameras.',
    ]);
  });
  it('offsets slice the text back exactly, for sentences and tokens', () => {
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });
  it('tags parts of speech with wink-nlp', () => {
    expect(sentences[1].tokens.find((t) => t.text === 'Hikvision')?.pos).toBe('PROPN');
  });
});

describe('the gazetteer finds catalog names whatever their spelling', () => {
  it('matches case and transliteration variants: HikVision, RosTec, RosTelekom', () => {
    const found = mentionsIn('HikVision, RosTec and RosTelekom signed.').map((m) => [m.text, m.name]);
    expect(found).toEqual([['HikVision', 'Hikvision'], ['RosTec', 'Rostec'], ['RosTelekom', 'Rostelecom']]);
  });
  it('matches through punctuation and keeps exact offsets', () => {
    const text = 'Huawei works with Norsi Trans.';
    const m = mentionsIn(text).find((x) => x.name === 'Norsi-Trans')!;
    expect(text.slice(m.start, m.end)).toBe('Norsi Trans');
  });
  it('does not take common words for one-word names or acronyms', () => {
    expect(mentionsIn('The axis of the debate was a visa for us.').map((m) => m.name)).toEqual([]);
    expect(mentionsIn('Axis cameras reached the US.').map((m) => m.name)).toEqual(['Axis Communications', 'United States']);
  });
  it('keeps short acronyms apart: MIT is not MIIT', () => {
    expect(mentionsIn('MIT ended its work. MIIT issued rules.').map((m) => m.name)).toEqual(['Ministry of Industry and Information Technology']);
  });
  it('prefers the longest name: Moscow Center for SPARC Technologies is not Moscow', () => {

    expect(mentionsIn('The Moscow Center for SPARC Technologies designs chips.').map((m) => m.name)).toEqual(['MCST']);
  });
});

describe('discovery finds names the catalog does not know, by shape', () => {
  it('finds organisations by suffix and people by title or given name', () => {
    const found = mentionsIn('Activist Ivan Petrov met the head of Zorkiy Telecom and Mayor Anna Smirnova.').map((m) => [m.name, m.type]);
    expect(found).toEqual([['Ivan Petrov', 'Person'], ['Zorkiy Telecom', 'Company'], ['Anna Smirnova', 'Person']]);
  });
  it('finds laws and programs named in quotes with a trigger word', () => {
    const found = mentionsIn('The Duma prepared the so-called "data localisation law" and the "Clean Streets" program.').map((m) => [m.name, m.type]);
    expect(found).toEqual([['State Duma', 'Agency'], ['data localisation law', 'Law'], ['Clean Streets', 'Program']]);
  });
  it('does not make an entity of "the company" or a lone capitalised word', () => {
    expect(mentionsIn('The company said the Group would grow. Meanwhile Telecom prices rose.').map((m) => m.name)).toEqual([]);
  });
});

describe('resolution gives one entity per thing named', () => {
  const resolve = (text: string) => {
    const sentences = splitSentences(text);
    return resolveEntities(mentionsIn(text), sentences, catalog());
  };
  it('merges spellings into one catalog entity', () => {
    const r = resolve('HikVision sold cameras. Later Hikvision sold more.');
    expect(r.entities.map((e) => e.id)).toEqual(['hikvision']);
    expect(r.mentions.map((m) => m.entityId)).toEqual(['hikvision', 'hikvision']);
  });
  it('keeps same-name ministries apart by the country the text places them in', () => {
    const r = resolve('In Kazakhstan, the Ministry of Internal Affairs bought cameras. The Ministry of Internal Affairs of Russia bought servers.');
    expect(r.entities.filter((e) => e.type === 'Agency').map((e) => [e.id, e.country])).toEqual([
      ['ministry-of-internal-affairs-kazakhstan', 'Kazakhstan'],
      ['ministry-of-internal-affairs-russia', 'Russia'],
    ]);
  });
  it('ties a later surname to the person named in full earlier', () => {
    const r = resolve('Activist Ivan Petrov spoke. Later Petrov left.');
    expect(r.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Ivan Petrov']);
  });
  it('lets a sentence-initial "They" stand for the list of organisations before it', () => {
    const r = resolve('Baikal Electronics and MCST design processors. They outsource production to TSMC.');
    const they = r.references.find((x) => x.anaphor)!;
    expect(they.text).toBe('They');
    expect(they.entityIds).toEqual(['baikal-electronics', 'mcst']);
  });
});

describe('the catalog is validated on load', () => {
  it('fails on a type that is not in the ontology', () => {
    expect(() => buildCatalog([{ name: 'X', type: 'Vendor', aliases: [] }])).toThrow(/type/);
  });
  it('fails when two entities claim the same name or alias', () => {
    expect(() => buildCatalog([{ name: 'Acme', type: 'Company', aliases: ['ACME Corp'] }, { name: 'Acme Corp', type: 'Company', aliases: [] }])).toThrow(/names both/);
  });
  it('accepts the same name in two countries and gives each its own id', () => {
    const c = buildCatalog([
      { name: 'Ministry of Justice', type: 'Agency', aliases: [], country: 'Russia' },
      { name: 'Ministry of Justice', type: 'Agency', aliases: [], country: 'Kazakhstan' },
    ]);
    expect(c.items.map((i) => i.id)).toEqual(['ministry-of-justice-russia', 'ministry-of-justice-kazakhstan']);
  });
  it('holds only ontology types, and every seed entity an analyst would list', () => {
    const names = new Set(catalog().items.map((i) => i.name));
    for (const n of ['NtechLab', 'Rostec', 'Hikvision', 'Dahua', 'Huawei', 'Sberbank', 'TSMC', 'Baikal Electronics', 'Norsi-Trans', 'Korkem Telecom',
      'Open Technologies Group', 'Rostelecom', 'FSB', 'Roskomnadzor', 'Safe City', 'Sharp Eye', 'Sergek', 'SORM', 'Golden Shield',
      'Unified Video Monitoring System', 'Yarovaya law', 'German Gref', 'CloudWalk', 'SenseTime', 'Megvii', 'iFlytek', 'Yitu', 'ZTE',
      'Ecuador', 'Zimbabwe', 'ECU 911', 'US Department of Commerce', 'Entity List', 'OFAC']) {
      expect(names, n).toContain(n);
    }
  });
});

describe('the pipeline orders stages by what they require and assign', () => {
  const stage = (name: string, requires: string[], assigns: string) =>
    defineStage({ name, requires: requires as never, assigns: assigns as never, run: () => undefined as never });
  it('puts each stage after the ones assigning its requirements', () => {
    const ordered = orderStages([stage('b', ['raw'], 'text'), stage('a', ['input'], 'raw')]);
    expect(ordered.map((s) => s.name)).toEqual(['a', 'b']);
  });
  it('fails when a requirement is never assigned', () => {
    expect(() => orderStages([stage('b', ['sentences'], 'text')])).toThrow(/cannot order b \(needs sentences\)/);
  });
});
