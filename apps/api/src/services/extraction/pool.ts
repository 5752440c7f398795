import type { Worker } from 'node:worker_threads';
import { startThread } from '../../util/thread';
import type { ExtractJob, ExtractReply, Extraction, WorkerError } from './protocol';

export interface PoolLimits {
  timeoutMs: number;
  memoryMb: number;
  /** Documents read at once, each in its own worker thread. */
  workers: number;
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
  if (e.reason) Object.assign(error, { reason: e.reason });
  return error;
}

/**
 * Runs extraction in worker threads with a heap limit and a deadline, up to `workers` documents at once (a slow
 * document, an OCR'd scan, holds one worker and leaves the others to the next uploads; past that, documents wait
 * their turn). A document built to hurt (a zip bomb, a pathological line) costs one worker, never the server.
 * Idle workers are kept for the next documents and do not keep the process alive.
 */
export class ExtractionPool {
  private readonly idle: Worker[] = [];
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private nextId = 1;

  constructor(private readonly limits: () => PoolLimits) {}

  /** Reads a document; `timeoutMs` overrides the pool's deadline (a scan gets its OCR time on top). */
  async run(bytes: Uint8Array, opts: ExtractJob['opts'], read: ExtractJob['read'], timeoutMs?: number): Promise<Extraction> {
    await this.slot();
    try {
      return await this.runNow({ id: this.nextId++, bytes, opts, read }, timeoutMs);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  /** Documents being read now and documents waiting for a worker. */
  load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async close(): Promise<void> {
    const workers = this.idle.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private slot(): Promise<void> {
    if (this.running < this.limits().workers) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) =>
      this.waiting.push(() => {
        this.running++;
        resolve();
      }),
    );
  }

  private spawn(memoryMb: number): Worker {
    return startThread('extraction-worker.js', new URL('./worker.ts', import.meta.url), { maxOldGenerationSizeMb: memoryMb });
  }

  private runNow(job: ExtractJob, timeoutOverride: number | undefined): Promise<Extraction> {
    const { timeoutMs: poolTimeout, memoryMb } = this.limits();
    const timeoutMs = timeoutOverride ?? poolTimeout;
    const w = this.idle.pop() ?? this.spawn(memoryMb);
    w.ref();
    return new Promise<Extraction>((resolve, reject) => {
      const done = (discard: boolean) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (discard) void w.terminate();
        else {
          w.unref();
          this.idle.push(w);
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
        reject(new ExtractionLimitError('time', `reading it took longer than ${Math.round(timeoutMs / 1000)} s (EXTRACT_TIMEOUT_S, plus OCR_TIMEOUT_S for a scan)`));
      }, timeoutMs);
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage(job);
    });
  }
}
