import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time (user + system) of the serving process per answered request, in µs, when its pid was given. */
  cpuUs?: number;
}

export const loadSeconds = Number(process.env.BENCH_SECONDS ?? 10);
export const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

const ticksPerSecond = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

/** User and system CPU time of a process so far, in seconds (`/proc/PID/stat`, fields 14 and 15). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

/**
 * Drives one URL on 127.0.0.1 for a bounded time after a short warm-up. `[<id>]` in the URL is replaced by a fresh
 * id per request. Errors count failed connections, time-outs and non-2xx answers. With `pid`, the serving process's
 * CPU time over the measured run is divided by the requests it answered.
 */
export async function load(url: string, pid?: number): Promise<Load> {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`load tests only target 127.0.0.1 (got ${url})`);
  const idReplacement = url.includes('[<id>]');
  await autocannon({ url, connections: 10, duration: 2, idReplacement });
  const cpu0 = pid === undefined ? 0 : cpuSeconds(pid);
  const r = await autocannon({ url, connections, duration: loadSeconds, idReplacement, timeout: 10 });
  const cpu = pid === undefined ? undefined : ((cpuSeconds(pid) - cpu0) / Math.max(1, r.requests.total)) * 1e6;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, ...(cpu === undefined ? {} : { cpuUs: cpu }) };
}
