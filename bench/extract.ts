import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, extractDocument, readDocument } from '../packages/extract/src/index';
import { developmentSets } from '../packages/extract/src/model/fit';
import { emptyTally, runCorpus, summary, tallyDocument, type Tally } from '../packages/extract/src/score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'packages', 'extract', 'corpus');
const blind = join(root, 'packages', 'extract', 'blind');
const decision = join(root, 'docs', 'decisions', '0006-extraction-measured-blind.md');

interface FirstSight {
  round: number;
  documents: number;
  facts: number;
  p: string;
  r: string;
  f1: string;
  auto: string;
  commit: string;
}

/** The first-sight table of decision 0006: one row per blind round, as scored before anyone looked at a failure. */
function firstSights(): Map<number, FirstSight> {
  const rows = new Map<number, FirstSight>();
  for (const line of readFileSync(decision, 'utf8').split('\n')) {
    const m = /^\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*([^|]+?)\s*\|\s*(\w+)\s*\|/.exec(line);
    if (m) rows.set(Number(m[1]), { round: Number(m[1]), documents: Number(m[2]), facts: Number(m[3]), p: m[4]!, r: m[5]!, f1: m[6]!, auto: m[7]!, commit: m[8]! });
  }
  return rows;
}

const fmt = (x: number): string => x.toFixed(3);

function reliability(t: Tally): string {
  const bins = new Map<number, { n: number; right: number }>();
  for (const s of t.scored) {
    const b = Math.min(9, Math.floor(s.confidence * 10));
    const x = bins.get(b) ?? { n: 0, right: 0 };
    x.n++;
    if (s.right) x.right++;
    bins.set(b, x);
  }
  return [...bins].sort((a, b) => a[0] - b[0]).map(([b, x]) => `${(b / 10).toFixed(1)}-${((b + 1) / 10).toFixed(1)} ${x.right}/${x.n}`).join(', ');
}

/** Development and blind-round scores side by side, each folded round with its first-sight figures. */
async function scores(): Promise<void> {
  const sets: { name: string; dir: string; round?: number }[] = [
    { name: 'corpus (development)', dir: corpus },
    { name: 'own fixtures (development)', dir: join(root, 'packages', 'extract', 'src', 'fixtures') },
  ];
  for (const d of readdirSync(blind).filter((x) => /^round-\d+$/.test(x)).sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))) {
    const round = Number(d.slice(6));
    const folded = developmentSets.some((set) => set.name === d);
    sets.push({ name: `blind round ${round} (${folded ? 'folded into development' : 'not folded yet'})`, dir: join(blind, d), round });
  }
  const first = firstSights();
  process.stdout.write('scores on required facts (auto: precision of the facts an upload accepts without review, right/accepted)\n');
  process.stdout.write(`${'set'.padEnd(44)} docs facts  P      R      F1     auto          | first sight: P      R      F1     auto           commit\n`);
  for (const s of sets) {
    const run = await runCorpus(s.dir);
    const t = emptyTally();
    for (const { gold, facts } of run) tallyDocument(t, facts, gold);
    const now = summary(t);
    const auto = now.autoPrecision === null ? `none (0)` : `${fmt(now.autoPrecision)} (${t.autoRight}/${t.autoAccepted})`;
    const fs = s.round !== undefined ? first.get(s.round) : undefined;
    const then = fs ? `| ${fs.p.padEnd(6)} ${fs.r.padEnd(6)} ${fs.f1.padEnd(6)} ${fs.auto.padEnd(14)} ${fs.commit}` : s.round !== undefined ? '| not yet scored at first sight' : '|';
    process.stdout.write(`${s.name.padEnd(44)} ${String(run.length).padStart(4)} ${String(t.facts).padStart(5)}  ${fmt(now.precision)}  ${fmt(now.recall)}  ${fmt(now.f1)}  ${auto.padEnd(13)} ${then}\n`);
    if (s.round !== undefined) process.stdout.write(`${''.padEnd(44)} reliability now (confidence bin: right/facts): ${reliability(t)}\n`);
  }
}

interface GoldHead {
  document: string;
  region: string;
}

