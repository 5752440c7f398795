/** A word Tesseract read, in the pixels of the image it read. */
export interface OcrWord {
  text: string;
  /** Tesseract's confidence in the word, 0–100. */
  conf: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Tesseract's block, paragraph and line: words of one line share them. */
  line: string;
  /** Letters read where digits belong (`l` or `I` for 1, `O` for 0) were put right. */
  corrected: boolean;
}

/** Letters OCR reads for digits, and the digit each stands for, when they sit inside a number. */
const DIGIT_FOR: Record<string, string> = { l: '1', I: '1', '|': '1', O: '0', o: '0' };
/** A token made of digits, separators and letters OCR confuses with digits, with at least one real digit. */
const NUMBERISH = /^([(+–-]?)([\dlIO|o][\d.,lIO|o]*[\dlIO|o])(%?[),.;:]?)$/u;

/**
 * Puts digit confusions right inside numbers: `1.2O0` → `1.200`, `l5,3%` → `15,3%`, `2O22` → `2022`. A token is
 * changed only when at least half of its characters are real digits, so words (`lo`, `Ol`) and roman numerals
 * (`II.`) stay as written.
 */
export function fixDigits(text: string): { text: string; corrected: boolean } {
  const m = NUMBERISH.exec(text);
  if (!m) return { text, corrected: false };
  const body = m[2] as string;
  const digits = body.match(/\d/g)?.length ?? 0;
  const letters = body.match(/[lIO|o]/g)?.length ?? 0;
  if (letters === 0 || digits === 0 || digits < letters || digits + letters < 2) return { text, corrected: false };
  return { text: `${m[1]}${body.replace(/[lIO|o]/g, (c) => DIGIT_FOR[c] ?? c)}${m[3]}`, corrected: true };
}

/** Marks a speck of noise is read as (`_`, `'`, `.`, `-`), when Tesseract is unsure of them. */
const isNoise = (text: string, conf: number): boolean => !/[\p{L}\p{N}%]/u.test(text) && conf < 80;

/** Words of Tesseract's TSV output (level 5 rows): empty ones and unsure marks dropped, digit confusions put right. */
export function parseTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f[0] !== '5' || f.length < 12) continue;
    const raw = (f[11] ?? '').normalize('NFC').trim();
    const conf = Math.max(0, Math.min(100, Number(f[10])));
    if (raw === '' || isNoise(raw, conf)) continue;
    const { text, corrected } = fixDigits(raw);
    words.push({
      text,
      conf,
      left: Number(f[6]),
      top: Number(f[7]),
      width: Number(f[8]),
      height: Number(f[9]),
      line: `${f[1]}.${f[2]}.${f[3]}.${f[4]}`,
      corrected,
    });
  }
  return words;
}
