// bytes and bytearray: byte strings (immutable and mutable), with CPython's repr.
import { PyObject, PyType, T } from "./core.js";
import { PyMemoryView } from "./memoryview.js";

T.bytes = new PyType(T.type, "bytes", [T.object]);
T.bytearray = new PyType(T.type, "bytearray", [T.object]);

export class PyBytes extends PyObject {
  /** hash(self), computed on first need. */
  hashCache: number | bigint | null = null;
  constructor(
    readonly value: Uint8Array,
    type: PyType = T.bytes,
  ) {
    super(type);
  }
}

export class PyByteArray extends PyObject {
  /** Live buffer acquisitions (memoryviews); while any exist the bytearray cannot change size. */
  exports = 0;
  constructor(
    public value: Uint8Array,
    type: PyType = T.bytearray,
  ) {
    super(type);
  }
}

export function newBytes(value: Uint8Array): PyBytes {
  return new PyBytes(value);
}

/** The bytes of a bytes-like object (bytes, bytearray; a memoryview's as a C-order copy), or null. */
export function bufferOf(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes || o instanceof PyByteArray) return o.value;
  if (o instanceof PyMemoryView) return o.toBytes();
  return null;
}

/** repr(bytes): b'...' (bytearray's repr escapes every single quote) with \t \n \r, \xNN for non-printable, and the quote chosen as for str. */
export function reprBytes(b: Uint8Array, escapeSingle = false): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${quote}`;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 0x5c || (escapeSingle && c === 0x27))
      out += `\\${String.fromCharCode(c)}`;
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
