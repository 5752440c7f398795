import { parentPort } from 'node:worker_threads';
import { extractDocument } from '@chiso/extract';
import { pageText } from './page-text';
import type { ExtractJob, ExtractReply } from './protocol';

const port = parentPort!;

port.on('message', (job: ExtractJob) => {
  void run(job).then((reply) => port.postMessage(reply, reply.ok ? reply.result.pages.map((p) => p.image.buffer as ArrayBuffer) : []));
});

async function run(job: ExtractJob): Promise<ExtractReply> {
  try {
    const r = await extractDocument(job.bytes, { ...job.opts, read: job.read });
    return {
      id: job.id,
      ok: true,
      result: {
        format: r.document.format,
        text: r.document.text,
        title: r.document.title ?? null,
        published: r.document.published ?? null,
        reportYear: r.reportYear ?? null,
        facts: r.facts,
        pages: (r.document.ocr ?? []).map((p) => ({ page: p.page, width: p.width, height: p.height, mime: 'image/jpeg', image: p.image, ...pageText(r.document.blocks, p.page) })),
      },
    };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    const reason = 'reason' in error && typeof error.reason === 'string' ? error.reason : undefined;
    return { id: job.id, ok: false, error: { name: error.name, message: error.message, ...(code ? { code } : {}), ...(reason ? { reason } : {}) } };
  }
}
