import { useEffect, useRef } from 'react';

export type ReviewAction = 'accept' | 'reject' | 'edit' | 'next' | 'prev';

const keyActions: Record<string, ReviewAction> = { a: 'accept', r: 'reject', e: 'edit', j: 'next', k: 'prev' };

interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
  repeat?: boolean;
}

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** The review action of a key press; none while typing in a field, with a modifier (browser shortcuts) or held down. */
export function reviewActionOf(e: KeyLike): ReviewAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return null;
  if (typingInto(e.target)) return null;
  return keyActions[e.key.toLowerCase()] ?? null;
}

/** a / r / e / j / k on the whole page while `enabled` (off while a reject or edit form is open). */
export function useReviewKeys(enabled: boolean, onAction: (action: ReviewAction) => void): void {
  const handler = useRef(onAction);
  handler.current = onAction;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const action = reviewActionOf(e);
      if (!action) return;
      e.preventDefault();
      handler.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
