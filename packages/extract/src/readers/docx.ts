import mammoth from 'mammoth';
import type { Part } from './assemble';
import { assemble } from './assemble';
import { parseHtmlDocument } from './html/dom';
import { walkBlocks } from './html/walker';
import { findPublished } from './published';
import type { ReadDocument } from './types';
import { ReadError } from './types';

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
/** Generic document types that head an administrative document; its subject is the paragraph after them. */
const DOCUMENT_TYPE = /^(?:báo cáo|kế hoạch|tờ trình|bản tin|thông báo|quyết định|công văn|chương trình|đề án|report)$/iu;

export interface DocxOptions {
  timeoutMs?: number;
}

/**
 * A Word document through mammoth's HTML (which turns gridSpan/vMerge into colspan/rowspan and numbering into
 * lists), cut into blocks by the same walker as web pages; merged cells are repeated on the table grid.
 */
export async function readDocx(bytes: Uint8Array, options: DocxOptions = {}): Promise<ReadDocument> {
  const html = await withTimeout(convert(bytes), options.timeoutMs ?? 30_000);
  const parts = walkBlocks(parseHtmlDocument(html).body);
  const { text, blocks, tables } = assemble(parts);
  if (text === '') throw new ReadError('empty', 'the Word document has no text');
  const title = titleOf(parts);
  const published = findPublished(text);
  return {
    format: 'docx',
    text,
    blocks,
    ...(tables.length > 0 ? { tables } : {}),
    ...(title ? { title } : {}),
    ...(published.date ? { published: published.date } : {}),
    ...(published.month ? { publishedMonth: published.month } : {}),
  };
}

async function convert(bytes: Uint8Array): Promise<string> {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml(
      { buffer },
      { styleMap: STYLE_MAP, convertImage: NO_IMAGES, externalFileAccess: false },
    );
    return result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadError('corrupt', 'the Word document is damaged or truncated: open it in Word, save it again and upload the new file', reason);
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadError('corrupt', `the Word document could not be read within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The first heading; `BÁO CÁO` alone says little, so the subject line after it is added. */
function titleOf(parts: readonly Part[]): string | undefined {
  const at = parts.findIndex((part) => part.kind === 'heading');
  const heading = parts[at];
  if (!heading || heading.kind === 'table') return undefined;
  const next = parts[at + 1];
  if (DOCUMENT_TYPE.test(heading.text) && next && next.kind === 'paragraph') return `${heading.text} ${next.text}`;
  return heading.text;
}
