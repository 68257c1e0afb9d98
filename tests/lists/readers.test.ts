/**
 * Watchlist files in, entries out: each format as its publisher writes it (tests/fixtures/lists),
 * and every bad file refused with the line and what is wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readListFile } from '../../ingest/lists/readListFile.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'lists');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const read = (text: string, file = 'list.jsonl', format?: 'ftm' | 'csl' | 'csv') => readListFile(Buffer.from(text), file, format ? { format } : {});

describe('reading FollowTheMoney JSON lines', () => {
  it('reads firms with their aliases and countries, and adds the program, date and URL of the Sanction entities that point at them', () => {
    const { format, entries, skipped } = readListFile(fixture('entities.ftm.jsonl'), 'entities.ftm.jsonl');
    expect(format).toBe('ftm');
    expect(skipped).toBe(1);
    const hikvision = entries.find((e) => e.key === 'fx-hikvision');
    expect(hikvision).toMatchObject({
      list: 'us_bis_entity_list', type: 'Company', name: 'Hangzhou Hikvision Digital Technology Co., Ltd.', aliases: ['Hikvision'],
      countries: ['China'], programs: ['Entity List', 'NS-CMIC'], listedSince: '2019-10-09',
    });
    expect(entries.find((e) => e.key === 'fx-ntechlab')).toMatchObject({ countries: ['Russia'], listedSince: '2023-07-20', sourceUrl: 'http://data.europa.eu/eli/reg_impl/2023/1495/oj' });
  });
  it('names the line of a broken JSON line, of an entity without a name and of a schema FollowTheMoney does not have', () => {
    expect(() => read('{"id":"a","schema":"Company","properties":{"name":["A"]}}\n{"id":"b", "schema":')).toThrow(/list\.jsonl, line 2: not a JSON object/);
    expect(() => read('{"id":"a","schema":"Company","properties":{}}')).toThrow(/line 1: a Company without a name/);
    expect(() => read('{"id":"a","schema":"Spaceship","properties":{"name":["A"]}}')).toThrow(/line 1: unknown FollowTheMoney schema "Spaceship"/);
    expect(() => read('{"name":"A"}')).toThrow(/line 1: not a FollowTheMoney entity: id/);
  });
});

describe('reading the Consolidated Screening List', () => {
  it('puts each row on the list its source names, takes the country from the address and skips vessels', () => {
    const { format, entries, skipped } = readListFile(fixture('consolidated.csv'), 'consolidated.csv');
    expect(format).toBe('csl');
    expect(skipped).toBe(1);
    expect(new Set(entries.map((e) => e.list))).toEqual(new Set([
      'Entity List (EL) - Bureau of Industry and Security', 'Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC) - Treasury Department',
    ]));
    expect(entries.find((e) => e.key === 'fx-el-3')).toMatchObject({ name: 'Huawei Technologies Co. Ltd.', aliases: ['Huawei'], countries: ['China'], listedSince: '2019-05-16' });
  });
  it('refuses a CSV without the list\'s columns, naming them', () => {
    expect(() => read('source,name\nX,Y\n', 'x.csv', 'csl')).toThrow(/x\.csv, line 1: not a Consolidated Screening List: missing columns entity_number, type/);
  });
});

describe('reading a plain list', () => {
  it('reads names, aliases, country, list, program, date and URL', () => {
    const { entries } = readListFile(fixture('plain.csv'), 'plain.csv');
    expect(entries[0]).toMatchObject({ list: 'EU human rights sanctions', name: 'NtechLab', aliases: ['N-Tech.Lab', 'NTechLab LLC'], countries: ['Russia'], programs: ['EU Global Human Rights Sanctions Regime'] });
  });
  it('names the row with no list, and the columns a plain list must have', () => {
    expect(() => read('name,aliases,country,list,program,date,url\nA,,,,,,\n', 'p.csv')).toThrow(/p\.csv, line 2: no list named/);
    expect(() => read('name,country\nA,China\n', 'p.csv')).toThrow(/p\.csv, line 1: missing columns aliases, list, program, date, url/);
  });
});

describe('refusing what is not a list', () => {
  it('refuses empty, binary, non-UTF-8 and oversized files before reading them', () => {
    expect(() => read('   \n')).toThrow(/the file is empty/);
    expect(() => readListFile(Buffer.from([0x7b, 0x00, 0x01, 0x02]), 'x.bin')).toThrow(/a binary file/);
    expect(() => readListFile(Buffer.from([0x7b, 0xff, 0xfe, 0x41]), 'x.jsonl')).toThrow(/not valid UTF-8/);
    expect(() => readListFile(Buffer.from('{"id":"a"}'), 'big.jsonl', { maxBytes: 4 })).toThrow(/big\.jsonl: 10 bytes, over the limit of 4 \(LISTS_MAX_BYTES\)/);
  });
  it('refuses a file holding no one a list can name', () => {
    expect(() => read('{"id":"a","schema":"Address","properties":{"full":["x"]}}')).toThrow(/no entry naming a firm/);
  });
});
