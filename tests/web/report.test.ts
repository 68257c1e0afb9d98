import { describe, expect, it } from 'vitest';
import { buildHtmlReport, buildMarkdownReport, escapeMarkdown, numberCitations, suggestTitle, type ReportInput } from '../../web/src/graph/report.ts';
import { edge, evidence, node } from './fixtures.ts';

const XSS = '<img src=x onerror=alert(1)>';
/** A watchlist listing as the lists import leaves it on an entity. */
const LISTING = {
  list: 'Entity List', listId: 'us-entity-list', entry: 'csl-1234', entryName: 'Zhejiang Dahua Technology Co., Ltd.',
  programs: ['EAR'], since: '2019-10-09', url: 'https://example.gov/entity-list', status: 'linked' as const, score: 0.97,
};

const input = (): ReportInput => {
  const shared = evidence('Dahua supplies cameras to Almaty.', {
    documentTitle: 'Surveillance in Central Asia', publisher: 'Example Post', date: '2021-05-01',
    citation: '"Surveillance in Central Asia", Example Post, 2021-05-01, https://example.org/a, p. 3',
  });
  return {
    title: 'Who supplies Almaty?',
    author: 'A. Analyst',
    generatedAt: new Date('2026-01-01T00:00:00Z'),
    timeZone: 'Asia/Almaty',
    locale: 'en-GB',
    viewUrl: 'https://sightline.example.org/#n=dahua,almaty',
    image: { src: 'data:image/png;base64,AAAA', width: 2400, height: 1200 },
    nodes: [node('dahua', 'Company', { label: 'Dahua', flags: { listed: [], sanctionedBy: [{ id: 'us', name: 'United States', type: 'State', relationshipId: 'r9' }], restrictedBy: [] } }).data, node('almaty', 'Place').data, node('evil', 'Company', { label: XSS }).data],
    rows: [
      { edge: edge('r1', 'dahua', 'almaty', { years: [2019], status: 'cancelled' }).data, relation: 'supplies', sourceName: 'Dahua', targetName: 'Almaty', evidence: [shared] },
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
    expect(html).toContain('<img alt="Graph of the relationships listed below" src="data:image/png;base64,AAAA" width="2400" height="1200">');
    expect(html).toContain('<td>Dahua</td><td>supplies</td><td>Almaty</td><td class="status-cancelled">cancelled</td><td>2019</td><td class="num">0.80</td><td>not reviewed</td>');
    expect(html).toContain('<td>Almaty | pipe</td><td class="status-none">not stated</td><td>undated</td>');
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
    expect(md).toContain('| 1 | Dahua | supplies | Almaty | cancelled | 2019 | 0.80 | not reviewed | [1] |');
    expect(md).toContain('Almaty \\| pipe');
    expect(md).toContain('1. “Dahua supplies cameras to Almaty.” — "Surveillance in Central Asia", Example Post, 2021\\-05\\-01, https://example.org/a, p. 3');
    expect(md).not.toContain(XSS);
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)');
  });

  it('says which relationships a person confirmed or rejected, in both formats', () => {
    const reviewed = input();
    reviewed.rows = [{ ...reviewed.rows[0]!, edge: { ...reviewed.rows[0]!.edge, review: 'confirmed' } }, { ...reviewed.rows[1]!, edge: { ...reviewed.rows[1]!.edge, review: 'rejected' } }];
    expect(buildHtmlReport(reviewed)).toContain('<td class="num">0.80</td><td>✓ confirmed by a person</td>');
    expect(buildMarkdownReport(reviewed)).toContain('| 0.80 | ✓ confirmed by a person | [1] |');
    expect(buildHtmlReport(reviewed)).toContain('<td>✗ rejected by a person</td>');
  });

  it('heads the report with the question, the author and the date in the reader\'s time zone, then the method note', () => {
    const html = buildHtmlReport(input());
    expect(html).toContain('<title>Who supplies Almaty?</title>');
    expect(html).toContain('<h1>Who supplies Almaty?</h1>');
    // Midnight UTC is five in the morning in Almaty.
    expect(html).toContain('Prepared by A. Analyst, 1 January 2026 at 05:00 GMT+5 (Asia/Almaty), with Sightline.');
    expect(html).toContain('<h2>Method</h2>');
    expect(html).toMatch(/Stanford CoreNLP .*dependency pattern/);
    expect(html).toContain('cancelled (called off; it never took effect)');
    expect(html).toContain('Reopen this view: <a class="reopen" href="https://sightline.example.org/#n=dahua,almaty">');
    const md = buildMarkdownReport(input());
    expect(md).toContain('# Who supplies Almaty?');
    expect(md).toContain('Prepared by A. Analyst, 1 January 2026 at 05:00 GMT\\+5 \\(Asia/Almaty\\)');
    expect(md).toContain('## Method');
  });

  it('gives the legend of the types drawn, and marks for status and flags, under the picture', () => {
    const html = buildHtmlReport(input());
    expect(html).toMatch(/<ul class="legend" aria-label="Legend"><li><span class="swatch" style="background:#[0-9a-f]{6}"><\/span>Places<\/li><li><span class="swatch" style="background:#[0-9a-f]{6}"><\/span>Companies<\/li><li><span class="line" style="border-color:#[0-9a-f]{6};border-top-style:solid"><\/span>supplies<\/li><\/ul>/i);
    expect(html).toContain('hollow diamond mid-line: planned or cancelled');
    expect(html).toContain('⚠ and a thick red border: listed on a watchlist or sanctioned');
    expect(buildMarkdownReport(input())).toContain('Legend: ■ Places, ■ Companies, — supplies.');
  });

  it('lists every entity with type, country, aliases, listings and restrictions (in columns of their own) in an annex', () => {
    const withDetail = input();
    withDetail.nodes = [{ ...withDetail.nodes[0]!, country: 'China', aliases: ['Zhejiang Dahua', 'Dahua Technology'] }, ...withDetail.nodes.slice(1)];
    const html = buildHtmlReport(withDetail);
    expect(html).toContain('<tr><td>Dahua</td><td>Company</td><td>China</td><td>Zhejiang Dahua; Dahua Technology</td><td>sanctioned by United States, per a document</td><td class="restricted"></td></tr>');
    expect(html).toContain('<tr><td>Almaty</td><td>Place</td><td></td><td></td><td></td><td class="restricted"></td></tr>');
    expect(buildMarkdownReport(withDetail)).toContain('| Dahua | Company | China | Zhejiang Dahua; Dahua Technology | sanctioned by United States, per a document |  |');
  });

  it('screens listed entities with list, program, since and source, marks them "listed" in the relationship table, and keeps a block in a country apart', () => {
    const screened = input();
    screened.nodes = [
      { ...screened.nodes[0]!, flags: { listed: [LISTING], sanctionedBy: [], restrictedBy: [] } },
      { ...screened.nodes[1]!, label: 'Google', id: 'google', flags: { listed: [], sanctionedBy: [], restrictedBy: [{ id: 'china', name: 'China', type: 'State', relationshipId: 'r7', detail: 'blocked' }] } },
      screened.nodes[2]!,
    ];
    const html = buildHtmlReport(screened);
    expect(html).toContain('<h2>Screening against watchlists</h2>');
    expect(html).toContain('<tr><td>Dahua</td><td>Entity List</td><td>EAR</td><td>2019-10-09</td><td><a href="https://example.gov/entity-list">https://example.gov/entity-list</a></td><td>name match 0.97 (list name: Zhejiang Dahua Technology Co., Ltd.)</td></tr>');
    expect(html).toContain('<td>Dahua <span class="listed">⚠ listed</span></td><td>supplies</td>');
    expect(html).toContain('<td>listed on Entity List (EAR) since 2019-10-09, source <a href="https://example.gov/entity-list">https://example.gov/entity-list</a></td><td class="restricted"></td></tr>');
    // Google is blocked in China: reported under its own heading and column, never as listed.
    expect(html).toContain('<h2>Blocked or restricted in a country</h2>');
    expect(html).toContain('<li>⊘ Google: restricted by China (blocked)</li>');
    expect(html).toContain('<tr><td>Google</td><td>Place</td><td></td><td></td><td></td><td class="restricted">restricted by China (blocked)</td></tr>');
    expect(html).not.toMatch(/Google <span class="listed">/);
    const md = buildMarkdownReport(screened);
    expect(md).toContain('| Dahua | Entity List | EAR | 2019\\-10\\-09 | <https://example.gov/entity-list> | name match 0.97 \\(list name: Zhejiang Dahua Technology Co., Ltd.\\) |');
    expect(md).toMatch(/\| 1 \| Dahua \\\(⚠ listed\\\) \| supplies \| Almaty \|/);
    expect(md).toContain('- ⊘ Google: restricted by China \\(blocked\\)');
    // Without listings the report says so, rather than leaving the reader to wonder.
    expect(buildHtmlReport(input())).toContain('No entity of this report is tied to an entry of an imported sanctions or watch list.');
  });

  it('inlines the timeline and the map as SVG with their captions in HTML, and embeds them as PNG in Markdown', () => {
    const figure = (kind: string) => ({ svg: `<svg xmlns="http://www.w3.org/2000/svg" class="${kind}-chart" viewBox="0 0 10 10"><text>${kind} &lt;b&gt;</text></svg>`, png: `data:image/png;base64,${kind.toUpperCase()}`, width: 10, height: 10, caption: `${kind} caption <b>` });
    const pictured = { ...input(), timeline: figure('timeline'), map: figure('map'), period: { from: 2017, to: 2019, undated: false } };
    const html = buildHtmlReport(pictured);
    expect(html).toContain('<section class="timeline"><h2>Timeline</h2><figure class="figure-timeline"><svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart"');
    expect(html).toContain('<figcaption>timeline caption &lt;b&gt;</figcaption>');
    expect(html).toContain('<section class="map"><h2>Map</h2><figure class="figure-map"><svg');
    expect(html).toContain('Limited to the period 2017–2019 chosen on the timeline.');
    const md = buildMarkdownReport(pictured);
    expect(md).toContain('## Timeline\n\n![Timeline](data:image/png;base64,TIMELINE)\n\ntimeline caption &lt;b\\>');
    expect(md).toContain('![Map](data:image/png;base64,MAP)');
  });

  it('offers a title from what is drawn: the best-connected entities, as a question', () => {
    const { nodes, rows } = input();
    expect(suggestTitle(nodes, rows.map((r) => r.edge))).toBe(`How are Almaty, ${XSS} and Dahua connected?`);
    expect(suggestTitle([...nodes, node('zeta').data], rows.map((r) => r.edge))).toBe(`How are Almaty, ${XSS}, Dahua and 1 other entity connected?`);
    expect(suggestTitle([nodes[0]!], [])).toBe('What is known about Dahua?');
  });

  it('escapes Markdown syntax and line breaks', () => {
    expect(escapeMarkdown('*bold* [link](x)\nnext')).toBe('\\*bold\\* \\[link\\]\\(x\\) next');
  });
});
