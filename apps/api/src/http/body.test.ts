import { describe, expect, it } from 'vitest';
import { jsonBytesOf, jsonOf, spliced } from './body';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('answers spliced as bytes', () => {
  it('are the UTF-8 of the same pieces joined as text, whatever mix of strings and bytes', () => {
    const region = { key: 'da-nang', name: 'Đà Nẵng', name_en: 'Da Nang' };
    const pieces = ['{"region":', jsonBytesOf(region), ',"note":"Chỉ số ICT 📈","items":[', utf8('{"v":1.5}'), ']}', ''];
    const text = pieces.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join('');
    const body = spliced(pieces);
    expect(body).toEqual(utf8(text));
    expect(JSON.parse(new TextDecoder().decode(body))).toEqual({ region, note: 'Chỉ số ICT 📈', items: [{ v: 1.5 }] });
  });

  it('make a catalogue object’s bytes once, equal to its JSON, and own their memory', () => {
    const indicator = { key: 'ict_revenue', name_vi: 'Doanh thu công nghiệp ICT' };
    const bytes = jsonBytesOf(indicator);
    expect(jsonBytesOf(indicator)).toBe(bytes);
    expect(bytes).toEqual(utf8(jsonOf(indicator)));
    const body = spliced([bytes.subarray(0, -1), ',"x":[]}']);
    expect(body.byteOffset).toBe(0);
    expect(body.buffer.byteLength).toBe(body.byteLength);
  });
});
