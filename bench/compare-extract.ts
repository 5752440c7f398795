/**
 * Two trees' `extract()` compared in one process: the bench's text (the corpus joined and repeated to about 10 MB),
 * each tree warmed, then called alternately ROUNDS times each; prints each tree's median and fastest CPU time per call
 * and the ratio. On a shared machine a ratio of alternate calls in one process is steadier than two runs of the bench.
 *
 *   git worktree add /tmp/main-tree main && ln -s "$PWD/node_modules" /tmp/main-tree/node_modules
 *   npx tsx bench/compare-extract.ts /tmp/main-tree [ROUNDS=8]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, readDocument } from '../packages/extract/src/index';

type Extract = typeof extract;

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const other = process.argv[2];
const rounds = Number(process.argv[3] ?? 8);
if (!other) {
  process.stderr.write('usage: npx tsx bench/compare-extract.ts OTHER_TREE [ROUNDS]\n');
  process.exit(2);
}
const otherExtract = ((await import(join(resolve(other), 'packages', 'extract', 'src', 'extract.ts'))) as { extract: Extract }).extract;

const corpus = join(here, 'packages', 'extract', 'corpus');
const texts: string[] = [];
for (const f of readdirSync(join(corpus, 'gold')).filter((x) => x.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(corpus, 'gold', f), 'utf8')) as { document: string };
  texts.push((await readDocument(new Uint8Array(readFileSync(join(corpus, gold.document))))).text);
}
const joined = texts.join('\n\n');
const big = Array.from({ length: Math.ceil(8_000_000 / joined.length) }, () => joined).join('\n\n');
const mb = Buffer.byteLength(big, 'utf8') / 1e6;

const trees: { name: string; run: Extract; seconds: number[] }[] = [
  { name: `other (${other})`, run: otherExtract, seconds: [] },
  { name: 'this tree', run: extract, seconds: [] },
];
for (const t of trees) for (const text of [joined, big]) t.run(text, { region: 'da-nang' });
for (let r = 0; r < rounds; r++) {
  for (const t of r % 2 ? [...trees].reverse() : trees) {
    const cpu0 = process.cpuUsage();
    t.run(big, { region: 'da-nang' });
    const cpu = process.cpuUsage(cpu0);
    t.seconds.push((cpu.user + cpu.system) / 1e6);
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
for (const t of trees) process.stdout.write(`${t.name}: ${(mb / median(t.seconds)).toFixed(2)} MB/s of CPU time (median of ${rounds}), fastest ${(mb / Math.min(...t.seconds)).toFixed(2)} MB/s\n`);
const [a, b] = trees as [(typeof trees)[0], (typeof trees)[0]];
process.stdout.write(`this tree / other: ${(median(a.seconds) / median(b.seconds)).toFixed(3)} by medians, ${(Math.min(...a.seconds) / Math.min(...b.seconds)).toFixed(3)} by the fastest calls (${mb.toFixed(1)} MB text, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})\n`);
