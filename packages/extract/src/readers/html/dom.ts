import { parseHTML } from 'linkedom';

/** The part of the DOM the readers use, so that linkedom and Readability need no DOM typings. */
export interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
  readonly parentElement: DomElement | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}

export interface DomDocument {
  readonly body: DomElement;
  readonly head: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function tagOf(element: DomElement): string {
  return element.tagName.toLowerCase();
}

/**
 * Parses a page or a fragment. linkedom needs `<html><head><body>` to be there (it throws on a bare `<title>`),
 * so the head and body are cut out of the source and put back into a well-formed skeleton.
 */
export function parseHtmlDocument(source: string): DomDocument {
  const { head, body } = splitPage(source);
  const { document } = parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
  return document as unknown as DomDocument;
}

function splitPage(source: string): { head: string; body: string } {
  const lower = source.toLowerCase();
  const headOpen = findTag(lower, 'head', 0);
  const headClose = headOpen >= 0 ? lower.indexOf('</head', headOpen) : -1;
  const head = headOpen >= 0 && headClose > headOpen ? source.slice(source.indexOf('>', headOpen) + 1, headClose) : '';
  const bodyOpen = findTag(lower, 'body', 0);
  let body: string;
  if (bodyOpen >= 0) {
    const start = source.indexOf('>', bodyOpen) + 1;
    const close = lower.lastIndexOf('</body');
    body = source.slice(start, close > start ? close : undefined);
  } else {
    body = headClose >= 0 ? source.slice(source.indexOf('>', headClose) + 1) : source;
    body = body.replace(/<!doctype[^>]*>|<\/?html[^>]*>/gi, '');
  }
  return { head, body };
}

/** Index of `<name` followed by `>`, white space or `/`, or -1. */
function findTag(lower: string, name: string, from: number): number {
  let at = lower.indexOf(`<${name}`, from);
  while (at >= 0) {
    const next = lower.charAt(at + name.length + 1);
    if (next === '>' || next === '/' || /\s/.test(next)) return lower.indexOf('>', at) >= 0 ? at : -1;
    at = lower.indexOf(`<${name}`, at + 1);
  }
  return -1;
}
