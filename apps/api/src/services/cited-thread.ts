import type { Worker } from 'node:worker_threads';
import type { CitedUploadReport } from '@chiso/shared';
import { startThread } from '../util/thread';
import { JobFailure } from './jobs';

/** What the import thread is given: the SQLite file to open, the job whose progress it records, the file's text. */
export interface CitedThreadInput {
  file: string;
  jobId: number;
  text: string;
  opts: { actor: string; keyPrefix: string; uploadId: number };
}

export type CitedThreadReply = { ok: true; report: CitedUploadReport } | { ok: false; error: string };

const running = new Set<Worker>();

/**
 * Imports an uploaded cited CSV in a worker thread with its own connection to the SQLite file (decision 0064): its
 * validation, its writes and the read model they recompute take that thread's time, so the event loop of the process
 * goes on answering reads (WAL lets them read while the thread writes; `PRAGMA data_version` tells the read cache of
 * each commit). The thread records the job's progress in each step as the in-process import does; a thread that
 * stops before it answers fails the job with that said, and the steps it committed stay.
 */
export function importInThread(input: CitedThreadInput): Promise<CitedUploadReport> {
  const w = startThread('cited-import-worker.js', new URL('./cited-thread-worker.ts', import.meta.url));
  running.add(w);
  return new Promise((resolve, reject) => {
    let answered = false;
    w.once('message', (reply: CitedThreadReply) => {
      answered = true;
      if (reply.ok) resolve(reply.report);
      else reject(new Error(reply.error));
    });
    w.once('error', (e) => {
      answered = true;
      reject(new JobFailure('The import stopped: its thread failed.', { cause: e }));
    });
    w.once('exit', (code) => {
      running.delete(w);
      if (!answered) reject(new JobFailure(`The import stopped: its thread ended before it finished (exit code ${code}).`));
    });
    w.postMessage(input);
  });
}

/** Stops every import thread at once (the server stopping): what each committed stays, its job fails. */
export async function stopCitedThreads(): Promise<void> {
  await Promise.all([...running].map((w) => w.terminate()));
}
