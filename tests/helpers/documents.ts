/**
 * @module Documents as analysts have them, made in the test by the libraries that write them: a
 * several-page PDF (pdf-lib) with a known sentence on page 3, a web page with navigation, ads and meta
 * tags, a Word file (docx) with core properties. Made here rather than committed, so every fact a
 * test checks is visible beside it.
 */
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** The sentence the PDF holds on page 3, and only there. */
export const PDF_PAGE3_SENTENCE = 'Hikvision supplied thermal cameras to the Almaty city administration in 2021.';

/** A PDF of `pages` pages, each with a few lines; page 3 holds PDF_PAGE3_SENTENCE. */
export async function makePdf(options: { pages?: number; title?: string; author?: string; lines?: (page: number) => string[] } = {}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = options.pages ?? 4;
  const lines = options.lines ?? ((n: number) => (n === 3
    ? ['Procurement records', PDF_PAGE3_SENTENCE, 'The contract was signed by the mayor.']
    : [`Chapter ${n}`, `This page ${n} discusses the budget of municipal programs.`, 'Nothing else is said here.']));
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([595, 842]);
    lines(n).forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 11, font }));
  }
  if (options.title) doc.setTitle(options.title);
  if (options.author) doc.setAuthor(options.author);
  doc.setCreationDate(new Date('2022-03-15T10:00:00Z'));
  return Buffer.from(await doc.save());
}

/** A PDF whose pages hold no text at all, as a scan without OCR looks to a reader. */
export async function makeScannedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let n = 0; n < 2; n++) {
    const page = doc.addPage([595, 842]);
    page.drawRectangle({ x: 40, y: 40, width: 515, height: 760, borderWidth: 1 });
  }
  return Buffer.from(await doc.save());
}

export const HTML_BODY_SENTENCE = 'Dahua Technology supplied facial recognition cameras to the Nairobi county government in 2020.';
export const HTML_NAV_TEXT = 'Subscribe to our newsletter for daily deals';

/** A saved news page: meta tags for title, date, URL and site, with navigation, an ad block and a footer around the article. */
export function makeHtml(options: { body?: string } = {}): string {
  const para = (s: string) => `<p>${s}</p>`;
  const filler = [
    'City procurement in East Africa has expanded quickly over the last decade, according to budget documents reviewed for this report.',
    'Officials said the cameras would be installed along the main roads and at the central bus station before the end of the year.',
    'Civil society groups have asked for the contracts to be published, citing concerns about privacy and the absence of a data protection authority.',
    'The county did not answer questions about the value of the deal or the terms of maintenance.',
  ];
  return `<!doctype html>
<html lang="en">
<head>
  <title>Cameras for Nairobi | The Example Times</title>
  <meta property="og:title" content="Dahua cameras for Nairobi">
  <meta property="og:site_name" content="The Example Times">
  <meta property="article:published_time" content="2021-06-01T08:30:00Z">
  <meta name="author" content="Jane Reporter">
  <link rel="canonical" href="https://news.example.org/2021/06/dahua-nairobi">
</head>
<body>
  <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/deals">${HTML_NAV_TEXT}</a></li></ul></nav>
  <div class="ad banner-ad">Advertisement: Buy cheap flights now, limited offer!</div>
  <article>
    <h1>Dahua cameras for Nairobi</h1>
    ${para(options.body ?? HTML_BODY_SENTENCE)}
    ${filler.map(para).join('\n    ')}
  </article>
  <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Celebrity news roundup</a></li></ul></aside>
  <footer><p>Copyright The Example Times. ${HTML_NAV_TEXT}.</p></footer>
</body>
</html>`;
}

export const DOCX_SENTENCE = 'Huawei supplied servers to the Ministry of Interior of Uzbekistan in 2019.';

/** A Word file with title, author and creation date in its core properties. */
export async function makeDocx(options: { title?: string; paragraphs?: string[] } = {}): Promise<Buffer> {
  const doc = new Document({
    title: options.title ?? 'Safe City in Tashkent',
    creator: 'Ann Analyst',
    sections: [{ children: (options.paragraphs ?? ['Safe City in Tashkent', DOCX_SENTENCE, 'The project was announced by the government.']).map((t) => new Paragraph(t)) }],
  });
  return Packer.toBuffer(doc);
}

/** A login wall: a password form and a line of text where the article would be. */
export const LOGIN_PAGE = `<!doctype html><html lang="en"><head><title>Sign in</title></head><body>
<nav><a href="/">Home</a></nav><main><h1>Sign in to continue reading</h1>
<form action="/login" method="post"><label>Email <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label><button>Sign in</button></form></main></body></html>`;
