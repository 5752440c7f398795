
export interface Latency {
  p50: number;
  p90: number;
}

/**
 * In-process latency of one endpoint of an app without a read cache (`readCacheBytes: 0`), after a warm-up (at most
 * ~5 s per endpoint): the cost of computing the answer from the database.
 */
export async function uncachedLatency(app: { request(path: string): Response | Promise<Response> }, path: string, n = Number(process.env.BENCH_REQUESTS ?? 300)): Promise<Latency> {
  for (let i = 0; i < 10; i++) await (await app.request(path)).text();
  const ms: number[] = [];
  const until = performance.now() + 5000;
  for (let i = 0; i < n && (i < 20 || performance.now() < until); i++) {
    const t0 = performance.now();
    const res = await app.request(path);
    await res.text();
    ms.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length / 2)]!, p90: ms[Math.floor(ms.length * 0.9)]! };
}