/** Extraction speed: MB/s of text through the core `extract()`, and ms per corpus document end to end. */
export async function benchExtract(): Promise<void> {
  await scores();
  process.stdout.write('\nspeed (goal: core extract() at least 5 MB/s of CPU time warm)\n');
  const golds = readdirSync(join(corpus, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(corpus, 'gold', f), 'utf8')) as GoldHead);
  const docs: { name: string; bytes: Uint8Array; region: string; text: string }[] = [];
  for (const g of golds) {
    const bytes = new Uint8Array(readFileSync(join(corpus, g.document)));
    docs.push({ name: g.document.replace(/^reports\//, ''), bytes, region: g.region, text: (await readDocument(bytes)).text });
  }

  // core: the corpus texts repeated to about 8 MB, extracted as one text and as one call per document
  const joined = docs.map((d) => d.text).join('\n\n');
  const big = Array.from({ length: Math.ceil(8_000_000 / joined.length) }, () => joined).join('\n\n');
  const mb = Buffer.byteLength(big, 'utf8') / 1e6;
  extract(joined, { region: 'da-nang' });
  const timeBig = (): { wall: number; cpu: number; facts: number } => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const facts = extract(big, { region: 'da-nang' });
    const cpu = process.cpuUsage(cpu0);
    return { wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6, facts: facts.length };
  };
  // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
  // The first call also pays for the JIT compiling the extractor (about 1.5 s of CPU on the 10 MB text): reported
  // apart, and the throughput is measured again once the code is warm, as in a running server.
  const cold = timeBig();
  process.stdout.write(`core extract(), one ${mb.toFixed(1)} MB text, first call (JIT warming up): ${(mb / cold.wall).toFixed(1)} MB/s wall, ${(mb / cold.cpu).toFixed(1)} MB/s of CPU time\n`);
  let t = performance.now();
  let bytes = 0;
  let rounds = 0;
  while (performance.now() - t < 3000) {
    for (const d of docs) {
      extract(d.text, { region: d.region });
      bytes += Buffer.byteLength(d.text, 'utf8');
    }
    rounds++;
  }
  const perDocCalls = (performance.now() - t) / 1000;
  process.stdout.write(`core extract(), corpus documents one by one (${rounds} rounds): ${(bytes / 1e6 / perDocCalls).toFixed(1)} MB/s\n`);
  const warm = [timeBig(), timeBig(), timeBig()].sort((a, b) => a.cpu - b.cpu)[1]!;
  process.stdout.write(`core extract(), one ${mb.toFixed(1)} MB text, warm (median of 3): ${(mb / warm.wall).toFixed(1)} MB/s wall, ${(mb / warm.cpu).toFixed(1)} MB/s of CPU time (${warm.facts} facts)\n`);

  // one sentence of many figures (no full stop in 1 MB: a flattened PDF table, or an upload built to stall the
  // worker): the reader cuts it into clauses (MAX_SENTENCE), so it runs at the speed of ordinary text, not
  // quadratically slower (before the cut, 2 MB took 207 s)
  const unit = 'Doanh thu đạt 1.000 tỷ đồng ';
  const dense = unit.repeat(Math.ceil(1_000_000 / Buffer.byteLength(unit, 'utf8')));
  const denseMb = Buffer.byteLength(dense, 'utf8') / 1e6;
  const d0 = performance.now();
  const dCpu0 = process.cpuUsage();
  extract(dense, { region: 'da-nang' });
  const dCpu = process.cpuUsage(dCpu0);
  const dWall = (performance.now() - d0) / 1000;
  process.stdout.write(`core extract(), one ${denseMb.toFixed(1)} MB sentence of many figures (no full stop): ${(denseMb / dWall).toFixed(1)} MB/s wall, ${(denseMb / ((dCpu.user + dCpu.system) / 1e6)).toFixed(1)} MB/s of CPU time\n`);

  // end to end: read (format sniffed) + extract, per document
  process.stdout.write('end to end (readDocument + extract), ms per document, median of 5:\n');
  for (const d of docs) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = performance.now();
      await extractDocument(d.bytes, { region: d.region });
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    const core = performance.now();
    extract(d.text, { region: d.region });
    process.stdout.write(`  ${d.name.padEnd(34)} ${times[2]!.toFixed(1).padStart(7)} ms  (extract alone ${(performance.now() - core).toFixed(1)} ms)\n`);
  }

  // scanned pages (issue 17): OCR time per page; `npm run bench -- ocr` scores the scanned corpus
  await (await import('./ocr')).benchOcrPage();
}
