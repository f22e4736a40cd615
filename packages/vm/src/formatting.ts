// f-string support: FORMAT_SIMPLE, FORMAT_WITH_SPEC, CONVERT_VALUE and BUILD_STRING, on the objects package's formatting.
import {
  asciiEscape,
  formatObject,
  newError,
  newStr,
  type PyInt,
  type PyObject,
  PyStr,
  repr,
  str,
  T,
} from "@ophis/objects";

/** format(value, spec) through type(value).__format__. */
export function formatValueOp(value: PyObject, spec: PyObject | null): PyObject {
  if (spec === null && value instanceof PyStr && value.type === T.str) return value;
  // An exact int below 2**53 with no spec is its decimal digits (int.__format__ with "" is str()).
  if (spec === null && value.type === T.int && typeof (value as PyInt).value === "number")
    return newStr(String((value as PyInt).value));
  return newStr(formatObject(value, spec === null ? "" : (spec as PyStr).value));
}

export function convertValue(value: PyObject, oparg: number): PyObject {
  if (oparg === 1) return newStr(str(value));
  if (oparg === 2) return newStr(repr(value));
  if (oparg === 3) return newStr(asciiEscape(repr(value)));
  throw newError("SystemError", `bad conversion ${oparg}`);
}

export function buildString(parts: PyObject[]): PyObject {
  let s = "";
  for (const p of parts) s += (p as PyStr).value;
  return newStr(s);
}
