const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX_NAME = 1024;

/**
 * Names of the entries of a zip archive, read from its local and central headers by a linear scan, so that
 * a truncated archive (no central directory) still shows the entries it has.
 */
export function zipEntryNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i + 4 <= bytes.length; i++) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b) continue;
    const signature = view.getUint32(i, true);
    const at = signature === LOCAL_HEADER ? 26 : signature === CENTRAL_HEADER ? 28 : -1;
    const nameStart = signature === LOCAL_HEADER ? 30 : 46;
    if (at < 0 || i + nameStart > bytes.length) continue;
    const length = view.getUint16(i + at, true);
    if (length === 0 || length > MAX_NAME || i + nameStart + length > bytes.length) continue;
    names.add(decoder.decode(bytes.subarray(i + nameStart, i + nameStart + length)));
  }
  return names;
}

const END_OF_DIRECTORY = 0x06054b50;

/** An entry of a zip archive as its central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** The entry's compressed bytes. */
  data: Uint8Array;
}

/** The entries of a well-formed zip archive (from its central directory); none when it has no directory. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const entries: ZipEntry[] = [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8');
  for (let e = 0; e < count; e++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER) break;
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, method, data: bytes.subarray(start, Math.min(bytes.length, start + size)) });
  }
  return entries;
}
