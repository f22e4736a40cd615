// bytes: immutable byte strings, with CPython's repr.
import { PyObject, PyType, T } from "./core.js";

T.bytes = new PyType(T.type, "bytes", [T.object]);

export class PyBytes extends PyObject {
  constructor(
    readonly value: Uint8Array,
    type: PyType = T.bytes,
  ) {
    super(type);
  }
}

export function newBytes(value: Uint8Array): PyBytes {
  return new PyBytes(value);
}

/** repr(bytes): b'...' with \t \n \r, \xNN for non-printable, and the quote chosen as for str. */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${quote}`;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 0x5c) out += `\\${String.fromCharCode(c)}`;
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
