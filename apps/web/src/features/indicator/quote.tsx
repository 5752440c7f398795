import type { Fact } from '@chiso/shared';
import { extendOverUnit, locateFigure } from '../../lib/figure';

/** Where the figure sits in the quote: from the stored offsets, else found by its value. */
export function figureSpan(fact: Pick<Fact, 'quote' | 'quote_start' | 'start' | 'end' | 'value' | 'value_min' | 'value_max'>): [number, number] | null {
  const quote = fact.quote;
  if (quote === null) return null;
  if (fact.quote_start !== null && fact.start !== null && fact.end !== null) {
    const a = fact.start - fact.quote_start;
    const b = fact.end - fact.quote_start;
    if (a >= 0 && b > a && b <= quote.length) return [a, extendOverUnit(quote, b)];
  }
  const values = [fact.value, fact.value_min, fact.value_max].filter((v): v is number => v !== null);
  return locateFigure(quote, values);
}

/** The source's sentence with the figure marked. */
export function Quote({ fact }: { fact: Parameters<typeof figureSpan>[0] & { quote: string } }) {
  const text = fact.quote;
  const span = figureSpan(fact);
  return (
    <blockquote className="quote" lang="vi">
      {span ? (
        <>
          {text.slice(0, span[0])}
          <mark>{text.slice(span[0], span[1])}</mark>
          {text.slice(span[1])}
        </>
      ) : (
        text
      )}
    </blockquote>
  );
}
