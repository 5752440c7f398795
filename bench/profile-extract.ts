/**
 * Where `extract()` spends its time: the corpus texts joined and repeated to about MB megabytes (as the bench does),
 * extracted twice to warm the JIT, then profiled over RUNS calls; prints the functions by share of samples, self and
 * inclusive.
 *
 *   npx tsx bench/profile-extract.ts [MB=4] [RUNS=2]
 *
 * Shares count samples, not the profile's time deltas: on a loaded machine a delta also holds the time the process
 * waited for a core, and lands on whatever ran next (a first profile here put 9 % in `hasMatch`, which sample
 * counts put at 1.5 %). tsx compiles each module onto one line, so functions are told apart by name only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, readDocument } from '../packages/extract/src/index';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'extract', 'corpus');
const mb = Number(process.argv[2] ?? 4);
const runs = Number(process.argv[3] ?? 2);

const texts: string[] = [];
for (const f of readdirSync(join(corpus, 'gold')).filter((x) => x.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(corpus, 'gold', f), 'utf8')) as { document: string };
  texts.push((await readDocument(new Uint8Array(readFileSync(join(corpus, gold.document))))).text);
}
const joined = texts.join('\n\n');
const big = Array.from({ length: Math.ceil((mb * 1e6) / joined.length) }, () => joined).join('\n\n');
extract(joined, { region: 'da-nang' });
extract(big, { region: 'da-nang' });

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const cpu0 = process.cpuUsage();
for (let i = 0; i < runs; i++) extract(big, { region: 'da-nang' });
const cpu = process.cpuUsage(cpu0);
const { profile } = await session.post('Profiler.stop');
session.disconnect();

const megabytes = (Buffer.byteLength(big, 'utf8') / 1e6) * runs;
process.stdout.write(`${megabytes.toFixed(1)} MB in ${runs} calls: ${(megabytes / ((cpu.user + cpu.system) / 1e6)).toFixed(2)} MB/s of CPU time (profiler on)\n`);

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const samples = new Map<number, number>();
for (const id of profile.samples ?? []) samples.set(id, (samples.get(id) ?? 0) + 1);
const name = (n: Profiler.ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(?:src|node_modules)\//, '')}`.trim();
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
/** Samples under a node; a function counted once per stack, however deep its recursion. */
function walk(id: number, onStack: Set<string>): number {
  const node = nodes.get(id)!;
  const key = name(node);
  const own = samples.get(id) ?? 0;
  self.set(key, (self.get(key) ?? 0) + own);
  const fresh = !onStack.has(key);
  if (fresh) onStack.add(key);
  let total = own;
  for (const child of node.children ?? []) total += walk(child, onStack);
  if (fresh) {
    inclusive.set(key, (inclusive.get(key) ?? 0) + total);
    onStack.delete(key);
  }
  return total;
}
const all = walk(profile.nodes[0]!.id, new Set());
const top = (m: Map<string, number>, n: number): string =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((100 * v) / all).toFixed(1).padStart(6)} %  ${k}`)
    .join('\n');
process.stdout.write(`\nself (share of ${all} samples)\n${top(self, 30)}\n\ninclusive\n${top(inclusive, 30)}\n`);
