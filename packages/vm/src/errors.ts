// Turns whatever a native operation threw into a Python exception: a JS stack overflow is RecursionError.
import { newError, PyBaseException } from "@ophis/objects";
import { PyException } from "@ophis/tokenizer";
import { syntaxErrorObject } from "./syntax-error.js";

export function asPyException(raw: unknown): PyBaseException {
  if (raw instanceof PyBaseException) return raw;
  if (raw instanceof RangeError && /call stack/.test(raw.message))
    return newError("RecursionError", "maximum recursion depth exceeded") as PyBaseException;
  if (raw instanceof PyException) return syntaxErrorObject(raw);
  const message = raw instanceof Error ? `${raw.name}: ${raw.message}` : String(raw);
  return newError("SystemError", `internal error in Ophis: ${message}`) as PyBaseException;
}
