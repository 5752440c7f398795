import type { Block } from '@chiso/shared';

/** Where a page's text is in the document's text: from its first block's start to its last block's end. */
export function pageText(blocks: readonly Pick<Block, 'start' | 'end' | 'page'>[], page: number): { text_start: number | null; text_end: number | null } {
  const on = blocks.filter((b) => b.page === page);
  if (on.length === 0) return { text_start: null, text_end: null };
  return { text_start: Math.min(...on.map((b) => b.start)), text_end: Math.max(...on.map((b) => b.end)) };
}
