// Reads the files inside a .zip in the page (no library, no server): the central directory names each
// entry, its sizes and where its local header is; stored entries are copied, deflated ones are inflated
// with the platform's DecompressionStream('deflate-raw'). Zip64, encryption and other methods are refused
// with a reason. Format: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.7 (local header), 4.3.12 (central
// directory header), 4.3.16 (end of central directory record).

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

export interface ZipSkip {
  name: string;
  reason: string;
}

export interface ZipContents {
  entries: ZipEntry[];
  skipped: ZipSkip[];
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/** True when the bytes start like a zip archive ("PK\x03\x04", or an empty archive's "PK\x05\x06"). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The files in a zip, each no larger than `maxEntryBytes` (larger ones are skipped by their declared size,
 * before anything is inflated). Folders are left out; a damaged archive throws an Error with a plain message.
 */
export async function readZip(bytes: Uint8Array, maxEntryBytes: number): Promise<ZipContents> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('the zip file is damaged (its table of contents is missing)');
  const count = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff)
    throw new Error('the zip file uses the Zip64 format, which this page does not read');
  const entries: ZipEntry[] = [];
  const skipped: ZipSkip[] = [];
  const decoder = new TextDecoder();
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIG)
      throw new Error('the zip file is damaged (its table of contents is cut short)');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    // macOS's archiver adds resource forks beside every file; they are not the student's files.
    if (name.startsWith('__MACOSX/') || /(^|\/)\._/.test(name)) continue;
    if (flags & 1) {
      skipped.push({ name, reason: 'it is encrypted inside the zip' });
      continue;
    }
    if (size > maxEntryBytes) {
      skipped.push({ name, reason: `it is too large (${megabytes(size)}) to be a results file` });
      continue;
    }
    if (method !== 0 && method !== 8) {
      skipped.push({ name, reason: `it is compressed in a way this page does not read (method ${method})` });
      continue;
    }
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIG)
      throw new Error(`the zip file is damaged (the entry ${name} cannot be found)`);
    // The local header's own name and extra lengths may differ from the central directory's.
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + compressed);
    if (data.length !== compressed)
      throw new Error(`the zip file is damaged (the entry ${name} is cut short)`);
    try {
      const out = method === 0 ? data.slice() : await inflateRaw(data);
      if (out.length !== size) throw new Error('size');
      entries.push({ name, bytes: out });
    } catch {
      skipped.push({ name, reason: 'it is damaged inside the zip' });
    }
  }
  return { entries, skipped };
}

export function megabytes(n: number): string {
  return `${(n / 1_000_000).toFixed(1)} MB`;
}
