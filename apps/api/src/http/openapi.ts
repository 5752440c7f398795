import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { escapeHtml } from './html';

type Doc = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

/**
 * The OpenAPI 3.1 document, made from the route declarations themselves (http/route.ts): whatever is routed is
 * described, and the description cannot drift from the validation.
 */
export function openApiDocument<E extends Env>(app: OpenAPIHono<E>, version: string): Doc {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Chỉ số API',
      version,
      description:
        'ICT-sector statistics with their provenance. Reads are public; writes need an editor token. Số liệu ngành CNTT kèm nguồn gốc: đọc công khai, ghi cần mã của biên tập viên.',
    },
    servers: [{ url: '/' }],
  });
}

/** What the docs page reads of an operation: the declaration's summaries, description, example and parameters. */
interface Operation {
  summary?: string;
  description?: string;
  'x-summary-vi'?: string;
  'x-example'?: string;
  security?: unknown[];
  parameters?: unknown[];
}

const methods = ['get', 'post', 'patch', 'put', 'delete'] as const;

/** Every operation of the document, in its order. */
export function operations(doc: Doc): { method: (typeof methods)[number]; path: string; op: Operation }[] {
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const op = (item as Record<string, Operation | undefined> | undefined)?.[method];
      return op ? [{ method, path, op }] : [];
    }),
  );
}

/** An operation's example as sent from this site: `{origin}` is the site's public address (an oEmbed URL names a page of it). */
export const exampleAt = (example: string, origin: string) => example.replaceAll('{origin}', origin);

function exampleHtml(example: string | undefined): string {
  if (!example) return '';
  // A GET to try is a link; a write is shown as what to send.
  return example.startsWith('/') ? `<a href="${escapeHtml(example)}"><code>${escapeHtml(example)}</code></a>` : `<code>${escapeHtml(example)}</code>`;
}

/**
 * A plain, dependency-free page listing every endpoint of the document in Vietnamese and English: the declaration's
 * summaries (`summary`, `x-summary-vi`), its description, parameters and an example request (`x-example`).
 */
export function docsPage(doc: Doc, version: string, origin: string): string {
  const rows = operations(doc).map(({ method, path, op }) => {
    const params = (op.parameters ?? [])
      .map((p) => (typeof p === 'object' && p !== null && 'name' in p ? (p as { name: string; in: string }) : null))
      .filter((p) => p !== null)
      .map((p) => `<code>${p.in === 'path' ? `{${escapeHtml(p.name)}}` : escapeHtml(p.name)}</code>`)
      .join(' ');
    const who = op.security?.length ? ' <em>(mã biên tập viên / editor token)</em>' : '';
    const vi = op['x-summary-vi'] ? `<p lang="vi">${escapeHtml(op['x-summary-vi'])}</p>` : '';
    const en = `<p lang="en">${escapeHtml(op.summary ?? '')}</p>`;
    const more = op.description ? `<p lang="en" class="more">${escapeHtml(op.description)}</p>` : '';
    return `<tr><td><b>${method.toUpperCase()}</b></td><td><code>${escapeHtml(path)}</code>${who}</td><td>${vi}${en}${more}</td><td>${params}</td><td>${exampleHtml(op['x-example'] && exampleAt(op['x-example'], origin))}</td></tr>`;
  });
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Chỉ số API ${escapeHtml(version)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:80rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}table{border-collapse:collapse;width:100%}th{text-align:left}td{border-top:1px solid #ccd;padding:.4rem;vertical-align:top}td p{margin:0 0 .3rem}.more{color:#4a5058;font-size:.9rem}code{background:#eef;padding:0 .2rem;word-break:break-word}a{color:#0645ad}</style></head>
<body><main><h1>Chỉ số API <small>${escapeHtml(version)}</small></h1>
<p lang="vi">JSON dưới <code>/api/v1</code>; lỗi trả về <code>application/problem+json</code>. Đọc công khai, có <code>ETag</code>; ghi cần <code>Authorization: Bearer TOKEN</code>. Số liệu <code>machine_read: true</code> là số liệu đọc tự động, chưa có người duyệt. Mô tả máy đọc được: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<p lang="en">JSON under <code>/api/v1</code>; errors are <code>application/problem+json</code>. Reads are public and carry an <code>ETag</code>; writes need <code>Authorization: Bearer TOKEN</code>. A figure with <code>machine_read: true</code> was read by the machine and not yet reviewed by a person. The machine-readable description is <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<table><thead><tr><th scope="col">Phương thức / Method</th><th scope="col">Đường dẫn / Path</th><th scope="col">Nội dung / What</th><th scope="col">Tham số / Parameters</th><th scope="col">Ví dụ / Example</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></main></body></html>`;
}
