import type { DomElement } from './dom';
import { tagOf } from './dom';
import { inlineText, shownChildren } from './inline';

/**
 * A definition list (`<dl>`: `<dt>` terms, each followed by its `<dd>` descriptions, perhaps grouped in `<div>`s, which
 * may reach here as `<p>`s): one sentence per term, `term: description` (several descriptions joined by `;`), so that
 * a figure in a description keeps the label its term gives it. Undefined when the list holds anything else, or a
 * description before any term.
 */
export function definitionItems(list: DomElement): string[] | undefined {
  const items: { term: string; details: string[] }[] = [];
  const visit = (element: DomElement): boolean => {
    const children = shownChildren(element);
    if (!children) return false;
    for (const node of children) {
      const tag = tagOf(node);
      const text = tag === 'dt' || tag === 'dd' ? inlineText(node).replace(/\s+/g, ' ').trim() : '';
      if (tag === 'dt') items.push({ term: text.replace(/[:\s]+$/, ''), details: [] });
      else if (tag === 'dd') {
        const last = items[items.length - 1];
        if (!last) return false;
        if (text !== '') last.details.push(text);
      } else if ((tag !== 'div' && tag !== 'p') || !visit(node)) return false;
    }
    return true;
  };
  if (!visit(list) || items.length === 0) return undefined;
  return items.map(({ term, details }) => (details.length ? `${term}: ${details.join('; ')}.` : term));
}
