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
  z.object({ ok: z.literal(true), numPages: z.number(), title: z.string().nullable(), pages: z.array(PdfPage) }),
  z.object({ ok: z.literal(false), name: z.string(), message: z.string() }),
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

/** Runs pdf.js in a worker thread and returns each page's positioned text items. */
export function loadPdf(bytes: Uint8Array, options: PdfLoadOptions = {}): Promise<LoadedPdf> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const data = bytes.slice().buffer;
  return new Promise<LoadedPdf>((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: { data, maxPages: options.maxPages ?? 2000 },
      transferList: [data],
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(new ReadError('corrupt', `the PDF could not be read within ${timeoutMs / 1000} s; it is probably damaged`))),
      timeoutMs,
    );
    worker.once('message', (message: unknown) => settle(() => {
      const result = WorkerResult.safeParse(message);
      if (!result.success) reject(new ReadError('corrupt', 'the PDF reader returned an unexpected result'));
      else if (result.data.ok) resolve(result.data);
      else reject(pdfError(result.data.name, result.data.message));
    }));
    worker.once('error', (error: Error) => settle(() => reject(new ReadError('corrupt', `the PDF could not be read: ${error.message}`))));
    worker.once('exit', (code) => settle(() => reject(new ReadError('corrupt', `the PDF reader stopped (exit code ${code})`))));
  });
}

function pdfError(name: string, message: string): ReadError {
  if (name === 'PasswordException') return new ReadError('unsupported', 'the PDF is protected by a password');
  return new ReadError('corrupt', `the PDF is damaged or not a PDF: ${message}`);
}
