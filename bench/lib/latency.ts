import type { Hono } from 'hono';

export interface Latency {
  p50: number;
  p90: number;
}

/**
 * In-process latency of one endpoint with the response cache missed on every request (a new value of an ignored
 * parameter each time), after a warm-up (at most ~5 s per endpoint): the cost of computing the answer from the database.
 */
export async function uncachedLatency(app: Hono, path: string, n = Number(process.env.BENCH_REQUESTS ?? 300)): Promise<Latency> {
  const sep = path.includes('?') ? '&' : '?';
  for (let i = 0; i < 10; i++) await (await app.request(`${path}${sep}bench=w${i}`)).text();
  const ms: number[] = [];
  const until = performance.now() + 5000;
  for (let i = 0; i < n && (i < 20 || performance.now() < until); i++) {
    const t0 = performance.now();
    const res = await app.request(`${path}${sep}bench=${i}`);
    await res.text();
    ms.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length / 2)]!, p90: ms[Math.floor(ms.length * 0.9)]! };
}
