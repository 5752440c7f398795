import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document';
import { ReadError } from './types';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const HANG_MS = 45_000;
/** `FUZZ_SCALE=20 npx vitest run --project extract fuzz` for a longer search. */
const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);

/** Resolves, or rejects with a ReadError, within HANG_MS; anything else fails the property. */
async function readsOrRefuses(bytes: Uint8Array): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), HANG_MS);
  });
  const outcome = await Promise.race([
    readDocument(bytes).then(
      () => 'ok',
      (error: unknown) => (error instanceof ReadError ? 'refused' : error),
    ),
    hang,
  ]).finally(() => clearTimeout(timer));
  expect(outcome === 'ok' || outcome === 'refused').toBe(true);
}

/** A share in [0, 1], spread evenly (fc.double leans to tiny values). */
const share = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);

const withPrefix = (prefix: string, suffix = '') =>
  fc.uint8Array({ maxLength: 3000 }).map((body) => new Uint8Array([...encode(prefix), ...body, ...encode(suffix)]));

describe('readDocument on arbitrary bytes', () => {
  it('resolves or rejects with a ReadError (random bytes, text, markup, zip and PDF headers)', async () => {
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 4000 }),
      fc.string({ unit: 'binary', maxLength: 2000 }).map(encode),
      fc.string({ unit: 'grapheme', maxLength: 2000 }).map((s) => encode(`<html><body><table><tr><td colspan="${s.length}">${s}</td></tr></table><p>${s}</p>`)),
      withPrefix('PK\u0003\u0004'),
      withPrefix('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0011\u0000\u0000\u0000word/document.xml'),
    );
    await fc.assert(fc.asyncProperty(inputs, readsOrRefuses), { numRuns: 250 * SCALE });
  });

  it('resolves or rejects with a ReadError on cut and damaged PDF and DOCX files', async () => {
    const files = [fixture('report-2pages.pdf'), fixture('merged-header.docx'), fixture('scanned.pdf')];
    const damaged = fc
      .noBias(fc.record({
        file: fc.constantFrom(...files),
        cut: share,
        flips: fc.array(fc.record({ at: share, value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 20 }),
        keepEnd: fc.boolean(),
      }))
      .map(({ file, cut, flips, keepEnd }) => {
        const bytes = file.slice(0, Math.max(1, Math.floor(file.length * cut)));
        for (const { at, value } of flips) bytes[Math.floor(at * (bytes.length - 1))] = value;
        return keepEnd ? new Uint8Array([...bytes, ...encode('\n%%EOF\n')]) : bytes;
      });
    await fc.assert(fc.asyncProperty(damaged, readsOrRefuses), { numRuns: 40 * SCALE });
  });

  it('also with PDF headers and an end marker around random bytes', async () => {
    await fc.assert(fc.asyncProperty(withPrefix('%PDF-1.4\n', '\n%%EOF\n'), readsOrRefuses), { numRuns: 15 * SCALE });
  });
});
