// Statements (codegen.c's codegen_visit_stmt): assignments, control flow, imports, raise, assert and with.
import type * as A from "@ophis/ast";
import { PyTuple } from "@ophis/ast";
import { PyException } from "@ophis/tokenizer";
import { visitAnnAssign } from "./annotations.js";
import { visitAsyncFor, visitAsyncWith } from "./async.js";
import type { Codegen } from "./codegen.js";
import { addYieldFrom, attrLoc, binopArg, isTwoElementSlice, jumpIf, sliceTwoParts } from "./expressions.js";
import { visitClassDef, visitFunctionDef } from "./functions.js";
import { type Loc, locOf, NO_LOCATION, Op, toConstant } from "./instr.js";
import { visitMatch } from "./match.js";
import { popExceptAndReraise, visitTry, visitTryStar } from "./try.js";
import { visitTypeAlias } from "./typeparams.js";
import type { FBlock } from "./unit.js";

const INTRINSIC_PRINT = 1;
const INTRINSIC_IMPORT_STAR = 2;

export function callExitWithNones(c: Codegen, loc: Loc): void {
  c.loadConst(null, loc);
  c.loadConst(null, loc);
  c.loadConst(null, loc);
  c.addop(Op.CALL, loc, 3);
}

function unwindFBlock(c: Codegen, ploc: { loc: Loc }, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case "forLoop":
    case "asyncForLoop":
      if (preserveTos) c.addop(Op.SWAP, ploc.loc, 2);
      // CPython 3.14 pops the iterator with POP_TOP here, not POP_ITER.
      c.addop(Op.POP_TOP, ploc.loc);
      return;
    case "tryExcept":
      c.addop(Op.POP_BLOCK, ploc.loc);
      return;
    case "finallyTry":
      c.addop(Op.POP_BLOCK, ploc.loc);
      if (preserveTos) c.pushFBlock("popValue", c.newLabel(), null, null, ploc.loc);
      for (const s of info.datum as A.StmtNode[]) c.visitStmt(s);
      if (preserveTos) c.popFBlock();
      ploc.loc = NO_LOCATION;
      return;
    case "finallyEnd":
      if (preserveTos) c.addop(Op.SWAP, ploc.loc, 2);
      c.addop(Op.POP_TOP, ploc.loc);
      if (preserveTos) c.addop(Op.SWAP, ploc.loc, 2);
      c.addop(Op.POP_BLOCK, ploc.loc);
      c.addop(Op.POP_EXCEPT, ploc.loc);
      return;
    case "with":
    case "asyncWith":
      ploc.loc = info.loc;
      c.addop(Op.POP_BLOCK, ploc.loc);
      if (preserveTos) {
        c.addop(Op.SWAP, ploc.loc, 3);
        c.addop(Op.SWAP, ploc.loc, 2);
      }
      callExitWithNones(c, ploc.loc);
      if (info.type === "asyncWith") {
        c.addop(Op.GET_AWAITABLE, ploc.loc, 2);
        c.loadConst(null, ploc.loc);
        addYieldFrom(c, ploc.loc, true);
      }
      c.addop(Op.POP_TOP, ploc.loc);
      ploc.loc = NO_LOCATION;
      return;
    case "handlerCleanup": {
      const name = info.datum as string | null;
      if (name) c.addop(Op.POP_BLOCK, ploc.loc);
      if (preserveTos) c.addop(Op.SWAP, ploc.loc, 2);
      c.addop(Op.POP_BLOCK, ploc.loc);
      c.addop(Op.POP_EXCEPT, ploc.loc);
      if (name) {
        c.loadConst(null, ploc.loc);
        c.nameop(name, "Store", ploc.loc);
        c.nameop(name, "Del", ploc.loc);
      }
      return;
    }
    case "popValue":
      if (preserveTos) c.addop(Op.SWAP, ploc.loc, 2);
      c.addop(Op.POP_TOP, ploc.loc);
      return;
    default:
      return;
  }
}

function unwindFBlockStack(
  c: Codegen,
  ploc: { loc: Loc },
  preserveTos: boolean,
  wantLoop: boolean,
): FBlock | null {
  const fblocks = c.u.fblocks;
  if (fblocks.length === 0) return null;
  const top = fblocks[fblocks.length - 1];
  if (top.type === "exceptionGroupHandler")
    c.error("'break', 'continue' and 'return' cannot appear in an except* block", ploc.loc);
  if (wantLoop && (top.type === "whileLoop" || top.type === "forLoop" || top.type === "asyncForLoop"))
    return top;
  fblocks.pop();
  unwindFBlock(c, ploc, top, preserveTos);
  const loop = unwindFBlockStack(c, ploc, preserveTos, wantLoop);
  fblocks.push(top);
  return loop;
}

