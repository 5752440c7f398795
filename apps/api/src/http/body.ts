import type { Computed } from './route';

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8';
export const HTML_TYPE = 'text/html; charset=utf-8';

/** A read's answer as JSON. */
export const json = (value: unknown): Computed => ({ body: JSON.stringify(value), type: JSON_TYPE });

const stringified = new WeakMap<object, string>();

/** JSON of a catalogue object (indicator, region), made once: responses splice it around stored JSON. */
export function jsonOf(value: object): string {
  let s = stringified.get(value);
  if (s === undefined) {
    s = JSON.stringify(value);
    stringified.set(value, s);
  }
  return s;
}
