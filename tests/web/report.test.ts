import { describe, expect, it } from 'vitest';
import { buildHtmlReport, buildMarkdownReport, escapeMarkdown, numberCitations, type ReportInput } from '../../web/src/graph/report.ts';
import { edge, evidence, node } from './fixtures.ts';

const XSS = '<img src=x onerror=alert(1)>';

const input = (): ReportInput => {
  const shared = evidence('Dahua supplies cameras to Almaty.', {
    documentTitle: 'Surveillance in Central Asia', publisher: 'Example Post', date: '2021-05-01',
    citation: '"Surveillance in Central Asia", Example Post, 2021-05-01, https://example.org/a, p. 3',
  });
  return {
    title: 'Report',
    generatedAt: new Date('2026-01-01T00:00:00Z'),
    viewUrl: 'http://localhost:3000/#n=dahua,almaty',
    image: 'data:image/png;base64,AAAA',
    nodes: [node('dahua', 'Company', { label: 'Dahua', flags: { listed: [], sanctionedBy: [{ id: 'us', name: 'United States', type: 'State', relationshipId: 'r9' }], restrictedBy: [] } }).data, node('almaty', 'Place').data, node('evil', 'Company', { label: XSS }).data],
    rows: [
      { edge: edge('r1', 'dahua', 'almaty', { years: [2019] }).data, relation: 'supplies', sourceName: 'Dahua', targetName: 'Almaty', evidence: [shared] },
      { edge: edge('r2', 'evil', 'almaty').data, relation: 'supplies', sourceName: XSS, targetName: 'Almaty | pipe', evidence: [evidence(`${XSS} supplies Almaty.`, { doc: 'd2', documentTitle: `${XSS} title`, citation: `"${XSS} title", x.pdf` }), shared] },
    ],
  };
};

describe('report builder', () => {
  it('numbers each distinct piece of evidence once, in order of first use', () => {
    const { citations, byRow } = numberCitations(input().rows);
    expect(citations.map((c) => c.n)).toEqual([1, 2]);
    expect(byRow).toEqual([[1], [2, 1]]);
  });

  it('writes an HTML report with the image, every relationship and numbered citations in the server\'s citation style (title, publisher, date, URL, page)', () => {
    const html = buildHtmlReport(input());
    expect(html).toContain('<img alt="Graph of the relationships below" src="data:image/png;base64,AAAA">');
    expect(html).toContain('<td>Dahua</td><td>supplies</td><td>Almaty</td>');
    expect(html).toContain('<li id="c1" value="1"><q>Dahua supplies cameras to Almaty.</q> — &quot;Surveillance in Central Asia&quot;, Example Post, 2021-05-01, https://example.org/a, p. 3</li>');
    expect(html).toContain('<a href="#c2">[2]</a> <a href="#c1">[1]</a>');
    expect(html).toContain('⚠ Dahua: sanctioned by United States');
  });

  it('escapes every name, quote and title in HTML, so the report file runs nothing', () => {
    const html = buildHtmlReport(input());
    expect(html).not.toContain(XSS);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.match(/<img /g)).toHaveLength(1);
  });

  it('writes Markdown with a table, escaped cells and numbered citations', () => {
    const md = buildMarkdownReport(input());
    expect(md).toContain('| Dahua | supplies | Almaty | 0.80 | 2019 | [1] |');
    expect(md).toContain('Almaty \\| pipe');
    expect(md).toContain('1. “Dahua supplies cameras to Almaty.” — "Surveillance in Central Asia", Example Post, 2021\\-05\\-01, https://example.org/a, p. 3');
    expect(md).not.toContain(XSS);
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)');
  });

  it('says which relationships a person confirmed or rejected, in both formats', () => {
    const reviewed = input();
    reviewed.rows = [{ ...reviewed.rows[0]!, edge: { ...reviewed.rows[0]!.edge, review: 'confirmed' } }, { ...reviewed.rows[1]!, edge: { ...reviewed.rows[1]!.edge, review: 'rejected' } }];
    expect(buildHtmlReport(reviewed)).toContain('<td>Dahua</td><td>supplies (✓ confirmed by a person)</td><td>Almaty</td>');
    expect(buildMarkdownReport(reviewed)).toContain('| Dahua | supplies \\(✓ confirmed by a person\\) | Almaty |');
    expect(buildHtmlReport(reviewed)).toContain('supplies (✗ rejected by a person)');
  });

  it('escapes Markdown syntax and line breaks', () => {
    expect(escapeMarkdown('*bold* [link](x)\nnext')).toBe('\\*bold\\* \\[link\\]\\(x\\) next');
  });
});
