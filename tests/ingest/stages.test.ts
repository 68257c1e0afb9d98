/**
 * Stage by stage: text in, list out. Each test names the behaviour a later change must not break.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, catalog } from '../../ingest/catalog.ts';
import { nameKey } from '../../ingest/names.ts';
import { removeOverlapping } from '../../ingest/clean/removeOverlappingMentions.ts';
import { metadataOf } from '../../ingest/normalise/extractMetadata.ts';
import { documentId } from '../../ingest/normalise/identifyDocument.ts';
import { normalise, unwrapLines } from '../../ingest/normalise/normaliseText.ts';
import { ANALYSE, PREPARE, ingestOptions } from '../../ingest/pipeline.ts';
import { decode } from '../../ingest/read/decodeDocument.ts';
import { UnreadableDocumentError } from '../../ingest/read/errors.ts';
import { coreKeys, typeByWords } from '../../ingest/recognise/spans.ts';
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

const doc = (data: string | Uint8Array) => ({ source: 'x.txt', data });

describe('decode refuses what is not an article', () => {
  it('rejects empty and whitespace-only input', () => {
    expect(reasonOf(() => decode(doc(''), MB))).toBe('empty');
    expect(reasonOf(() => decode(doc(' \n\t\n'), MB))).toBe('empty');
  });
  it('rejects binary data: NUL bytes or many control characters', () => {
    expect(reasonOf(() => decode(doc(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), MB))).toBe('binary');
    expect(reasonOf(() => decode(doc(`text${'\u0001\u0002\u0003'.repeat(20)}`), MB))).toBe('binary');
  });
  it('rejects invalid UTF-8', () => {
    expect(reasonOf(() => decode(doc(new Uint8Array([0x48, 0x69, 0xc3, 0x28, 0xff])), MB))).toBe('invalid-utf8');
  });
  it('rejects input over the size limit, which INGEST_MAX_BYTES sets', () => {
    expect(reasonOf(() => decode(doc('a'.repeat(101)), 100))).toBe('too-large');
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
    expect(decode(doc(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Качество связи')])), MB)).toBe('Качество связи');
  });
});

/** Cyrillic in windows-1251, which Node cannot encode: А..я are 0xC0..0xFF. */
const cp1251 = (text: string) => new Uint8Array([...text].map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))));

