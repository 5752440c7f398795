// Runs pdf.js in a worker thread, so that the caller can stop it (timeout, memory limit) whatever the bytes do to
// the parser. Answers each { id, data, maxPages } message with the positioned text items of each page; the layout
// analysis is done in TypeScript by the caller. The worker is kept warm between documents.
import { parentPort } from 'node:worker_threads';
import { getDocumentProxy } from 'unpdf';

async function read(data, maxPages) {
  const pdf = await getDocumentProxy(new Uint8Array(data), {
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
  });
  try {
    let title = null;
    try {
      const meta = await pdf.getMetadata();
      title = typeof meta?.info?.Title === 'string' ? meta.info.Title : null;
    } catch {
      title = null;
    }
    const pages = [];
    const count = Math.min(pdf.numPages, maxPages);
    for (let n = 1; n <= count; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (typeof item.str !== 'string' || !Array.isArray(item.transform)) continue;
        const [a, b, c, d, e, f] = item.transform;
        items.push({
          str: item.str,
          x: e - x0,
          y: f - y0,
          width: item.width,
          size: Math.hypot(c, d) || Math.hypot(a, b),
          font: `${item.fontName}|${content.styles?.[item.fontName]?.fontFamily ?? ''}`,
          upright: Math.abs(b) < 1e-6 && Math.abs(c) < 1e-6,
        });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    return { ok: true, numPages: pdf.numPages, title, pages };
  } finally {
    await pdf.destroy();
  }
}

parentPort.on('message', ({ id, data, maxPages }) => {
  read(data, maxPages).then(
    (result) => parentPort.postMessage({ id, ...result }),
    (error) =>
      parentPort.postMessage({
        id,
        ok: false,
        name: typeof error?.name === 'string' ? error.name : 'Error',
        message: String(error?.message ?? error),
      }),
  );
});
