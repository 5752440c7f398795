import { describe, expect, it } from 'vitest';
import { ReadError } from '../types';
import { MAX_DEPTH, scanHtmlShape } from './limits';
import { readHtml } from './read-html';

const read = (s: string) => readHtml(new TextEncoder().encode(s));
const refusal = (s: string): unknown => {
  try {
    read(s);
    return null;
  } catch (e) {
    return e;
  }
};

describe('HTML reading limits', () => {
  it('counts nesting as a parser would: closed tags, void elements and implicitly closed siblings do not nest', () => {
    expect(scanHtmlShape('<div><div><p>a<p>b</div></div><ul><li>1<li>2</ul>')).toEqual({ elements: 7, depth: 3 });
    expect(scanHtmlShape('<p>a<br><img src=x><hr/><input></p>').depth).toBe(1);
    expect(scanHtmlShape('<script>var s = "<div><div><div>";</script><div></div>').depth).toBe(1);
    expect(scanHtmlShape('<!-- <div><div> --><b></b>')).toEqual({ elements: 1, depth: 1 });
    expect(scanHtmlShape('<div>'.repeat(5000)).depth).toBe(MAX_DEPTH + 1);
  });

  it.each([1000, 2000, 5000])('refuses %i nested unclosed <div>s with a limit error, before parsing them', (n) => {
    const error = refusal(`<html><body>${'<div>Doanh thu đạt 1.200 tỷ đồng. '.repeat(n)}</body></html>`);
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ code: 'limit', message: expect.stringMatching(/512 levels deep/) });
  });

  it('reads a deep page under the limit without Readability, text intact', () => {
    const doc = read(`<html><body>${'<div>'.repeat(400)}<p>Tổng doanh thu toàn ngành đạt 4.250 tỷ đồng.</p></body></html>`);
    expect(doc.text).toBe('Tổng doanh thu toàn ngành đạt 4.250 tỷ đồng.');
  });

  it('reads thousands of unclosed <p> and <li> (legacy markup), which a parser closes as siblings', () => {
    const doc = read(`<html><body>${'<p>Đoạn văn có số 12 trạm.'.repeat(3000)}<ul>${'<li>Mục 3 dịch vụ'.repeat(3000)}</ul></body></html>`);
    expect(doc.blocks.length).toBeGreaterThan(3000);
  });

  it('refuses more elements than a report page has', () => {
    expect(refusal(`<html><body>${'<span>1</span>'.repeat(200_001)}</body></html>`)).toMatchObject({ code: 'limit', message: expect.stringMatching(/elements/) });
  });
});
