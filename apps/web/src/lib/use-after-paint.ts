import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, true once the page has painted and the browser is idle, set in a transition:
 * what it gates (a chart and its code) neither delays the page's text nor competes with it for the network,
 * and renders in interruptible slices instead of one long task.
 */
export function useAfterPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let idle = 0;
    // Not in every browser yet (Safari before 18).
    const onIdle = window.requestIdleCallback as typeof window.requestIdleCallback | undefined;
    const frame = requestAnimationFrame(() => {
      const go = () => {
        if (!cancelled) startTransition(() => setReady(true));
      };
      idle = onIdle ? onIdle(go, { timeout: 500 }) : window.setTimeout(go, 50);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      if (onIdle) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, []);
  return ready;
}
