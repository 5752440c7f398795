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

const example = (path: string) =>
  path.replace('{key}', 'ict_revenue').replace('{id}', '1').replace('{file}', 'ict_revenue.svg').replace('{name}', 'editor') +
  (path === '/api/v1/dashboard'
    ? '?year=2022'
    : path === '/api/v1/charts/explore.svg' || path === '/embed/explore'
      ? '?indicators=ict_revenue,software_export'
      : /\/ranking|\/maps\/|\/embed\/map\//.test(path)
        ? '?year=2024'
        : '');

/** A plain, dependency-free page in Vietnamese and English listing every endpoint of the document, with an example link. */
export function docsPage(doc: Doc, version: string): string {
  const rows: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of ['get', 'post', 'patch', 'put', 'delete'] as const) {
      const op = item?.[method];
      if (!op) continue;
      const params = (op.parameters ?? [])
        .map((p) => ('name' in p ? `<code>${p.in === 'path' ? `{${escapeHtml(p.name)}}` : escapeHtml(p.name)}</code>` : ''))
        .join(' ');
      const link = method === 'get' && !path.includes('{name}') ? `<a href="${escapeHtml(example(path))}">${escapeHtml(path)}</a>` : escapeHtml(path);
      const who = op.security?.length ? ' <em>(token)</em>' : '';
      rows.push(`<tr><td><b>${method.toUpperCase()}</b></td><td>${link}</td><td>${escapeHtml(op.summary ?? '')}${who}</td><td>${params}</td></tr>`);
    }
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Chỉ số API ${escapeHtml(version)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}table{border-collapse:collapse;width:100%}td{border-top:1px solid #ccd;padding:.4rem;vertical-align:top}code{background:#eef;padding:0 .2rem}a{color:#0645ad}</style></head>
<body><h1>Chỉ số API <small>${escapeHtml(version)}</small></h1>
<p lang="vi">JSON dưới <code>/api/v1</code>; lỗi trả về <code>application/problem+json</code>. Đọc công khai, có <code>ETag</code>; ghi cần <code>Authorization: Bearer TOKEN</code>. Mô tả máy đọc được: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<p lang="en">JSON under <code>/api/v1</code>; errors are <code>application/problem+json</code>. Reads are public and carry an <code>ETag</code>; writes need <code>Authorization: Bearer TOKEN</code>. The machine-readable description is <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<table><thead><tr><th>Phương thức / Method</th><th>Đường dẫn / Path</th><th>Nội dung / What</th><th>Tham số / Parameters</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></body></html>`;
}