function visitReturn(c: Codegen, s: A.Return): void {
  let loc = locOf(s);
  const value = s.value;
  const preserveTos = value !== null && value.nodeType !== "Constant";
  if (!c.ste.isFunctionLike) c.error("'return' outside function", loc);
  if (value !== null && c.ste.coroutine && c.ste.generator)
    c.error("'return' with value in async generator", loc);
  if (preserveTos) c.visitExpr(value!);
  else if (value !== null) {
    // A constant's return carries the constant's own position.
    loc = locOf(value);
    c.addop(Op.NOP, loc);
  }
  if (value === null || value.lineno !== s.lineno) {
    loc = locOf(s);
    c.addop(Op.NOP, loc);
  }
  const ploc = { loc };
  unwindFBlockStack(c, ploc, preserveTos, false);
  if (value === null) c.loadConst(null, ploc.loc);
  else if (!preserveTos) c.loadConst(toConstant((value as A.Constant).value), ploc.loc);
  c.addop(Op.RETURN_VALUE, ploc.loc);
}

function visitBreakContinue(c: Codegen, s: A.Break | A.Continue): void {
  const origin = locOf(s);
  const ploc = { loc: origin };
  c.addop(Op.NOP, origin);
  const loop = unwindFBlockStack(c, ploc, false, true);
  if (s.nodeType === "Break") {
    if (!loop) c.error("'break' outside loop", origin);
    unwindFBlock(c, ploc, loop, false);
    c.jump(Op.JUMP, loop.exit!, ploc.loc);
  } else {
    if (!loop) c.error("'continue' not properly in loop", ploc.loc);
    c.jump(Op.JUMP, loop.block, ploc.loc);
  }
}

function visitAugAssign(c: Codegen, s: A.AugAssign): void {
  const e = s.target;
  let loc = locOf(e);
  switch (e.nodeType) {
    case "Attribute":
      c.visitExpr(e.value);
      c.addop(Op.COPY, loc, 1);
      c.loadAttr(e.attr, attrLoc(loc, e));
      break;
    case "Subscript":
      c.visitExpr(e.value);
      if (isTwoElementSlice(e.slice)) {
        sliceTwoParts(c, e.slice);
        c.addop(Op.COPY, loc, 3);
        c.addop(Op.COPY, loc, 3);
        c.addop(Op.COPY, loc, 3);
        c.addop(Op.BINARY_SLICE, loc);
      } else {
        c.visitExpr(e.slice);
        c.addop(Op.COPY, loc, 2);
        c.addop(Op.COPY, loc, 2);
        c.addop(Op.BINARY_OP, loc, 26);
      }
      break;
    case "Name":
      c.nameop(e.id, "Load", loc);
      break;
    default:
      c.error(`illegal expression for augmented assignment`, loc);
  }
  c.visitExpr(s.value);
  c.addop(Op.BINARY_OP, locOf(s), binopArg(s.op, true));
  loc = locOf(e);
  switch (e.nodeType) {
    case "Attribute":
      loc = attrLoc(loc, e);
      c.addop(Op.SWAP, loc, 2);
      c.addopName(Op.STORE_ATTR, e.attr, loc);
      break;
    case "Subscript":
      if (isTwoElementSlice(e.slice)) {
        c.addop(Op.SWAP, loc, 4);
        c.addop(Op.SWAP, loc, 3);
        c.addop(Op.SWAP, loc, 2);
        c.addop(Op.STORE_SLICE, loc);
      } else {
        c.addop(Op.SWAP, loc, 3);
        c.addop(Op.SWAP, loc, 2);
        c.addop(Op.STORE_SUBSCR, loc);
      }
      break;
    default:
      c.nameop((e as A.Name).id, "Store", loc);
  }
}

function visitIf(c: Codegen, s: A.If): void {
  const end = c.newLabel();
  const next = s.orelse.length ? c.newLabel() : end;
  jumpIf(c, locOf(s), s.test, next, false);
  for (const st of s.body) c.visitStmt(st);
  if (s.orelse.length) {
    c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
    c.useLabel(next);
    for (const st of s.orelse) c.visitStmt(st);
  }
  c.useLabel(end);
}

