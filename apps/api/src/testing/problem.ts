import { Problem } from '@chiso/shared';
import { expect } from 'vitest';

/** Asserts a problem+json answer with the given status (and, optionally, a detail of some length); returns its body. */
export async function expectProblem(res: Response, status: number, opts: { minDetail?: number } = {}): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const p = Problem.parse(await res.json());
  expect(p.status).toBe(status);
  if (opts.minDetail !== undefined) expect(p.detail.length).toBeGreaterThanOrEqual(opts.minDetail);
  return p;
}
