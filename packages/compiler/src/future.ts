// `from __future__ import ...` at the top of a module (Python/future.c), and the docstring test it relies on.
import type * as A from "@ophis/ast";
import { syntaxError } from "./errors.js";
import type { SourceLocation } from "./symtable/entry.js";

export interface FutureFeatures {
  annotations: boolean;
  barryAsFlufl: boolean;
  topLevelAwait: boolean;
  /** The last future import's position: later ones are errors. */
  location: SourceLocation | null;
}

/** _PyAST_GetDocString: the leading string constant of a body, if any. */
export function getDocstring(body: readonly A.StmtNode[]): string | null {
  const first = body[0];
  if (first?.nodeType !== "Expr") return null;
  const value = first.value;
  if (value.nodeType !== "Constant" || typeof value.value !== "string") return null;
  return value.value;
}

const KNOWN = new Set([
  "nested_scopes",
  "generators",
  "division",
  "absolute_import",
  "with_statement",
  "print_function",
  "unicode_literals",
  "barry_as_FLUFL",
  "generator_stop",
  "annotations",
]);

/** CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL and PyCF_ALLOW_TOP_LEVEL_AWAIT as compile() flags. */
export const FLAG_FUTURE_ANNOTATIONS = 0x1000000;
export const FLAG_FUTURE_BARRY = 0x400000;
export const FLAG_TOP_LEVEL_AWAIT = 0x2000;

export function futureFeatures(mod: A.ModNode, filename: string, flags: number): FutureFeatures {
  const ff: FutureFeatures = {
    annotations: (flags & FLAG_FUTURE_ANNOTATIONS) !== 0,
    barryAsFlufl: (flags & FLAG_FUTURE_BARRY) !== 0,
    topLevelAwait: (flags & FLAG_TOP_LEVEL_AWAIT) !== 0,
    location: null,
  };
  if (mod.nodeType !== "Module" && mod.nodeType !== "Interactive") return ff;
  const body = mod.body;
  let i = getDocstring(body) !== null ? 1 : 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (s.nodeType !== "ImportFrom" || s.level || s.module !== "__future__") break;
    for (const alias of s.names) {
      if (!KNOWN.has(alias.name)) {
        const msg = alias.name === "braces" ? "not a chance" : `future feature ${alias.name} is not defined`;
        throw syntaxError(msg, filename, alias);
      }
      if (alias.name === "annotations") ff.annotations = true;
      if (alias.name === "barry_as_FLUFL") ff.barryAsFlufl = true;
    }
    ff.location = {
      lineno: s.lineno,
      col_offset: s.col_offset,
      end_lineno: s.end_lineno ?? s.lineno,
      end_col_offset: s.end_col_offset ?? s.col_offset,
    };
  }
  return ff;
}
