import type { Computed } from './route';

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8';
export const HTML_TYPE = 'text/html; charset=utf-8';

/** A read's answer as JSON. */
export const json = (value: unknown): Computed => ({ body: JSON.stringify(value), type: JSON_TYPE });

const stringified = new WeakMap<object, string>();
const encoded = new WeakMap<object, Uint8Array<ArrayBuffer>>();

/** JSON of a catalogue object (indicator, region), made once: responses splice it around stored JSON. */
export function jsonOf(value: object): string {
  let s = stringified.get(value);
  if (s === undefined) {
    s = JSON.stringify(value);
    stringified.set(value, s);
  }
  return s;
}

/** The same JSON as UTF-8 bytes, encoded once: for bodies put together with `spliced`. */
export function jsonBytesOf(value: object): Uint8Array<ArrayBuffer> {
  let b = encoded.get(value);
  if (b === undefined) {
    b = new TextEncoder().encode(jsonOf(value));
    encoded.set(value, b);
  }
  return b;
}

/**
 * A body put together from pieces, as UTF-8: bytes are copied as they are, strings encoded. Catalogue JSON is mostly
 * Vietnamese, two bytes a character in a JavaScript string; spliced as bytes made once (`jsonBytesOf`), it is not
 * encoded again for every answer, and only the stored JSON and punctuation of the request are (decision 0065).
 */
export function spliced(parts: readonly (string | Uint8Array)[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const p of parts) length += typeof p === 'string' ? Buffer.byteLength(p) : p.byteLength;
  const out = Buffer.from(new ArrayBuffer(length));
  let at = 0;
  for (const p of parts) {
    if (typeof p === 'string') at += out.write(p, at, 'utf8');
    else {
      out.set(p, at);
      at += p.byteLength;
    }
  }
  return new Uint8Array(out.buffer);
}
