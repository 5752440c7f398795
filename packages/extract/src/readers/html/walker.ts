import type { Part, TextPart } from '../assemble';
import { joinWrappedLines, normalizeText } from '../normalize';
import type { DomElement, DomNode } from './dom';
import { isElement, tagOf, TEXT_NODE } from './dom';
import { cardText } from './card';
import { definitionItems } from './definitions';
import { BLOCKS, isHidden, SKIPPED } from './inline';
import { isLayoutTable, readTable } from './table';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Walks a DOM subtree in document order and cuts it into blocks: headings (with the level their tag gives), paragraphs
 * (any block element), list items, a definition list's terms with their descriptions, and data tables (read on their
 * grid). `<br>` keeps a line break unless it only wraps a sentence.
 */
export function walkBlocks(root: DomElement): Part[] {
  const parts: Part[] = [];
  let buffer: string[] = [];
  let kind: TextPart['kind'] = 'paragraph';
  let level: number | undefined;

  /** Text gathered since the last block edge; `<br><br>` (a blank line) also ends a block. */
  const flush = (): void => {
    for (const chunk of normalizeText(buffer.join('')).split(/\n[ \t]*\n/)) {
      const text = joinWrappedLines(chunk.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()));
      if (text !== '') parts.push({ kind, text, ...(kind === 'heading' && level ? { level } : {}) });
    }
    buffer = [];
  };
  const inKind = (next: TextPart['kind'], body: () => void): void => {
    flush();
    const outer = kind;
    kind = next;
    body();
    flush();
    kind = outer;
  };

  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer.push((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (SKIPPED.has(tag) || isHidden(node) || isFootnoteMark(node)) return;
    if (tag === 'br') buffer.push('\n');
    else if (HEADINGS.has(tag)) {
      level = Number(tag.slice(1));
      inKind('heading', () => children(node));
      level = undefined;
    } else if (tag === 'li') inKind('list_item', () => children(node));
    else if (tag === 'pre') {
      flush();
      buffer.push(node.textContent ?? '');
      flush();
    } else if (tag === 'dl') {
      flush();
      const items = definitionItems(node);
      if (items) for (const text of items) parts.push({ kind, text });
      else children(node);
      flush();
    } else if (tag === 'table' && !isLayoutTable(node)) {
      flush();
      parts.push(readTable(node));
    } else if (BLOCKS.has(tag)) {
      flush();
      const card = cardText(node);
      if (card) parts.push({ kind, text: card });
      else children(node);
      flush();
    } else children(node);
  };
  const children = (element: DomElement): void => {
    for (const child of Array.from(element.childNodes)) visit(child);
  };

  children(root);
  flush();
  return parts;
}

/** Footnote reference marks (`[1]` in a superscript link) would stick to the figure before them. */
function isFootnoteMark(element: DomElement): boolean {
  if (tagOf(element) !== 'a') return false;
  const href = element.getAttribute('href') ?? '';
  return /^#(?:footnote|endnote|_ftn|_edn|fn)/i.test(href) && /^\s*\[?\d{1,3}\]?\s*$|^\s*↑\s*$/.test(element.textContent ?? '');
}
