// .pyc files as CPython 3.14 writes them: 16-byte header (magic, flags, mtime and size or source hash), then marshal.
import { PyException, reprBytes, reprStr } from "@ophis/tokenizer";
import type { CodeObject } from "./code.js";
import { MAGIC_NUMBER } from "./generated/opcodes.js";
import { loads } from "./marshal-read.js";
import { dumps } from "./marshal-write.js";

/** importlib.util.MAGIC_NUMBER: the magic number little-endian, then \r\n. */
export const MAGIC_BYTES = new Uint8Array([MAGIC_NUMBER & 0xff, MAGIC_NUMBER >> 8, 0x0d, 0x0a]);

/** The header's validation data: source mtime and size, or (hash-based pycs) the 8-byte source hash. */
export type PycValidation =
  | { kind: "timestamp"; mtime: number; sourceSize: number }
  | { kind: "hash"; sourceHash: Uint8Array; checkSource: boolean };

export interface Pyc {
  validation: PycValidation;
  code: CodeObject;
}

/** importlib's _code_to_timestamp_pyc / _code_to_hash_pyc. */
export function writePyc(code: CodeObject, validation: PycValidation): Uint8Array {
  const header = new Uint8Array(16);
  const view = new DataView(header.buffer);
  header.set(MAGIC_BYTES, 0);
  if (validation.kind === "timestamp") {
    view.setUint32(4, 0, true);
    view.setUint32(8, validation.mtime >>> 0, true);
    view.setUint32(12, validation.sourceSize >>> 0, true);
  } else {
    if (validation.sourceHash.length !== 8)
      throw new PyException("ValueError", ["source hash must be 8 bytes"]);
    view.setUint32(4, validation.checkSource ? 3 : 1, true);
    header.set(validation.sourceHash, 8);
  }
  // 3.14's importlib passes the code object down as borrowed references: its refcount stays 1, so marshal
  // leaves the root unmarked, exactly as marshal.dumps(compile(...)) does.
  const body = dumps(code);
  const out = new Uint8Array(16 + body.length);
  out.set(header);
  out.set(body, 16);
  return out;
}

/** Reads a .pyc: importlib's _classify_pyc checks (magic, length, flags) with its messages, then loads the code. */
export function readPyc(data: Uint8Array, name = "<pyc>"): Pyc {
  const magic = data.subarray(0, 4);
  if (magic.length < 4 || magic.some((b, i) => b !== MAGIC_BYTES[i]))
    throw new PyException("ImportError", [`bad magic number in ${reprStr(name)}: ${reprBytes(magic)}`]);
  if (data.length < 16)
    throw new PyException("EOFError", [`reached EOF while reading pyc header of ${reprStr(name)}`]);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const flags = view.getUint32(4, true);
  if (flags & ~0b11) throw new PyException("ImportError", [`invalid flags ${flags} in ${reprStr(name)}`]);
  const validation: PycValidation =
    flags & 1
      ? { kind: "hash", sourceHash: data.slice(8, 16), checkSource: (flags & 2) !== 0 }
      : { kind: "timestamp", mtime: view.getUint32(8, true), sourceSize: view.getUint32(12, true) };
  const code = loads(data.subarray(16));
  if (!(typeof code === "object" && code !== null && "co_code" in code)) {
    throw new PyException("ImportError", [`Non-code object in ${reprStr(name)}`]);
  }
  return { validation, code: code as CodeObject };
}
