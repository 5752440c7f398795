/**
 * Writes the facts the extractor reads from every development document (the corpus, our own fixtures, the folded
 * blind rounds and data/reports), as `npm run extract -- FILE --region R --json` prints them, one JSON file per
 * document under OUTDIR. A change meant to keep the output (a speed-up) is checked by dumping before and after and
 * running `diff -r BEFORE AFTER`:
 *
 *   npx tsx bench/dump-extracted-facts.ts /tmp/facts-before
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, extractDocument } from '../packages/extract/src/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: npx tsx bench/dump-extracted-facts.ts OUTDIR\n');
  process.exit(2);
}

/** Each set's reports folder and the region of each report, from its gold files or its manifest. */
function sets(): { dir: string; regions: Map<string, string> }[] {
  const extract = join(root, 'packages', 'extract');
  const withGold = [join(extract, 'corpus'), join(extract, 'src', 'fixtures')];
  const blind = join(extract, 'blind');
  for (const d of readdirSync(blind).filter((x) => /^round-\d+$/.test(x)).sort()) withGold.push(join(blind, d));
  const found = withGold.map((dir) => {
    const regions = new Map<string, string>();
    for (const f of readdirSync(join(dir, 'gold')).filter((x) => x.endsWith('.json'))) {
      const g = JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8')) as { document: string; region: string };
      regions.set(g.document.replace(/^reports\//, ''), g.region);
    }
    return { dir: join(dir, 'reports'), regions };
  });
  const data = join(root, 'data', 'reports');
  const regions = new Map<string, string>();
  const manifest = join(data, 'manifest.csv');
  if (existsSync(manifest))
    for (const line of readFileSync(manifest, 'utf8').split('\n').slice(1)) {
      const [file, region] = line.split(',');
      if (file && region) regions.set(file, region);
    }
  found.push({ dir: data, regions });
  return found;
}

const texts: string[] = [];
let documents = 0;
for (const { dir, regions } of sets()) {
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.csv') || file.endsWith('.md') || !statSync(join(dir, file)).isFile()) continue;
    const region = regions.get(file);
    const { document, facts, reportYear } = await extractDocument(new Uint8Array(readFileSync(join(dir, file))), { region });
    texts.push(document.text);
    const target = join(out, `${relative(root, join(dir, file))}.json`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify({ region, reportYear, facts }, null, 1)}\n`);
    documents++;
  }
}
// the benchmark's input: every text joined into one, read as one report
writeFileSync(join(out, 'all-texts-joined.json'), `${JSON.stringify(extract(texts.join('\n\n'), { region: 'da-nang' }), null, 1)}\n`);
process.stdout.write(`${documents} documents dumped to ${out}\n`);
