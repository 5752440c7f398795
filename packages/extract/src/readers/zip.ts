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
