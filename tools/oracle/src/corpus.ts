// The standard-library corpus: every .py file of CPython 3.14's Lib as the pyodide package ships it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inflateRawSync } from "node:zlib";

export interface CorpusFile {
  /** Path inside Lib, e.g. "asyncio/events.py". */
  path: string;
  bytes: Uint8Array;
}

const require = createRequire(import.meta.url);

/** Where python_stdlib.zip lives inside the installed pyodide package. */
export function stdlibZipPath(): string {
  return require.resolve("pyodide/python_stdlib.zip");
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** Reads every entry of a zip archive (stored or deflated; no zip64, which the stdlib zip does not need). */
export function readZip(data: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = data.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== END_OF_CENTRAL_DIRECTORY) eocd--;
  if (eocd < 0) throw new Error("not a zip archive: no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  let entry = view.getUint32(eocd + 16, true);
  const files = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(entry, true) !== CENTRAL_FILE_HEADER) throw new Error("corrupt zip central directory");
    const method = view.getUint16(entry + 10, true);
    const compressedSize = view.getUint32(entry + 20, true);
    const nameLength = view.getUint16(entry + 28, true);
    const extraLength = view.getUint16(entry + 30, true);
    const commentLength = view.getUint16(entry + 32, true);
    const localHeader = view.getUint32(entry + 42, true);
    const name = decoder.decode(data.subarray(entry + 46, entry + 46 + nameLength));
    entry += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith("/")) continue;
    if (view.getUint32(localHeader, true) !== LOCAL_FILE_HEADER) throw new Error(`corrupt zip entry ${name}`);
    const start =
      localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
    const raw = data.subarray(start, start + compressedSize);
    if (method === 0) files.set(name, raw);
    else if (method === 8) files.set(name, new Uint8Array(inflateRawSync(raw)));
    else throw new Error(`zip entry ${name}: unsupported compression method ${method}`);
  }
  return files;
}

let cached: CorpusFile[] | undefined;

/** All stdlib .py files, sorted by path. */
export function stdlibCorpus(): CorpusFile[] {
  if (cached === undefined) {
    const entries = readZip(readFileSync(stdlibZipPath()));
    cached = [...entries]
      .filter(([path]) => path.endsWith(".py"))
      .map(([path, bytes]) => ({ path, bytes }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
  return cached;
}
