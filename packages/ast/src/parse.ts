// ast.parse's signature; the parser itself is not written yet, so calling it raises NotImplementedError.
import { PyException } from "./errors.js";
import type { ModNode } from "./nodes/generated/unions.js";

export interface ParseOptions {
  filename?: string;
  /** "exec" (Module), "eval" (Expression), "single" (Interactive) or "func_type" (FunctionType). */
  mode?: "exec" | "eval" | "single" | "func_type";
  typeComments?: boolean;
  featureVersion?: [3, number] | number | null;
  optimize?: number;
}

/** ast.parse(source, filename, mode, ...): the tree of a source text. */
export function parse(source: string | Uint8Array, options: ParseOptions = {}): ModNode {
  void source;
  void options;
  throw new PyException("NotImplementedError", ["the @ophis/ast parser is not implemented yet"]);
}
