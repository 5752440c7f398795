import type { EmbedHeightMessage } from '@chiso/shared/embed';

/**
 * Tells the parent page how tall the embed is, whenever that changes, so embed.js (or any host script) can size
 * the iframe. `id` comes from the URL fragment embed.js sets; a plain iframe just ignores the messages.
 */
export function postHeights(win: Window): void {
  if (win.parent === win) return;
  const id = new URLSearchParams(win.location.hash.slice(1)).get('id') ?? '';
  let last = -1;
  const post = () => {
    const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: 'chiso:height', id, height };
    win.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(win.document.documentElement);
  post();
}
