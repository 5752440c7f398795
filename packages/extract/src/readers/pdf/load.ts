import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { ReadError } from '../types';

const PdfItem = z.object({
  str: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  size: z.number(),
  font: z.string(),
  upright: z.boolean(),
});
export type PdfItem = z.infer<typeof PdfItem>;

const PdfPage = z.object({ width: z.number(), height: z.number(), items: z.array(PdfItem) });
export type PdfPage = z.infer<typeof PdfPage>;

const WorkerResult = z.discriminatedUnion('ok', [
  z.object({ id: z.number(), ok: z.literal(true), numPages: z.number(), title: z.string().nullable(), pages: z.array(PdfPage) }),
  z.object({ id: z.number(), ok: z.literal(false), name: z.string(), message: z.string() }),
]);

export interface LoadedPdf {
  numPages: number;
  title: string | null;
  pages: PdfPage[];
}

export interface PdfLoadOptions {
  /** The worker is stopped after this long: a PDF that makes pdf.js loop is reported as corrupt. */
  timeoutMs?: number;
  maxPages?: number;
}

const WORKER = new URL('./pdf-worker.mjs', import.meta.url);

/**
 * One warm worker, reused while it is idle (loading pdf.js costs ~100 ms); a read that finds it busy gets a
 * worker of its own. A worker that times out or dies is terminated and forgotten.
 */
let idle: Worker | null = null;
let nextId = 0;

function spawn(): Worker {
  const worker = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: 1024 }, stdout: true, stderr: true });
  worker.unref();
  return worker;
}

/** Runs pdf.js in a worker thread and returns each page's positioned text items. */
export function loadPdf(bytes: Uint8Array, options: PdfLoadOptions = {}): Promise<LoadedPdf> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const worker = idle ?? spawn();
  idle = null;
  const id = nextId++;
  const data = bytes.slice().buffer;
  return new Promise<LoadedPdf>((resolve, reject) => {
    let settled = false;
    const finish = (healthy: boolean, action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (healthy && idle === null) idle = worker;
      else void worker.terminate();
      action();
    };
    const onMessage = (message: unknown): void => {
      const result = WorkerResult.safeParse(message);
      if (!result.success) finish(false, () => reject(new ReadError('corrupt', 'the PDF reader returned an unexpected result')));
      else if (result.data.id !== id) return;
      else if (result.data.ok) {
        const { numPages, title, pages } = result.data;
        finish(true, () => resolve({ numPages, title, pages }));
      } else {
        const { name, message: reason } = result.data;
        finish(true, () => reject(pdfError(name, reason)));
      }
    };
    const onError = (error: Error): void =>
      finish(false, () => reject(new ReadError('corrupt', 'the PDF could not be read: it is probably damaged', error.message)));
    const onExit = (code: number): void =>
      finish(false, () => reject(new ReadError('corrupt', `the PDF reader stopped (exit code ${code})`)));
    const timer = setTimeout(
      () => finish(false, () => reject(new ReadError('corrupt', `the PDF could not be read within ${timeoutMs / 1000} s; it is probably damaged`))),
      timeoutMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, data, maxPages: options.maxPages ?? 2000 }, [data]);
  });
}

function pdfError(name: string, message: string): ReadError {
  if (name === 'PasswordException') return new ReadError('unsupported', 'the PDF is protected by a password');
  return new ReadError('corrupt', 'the PDF is damaged or not a PDF: open it, save or print it again as PDF and upload the new file', message);
}
