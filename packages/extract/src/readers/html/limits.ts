import type { DomElement } from './dom';
import { isElement } from './dom';
import { ReadError } from '../types';

/** More elements than any report page has (a long portal page has ~20 000); parsing grows faster than the count. */
export const MAX_ELEMENTS = 200_000;
/** Deeper than any page a person or a CMS writes (browsers' own parsers start flattening around here). */
export const MAX_DEPTH = 512;
/** Readability's scoring walks ancestors for every node: beyond this depth its cost grows with depth squared. */
export const READABILITY_MAX_DEPTH = 150;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Elements an HTML parser closes when the same element opens again next to them (`<p>a<p>b`, `<li>` lists). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'rt', 'rp']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>|<!--/g;

export interface HtmlShape {
  elements: number;
  depth: number;
}

/**
 * The number of elements and the nesting depth of a page's source, found by one pass over its tags before any
 * parsing (the parser and Readability slow down with depth and size). Closing tags close what they match; elements
 * an HTML parser closes implicitly (`<p>`, `<li>`, `<td>` …) are closed by their next sibling. It stops counting
 * as soon as a limit is passed.
 */
export function scanHtmlShape(source: string, limits = { elements: MAX_ELEMENTS, depth: MAX_DEPTH }): HtmlShape {
  const stack: string[] = [];
  let elements = 0;
  let depth = 0;
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(source))) {
    if (m[0] === '<!--') {
      const end = source.indexOf('-->', TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = (m[2] as string).toLowerCase();
    if (m[1] === '/') {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    elements++;
    if (elements > limits.elements) break;
    if (VOID.has(name) || m[0].endsWith('/>')) continue;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = TAG.lastIndex;
      if (!close.exec(source)) break;
      TAG.lastIndex = close.lastIndex;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) stack.pop();
    stack.push(name);
    if (stack.length > depth) depth = stack.length;
    if (depth > limits.depth) break;
  }
  return { elements, depth };
}

/** Refuses a page whose source is deeper or larger than any report page, before it is parsed. */
export function assertHtmlWithinLimits(source: string): void {
  const shape = scanHtmlShape(source);
  if (shape.elements > MAX_ELEMENTS) {
    throw new ReadError('limit', `the HTML page has more than ${MAX_ELEMENTS.toLocaleString('en')} elements; a report page has far fewer. Save the report as a Word or PDF file.`);
  }
  if (shape.depth > MAX_DEPTH) {
    throw new ReadError('limit', `the HTML page nests its elements more than ${MAX_DEPTH} levels deep (unclosed tags?); it cannot be read as a report.`);
  }
}

/** Depth of the parsed tree under `root`, counted without recursion. */
export function treeDepth(root: DomElement): number {
  let deepest = 0;
  const stack: Array<[DomElement, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [DomElement, number];
    if (depth > deepest) deepest = depth;
    for (const child of Array.from(element.children)) if (isElement(child)) stack.push([child, depth + 1]);
  }
  return deepest;
}
