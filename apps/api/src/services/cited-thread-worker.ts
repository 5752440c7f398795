import { parentPort } from 'node:worker_threads';
import { connect } from '../db/connect';
import { loadCatalogue } from './catalogue';
import { importCitedFacts } from './cited';
import type { CitedThreadInput, CitedThreadReply } from './cited-thread';
import { recordProgress } from './jobs';

/** The import thread (services/cited-thread.ts): one file, on a connection of its own, then it ends. */
const port = parentPort!;

port.once('message', (input: CitedThreadInput) => {
  void run(input).then((reply) => port.postMessage(reply));
});

async function run(input: CitedThreadInput): Promise<CitedThreadReply> {
  const db = connect(`sqlite:${input.file}`);
  try {
    const catalogue = await loadCatalogue(db.db);
    const progress = (trx: Parameters<typeof recordProgress>[0], done: number, total: number) => recordProgress(trx, input.jobId, done, total);
    const { retired: _, ...report } = await importCitedFacts(db.db, catalogue, input.text, { ...input.opts, progress });
    return { ok: true, report };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  } finally {
    await db.close();
  }
}
