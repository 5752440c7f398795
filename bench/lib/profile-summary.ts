import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Sums a `.cpuprofile`'s self time per function and per file, largest first, as shares of the samples:
 * `tsx bench/lib/profile-summary.ts FILE|DIR [--last SECONDS] [--top N]`. A directory means each profile in it.
 * `--last` keeps only the samples of the profile's last SECONDS (the load, not the start-up). Make profiles with
 * `BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" npm run bench -- NAME` (decision 0065).
 */

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function summary(file: string, lastSeconds: number, top: number): string {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const frames = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
  const from = lastSeconds > 0 ? p.endTime - lastSeconds * 1e6 : -Infinity;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let at = p.startTime;
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    at += dt;
    if (at < from) return;
    const f = frames.get(id)!;
    const url = f.url.replace(/^file:\/\/.*?\/node_modules\//, 'node_modules/').replace(/^file:\/\/.*?\/(apps|packages)\//, '$1/');
    const fn = `${f.functionName || '(anonymous)'} ${url}${url ? `:${f.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
    byFile.set(url || f.functionName, (byFile.get(url || f.functionName) ?? 0) + dt);
    total += dt;
  });
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(6)} %  ${k}`)
      .join('\n');
  return `${file}: ${(total / 1e6).toFixed(1)} s of samples\n-- by function\n${rows(byFunction)}\n-- by file\n${rows(byFile)}\n`;
}

const [target, ...rest] = process.argv.slice(2);
if (!target) throw new Error('usage: profile-summary FILE|DIR [--last SECONDS] [--top N]');
const option = (name: string, fallback: number) => {
  const i = rest.indexOf(name);
  return i >= 0 ? Number(rest[i + 1]) : fallback;
};
const files = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(target, f))
  : [target];
for (const f of files) process.stdout.write(`${summary(f, option('--last', 0), option('--top', 30))}\n`);
