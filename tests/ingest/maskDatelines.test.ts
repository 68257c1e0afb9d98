import { describe, expect, it } from 'vitest';
import { parserText, withLegalFormsOpen, withoutDatelines } from '../../ingest/normalise/maskDatelines.ts';

describe('maskDatelines', () => {
  it('blanks a news dateline so the parser does not take the city for the subject, keeping every offset', () => {
    const text = 'Title\n\nWASHINGTON, November 3, 2021 - The Bureau added four companies.\nTASHKENT, June 2019 (Reuters-style) - Uzbekistan signed a deal.\n'
      + 'BRUSSELS/MOSCOW, July 20, 2023 (News wire) - The European Union imposed sanctions.';
    const masked = withoutDatelines(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('WASHINGTON');
    expect(masked).not.toContain('TASHKENT');
    expect(masked).not.toContain('BRUSSELS');
    expect(masked.indexOf('The Bureau added')).toBe(text.indexOf('The Bureau added'));
    expect(masked.indexOf('Uzbekistan signed')).toBe(text.indexOf('Uzbekistan signed'));
  });

  it('blanks a press release\'s dateline with no date when it is a known place and a sentence follows', () => {
    const text = 'Press release\n\nWASHINGTON - The Bureau of Industry and Security today added 28 organizations to the Entity List.';
    const masked = withoutDatelines(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('WASHINGTON');
    expect(masked.indexOf('The Bureau of')).toBe(text.indexOf('The Bureau of'));
  });

  it('leaves lines that only start with capitals alone', () => {
    const text = 'NATO, the alliance, met in 2021.\nSORM - the Russian interception system - dates from 1995.\nHeadquarters: Hangzhou, 2001\n'
      + 'KYRGYZ REPUBLIC - NOTICE OF AUCTION RESULTS\nPRESS STATEMENT - Ministry of Information, Publicity and Broadcasting Services, Harare\nSORM - The system dates from 1995 and is still in use.';
    expect(withoutDatelines(text)).toBe(text);
  });

  it('closes a date that opens a sentence with a comma in place of its space, keeping every offset, and leaves other dates alone', () => {
    const text = 'In 2012 Vexa Mobile, the operator, paid for a stake. Since March 2017 Corvid Labs has sold cameras.\nIn mid-2020 Norvan said so.\n'
      + 'In 2012, Vexa paid. In early 2019 the ministry said so. The tender in 2019 Sabre won.';
    const parsed = parserText(text);
    expect(parsed).toHaveLength(text.length);
    expect(parsed).toContain('In 2012,Vexa Mobile');
    expect(parsed).toContain('Since March 2017,Corvid Labs');
    expect(parsed).toContain('In mid-2020,Norvan');
    expect(parsed).toContain('In 2012, Vexa paid. In early 2019 the ministry said so. The tender in 2019 Sabre won.');
  });
  it('reads the period of a legal form the tokenizer does not know as a space inside a sentence, and as an end before a capital', () => {
    const text = 'This rule adds Vexa Holdings Zrt. (Hungary), Corvid Kft., Talon LLC. and Sabre GmbH. to the list. It names Norvan Zrt. The rule ends. Vexa Co. (Ltd.) is known.';
    const open = withLegalFormsOpen(text);
    expect(open).toHaveLength(text.length);
    expect(open).toContain('Vexa Holdings Zrt  (Hungary), Corvid Kft , Talon LLC  and Sabre GmbH  to the list.');
    expect(open).toContain('It names Norvan Zrt. The rule ends.');
    expect(open).toContain('Vexa Co. (Ltd.) is known.');
  });
});
