import WordExtractor from 'word-extractor';
import type { Part, TablePart } from './assemble';
import { assemble } from './assemble';
import { normalizeText } from './normalize';
import { findPublished } from './published';
import { guessHeaderRows } from './table-header';
import { toPart } from './text';
import type { ReadDocument } from './types';
import { ReadError } from './types';

const BULLET = /^[-–•*+●▪◦]\s+\S/u;

/**
 * A Word 97–2003 document through word-extractor (pure JavaScript, reads the OLE streams): one paragraph per line,
 * table rows as tab-separated cells (Word's cell marks), then the footnotes and endnotes. Merged cells are not
 * known to it: a merged cell appears once.
 */
export async function readDoc(bytes: Uint8Array): Promise<ReadDocument> {
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = [document.getBody(), document.getFootnotes(), document.getEndnotes()].join('\n\n');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadError('corrupt', 'the Word 97–2003 document is damaged or truncated: open it in Word, save it as .docx and upload the new file', reason);
  }
  const parts = partsOf(normalizeText(body).split('\n'));
  const { text, blocks, tables } = assemble(parts);
  if (text === '') throw new ReadError('empty', 'the Word document has no text');
  const published = findPublished(text);
  const title = parts.find((part) => part.kind === 'heading');
  return {
    format: 'doc',
    text,
    blocks,
    ...(tables.length > 0 ? { tables } : {}),
    ...(title && title.kind !== 'table' ? { title: title.text } : {}),
    ...(published.date ? { published: published.date } : {}),
    ...(published.month ? { publishedMonth: published.month } : {}),
  };
}

/** A run of table rows: Word ends each cell with a mark (a tab here) and the row with one more. */
function tableOf(lines: readonly string[]): TablePart {
  const cells = lines.map((line) => line.replace(/\t$/, '').split('\t').map((cell) => cell.trim()));
  const width = Math.max(...cells.map((row) => row.length));
  const headerRows = guessHeaderRows(cells);
  return {
    kind: 'table',
    rows: cells.map((row, r) => ({ cells: [...row, ...Array<string>(width - row.length).fill('')], header: r < headerRows })),
  };
}

/** Runs of lines with tab-separated cells are tables; every other line is a paragraph, heading or list item. */
function partsOf(lines: readonly string[]): Part[] {
  const parts: Part[] = [];
  let rows: string[] = [];
  const flushRows = (): void => {
    if (rows.length >= 2) parts.push(tableOf(rows));
    else for (const row of rows) parts.push(toPart({ kind: 'paragraph', lines: [row.replace(/\t+/g, ' ')] }));
    rows = [];
  };
  for (const raw of lines) {
    const line = raw.replace(/[ \u00a0]+/g, ' ').trim();
    if (/\t/.test(raw) && raw.replace(/\t/g, '').trim() !== '') {
      rows.push(raw.replace(/^[ \u00a0]+|[ \u00a0]+$/g, ''));
      continue;
    }
    flushRows();
    if (line === '') continue;
    parts.push(toPart({ kind: BULLET.test(line) ? 'list_item' : 'paragraph', lines: [line] }));
  }
  flushRows();
  return parts;
}
