// @ophis/compiler: CPython 3.14's compiler, from source or AST to a CodeObject with CPython's own bytecode.
import { type ModNode, parse, type WarnCallback } from "@ophis/ast";
import type { CodeObject } from "@ophis/bytecode";
import { PyException } from "@ophis/tokenizer";
import { Codegen } from "./codegen/codegen.js";
import { visitComprehension } from "./codegen/comprehensions.js";
import { visitExpr } from "./codegen/expressions.js";
import { visitBody, visitLambda } from "./codegen/functions.js";
import { locOf, Op } from "./codegen/instr.js";
import { visitStmt } from "./codegen/statements.js";
import { warnFinallyFlow } from "./finally-flow.js";
import { futureFeatures } from "./future.js";
import { Symtable } from "./symtable/builder.js";

export type { WarnCallback } from "@ophis/ast";
export { syntaxError } from "./errors.js";

export interface CompileOptions {
  /** -O level: 1 drops asserts, 2 also docstrings. */
  optimize?: number;
  /** compile()'s flags (future features, PyCF_ALLOW_TOP_LEVEL_AWAIT). */
  flags?: number;
  dontInherit?: boolean;
  /** Receives the SyntaxWarnings of parsing and compiling, in CPython's order; without it they are dropped. */
  warn?: WarnCallback;
}

function wire(c: Codegen): void {
  c.visitStmt = (s) => visitStmt(c, s);
  c.visitExpr = (e) => {
    c.enter();
    visitExpr(c, e);
    c.leave();
  };
  c.visitOther = (e) => {
    if (e.nodeType === "Lambda") return visitLambda(c, e);
    if (
      e.nodeType === "GeneratorExp" ||
      e.nodeType === "ListComp" ||
      e.nodeType === "SetComp" ||
      e.nodeType === "DictComp"
    )
      return visitComprehension(c, e);
    throw new PyException("SystemError", [`Ophis's compiler does not handle ${e.nodeType} yet`]);
  };
}

/** compile(source, filename, mode): the module's code object, or CPython's SyntaxError as a PyException. */
export function compile(
  source: string | Uint8Array | ModNode,
  filename: string,
  mode: "exec" | "eval" | "single",
  options: CompileOptions = {},
): CodeObject {
  const mod =
    typeof source === "string" || source instanceof Uint8Array
      ? parse(source, { filename, mode, warn: options.warn })
      : source;
  // CPython's AST preprocessing, and so these warnings, comes before the symtable and code generation.
  if (options.warn) warnFinallyFlow(mod, options.warn);
  const flags = options.flags ?? 0;
  const future = futureFeatures(mod, filename, flags);
  const st = new Symtable(filename, future).build(mod);
  const c = new Codegen(st, filename, future, options.optimize ?? 0, flags);
  c.onWarning = options.warn;
  wire(c);
  try {
    c.enterScope("<module>", "module", mod, 1);
    switch (mod.nodeType) {
      case "Module": {
        // start_location: the first statement's location, or line 1.
        const loc = mod.body.length ? locOf(mod.body[0]) : { lineno: 1, endLineno: 1, col: 0, endCol: 0 };
        if (c.ste.hasConditionalAnnotations) {
          c.addop(Op.BUILD_SET, loc, 0);
          c.nameop("__conditional_annotations__", "Store", loc);
        }
        visitBody(c, loc, mod.body);
        return c.optimizeAndAssemble(true);
      }
      case "Interactive":
        c.interactive = true;
        for (const s of mod.body) c.visitStmt(s);
        return c.optimizeAndAssemble(true);
      case "Expression":
        c.visitExpr(mod.body);
        return c.optimizeAndAssemble(false);
      default:
        throw new PyException("TypeError", ["compile() cannot handle FunctionType"]);
    }
  } catch (err) {
    if (err instanceof PyException) throw err;
    if (err instanceof RangeError)
      throw new PyException("RecursionError", ["maximum recursion depth exceeded during compilation"]);
    throw new PyException("SystemError", [`internal compiler error: ${(err as Error).message}`]);
  }
}
