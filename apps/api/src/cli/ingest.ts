import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { UploadFields, defaultRegionKey } from '@chiso/shared';
import { seedCatalogue } from '../seed/catalogue';
import { loadCatalogue } from '../services/catalogue';
import { ingestDocument } from '../services/ingest';
import { readFailure } from '../services/read-failure';
import { openDb, parseFlags, runCli, UsageError } from './open-db';
import { progress } from './progress';
import { table } from './table';

const usage = `Usage: npm run ingest -- FILE… --region REGION [--publisher NAME] [--published YYYY[-MM[-DD]]] [--url URL] [--actor NAME]

Reads each report (.txt, .html, .docx, .pdf), extracts its figures and stores them: figures the extractor is sure
of are accepted, the rest wait for review. A file already stored (same bytes) is recognised and left as it is.
Each file is stored in its own transaction: a file that fails leaves nothing behind and the others go on.
Exit code 0 when every file was read, 1 when any failed, 2 on a usage error.
The database is DATABASE_URL (default sqlite:.data/chiso.sqlite at the repository root).`;

interface Row {
  file: string;
  format: string;
  accepted: number | null;
  pending: number | null;
  status: string;
  ms: number;
}

function defaultActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

async function main(): Promise<number> {
  const { values, positionals: files } = parseFlags(() =>
    parseArgs({
      args: process.argv.slice(2),
      options: {
        region: { type: 'string' },
        publisher: { type: 'string' },
        published: { type: 'string' },
        url: { type: 'string' },
        actor: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (files.length === 0) throw new UsageError('no files given');
  if (!values.region) throw new UsageError(`--region is required (e.g. --region ${defaultRegionKey})`);
  const fields = UploadFields.safeParse({ region: values.region, publisher: values.publisher, published: values.published, url: values.url });
  if (!fields.success) throw new UsageError(fields.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));

  const { db, config } = await openDb();
  try {
    await seedCatalogue(db.db, config.DATA_DIR);
    const catalogue = await loadCatalogue(db.db);
    if (!catalogue.regionByKey.has(fields.data.region)) {
      throw new UsageError(`there is no region "${fields.data.region}"; known regions: ${[...catalogue.regionByKey.keys()].join(', ')}`);
    }
    const actor = values.actor ?? defaultActor();
    const bar = progress(files.length);
    const rows: Row[] = [];
    for (const [i, path] of files.entries()) {
      const file = basename(path);
      bar.start(i, file);
      const t0 = performance.now();
      let row: Row;
      try {
        const bytes = await readFile(path);
        const r = await ingestDocument(db.db, catalogue, { ...fields.data, title: null, bytes, actor, autoAccept: config.AUTO_ACCEPT });
        row = {
          file,
          format: r.source.format ?? '-',
          accepted: r.facts.accepted,
          pending: r.facts.pending,
          status: r.created ? `new (source ${r.source.id})` : `already stored (source ${r.source.id})`,
          ms: 0,
        };
      } catch (e) {
        const failure = readFailure(e);
        const reason = failure
          ? `${failure.code}: ${failure.message}${failure.reason ? ` (${failure.reason})` : ''}`
          : e instanceof Error && 'code' in e && e.code === 'ENOENT'
            ? 'no such file'
            : e instanceof Error
              ? e.message
              : String(e);
        row = { file, format: '-', accepted: null, pending: null, status: `FAILED: ${reason}`, ms: 0 };
      }
      row.ms = Math.round(performance.now() - t0);
      rows.push(row);
      bar.done(i, file, row.accepted === null ? row.status : `${row.accepted} accepted, ${row.pending} pending, ${row.status}`);
    }
    bar.finish();

    const failed = rows.filter((r) => r.accepted === null).length;
    const n = (v: number | null) => (v === null ? '-' : String(v));
    process.stdout.write(
      '\n' +
        table(
          ['file', 'format', 'accepted', 'pending', 'ms', 'status'],
          rows.map((r) => [r.file, r.format, n(r.accepted), n(r.pending), String(r.ms), r.status]),
        ),
    );
    const fresh = rows.filter((r) => r.status.startsWith('new')).length;
    process.stdout.write(
      `\n${rows.length} file${rows.length === 1 ? '' : 's'}: ${fresh} new, ${rows.length - fresh - failed} already stored, ${failed} failed` +
        ` (${rows.reduce((s, r) => s + (r.accepted ?? 0), 0)} facts accepted, ${rows.reduce((s, r) => s + (r.pending ?? 0), 0)} pending review).\n`,
    );
    return failed ? 1 : 0;
  } finally {
    await db.close();
  }
}

runCli(usage, main);
