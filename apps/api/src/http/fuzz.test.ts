import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';
import { corpusFile, editorApp, uploadForm, type EditorApp } from '../testing/editors';
import { zip } from '../testing/zip';

/**
 * Property-based fuzzing of every documented read endpoint's parameters and of the upload and JSON bodies: never
 * a 5xx, never a stack trace, never a hang, memory bounded. Run counts are bounded so the suite stays fast.
 */
let t: EditorApp;
const tried = { reads: 0, uploads: 0, json: 0 };
beforeAll(async () => {
  t = await editorApp({ rateLimits: { writesPerMinute: 1_000_000, failedSignIns: 1_000_000 } });
  // A pathological document costs at most this deadline (the worker is stopped), so the suite stays short. Set after
  // the seed, whose report is read by a worker that starts first (seconds on a loaded machine).
  process.env.EXTRACT_TIMEOUT_S = '3';
});
afterAll(async () => {
  process.stdout.write(`fuzz: ${tried.reads} read URLs, ${tried.uploads} upload bodies, ${tried.json} JSON bodies tried\n`);
  await t.close();
});

const stackTrace = /\n\s+at .+:\d+:\d+|node_modules|\/work\/|file:\/\//;

async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} hung for ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, hang]);
  } finally {
    clearTimeout(timer);
  }
}

async function expectSane(res: Response, what: string): Promise<string> {
  const body = await res.text();
  // oEmbed's own spec answers an unsupported format with 501 Not Implemented.
  const allowed = res.status < 500 || (res.status === 501 && what.startsWith('/api/v1/oembed'));
  expect(allowed, `${what} → ${res.status}: ${body.slice(0, 300)}`).toBe(true);
  expect(body, what).not.toMatch(stackTrace);
  if (res.status >= 400 && res.status !== 404) expect(res.headers.get('content-type'), what).toMatch(/^application\/problem\+json/);
  return body;
}

/** Values a parameter could be sent: plausible, hostile, huge, malformed. */
const paramValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    '', '0', '-1', '1e308', 'NaN', 'Infinity', '2022', '1900', '2101', 'da-nang', 'ict_revenue', 'accepted', 'svg',
    '../../etc/passwd', '\u0000', "' or 1=1 --", '"; drop table facts; --', 'a'.repeat(10_000), '9'.repeat(400),
    '[]', '{}', 'null', 'true', '%', '%zz', '😀', 'Đà Nẵng', ' da-nang ', 'DA-NANG',
  ),
);

type Operation = { parameters?: { name: string; in: string }[]; security?: unknown[] };

/** Every public GET of the API as the OpenAPI document (made from the route declarations) describes it. */
function readEndpoints() {
  const paths = openApiDocument(t.app, 'fuzz').paths as Record<string, Record<string, Operation>>;
  return Object.entries(paths)
    .filter(([path, ops]) => ops.get && !ops.get.security?.length && path.startsWith('/api/v1/'))
    .map(([path, ops]) => ({ path, params: ops.get!.parameters ?? [] }));
}

