// Runs pdf.js on one PDF in a worker thread, so that the caller can stop it (timeout, memory limit) whatever
// the bytes do to the parser. Posts the positioned text items of each page; the layout analysis is in TypeScript.
import { parentPort, workerData } from 'node:worker_threads';
import { getDocumentProxy } from 'unpdf';

const { data, maxPages } = workerData;

async function read() {
  const pdf = await getDocumentProxy(new Uint8Array(data), {
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
  });
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
  const numPages = pdf.numPages;
  await pdf.destroy();
  return { ok: true, numPages, title, pages };
}

read().then(
  (result) => parentPort.postMessage(result),
  (error) =>
    parentPort.postMessage({
      ok: false,
      name: typeof error?.name === 'string' ? error.name : 'Error',
      message: String(error?.message ?? error),
    }),
);
