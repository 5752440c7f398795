import type { Block } from '@chiso/shared';
import type { OcrPageImage } from './options';

/**
 * Finds each OCR word in the document's text, so that a figure's offsets lead back to its words and their boxes.
 * The layout reorders words (table rows are read across Tesseract's column blocks), so a token of a page's blocks
 * is matched to an unused word of that page with the same text, the one nearest in Tesseract's order to the word
 * matched before it. Words the layout changed (a hyphenated word rejoined) stay without offsets.
 */
export function alignWords(pages: readonly OcrPageImage[], text: string, blocks: readonly Block[]): OcrPageImage[] {
  return pages.map((page) => {
    const words = page.words.map((word) => ({ ...word }));
    const byText = new Map<string, number[]>();
    words.forEach((word, i) => {
      const list = byText.get(word.text);
      if (list) list.push(i);
      else byText.set(word.text, [i]);
    });
    const used = new Uint8Array(words.length);
    let last = -1;
    for (const block of blocks) {
      if (block.page !== page.page) continue;
      const token = /\S+/g;
      const body = text.slice(block.start, block.end);
      let m: RegExpExecArray | null;
      while ((m = token.exec(body))) {
        if (m[0] === '|') continue;
        let best = -1;
        for (const i of byText.get(m[0]) ?? []) {
          if (used[i]) continue;
          if (best < 0 || Math.abs(i - (last + 1)) < Math.abs(best - (last + 1))) best = i;
        }
        if (best < 0) continue;
        used[best] = 1;
        last = best;
        const word = words[best];
        if (word) {
          word.start = block.start + m.index;
          word.end = word.start + m[0].length;
        }
      }
    }
    return { ...page, words };
  });
}
