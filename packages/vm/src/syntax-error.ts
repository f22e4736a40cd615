// The tokenizer's, parser's and compiler's PyException as a Python exception object (SyntaxError with its fields).
import {
  E,
  intFrom,
  None,
  newError,
  newStr,
  newTuple,
  type PyBaseException,
  type PyObject,
} from "@ophis/objects";
import type { PyException } from "@ophis/tokenizer";

/** Details print_exception needs for a SyntaxError (msg, filename, lineno, offset, text, end positions). */
export interface SyntaxDetails {
  msg: string;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  text: string | null;
  endLineno: number | null;
  endOffset: number | null;
}

export const syntaxDetails = new WeakMap<PyBaseException, SyntaxDetails>();

function jsValue(v: unknown): PyObject {
  if (v === null || v === undefined) return None;
  if (typeof v === "number") return intFrom(v);
  if (typeof v === "string") return newStr(v);
  return newStr(String(v));
}

export function syntaxErrorObject(raw: PyException): PyBaseException {
  const type = E[raw.pyType] ?? E.SystemError;
  const e = newError(type.name, null) as PyBaseException;
  if (raw.msg !== undefined) {
    const details = [raw.filename, raw.lineno, raw.offset, raw.text, raw.endLineno, raw.endOffset];
    e.args = [newStr(raw.msg), newTuple(details.map(jsValue))];
    syntaxDetails.set(e, {
      msg: raw.msg,
      filename: raw.filename ?? null,
      lineno: raw.lineno ?? null,
      offset: raw.offset ?? null,
      text: raw.text ?? null,
      endLineno: raw.endLineno ?? null,
      endOffset: raw.endOffset ?? null,
    });
  } else e.args = raw.args.map(jsValue);
  return e;
}
