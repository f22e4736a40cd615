// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their fields, __init__ and the messages __str__ builds.

import { bufferOf, newBytes } from "../bytes.js";
import { E, type PyObject, type PyType, typeError } from "../core.js";
import { PyBaseException } from "../exceptions.js";
import { defineGetSets, defineMethods } from "../functions.js";
import { newInt, PyInt } from "../int.js";
import { str } from "../protocols.js";
import { None } from "../singletons.js";
import { newStr, PyStr } from "../str.js";
import { baseExceptionStr } from "./exceptions.js";

/** The layout of UnicodeError and its subclasses: what failed, where, and why. */
export class PyUnicodeError extends PyBaseException {
  encoding: PyObject = None;
  /** The str being encoded or the bytes being decoded; null until __init__ or a codec fills it. */
  object: PyObject | null = null;
  start: PyObject = None;
  end: PyObject = None;
  reason: PyObject = None;
}

for (const name of ["UnicodeError", "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError"])
  E[name].allocate = (t: PyType) => new PyUnicodeError(t, []);

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, "0");
}

/** A UnicodeEncodeError as a codec raises it: `start`/`end` count code points of `text`. */
export function unicodeEncodeError(
  encoding: string,
  text: string,
  start: number,
  end: number,
  reason: string,
): PyUnicodeError {
  const e = new PyUnicodeError(E.UnicodeEncodeError, []);
  fill(e, [newStr(encoding), newStr(text), newInt(start), newInt(end), newStr(reason)]);
  return e;
}

/** A UnicodeDecodeError as a codec raises it. */
export function unicodeDecodeError(
  encoding: string,
  data: Uint8Array,
  start: number,
  end: number,
  reason: string,
): PyUnicodeError {
  const e = new PyUnicodeError(E.UnicodeDecodeError, []);
  fill(e, [newStr(encoding), newBytes(data), newInt(start), newInt(end), newStr(reason)]);
  return e;
}

function fill(e: PyUnicodeError, args: PyObject[]): void {
  e.args = args;
  [e.encoding, e.object, e.start, e.end, e.reason] = args;
}

const ORDINALS = ["1", "2", "3", "4", "5"];

/** Checks __init__'s five arguments as CPython's "UOnnU" (or "UUnnU" for encoding) format does. */
function initArgs(
  self: PyObject,
  args: PyObject[],
  kwnames: readonly string[] | null,
  decode: boolean,
): void {
  if (kwnames?.length) throw typeError(`${self.type.name}() takes no keyword arguments`);
  if (args.length !== 5) throw typeError(`function takes exactly 5 arguments (${args.length} given)`);
  const want = (i: number, ok: boolean, what: string) => {
    if (!ok) throw typeError(`argument ${ORDINALS[i]} must be ${what}, not ${args[i].type.name}`);
  };
  want(0, args[0] instanceof PyStr, "str");
  let object = args[1];
  if (decode) {
    const data = bufferOf(object);
    if (data === null) throw typeError(`a bytes-like object is required, not '${object.type.name}'`);
    object = newBytes(new Uint8Array(data));
  } else want(1, object instanceof PyStr, "str");
  want(2, args[2] instanceof PyInt, "int");
  want(3, args[3] instanceof PyInt, "int");
  want(4, args[4] instanceof PyStr, "str");
  const e = self as PyUnicodeError;
  fill(e, [args[0], object, args[2], args[3], args[4]]);
  e.args = args;
}

function position(o: PyObject): number {
  return o instanceof PyInt ? Number(o.value) : 0;
}

defineMethods(E.UnicodeEncodeError, {
  __init__: (self, args, kwnames) => {
    initArgs(self, args, kwnames, false);
    return None;
  },
  __str__: (self) => {
    const e = self as PyUnicodeError;
    if (e.object === null) return newStr(baseExceptionStr(e));
    const text = Array.from(e.object instanceof PyStr ? e.object.value : "");
    const start = position(e.start);
    const end = position(e.end);
    const head = `'${str(e.encoding)}' codec can't encode`;
    if (start >= 0 && start < text.length && end === start + 1) {
      const c = text[start].codePointAt(0)!;
      const shown = c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
      return newStr(`${head} character '${shown}' in position ${start}: ${str(e.reason)}`);
    }
    return newStr(`${head} characters in position ${start}-${end - 1}: ${str(e.reason)}`);
  },
});

defineMethods(E.UnicodeDecodeError, {
  __init__: (self, args, kwnames) => {
    initArgs(self, args, kwnames, true);
    return None;
  },
  __str__: (self) => {
    const e = self as PyUnicodeError;
    if (e.object === null) return newStr(baseExceptionStr(e));
    const data = bufferOf(e.object) ?? new Uint8Array(0);
    const start = position(e.start);
    const end = position(e.end);
    const head = `'${str(e.encoding)}' codec can't decode`;
    if (start >= 0 && start < data.length && end === start + 1)
      return newStr(`${head} byte 0x${hex(data[start], 2)} in position ${start}: ${str(e.reason)}`);
    return newStr(`${head} bytes in position ${start}-${end - 1}: ${str(e.reason)}`);
  },
});

function field(name: "encoding" | "start" | "end" | "reason" | "object") {
  return [
    (self: PyObject) => (self as PyUnicodeError)[name] ?? None,
    (self: PyObject, v: PyObject | null) => {
      (self as PyUnicodeError)[name] = v ?? None;
    },
  ] as [(self: PyObject) => PyObject, (self: PyObject, v: PyObject | null) => void];
}

for (const t of [E.UnicodeEncodeError, E.UnicodeDecodeError, E.UnicodeTranslateError])
  defineGetSets(t, {
    encoding: field("encoding"),
    object: field("object"),
    start: field("start"),
    end: field("end"),
    reason: field("reason"),
  });
