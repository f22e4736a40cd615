// f-string support: FORMAT_SIMPLE, FORMAT_WITH_SPEC, CONVERT_VALUE and BUILD_STRING.
import { callMethod, newError, newStr, type PyObject, PyStr, repr, str, T, typeError } from "@ophis/objects";

/** format(value, spec) through type(value).__format__. */
export function formatValueOp(value: PyObject, spec: PyObject | null): PyObject {
  if (spec === null && value instanceof PyStr && value.type === T.str) return value;
  const f = value.type.lookup("__format__");
  if (f === undefined) throw typeError(`Type ${value.type.name} doesn't define __format__`);
  const r = callMethod(f, value, [spec ?? newStr("")]);
  if (!(r instanceof PyStr)) throw typeError(`__format__ must return a str, not ${r.type.name}`);
  return r;
}

export function convertValue(value: PyObject, oparg: number): PyObject {
  if (oparg === 1) return newStr(str(value));
  if (oparg === 2) return newStr(repr(value));
  if (oparg === 3) return newStr(asciiRepr(repr(value)));
  throw newError("SystemError", `bad conversion ${oparg}`);
}

/** ascii(): repr with every non-ASCII code point escaped. */
export function asciiRepr(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c <= 0xffff) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return out;
}

export function buildString(parts: PyObject[]): PyObject {
  let s = "";
  for (const p of parts) s += (p as PyStr).value;
  return newStr(s);
}