function visitWhile(c: Codegen, s: A.While): void {
  const loop = c.newLabel();
  const end = c.newLabel();
  const anchor = c.newLabel();
  c.useLabel(loop);
  c.pushFBlock("whileLoop", loop, end, null, locOf(s));
  jumpIf(c, locOf(s), s.test, anchor, false);
  for (const st of s.body) c.visitStmt(st);
  c.jump(Op.JUMP, loop, NO_LOCATION);
  c.popFBlock();
  c.useLabel(anchor);
  for (const st of s.orelse) c.visitStmt(st);
  c.useLabel(end);
}

function visitFor(c: Codegen, s: A.For): void {
  let loc = locOf(s);
  const start = c.newLabel();
  const body = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock("forLoop", start, end, null, loc);
  c.visitExpr(s.iter);
  loc = locOf(s.iter);
  c.addop(Op.GET_ITER, loc);
  c.useLabel(start);
  c.jump(Op.FOR_ITER, cleanup, loc);
  c.addop(Op.NOP, locOf(s.target));
  c.useLabel(body);
  c.visitExpr(s.target);
  for (const st of s.body) c.visitStmt(st);
  c.jump(Op.JUMP, start, NO_LOCATION);
  c.useLabel(cleanup);
  c.addop(Op.END_FOR, NO_LOCATION);
  c.addop(Op.POP_ITER, NO_LOCATION);
  c.popFBlock();
  for (const st of s.orelse) c.visitStmt(st);
  c.useLabel(end);
}

