import { describe, expect, it } from 'vitest';
import { withoutDatelines } from '../../ingest/normalise/maskDatelines.ts';

describe('maskDatelines', () => {
  it('blanks a news dateline so the parser does not take the city for the subject, keeping every offset', () => {
    const text = 'Title\n\nWASHINGTON, November 3, 2021 - The Bureau added four companies.\nTASHKENT, June 2019 (Reuters-style) - Uzbekistan signed a deal.';
    const masked = withoutDatelines(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('WASHINGTON');
    expect(masked).not.toContain('TASHKENT');
    expect(masked.indexOf('The Bureau added')).toBe(text.indexOf('The Bureau added'));
    expect(masked.indexOf('Uzbekistan signed')).toBe(text.indexOf('Uzbekistan signed'));
  });

  it('leaves lines that only start with capitals alone', () => {
    const text = 'NATO, the alliance, met in 2021.\nSORM - the Russian interception system - dates from 1995.\nHeadquarters: Hangzhou, 2001';
    expect(withoutDatelines(text)).toBe(text);
  });
});
