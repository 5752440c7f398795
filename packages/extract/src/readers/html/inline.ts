import type { DomElement, DomNode } from './dom';
import { isElement, tagOf, TEXT_NODE } from './dom';

/** Elements whose content is never text of the document. */
export const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'option', 'button', 'input', 'textarea', 'img', 'video', 'audio', 'map', 'meta', 'link',
]);

/** Elements that start a new block of text (everything else flows inline). */
export const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'ul', 'body',
]);

/** Hidden by the page itself: not shown to a reader. */
export function isHidden(element: DomElement): boolean {
  if (element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '');
}

/** The child elements of an element a reader sees; undefined when text of its own stands between them. */
export function shownChildren(element: DomElement): DomElement[] | undefined {
  const shown: DomElement[] = [];
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === TEXT_NODE) {
      if ((node.textContent ?? '').trim() !== '') return undefined;
      continue;
    }
    if (!isElement(node) || SKIPPED.has(tagOf(node)) || isHidden(node)) continue;
    shown.push(node);
  }
  return shown;
}

/** Text of an element on one line: HTML white space collapsed, line breaks and block edges become spaces. */
export function inlineText(element: DomElement): string {
  const parts: string[] = [];
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (SKIPPED.has(tag) || isHidden(node)) return;
    if (tag === 'br') {
      parts.push(' ');
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) parts.push(' ');
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) parts.push(' ');
  };
  for (const child of Array.from(element.childNodes)) visit(child);
  return parts.join('').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
