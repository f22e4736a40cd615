// Compile-time SyntaxErrors, raised with CPython's message and range as PyException.
import { type PyException, syntaxErrorWithLocation } from "@ophis/tokenizer";

/** The position attributes every located node carries. */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno?: number | null;
  end_col_offset?: number | null;
}

/** A SyntaxError at a node's range; offsets are 1-based as CPython's PyErr_RangedSyntaxLocationObject makes them. */
export function syntaxError(msg: string, filename: string, loc: Located | null): PyException {
  const lineno = loc ? loc.lineno : null;
  const offset = loc ? loc.col_offset + 1 : null;
  const endLineno = loc ? (loc.end_lineno ?? loc.lineno) : null;
  const endOffset = loc ? (loc.end_col_offset ?? loc.col_offset) + 1 : null;
  return syntaxErrorWithLocation("SyntaxError", msg, filename, lineno, offset, null, endLineno, endOffset);
}
