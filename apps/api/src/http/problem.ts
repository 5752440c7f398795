import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Problem } from '@chiso/shared';
import type { ZodError } from 'zod';

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export const statusTitle = (status: number): string => titles[status] ?? 'Error';

/** An error a client can act on; thrown anywhere in a handler and turned into problem+json by the app. */
export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly errors?: { path: string; message: string }[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export function fromZod(error: ZodError, where: string): HttpProblem {
  const errors = error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: key, message: `not a ${where} of this endpoint (see /api/v1/docs)` }))
      : [{ path: i.path.join('.') || where, message: i.message }],
  );
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return new HttpProblem(400, `Invalid ${where}: ${detail}`, errors);
}

export function problemJson(c: Context, p: HttpProblem): Response {
  const body: Problem = {
    type: `https://chiso.dev/problems/${p.status}`,
    title: statusTitle(p.status),
    status: p.status,
    detail: p.detail,
    instance: c.req.path,
    ...(p.errors ? { errors: p.errors } : {}),
  };
  return c.body(JSON.stringify(body), p.status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...p.headers,
  });
}
