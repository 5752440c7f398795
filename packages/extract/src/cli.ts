import { readFileSync } from 'node:fs';
import { formatValue, type ExtractedFact } from '@chiso/shared';
import { defaultCatalogue, defaultRegions } from './catalogue';
import { extractDocument } from './index';

interface Args {
  file: string;
  region?: string;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let region: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--region') region = argv[++i];
    else if (a.startsWith('--region=')) region = a.slice('--region='.length);
    else if (a === '--help' || a === '-h') throw new Usage();
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else if (file) throw new Error(`one file at a time (got ${file} and ${a})`);
    else file = a;
  }
  if (!file) throw new Usage();
  if (region !== undefined && !/^[a-z][a-z0-9-]{1,63}$/.test(region)) throw new Error(`--region takes a region key like da-nang, not "${region}"`);
  return { file, region, json };
}

class Usage extends Error {
  constructor() {
    super('usage: npm run extract -- FILE [--region REGION] [--json]');
  }
}

function table(facts: ExtractedFact[]): string {
  const names = new Map(defaultCatalogue().map((i) => [i.key, i]));
  const lines = facts.map((f) => {
    const ind = names.get(f.indicator);
    const unit = ind?.unit ?? 'items';
    const value = f.value !== undefined ? formatValue(f.value, unit, 'vi') : `${formatValue(f.value_min ?? 0, unit, 'vi')} – ${formatValue(f.value_max ?? 0, unit, 'vi')}`;
    const quote = f.quote.replace(/\s+/g, ' ');
    return [ind?.name_vi ?? f.indicator, String(f.year), value, f.qualifier, f.confidence.toFixed(2), f.auto_accept ? 'tự động' : 'xem lại', quote.length > 100 ? `${quote.slice(0, 97)}…` : quote];
  });
  const header = ['Chỉ tiêu', 'Năm', 'Giá trị', 'Loại', 'Tin cậy', 'Duyệt', 'Trích dẫn'];
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...lines.map((l) => l[i]!.length))));
  const fmt = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [fmt(header), ...lines.map(fmt)].join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(args.file));
  } catch (e) {
    throw new Error(`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  // a region outside the catalogue (a made-up fixture province) is read as a region of that name, never silently
  if (args.region !== undefined && !defaultRegions().some((r) => r.key === args.region))
    process.stderr.write(`extract: warning: region "${args.region}" is not in data/regions.csv; reading it as a region named "${args.region.replace(/-/g, ' ')}"\n`);
  const { facts } = await extractDocument(bytes, { region: args.region });
  process.stdout.write(args.json ? `${JSON.stringify(facts)}\n` : `${table(facts)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`extract: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(e instanceof Usage ? 2 : 1);
});
