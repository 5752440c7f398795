import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, extractDocument, readDocument } from '../packages/extract/src/index';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'extract', 'corpus');

interface GoldHead {
  document: string;
  region: string;
}

/** Extraction speed: MB/s of text through the core `extract()`, and ms per corpus document end to end. */
export async function benchExtract(): Promise<void> {
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
