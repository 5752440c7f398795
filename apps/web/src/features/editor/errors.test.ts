import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '../../lib/i18n';
import { EditorApiError } from './api';
import { writeError } from './errors';

const en: Translate = (key, vars) => translate('en', key, vars);
const vi: Translate = (key, vars) => translate('vi', key, vars);
const problem = (status: number, detail: string) => ({ type: 'about:blank', title: 'x', status, detail });

describe('write errors in the reader’s language', () => {
  it('429 says how long to wait, from Retry-After', () => {
    expect(writeError(new EditorApiError('x', 429, problem(429, 'x'), 42), en).message).toBe('Too many requests. Try again in 42 s.');
    expect(writeError(new EditorApiError('x', 429, null, 42), vi).message).toBe('Quá nhiều yêu cầu. Hãy thử lại sau 42 giây.');
    expect(writeError(new EditorApiError('x', 429, null, null), en).message).toBe('Too many requests. Try again in a few minutes.');
  });

  it('413, 415 and 422 are named plainly, with the server’s detail naming the file', () => {
    const tooBig = writeError(new EditorApiError('x', 413, problem(413, 'The file is larger than the 20 MB limit'), null), en);
    expect(tooBig).toEqual({ message: 'The file is larger than the server accepts.', detail: 'The file is larger than the 20 MB limit' });
    expect(writeError(new EditorApiError('x', 415, problem(415, 'a.png: a PNG image'), null), vi).message).toContain('Không đọc được định dạng');
    expect(writeError(new EditorApiError('x', 422, problem(422, 'b.pdf: corrupt'), null), en).detail).toBe('b.pdf: corrupt');
  });

  it('401 asks to sign in again; 403 says the token may not', () => {
    expect(writeError(new EditorApiError('x', 401, null, null), en).message).toContain('Sign in again');
    expect(writeError(new EditorApiError('x', 403, null, null), en).message).toBe('This token may not do this.');
  });
});
