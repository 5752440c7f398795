import { crc32 as zlibCrc32, createDeflateRaw } from 'node:zlib';

const EMPTY = new Uint8Array();

function crc32(head: Uint8Array, chunk: Uint8Array, times: number, tail: Uint8Array): number {
  let c = zlibCrc32(head, 0);
  for (let i = 0; i < times; i++) c = zlibCrc32(chunk, c);
  return zlibCrc32(tail, c) >>> 0;
}

/** Deflates `head`, `times` copies of `chunk` and `tail` as a stream, so a huge entry never sits in memory whole. */
async function deflateRepeated(head: Uint8Array, chunk: Uint8Array, times: number, tail: Uint8Array, level: number): Promise<Buffer> {
  const z = createDeflateRaw({ level });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const ended = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  z.write(head);
  for (let i = 0; i < times; i++) {
    if (!z.write(chunk)) await new Promise((r) => z.once('drain', r));
  }
  z.end(tail);
  await ended;
  return Buffer.concat(out);
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** The entry is `data` repeated this many times (1 by default), between `head` and `tail`. */
  times?: number;
  head?: Uint8Array;
  tail?: Uint8Array;
  /** Deflate level (9 by default). */
  level?: number;
  /** What the headers claim the entry inflates to (a lying bomb claims little); the real size by default. */
  declaredSize?: number;
}

/** A zip archive with deflated entries, for tests that feed archives (docx, nested zips, bombs) to the readers. */
export async function zip(entries: ZipEntry[]): Promise<Uint8Array> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const times = e.times ?? 1;
    const head = e.head ?? EMPTY;
    const tail = e.tail ?? EMPTY;
    const packed = await deflateRepeated(head, e.data, times, tail, e.level ?? 9);
    const size = e.declaredSize ?? head.length + e.data.length * times + tail.length;
    const crc = crc32(head, e.data, times, tail);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}
