import { Readability } from '@mozilla/readability';
import type { Part } from '../assemble';
import { assemble } from '../assemble';
import { decodeHtml } from '../decode';
import { oneLine } from '../normalize';
import type { Published } from '../published';
import { findPublished, fromIsoDate } from '../published';
import type { ReadDocument } from '../types';
import { ReadError } from '../types';
import { fallbackContent, withoutCounters } from './boilerplate';
import type { DomDocument, DomElement } from './dom';
import { parseHtmlDocument } from './dom';
import { inlineText } from './inline';
import { assertHtmlWithinLimits, READABILITY_MAX_DEPTH, treeDepth } from './limits';
import { walkBlocks } from './walker';

interface Article {
  title?: string | null;
  content?: DomElement | null;
  publishedTime?: string | null;
}
type ReadabilityConstructor = new (
  document: DomDocument,
  options: { charThreshold: number; serializer: (node: DomElement) => DomElement },
) => { parse(): Article | null };

const PUBLISHED_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]', 'time[datetime]',
];

/** An HTML page's main content: Readability's article, or the page without its furniture when it finds none. */
export function readHtml(bytes: Uint8Array): ReadDocument {
  const source = decodeHtml(bytes);
  assertHtmlWithinLimits(source);
  const page = parseHtmlDocument(source);
  const h1 = mainHeading(page);
  // Readability costs depth² on a deep tree; such a page is read without it, from the page minus its furniture
  const article = treeDepth(page.body) <= READABILITY_MAX_DEPTH ? readability(parseHtmlDocument(source)) : null;
  let parts = article?.content ? walkBlocks(article.content) : [];
  if (tooThin(parts)) parts = walkBlocks(fallbackContent(parseHtmlDocument(source)));
  else if (page.body.querySelectorAll('table').length > tableCount(parts)) {
    // Readability can take a long table's body for the article and flatten it into paragraphs: keep the page's tables
    const withTables = walkBlocks(fallbackContent(parseHtmlDocument(source)));
    if (tableCount(withTables) > tableCount(parts)) parts = withTables;
  }
  parts = withoutCounters(parts);
  if (h1 !== '' && !parts.some((part) => part.kind !== 'table' && part.text.includes(h1))) {
    parts.unshift({ kind: 'heading', text: h1 });
  }
  const { text, blocks, tables } = assemble(parts);
  if (text === '') throw new ReadError('empty', 'the HTML page has no text content');
  const title = h1 || oneLine(article?.title ?? page.querySelector('title')?.textContent ?? '');
  const published = publishedOf(page, article, text);
  return {
    format: 'html',
    text,
    blocks,
    ...(tables.length > 0 ? { tables } : {}),
    ...(title !== '' ? { title } : {}),
    ...(published.date ? { published: published.date } : {}),
    ...(published.month ? { publishedMonth: published.month } : {}),
  };
}

function readability(document: DomDocument): Article | null {
  try {
    const Reader = Readability as unknown as ReadabilityConstructor;
    return new Reader(document, { charThreshold: 100, serializer: (node) => node }).parse();
  } catch {
    return null;
  }
}

const tableCount = (parts: readonly Part[]): number => parts.filter((part) => part.kind === 'table').length;

/** Readability found nothing worth reading (a page that is mostly a table can end up as a caption). */
function tooThin(parts: readonly Part[]): boolean {
  const length = parts.reduce((n, part) => n + (part.kind === 'table' ? 100 : part.text.length), 0);
  return length < 200;
}

/** The page's own <h1> (not one in a banner or menu), normalised. */
function mainHeading(page: DomDocument): string {
  for (const h1 of Array.from(page.querySelectorAll('h1'))) {
    if (h1.closest('nav, header, footer, aside, [role="banner"], [role="navigation"]')) continue;
    const text = oneLine(inlineText(h1));
    if (text.length >= 4) return text;
  }
  return '';
}

function publishedOf(page: DomDocument, article: Article | null, text: string): Published {
  for (const selector of PUBLISHED_META) {
    const element = page.querySelector(selector);
    const found = fromIsoDate(element?.getAttribute('content') ?? element?.getAttribute('datetime'));
    if (found.date) return found;
  }
  const fromArticle = fromIsoDate(article?.publishedTime);
  if (fromArticle.date) return fromArticle;
  const inText = findPublished(text);
  if (inText.date || inText.month) return inText;
  return findPublished(oneLine(inlineText(page.body)));
}
