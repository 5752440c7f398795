import { Worker } from 'node:worker_threads';
import type { ExtractJob, ExtractReply, Extraction, WorkerError } from './protocol';

export interface PoolLimits {
  timeoutMs: number;
  memoryMb: number;
}

/** A document that took more time or memory to read than the limits allow: the worker was stopped. */
export class ExtractionLimitError extends Error {
  constructor(
    readonly limit: 'time' | 'memory',
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionLimitError';
  }
}

function rebuild(e: WorkerError): Error {
  const error = new Error(e.message);
  error.name = e.name;
  if (e.code) Object.assign(error, { code: e.code });
  return error;
}

/**
 * Runs extraction in a worker thread with a heap limit and a deadline, one document at a time, so that a
 * document built to hurt (a zip bomb, a pathological line) costs one worker, never the server. The worker is
 * kept for the next document and does not keep the process alive while idle.
 */
export class ExtractionPool {
  private worker: Worker | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(private readonly limits: () => PoolLimits) {}

  run(bytes: Uint8Array, opts: ExtractJob['opts']): Promise<Extraction> {
    const job = this.queue.then(() => this.runNow({ id: this.nextId++, bytes, opts }));
    this.queue = job.catch(() => undefined);
    return job;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private spawn(memoryMb: number): Worker {
    const resourceLimits = { maxOldGenerationSizeMb: memoryMb };
    // Built (apps/api/dist): the worker is plain JavaScript beside the server. From source: boot.mjs registers tsx.
    if (import.meta.url.endsWith('.js')) return new Worker(new URL('./extraction-worker.js', import.meta.url), { resourceLimits });
    const entry = new URL('./worker.ts', import.meta.url).href;
    return new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { entry }, resourceLimits });
  }

  private runNow(job: ExtractJob): Promise<Extraction> {
    const { timeoutMs, memoryMb } = this.limits();
    const w = (this.worker ??= this.spawn(memoryMb));
    w.ref();
    return new Promise<Extraction>((resolve, reject) => {
      const done = (discard: boolean) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (discard) {
          if (this.worker === w) this.worker = null;
          void w.terminate();
        } else {
          w.unref();
        }
      };
      const onMessage = (reply: ExtractReply) => {
        if (reply.id !== job.id) return;
        done(false);
        if (reply.ok) resolve(reply.result);
        else reject(rebuild(reply.error));
      };
      const onError = (e: Error) => {
        done(true);
        const oom = 'code' in e && e.code === 'ERR_WORKER_OUT_OF_MEMORY';
        reject(oom ? new ExtractionLimitError('memory', `reading it needed more than ${memoryMb} MB of memory (EXTRACT_MEMORY_MB)`) : e);
      };
      const onExit = (code: number) => {
        done(true);
        reject(new Error(`the extraction worker stopped (exit code ${code})`));
      };
      const timer = setTimeout(() => {
        done(true);
        reject(new ExtractionLimitError('time', `reading it took longer than ${Math.round(timeoutMs / 1000)} s (EXTRACT_TIMEOUT_S)`));
      }, timeoutMs);
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage(job);
    });
  }
}