describe('fuzzing the public read endpoints', () => {
  it('covers every public GET route of the API', () => {
    const routed = new Set(t.app.routes.filter((r) => r.method === 'GET' && r.path.startsWith('/api/v1/')).map((r) => r.path.replace(/:(\w+)/g, '{$1}')));
    const fuzzed = new Set(readEndpoints().map((e) => e.path));
    const authenticated = ['/api/v1/auth/me', '/api/v1/tokens', '/api/v1/jobs/{id}'];
    expect([...routed].filter((p) => !fuzzed.has(p) && !authenticated.includes(p))).toEqual([]);
    expect(fuzzed.size).toBeGreaterThanOrEqual(10);
  });

  it('answers any parameters with 2xx, 3xx or a 4xx problem, never 5xx', async () => {
    const request = fc.record({
      endpoint: fc.constantFrom(...readEndpoints()),
      values: fc.array(paramValue, { minLength: 8, maxLength: 8 }),
      extra: fc.array(fc.tuple(fc.constantFrom('year', 'region', 'x', 'limit', '__proto__', 'constructor'), paramValue), { maxLength: 3 }),
      raw: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ endpoint, values, extra, raw }) => {
        let path = endpoint.path;
        const query = new URLSearchParams();
        endpoint.params.forEach((p, i) => {
          const v = values[i % values.length]!;
          if (p.in === 'path') path = path.replace(`{${p.name}}`, raw ? v.replace(/[/?#\s]/g, '') || 'x' : encodeURIComponent(v));
          else if (values[(i + 3) % values.length]!.length % 3 !== 0) query.append(p.name, v);
        });
        for (const [k, v] of extra) query.append(k, v);
        const qs = query.toString();
        const url = `${path}${qs ? `?${qs}` : ''}`;
        let req: Request;
        try {
          req = new Request(`http://localhost${url}`);
        } catch {
          return; // not a URL a client could send
        }
        tried.reads++;
        await expectSane(await within(5000, url, Promise.resolve(t.app.fetch(req))), url);
      }),
      { numRuns: 1500 },
    );
  });
});

const docx = corpusFile('binh-nguyen-2020-report.docx');
const pdf = corpusFile('tay-lam-2021-report.pdf');
const xml = (body: string) => new TextEncoder().encode(`<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`);
const contentTypes = new TextEncoder().encode(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);

/** Archives built to hurt: inflating far beyond the upload limit, nested, or lying about their size. */
async function hostileArchives(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const mb = new Uint8Array(1024 * 1024);
  const paragraphs = new TextEncoder().encode('<w:p><w:r><w:t>Doanh thu đạt 1.000 tỷ đồng</w:t></w:r></w:p>'.repeat(20_000));
  const docxOf = async (document: { data: Uint8Array; times: number; declaredSize?: number }) =>
    zip([{ name: '[Content_Types].xml', data: contentTypes }, { name: 'word/document.xml', ...document }]);
  let nested = await zip([{ name: 'word/document.xml', data: xml('<w:p/>') }]);
  for (let depth = 0; depth < 20; depth++) nested = await zip([{ name: `level${depth}.zip`, data: nested }]);
  return [
    { name: 'bomb-zeros.docx', bytes: await docxOf({ data: mb, times: 300 }) },
    { name: 'bomb-text.docx', bytes: await docxOf({ data: paragraphs, times: 200 }) },
    { name: 'bomb-lying.docx', bytes: await docxOf({ data: mb, times: 300, declaredSize: 1000 }) },
    { name: 'nested.zip', bytes: nested },
    { name: 'dense-figures.txt', bytes: new TextEncoder().encode('Doanh thu đạt 1.000 tỷ đồng '.repeat(75_000)) },
    { name: 'many-entries.docx', bytes: await zip(Array.from({ length: 5000 }, (_, i) => ({ name: `word/media/${i}.bin`, data: new Uint8Array(64) }))) },
  ];
}

describe('fuzzing upload bodies', () => {
  async function upload(bytes: Uint8Array, name: string): Promise<Response> {
    tried.uploads++;
    const before = await t.db.db.selectFrom('sources').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const res = await within(30_000, name, t.req('POST', '/api/v1/sources', { token: t.editor, form: uploadForm(bytes, name, { region: 'da-nang' }) }));
    await expectSane(res, name);
    if (res.status >= 400) {
      // A refused upload leaves nothing behind.
      const after = await t.db.db.selectFrom('sources').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    }
    return res;
  }

  it('random bytes, truncated docx and pdf, very long lines: a 2xx or a 4xx problem', async () => {
    // Descriptors, not bytes, so that a counterexample prints short; the bytes are made from them.
    const body = fc.oneof(
      fc.record({ kind: fc.constant('random' as const), seed: fc.uint8Array({ maxLength: 4096 }) }),
      fc.record({ kind: fc.constant('cut docx' as const), at: fc.integer({ min: 1, max: docx.length - 1 }) }),
      fc.record({ kind: fc.constant('cut pdf' as const), at: fc.integer({ min: 1, max: pdf.length - 1 }) }),
      fc.record({ kind: fc.constant('flipped docx' as const), at: fc.integer({ min: 0, max: docx.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('long line' as const), unit: fc.constantFrom('1', 'Doanh thu đạt 1.000 tỷ đồng ', 'ááááá', '<p>', '9,'), kb: fc.constantFrom(16, 64, 2048) }),
    );
    const bytesOf = (d: { kind: string; seed?: Uint8Array; at?: number; byte?: number; unit?: string; kb?: number }): { name: string; bytes: Uint8Array } => {
      switch (d.kind) {
        case 'random':
          return { name: 'random.bin', bytes: d.seed! };
        case 'cut docx':
          return { name: 'cut.docx', bytes: docx.slice(0, d.at) };
        case 'cut pdf':
          return { name: 'cut.pdf', bytes: pdf.slice(0, d.at) };
        case 'flipped docx': {
          const flipped = docx.slice();
          flipped[d.at!] = d.byte!;
          return { name: 'flipped.docx', bytes: flipped };
        }
        default:
          return { name: 'long-line.txt', bytes: new TextEncoder().encode(d.unit!.repeat(Math.ceil((d.kb! * 1024) / d.unit!.length))) };
      }
    };
    await fc.assert(
      fc.asyncProperty(body, async (d) => {
        const { name, bytes } = bytesOf(d);
        await upload(bytes, name);
      }),
      { numRuns: 40 },
    );
  });

  it('zip bombs, nested and many-entry archives within the size limit: refused or read, memory bounded', async () => {
    const archives = await hostileArchives();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    try {
      for (const a of archives) {
        expect(a.bytes.length).toBeLessThan(20 * 1024 * 1024);
        await upload(a.bytes, a.name);
      }
    } finally {
      clearInterval(sampler);
    }
    expect(peak - baseline, `peak RSS grew by ${Math.round((peak - baseline) / 1e6)} MB`).toBeLessThan(768 * 1024 * 1024);
  });
});

describe('fuzzing JSON bodies of the write endpoints', () => {
  it('never a 5xx whatever the JSON', async () => {
    const factId = (await t.db.db.selectFrom('facts').select('id').limit(1).executeTakeFirstOrThrow()).id;
    const targets = [
      { method: 'PATCH', path: `/api/v1/facts/${factId}`, token: t.editor },
      { method: 'POST', path: `/api/v1/facts/${factId}/reject`, token: t.editor },
      { method: 'POST', path: '/api/v1/tokens', token: t.admin },
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.oneof(fc.jsonValue(), fc.string()), fc.boolean(), async (target, value, asText) => {
        tried.json++;
        const res = await within(
          5000,
          target.path,
          t.req(target.method, target.path, asText ? { token: target.token, headers: { 'Content-Type': 'application/json' } } : { token: target.token, json: value }),
        );
        await expectSane(res, `${target.method} ${target.path} ${JSON.stringify(value)?.slice(0, 100)}`);
      }),
      { numRuns: 300 },
    );
  });
});
