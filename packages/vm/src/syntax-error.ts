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
  PySyntaxError,
} from "@ophis/objects";
import type { PyException } from "@ophis/tokenizer";

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
    const details = [raw.filename, raw.lineno, raw.offset, raw.text, raw.endLineno, raw.endOffset].map(
      jsValue,
    );
    e.args = [newStr(raw.msg), newTuple(details)];
    if (e instanceof PySyntaxError) {
      e.msg = newStr(raw.msg);
      [e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset] = details;
    }
  } else e.args = raw.args.map(jsValue);
  return e;
}
