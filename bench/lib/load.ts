import autocannon from 'autocannon';

export interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export const loadSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

/**
 * Drives one URL on 127.0.0.1 for a bounded time after a short warm-up. `[<id>]` in the URL is replaced by a fresh
 * id per request. Errors count failed connections, time-outs and non-2xx answers.
 */
export async function load(url: string): Promise<Load> {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`load tests only target 127.0.0.1 (got ${url})`);
  const idReplacement = url.includes('[<id>]');
  await autocannon({ url, connections: 10, duration: 2, idReplacement });
  const r = await autocannon({ url, connections, duration: loadSeconds, idReplacement, timeout: 10 });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}