describe('decode reads the character set a text declares', () => {
  const SENTENCE = 'Камеры поставил Хиквижн.';
  it('reads a web page in windows-1251 by its <meta charset>, in either form', () => {
    const page = (meta: string) => ({ source: 'page.html', data: cp1251(`<html><head>${meta}<title>x</title></head><body><p>${SENTENCE}</p></body></html>`) });
    expect(decode(page('<meta charset="windows-1251">'), MB, 'html')).toContain(SENTENCE);
    expect(decode(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'), MB, 'html')).toContain(SENTENCE);
  });
  it('reads bytes by the charset the server sent, ahead of guessing', () => {
    expect(decode({ source: 'https://example.org/a', data: cp1251(SENTENCE), charset: 'windows-1251' }, MB)).toBe(SENTENCE);
  });
  it('reads UTF-16 text by its byte-order mark although half its bytes are NUL', () => {
    expect(decode(doc(new Uint8Array([0xff, 0xfe, ...Buffer.from(SENTENCE, 'utf16le')])), MB)).toBe(SENTENCE);
  });
  it('names an unknown declared charset, and asks for UTF-8 when undeclared bytes are not UTF-8', () => {
    expect(reasonOf(() => decode({ source: 'a.html', data: Buffer.from('<meta charset="x-klingon"><p>Text.</p>') }, MB, 'html'))).toBe('unknown-charset');
    expect(() => decode(doc(cp1251(SENTENCE)), MB)).toThrow(/save it as UTF-8/);
    expect(() => decode({ source: 'a.html', data: cp1251(SENTENCE), charset: 'utf-8' }, MB, 'html')).toThrow(/although the server says so/);
  });
});

describe('normalise gives rules one spelling', () => {
  it('straightens curly quotes and removes the ?? artefacts of the seeds', () => {
    expect(normalise('the so-called \u201Clanding law\u201D and China\u2019s idea of ??replacing')).toBe('the so-called "landing law" and China\'s idea of replacing');
  });
  it('keeps the words of Markdown links and drops footnote marks', () => {
    expect(normalise('Putin famously [stated](#) it.\nPaul Goode\u00B9 wrote \\$10.8 million')).toBe('Putin famously stated it.\nPaul Goode wrote $10.8 million');
  });
  it('drops Markdown headings and emphasis from .md files but keeps the words', () => {
    expect(normalise('# Hikvision in Quito\n\n**Hikvision** sold __cameras__ to Quito; 2 * 3 = 6.')).toBe('Hikvision in Quito\n\nHikvision sold cameras to Quito; 2 * 3 = 6.');
  });
  it('collapses runs of spaces and blank lines', () => {
    expect(normalise('a  b\r\n\r\n\r\n\r\nc ')).toBe('a b\n\nc');
  });
  it('drops footnote numbers in brackets after a sentence', () => {
    expect(normalise('It was built by Huawei.[12] Later [3, 4] more.')).toBe('It was built by Huawei. Later more.');
  });
  it('joins hard-wrapped prose into one line, offsets kept, and keeps list items, infobox lines and short titles apart', () => {
    const wrapped = 'In 2019 the Commerce Department added twenty-eight\nbodies to the Entity List.\nFounded: 2011\n- Hikvision\n- Dahua';
    const joined = unwrapLines(wrapped);
    expect(joined).toBe('In 2019 the Commerce Department added twenty-eight bodies to the Entity List.\nFounded: 2011\n- Hikvision\n- Dahua');
    expect(joined.length).toBe(wrapped.length);
    expect(unwrapLines('Short title\nBody line.')).toBe('Short title\nBody line.');
  });
  it('gives the same content the same 16-hex id', () => {
    expect(documentId('abc')).toMatch(/^[0-9a-f]{16}$/);
    expect(documentId('abc')).toBe(documentId('abc'));
    expect(documentId('abc')).not.toBe(documentId('abd'));
  });
});

describe('metadata comes only from what the text states', () => {
  it('takes the first line as title, "Written by" an outlet as publisher and a name line as author', () => {
    const meta = metadataOf('Convergence in numbers\n\nWritten by The Frontier Post\n\nLeonid Kovachich & Andrey Kolesnikov\n\nBody text here.', catalog());
    expect(meta).toEqual({ title: 'Convergence in numbers', publisher: 'The Frontier Post', author: 'Leonid Kovachich & Andrey Kolesnikov' });
  });
  it('reads a memo header: publisher, date and author', () => {
    const meta = metadataOf('Russia and Digital Surveillance\n\nPONARS Eurasia Policy Memo No. 650\n\nMay 2020\n\nPaul Goode\n\nUniversity of Bath\n\nText.', catalog());
    expect(meta).toEqual({ title: 'Russia and Digital Surveillance', publisher: 'PONARS Eurasia', date: 'May 2020', author: 'Paul Goode' });
  });
  it('does not take a line of country names for an author', () => {
    expect(metadataOf('Russia China\n\nRussia China\n\nText.', catalog()).author).toBeUndefined();
  });
  it('lets the caller override the title', () => {
    expect(metadataOf('First line\nSecond', catalog(), 'Given').title).toBe('Given');
  });
});

describe('names are compared without articles and legal forms', () => {
  it('reduces a full legal name to the words it is known by', () => {
    expect(coreKeys('Hangzhou Hikvision Digital Technology Co., Ltd.')).toEqual(['hangzhou', 'hicvision', 'digital', 'technology']);
    expect(coreKeys('Public Joint Stock Company Sberbank of Russia')).toEqual(['sberbanc', 'of', 'rusia']);
    expect(coreKeys('the U.S. Department of the Treasury')).toEqual(['us', 'department', 'of', 'the', 'treasury']);
  });
  it('types a name by its legal form or its head word, scanning past "of", "for" and "on"', () => {
    expect(typeByWords('Zhejiang Dahua Technology Co., Ltd.')).toBe('Company');
    expect(typeByWords('Ministry of Internal Affairs')).toBe('Agency');
    expect(typeByWords('Office of Foreign Assets Control')).toBe('Agency');
    expect(typeByWords('State Committee for Information Technologies and Communications')).toBe('Agency');
    expect(typeByWords('Committee on National Economy')).toBe('Agency');
    expect(typeByWords('Bank of China')).toBe('Company');
    expect(typeByWords('University of Washington')).toBe('Organization');
    expect(typeByWords('Global Magnitsky Human Rights Accountability Act')).toBe('Law');
    expect(typeByWords('Chen Quanguo')).toBeUndefined();
  });
});

describe('overlapping mentions keep one span', () => {
  const m = (start: number, end: number, rule: string): Mention => ({
    start, end, text: '', type: 'Company', tokenStart: 0, tokenEnd: 1, head: 0, catalogKeys: [], name: rule, origin: rule === 'catalog' ? 'catalog' : 'discovered', rule, sentence: 0,
  });
  it('keeps the longer name, and the catalog at equal length', () => {
    expect(removeOverlapping([m(0, 6, 'catalog'), m(0, 20, 'proper-noun')]).map((x) => x.name)).toEqual(['proper-noun']);
    expect(removeOverlapping([m(0, 6, 'ner-organization'), m(0, 6, 'catalog')]).map((x) => x.name)).toEqual(['catalog']);
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
  it('adds every state of the world, with its demonyms, capital and large cities, unless the catalog already names them', () => {
    const c = catalog();
    const named = (n: string) => c.byKey.get(nameKey(n))?.map((id) => c.byId.get(id)!);
    expect(named('Uzbekistan')?.[0]).toMatchObject({ type: 'State' });
    expect(named('Tashkent')?.[0]).toMatchObject({ type: 'Place', country: 'Uzbekistan' });
    expect(c.countryByAdjective.get('uzbec')).toBe('Uzbekistan');
    expect(named('Russia')).toHaveLength(1);
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
    expect(() => orderStages([stage('b', ['parse'], 'text')])).toThrow(/cannot order b \(needs parse\)/);
  });
  it('names every stage after its export and its file, verbs first', () => {
    for (const s of [...PREPARE, ...ANALYSE]) expect(s.name).toMatch(/^[a-z]+[A-Z][A-Za-z]+$/);
  });
});
