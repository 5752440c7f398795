import type { Fact } from '@chiso/shared';
import { useEffect, useRef, type ReactNode } from 'react';

interface Span {
  start: number;
  end: number;
  facts: Fact[];
}

/** Non-overlapping spans of the text that facts were read from, in order. */
export function factSpans(text: string, facts: readonly Fact[]): Span[] {
  const spans: Span[] = [];
  const sorted = facts
    .filter((f) => f.start !== null && f.end !== null && f.start < f.end && f.end <= text.length)
    .sort((a, b) => a.start! - b.start! || b.end! - a.end!);
  for (const f of sorted) {
    const last = spans[spans.length - 1];
    if (last && f.start! < last.end) {
      last.facts.push(f);
      last.end = Math.max(last.end, f.end!);
    } else spans.push({ start: f.start!, end: f.end!, facts: [f] });
  }
  return spans;
}

/** The stored document with every figure read from it marked; the one asked for is emphasised and scrolled to. */
export function MarkedText({
  text,
  facts,
  focusFact,
  describe,
  scrollPage = true,
}: {
  text: string;
  facts: readonly Fact[];
  focusFact: number | undefined;
  describe: (f: Fact) => string;
  /** False when the text sits in its own scrolling panel that the caller scrolls (the review queue). */
  scrollPage?: boolean;
}) {
  const focused = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!scrollPage) return;
    focused.current?.scrollIntoView({ block: 'center' });
    focused.current?.focus({ preventScroll: true });
  }, [focusFact, scrollPage]);
  const out: ReactNode[] = [];
  let at = 0;
  for (const s of factSpans(text, facts)) {
    if (s.start > at) out.push(text.slice(at, s.start));
    const isFocus = s.facts.some((f) => f.id === focusFact);
    const title = s.facts.map(describe).join('; ');
    out.push(
      <mark
        key={s.start}
        id={`fact-${s.facts[0]!.id}`}
        className={[isFocus ? 'mark-focus' : '', s.facts.every((f) => f.status === 'pending') ? 'mark-pending' : ''].join(' ').trim() || undefined}
        title={title}
        ref={isFocus ? focused : undefined}
        tabIndex={isFocus ? -1 : undefined}
      >
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return (
    <div className="document-text" lang="vi">
      {out}
    </div>
  );
}
