/**
 * A response's headers as the Fetch `Headers` interface, kept in a plain Map: what a read route hands to the
 * pipeline (http/route.ts). Every middleware after the route reads or sets a few headers on the answer (security
 * headers, ETag, compression's Vary and Content-Length checks), and `@hono/node-server` then copies them into the
 * object `writeHead` takes. With undici's `Headers` each of those steps validates, lower-cases and, on iteration,
 * sorts again; this does each once. Names are kept lower-case, values as given; iteration is sorted by name and
 * joins repeated names with ", " except Set-Cookie, as the Fetch standard says. Decision 0068.
 */
export class ResponseHeaders implements Headers {
  /** Lower-case name → values, in the order added. */
  readonly #map = new Map<string, string[]>();

  constructor(init?: Record<string, string>) {
    // As `new Headers(record)`: each entry appended, so `Vary` and `vary` in one object are one header, joined.
    if (init) for (const name in init) this.append(name, init[name]!);
  }

  get(name: string): string | null {
    const values = this.#map.get(name.toLowerCase());
    return values === undefined ? null : values.length === 1 ? values[0]! : values.join(', ');
  }

  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.#map.set(name.toLowerCase(), [String(value)]);
  }

  append(name: string, value: string): void {
    const lower = name.toLowerCase();
    const values = this.#map.get(lower);
    if (values) values.push(String(value));
    else this.#map.set(lower, [String(value)]);
  }

  delete(name: string): void {
    this.#map.delete(name.toLowerCase());
  }

  getSetCookie(): string[] {
    return [...(this.#map.get('set-cookie') ?? [])];
  }

  /** Name and value pairs, sorted by name; Set-Cookie once per value, any other name once with its values joined. */
  #pairs(): [string, string][] {
    const pairs: [string, string][] = [];
    for (const name of [...this.#map.keys()].sort()) {
      const values = this.#map.get(name)!;
      if (name === 'set-cookie') for (const v of values) pairs.push([name, v]);
      else pairs.push([name, values.length === 1 ? values[0]! : values.join(', ')]);
    }
    return pairs;
  }

  entries(): ReturnType<Headers['entries']> {
    return this.#pairs()[Symbol.iterator]();
  }

  keys(): ReturnType<Headers['keys']> {
    return this.#pairs()
      .map(([name]) => name)
      [Symbol.iterator]();
  }

  values(): ReturnType<Headers['keys']> {
    return this.#pairs()
      .map(([, value]) => value)
      [Symbol.iterator]();
  }

  forEach(callback: (value: string, key: string, parent: Headers) => void, thisArg?: unknown): void {
    for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this);
  }

  [Symbol.iterator](): ReturnType<Headers['entries']> {
    return this.entries();
  }
}
// `instanceof Headers` holds, so Hono and @hono/node-server take it as the headers they are.
Object.setPrototypeOf(ResponseHeaders.prototype, Headers.prototype);
