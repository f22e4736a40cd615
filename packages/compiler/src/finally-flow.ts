// PEP 765's SyntaxWarnings for return, break and continue leaving a finally block (ast_preprocess.c's control-flow context).
import type * as A from "@ophis/ast";
import type { WarnCallback } from "@ophis/ast";

/**
 * The innermost context a statement sits in. Each function body, loop body or finally body replaces the
 * whole context, so a loop inside a finally makes its break legal and, as in CPython, also hides a return.
 */
interface FlowContext {
  inFinally: boolean;
  inFunction: boolean;
  inLoop: boolean;
}

const TOP: FlowContext = { inFinally: false, inFunction: false, inLoop: false };
const FINALLY: FlowContext = { inFinally: true, inFunction: false, inLoop: false };
const FUNCTION: FlowContext = { inFinally: false, inFunction: true, inLoop: false };
const LOOP: FlowContext = { inFinally: false, inFunction: false, inLoop: true };

/** Warns, in source order, about every return, break and continue that would leave a finally block. */
export function warnFinallyFlow(mod: A.ModNode, warn: WarnCallback): void {
  if (mod.nodeType !== "Module" && mod.nodeType !== "Interactive") return;
  const report = (s: A.StmtNode, keyword: string) =>
    warn(
      "SyntaxWarning",
      `'${keyword}' in a 'finally' block`,
      s.lineno,
      s.col_offset,
      s.end_lineno ?? s.lineno,
      s.end_col_offset ?? s.col_offset,
    );
  const body = (stmts: readonly A.StmtNode[], ctx: FlowContext) => {
    for (const s of stmts) stmt(s, ctx);
  };
  const stmt = (s: A.StmtNode, ctx: FlowContext): void => {
    switch (s.nodeType) {
      case "Return":
        if (ctx.inFinally && !ctx.inFunction) report(s, "return");
        return;
      case "Break":
      case "Continue":
        if (ctx.inFinally && !ctx.inLoop) report(s, s.nodeType === "Break" ? "break" : "continue");
        return;
      case "FunctionDef":
      case "AsyncFunctionDef":
        body(s.body, FUNCTION);
        return;
      case "ClassDef":
      case "With":
      case "AsyncWith":
        body(s.body, ctx);
        return;
      case "For":
      case "AsyncFor":
      case "While":
        body(s.body, LOOP);
        // The else clause runs outside the loop: its break and continue belong to an enclosing one.
        body(s.orelse, ctx);
        return;
      case "If":
        body(s.body, ctx);
        body(s.orelse, ctx);
        return;
      case "Match":
        for (const c of s.cases) body(c.body, ctx);
        return;
      case "Try":
      case "TryStar":
        body(s.body, ctx);
        for (const h of s.handlers) body(h.body, ctx);
        body(s.orelse, ctx);
        body(s.finalbody, FINALLY);
        return;
    }
  };
  body(mod.body, TOP);
}
