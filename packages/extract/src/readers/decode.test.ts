import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeTextFile, detectEncoding } from './decode';
import { ReadError } from './types';

const SENTENCE = 'Tổng doanh thu toàn ngành thông tin và truyền thông năm 2022 đạt 34.293 tỷ đồng, tăng 9,6% so với năm 2021.';

/** Windows-1258 bytes of a text: its own precomposed vowels (â ê ô ă ơ ư đ …) and combining tone marks. */
function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(new Uint8Array([b])), b);
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/u;
  const out: number[] = [];
  for (const ch of text.normalize('NFD').replace(/(\p{L})([\u0302\u0306\u031B])/gu, (_, base: string, mark: string) => `${base}${mark}`.normalize('NFC'))) {
    const b = byChar.get(ch) ?? (tones.test(ch) ? undefined : byChar.get(ch.normalize('NFC')));
    if (b === undefined) throw new Error(`no windows-1258 byte for ${ch}`);
    out.push(b);
  }
  return new Uint8Array(out);
}

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const hex = (s: string): Uint8Array => Uint8Array.from(s.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
const utf16 = (s: string, bigEndian: boolean): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i * 2 + (bigEndian ? 1 : 0)] = c & 0xff;
    out[i * 2 + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
};
const refusal = (bytes: Uint8Array): unknown => {
  try {
    return decodeTextFile(bytes);
  } catch (e) {
    return e;
  }
};

describe('text encodings', () => {
  it('reads Windows-1258 Vietnamese (combining tone marks composed by NFC)', () => {
    const bytes = windows1258(`${SENTENCE}\n${SENTENCE}`);
    expect(detectEncoding(bytes).encoding).toBe('windows-1258');
    expect(decodeTextFile(bytes).normalize('NFC')).toBe(`${SENTENCE}\n${SENTENCE}`);
  });

  it('reads UTF-16 without a byte-order mark, little- and big-endian', () => {
    expect(detectEncoding(utf16(SENTENCE, false)).encoding).toBe('utf-16le');
    expect(decodeTextFile(utf16(SENTENCE, false))).toBe(SENTENCE);
    expect(decodeTextFile(utf16(SENTENCE, true))).toBe(SENTENCE);
  });

  it('reads Windows-1252 Western text, its curly quotes included', () => {
    const bytes = latin1('Le chiffre d\u0092affaires a été très élevé en 2022, déjà prévu pour la région.');
    expect(detectEncoding(bytes).encoding).toBe('windows-1252');
    expect(decodeTextFile(bytes)).toBe('Le chiffre d’affaires a été très élevé en 2022, déjà prévu pour la région.');
  });

  it('refuses TCVN3 and VNI font encodings with a message to save the file as UTF-8', () => {
    const tcvn3 = hex('54e66e6720646f616e682074687520746fb56e206e67b56e68207468ab6e672074696e2076b52074727579d26e207468ab6e67206ea86d2032303232');
    const vni = latin1('Toång doanh thu toaøn ngaønh thoâng tin vaø truyeàn thoâng naêm 2022 ñaït 34.293 tyû ñoàng.');
    for (const bytes of [tcvn3, vni]) {
      const error = refusal(bytes);
      expect(error).toBeInstanceOf(ReadError);
      expect(error).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/save it as UTF-8/) });
    }
  });

  it('refuses a lone stray byte that no encoding explains, and binary data', () => {
    expect(refusal(new Uint8Array([0xc3, 0x28, 0x41, 0x42]))).toMatchObject({ message: expect.stringMatching(/save it as UTF-8/) });
    expect(refusal(new Uint8Array([0x41, 0, 0x42]))).toMatchObject({ message: expect.stringMatching(/binary/) });
  });

  it('decodes an HTML page without a declared charset the same way', () => {
    const page = windows1258(`<html><body><p>${SENTENCE}</p><p>${SENTENCE}</p></body></html>`);
    expect(decodeHtml(page).normalize('NFC')).toContain(SENTENCE);
    expect(decodeHtml(utf16(`<html><body><p>${SENTENCE}</p></body></html>`, false))).toContain(SENTENCE);
  });
});
