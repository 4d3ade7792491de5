// Files from a drop, folders included: a dropped folder is walked (webkitGetAsEntry) so a class's
// downloads folder can be dropped whole. Returned as IncomingFile, read only when the loader asks.
import type { IncomingFile } from '../../../lib/classroom/classFiles.ts';

export function incoming(file: File, path = file.name): IncomingFile {
  return { name: path, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

async function walk(entry: FileSystemEntry, out: IncomingFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push(incoming(file, entry.fullPath.replace(/^\//, '')));
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches until it answers with none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return;
    for (const child of batch) await walk(child, out);
  }
}

export async function droppedFiles(data: DataTransfer): Promise<IncomingFile[]> {
  const entries = [...data.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((e): e is FileSystemEntry => e !== null && e !== undefined);
  if (entries.length === 0) return [...data.files].map((f) => incoming(f));
  const out: IncomingFile[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}