export function withExceptFinish(c: Codegen, cleanup: ReturnType<Codegen["newLabel"]>): void {
  const suppress = c.newLabel();
  c.addop(Op.TO_BOOL, NO_LOCATION);
  c.jump(Op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
  c.addop(Op.RERAISE, NO_LOCATION, 2);
  c.useLabel(suppress);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  const exit = c.newLabel();
  c.jump(Op.JUMP_NO_INTERRUPT, exit, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

function visitWith(c: Codegen, s: A.With, pos: number): void {
  const item = s.items[pos];
  const loc = locOf(item.context_expr);
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.visitExpr(item.context_expr);
  c.addop(Op.COPY, loc, 1);
  c.addop(Op.LOAD_SPECIAL, loc, 1);
  c.addop(Op.SWAP, loc, 2);
  c.addop(Op.SWAP, loc, 3);
  c.addop(Op.LOAD_SPECIAL, loc, 0);
  c.addop(Op.CALL, loc, 0);
  c.jump(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFBlock("with", block, final, s, loc);
  if (item.optional_vars) c.visitExpr(item.optional_vars);
  else c.addop(Op.POP_TOP, loc);
  if (pos + 1 === s.items.length) for (const st of s.body) c.visitStmt(st);
  else visitWith(c, s, pos + 1);
  c.popFBlock();
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  callExitWithNones(c, loc);
  c.addop(Op.POP_TOP, loc);
  c.jump(Op.JUMP, exit, loc);
  c.useLabel(final);
  c.jump(Op.SETUP_CLEANUP, cleanup, loc);
  c.addop(Op.PUSH_EXC_INFO, loc);
  c.addop(Op.WITH_EXCEPT_START, loc);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

function visitImport(c: Codegen, s: A.Import): void {
  const loc = locOf(s);
  for (const alias of s.names) {
    c.loadConst(0n, loc);
    c.loadConst(null, loc);
    c.addopName(Op.IMPORT_NAME, alias.name, loc);
    if (alias.asname) {
      const name = alias.name;
      let dot = name.indexOf(".");
      if (dot !== -1) {
        for (;;) {
          const pos = dot + 1;
          dot = name.indexOf(".", pos);
          c.addopName(Op.IMPORT_FROM, name.slice(pos, dot !== -1 ? dot : name.length), loc);
          if (dot === -1) break;
          c.addop(Op.SWAP, loc, 2);
          c.addop(Op.POP_TOP, loc);
        }
        c.nameop(alias.asname, "Store", loc);
        c.addop(Op.POP_TOP, loc);
      } else {
        c.nameop(alias.asname, "Store", loc);
      }
    } else {
      const dot = alias.name.indexOf(".");
      c.nameop(dot !== -1 ? alias.name.slice(0, dot) : alias.name, "Store", loc);
    }
  }
}

function visitImportFrom(c: Codegen, s: A.ImportFrom): void {
  const loc = locOf(s);
  c.loadConst(BigInt(s.level ?? 0), loc);
  c.loadConst(
    s.names.map((a) => a.name),
    loc,
  );
  c.addopName(Op.IMPORT_NAME, s.module ?? "", loc);
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name.startsWith("*")) {
      c.addop(Op.CALL_INTRINSIC_1, loc, INTRINSIC_IMPORT_STAR);
      c.addop(Op.POP_TOP, NO_LOCATION);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name, loc);
    c.nameop(alias.asname ?? alias.name, "Store", loc);
  }
  c.addop(Op.POP_TOP, loc);
}

/** Statements whose bodies may not run: annotations inside them are recorded in __conditional_annotations__. */
const CONDITIONAL = new Set([
  "If",
  "For",
  "AsyncFor",
  "While",
  "Try",
  "TryStar",
  "With",
  "AsyncWith",
  "Match",
]);

export function visitStmt(c: Codegen, s: A.StmtNode): void {
  c.enter();
  const conditional = CONDITIONAL.has(s.nodeType);
  const u = c.u;
  if (conditional) u.inConditionalBlock++;
  visitStmtKind(c, s);
  if (conditional) u.inConditionalBlock--;
  c.leave();
}

function visitStmtKind(c: Codegen, s: A.StmtNode): void {
  const loc = locOf(s);
  switch (s.nodeType) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      visitFunctionDef(c, s);
      break;
    case "ClassDef":
      visitClassDef(c, s);
      break;
    case "Return":
      visitReturn(c, s);
      break;
    case "Delete":
      for (const t of s.targets) c.visitExpr(t);
      break;
    case "Assign":
      c.visitExpr(s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) c.addop(Op.COPY, loc, 1);
        c.visitExpr(t);
      });
      break;
    case "AugAssign":
      visitAugAssign(c, s);
      break;
    case "For":
      visitFor(c, s);
      break;
    case "While":
      visitWhile(c, s);
      break;
    case "If":
      visitIf(c, s);
      break;
    case "Raise": {
      let n = 0;
      if (s.exc) {
        c.visitExpr(s.exc);
        n++;
        if (s.cause) {
          c.visitExpr(s.cause);
          n++;
        }
      }
      c.addop(Op.RAISE_VARARGS, loc, n);
      break;
    }
    case "Try":
      visitTry(c, s);
      break;
    case "TryStar":
      visitTryStar(c, s);
      break;
    case "Assert": {
      // Warned even under -O: a non-empty tuple is always true, so the assert can never fire.
      const t = s.test;
      if (
        (t.nodeType === "Tuple" && t.elts.length > 0) ||
        (t.nodeType === "Constant" && t.value instanceof PyTuple && t.value.items.length > 0)
      )
        c.warn("assertion is always true, perhaps remove parentheses?", loc);
      if (c.optimize) break;
      const end = c.newLabel();
      jumpIf(c, loc, s.test, end, true);
      c.addop(Op.LOAD_COMMON_CONSTANT, loc, 0);
      if (s.msg) {
        c.visitExpr(s.msg);
        c.addop(Op.CALL, loc, 0);
      }
      // The raise points at the failed test, so a traceback underlines the condition.
      c.addop(Op.RAISE_VARARGS, locOf(s.test), 1);
      c.useLabel(end);
      break;
    }
    case "Import":
      visitImport(c, s);
      break;
    case "ImportFrom":
      visitImportFrom(c, s);
      break;
    case "Global":
    case "Nonlocal":
      break;
    case "Expr": {
      const value = s.value;
      if (c.interactive && c.stack.length === 0) {
        c.visitExpr(value);
        c.addop(Op.CALL_INTRINSIC_1, loc, INTRINSIC_PRINT);
        c.addop(Op.POP_TOP, NO_LOCATION);
      } else if (value.nodeType === "Constant") {
        c.addop(Op.NOP, loc);
      } else {
        c.visitExpr(value);
        c.addop(Op.POP_TOP, NO_LOCATION);
      }
      break;
    }
    case "Pass":
      c.addop(Op.NOP, loc);
      break;
    case "Break":
    case "Continue":
      visitBreakContinue(c, s);
      break;
    case "With":
      visitWith(c, s, 0);
      break;
    case "AnnAssign":
      visitAnnAssign(c, s);
      break;
    case "AsyncWith":
      visitAsyncWith(c, s, 0);
      break;
    case "AsyncFor":
      visitAsyncFor(c, s);
      break;
    case "Match":
      visitMatch(c, s);
      break;
    case "TypeAlias":
      visitTypeAlias(c, s);
      break;
    default: {
      // Every statement kind is handled: a new kind in @ophis/ast fails this assignment's type check.
      const unhandled: never = s;
      throw new PyException("SystemError", [`no code generation for ${(unhandled as A.StmtNode).nodeType}`]);
    }
  }
}
