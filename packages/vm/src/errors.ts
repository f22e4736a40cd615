// Turns whatever a native operation threw into a Python exception: a JS stack overflow is RecursionError.
import { newError, PyBaseException } from "@ophis/objects";
import { PyException } from "@ophis/tokenizer";
import { syntaxErrorObject } from "./syntax-error.js";

export function asPyException(raw: unknown): PyBaseException {
  if (raw instanceof PyBaseException) return raw;
  // No regular expression here: compiling one at the stack's limit fails with a SyntaxError, hiding the overflow.
  if (raw instanceof RangeError && raw.message.includes("call stack"))
    return newError("RecursionError", "maximum recursion depth exceeded") as PyBaseException;
  if (raw instanceof PyException) return syntaxErrorObject(raw);
  const message = raw instanceof Error ? `${raw.name}: ${raw.message}` : String(raw);
  return newError("SystemError", `internal error in Ophis: ${message}`) as PyBaseException;
}
