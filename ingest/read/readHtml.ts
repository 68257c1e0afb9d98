/**
 * @module The HTML reader: a saved or fetched web page reduced to its article by Mozilla's
 * Readability (the engine of Firefox's reader view) over linkedom's DOM, so navigation, ads, cookie
 * banners and footers stay out of the graph; and the title, author, publisher, date, language and
 * URL from the page's meta, Open Graph and link tags. A page that shows a password form and little
 * else is a login wall, refused as such rather than ingested as an "article".
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { MetaOverrides } from '../types.ts';
import { UnreadableDocumentError } from './errors.ts';

/** Below this many characters of article text, a page with a password field is taken for a login wall. */
const LOGIN_WALL_CHARS = 600;

/** Elements whose end is a line break in the text; the rest flow into their line. */
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'FIGCAPTION', 'DT', 'DD', 'HEADER', 'FOOTER', 'ASIDE', 'BR', 'HR']);

/** Tried in order for each field; the first tag present wins. */
const META_SOURCES: Record<Exclude<keyof MetaOverrides, 'language' | 'url'>, string[]> = {
  title: ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="dc.title"]', 'meta[name="DC.title"]'],
  author: ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="dc.creator"]', 'meta[name="DC.creator"]'],
  publisher: ['meta[property="og:site_name"]', 'meta[name="publisher"]', 'meta[name="dc.publisher"]', 'meta[name="DC.publisher"]', 'meta[name="application-name"]'],
  date: ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date"]', 'meta[name="citation_publication_date"]', 'meta[itemprop="datePublished"]', 'time[datetime]'],
};

type Doc = ReturnType<typeof parseHTML>['document'];

function attr(doc: Doc, selector: string): string | undefined {
  const el = doc.querySelector(selector);
  const value = el?.getAttribute(el.tagName === 'TIME' ? 'datetime' : el.tagName === 'LINK' ? 'href' : 'content')?.trim();
  return value || undefined;
}

/** "2021-05-03T08:00:00+03:00" is stated to the day: the time of day says nothing a citation needs. */
function isoDay(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
}

/** What the page says about itself, before Readability (which changes the DOM) runs. */
export function htmlMeta(doc: Doc): MetaOverrides {
  const meta: MetaOverrides = {};
  for (const [field, selectors] of Object.entries(META_SOURCES) as [keyof typeof META_SOURCES, string[]][]) {
    for (const s of selectors) {
      const value = attr(doc, s);
      if (value) {
        meta[field] = field === 'date' ? isoDay(value) : value;
        break;
      }
    }
  }
  meta.title ??= doc.querySelector('title')?.textContent?.trim() || undefined;
  const url = attr(doc, 'link[rel="canonical"]') ?? attr(doc, 'meta[property="og:url"]');
  if (url && /^https?:\/\//i.test(url)) meta.url = url;
  const language = doc.documentElement?.getAttribute('lang')?.trim() || attr(doc, 'meta[http-equiv="content-language"]');
  if (language) meta.language = language;
  for (const key of Object.keys(meta) as (keyof MetaOverrides)[]) if (meta[key] === undefined) delete meta[key];
  return meta;
}

/** Text of an element with a line break after every block, so paragraphs stay paragraphs. */
function blockText(root: { childNodes: ArrayLike<unknown> }): string {
  let out = '';
  const walk = (node: { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<unknown> }) => {
    if (node.nodeType === 3) {
      out += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || node.nodeName === 'SCRIPT' || node.nodeName === 'STYLE') return;
    const block = BLOCKS.has(node.nodeName);
    if (block) out += '\n';
    for (const child of Array.from(node.childNodes)) walk(child as typeof node);
    if (block) out += '\n';
  };
  for (const child of Array.from(root.childNodes)) walk(child as Parameters<typeof walk>[0]);
  return out.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function readHtml(html: string): { pages: string[]; meta: MetaOverrides } {
  const { document } = parseHTML(html);
  const meta = htmlMeta(document);
  const hasPassword = Boolean(document.querySelector('input[type="password"]'));
  const article = new Readability(document as unknown as Document).parse();
  let text = '';
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blockText(content.body);
  }
  if (hasPassword && text.length < LOGIN_WALL_CHARS) {
    throw new UnreadableDocumentError('login-page', 'is a login page (it asks for a password), not the article: save the page while logged in, or its text');
  }
  if (!text.trim()) throw new UnreadableDocumentError('empty', 'has no article text');
  if (article?.title && !meta.title) meta.title = article.title;
  if (article?.byline && !meta.author) meta.author = article.byline;
  return { pages: [text], meta };
}
