import type { DomElement } from './dom';
import { isElement, tagOf } from './dom';
import { BLOCKS, inlineText, shownChildren, SKIPPED } from './inline';

/** A figure alone, with its currency or unit (`VND 7,215 billion`, `US$38.5 million`, `58.3%`, `6,940 persons`). */
const reFigureAlone = /^(?:(?:US)?\$|VND|USD|€)?\s?\d[\d.,]*\s?(?:%|(?:\p{L}+\.?)(?:\s\p{L}+)?)?$/u;
/** The separators of a card's notes (`2024 · +12.4% y/y · 2023: VND 6,419 billion`). */
const reNoteSeparator = /\s*[·•|]\s*/g;

/**
 * A dashboard's card or tile: a block of two to four short blocks, one of them a figure alone after its label
 * (`ICT sector revenue` / `VND 7,215 billion` / `2024 · +12.4% y/y`). Read as one sentence, `label: figure (notes)`,
 * so that the figure keeps its label; anything else is no card.
 */
export function cardText(element: DomElement): string | undefined {
  const blocks = shownChildren(element);
  if (!blocks) return undefined;
  for (const node of blocks) {
    const tag = tagOf(node);
    if (!BLOCKS.has(tag) || tag === 'table' || hasBlockInside(node)) return undefined;
  }
  if (blocks.length < 2 || blocks.length > 4) return undefined;
  const texts = blocks.map((b) => inlineText(b).replace(/\s+/g, ' ').trim());
  if (texts.some((t) => t === '') || texts.join(' ').length > 240) return undefined;
  const figures = texts.map((t, i) => (i > 0 && t.length <= 40 && reFigureAlone.test(t) ? i : -1)).filter((i) => i > 0);
  if (figures.length !== 1) return undefined;
  const at = figures[0]!;
  const label = texts.slice(0, at).join(' ').replace(/[:\s]+$/, '');
  const notes = texts.slice(at + 1).map((t) => t.replace(reNoteSeparator, '; ')).join('; ');
  return `${label}: ${texts[at]}${notes ? ` (${notes})` : ''}.`;
}

function hasBlockInside(element: DomElement): boolean {
  for (const node of Array.from(element.childNodes)) {
    if (!isElement(node)) continue;
    const tag = tagOf(node);
    if (SKIPPED.has(tag)) continue;
    if (BLOCKS.has(tag) || hasBlockInside(node)) return true;
  }
  return false;
}
