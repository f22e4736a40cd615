// try statements (codegen.c's codegen_try_* family): except, except* and finally, with their cleanup handlers.
import type * as A from "@ophis/ast";
import type { Codegen } from "./codegen.js";
import { type Loc, locOf, NO_LOCATION, Op } from "./instr.js";

/** CALL_INTRINSIC_2 operand that merges the groups raised and re-raised by except* handlers. */
const INTRINSIC_PREP_RERAISE_STAR = 1;

/** The shared tail of every handler's cleanup block: restore the previous exception, then re-raise. */
export function popExceptAndReraise(c: Codegen, loc: Loc): void {
  c.addop(Op.COPY, loc, 3);
  c.addop(Op.POP_EXCEPT, loc);
  c.addop(Op.RERAISE, loc, 1);
}

export function visitTry(c: Codegen, s: A.Try): void {
  if (s.finalbody.length) visitFinally(c, s, false);
  else visitTryExcept(c, s);
}

export function visitTryStar(c: Codegen, s: A.TryStar): void {
  if (s.finalbody.length) visitFinally(c, s, true);
  else visitTryStarExcept(c, s);
}

/** Unbinds a handler's `as` name (`name = None; del name`), so a traceback cycle through the frame is broken. */
function clearName(c: Codegen, name: string): void {
  c.loadConst(null, NO_LOCATION);
  c.nameop(name, "Store", NO_LOCATION);
  c.nameop(name, "Del", NO_LOCATION);
}

function visitTryExcept(c: Codegen, s: A.Try): void {
  const loc = locOf(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.jump(Op.SETUP_FINALLY, except, loc);
  c.useLabel(body);
  c.pushFBlock("tryExcept", body, null, null, loc);
  for (const st of s.body) c.visitStmt(st);
  c.popFBlock();
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  for (const st of s.orelse) c.visitStmt(st);
  c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.jump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock("exceptionHandler", c.newLabel(), null, null, loc);
  s.handlers.forEach((handler, i) => {
    const hloc = locOf(handler);
    if (!handler.type && i < n - 1) c.error("default 'except:' must be last", hloc);
    except = c.newLabel();
    if (handler.type) {
      c.visitExpr(handler.type);
      c.addop(Op.CHECK_EXC_MATCH, hloc);
      c.jump(Op.POP_JUMP_IF_FALSE, except, hloc);
    }
    if (handler.name) {
      // The body runs as `try: body finally: name = None; del name`.
      const cleanupEnd = c.newLabel();
      const cleanupBody = c.newLabel();
      c.nameop(handler.name, "Store", hloc);
      c.jump(Op.SETUP_CLEANUP, cleanupEnd, hloc);
      c.useLabel(cleanupBody);
      c.pushFBlock("handlerCleanup", cleanupBody, null, handler.name, hloc);
      for (const st of handler.body) c.visitStmt(st);
      c.popFBlock();
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_EXCEPT, NO_LOCATION);
      clearName(c, handler.name);
      c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
      c.useLabel(cleanupEnd);
      clearName(c, handler.name);
      c.addop(Op.RERAISE, NO_LOCATION, 1);
    } else {
      const cleanupBody = c.newLabel();
      c.addop(Op.POP_TOP, hloc);
      c.useLabel(cleanupBody);
      c.pushFBlock("handlerCleanup", cleanupBody, null, null, hloc);
      for (const st of handler.body) c.visitStmt(st);
      c.popFBlock();
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_EXCEPT, NO_LOCATION);
      c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
    }
    c.useLabel(except);
  });
  c.popFBlock();
  c.addop(Op.RERAISE, NO_LOCATION, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(end);
}

/**
 * except* keeps [original group, list of raised groups, unmatched rest] on the stack while the
 * handlers run; each handler splits the rest with CHECK_EG_MATCH, and anything its body raises is
 * appended to the list. PREP_RERAISE_STAR then builds what is left to re-raise (or None).
 */
function visitTryStarExcept(c: Codegen, s: A.TryStar): void {
  const loc = locOf(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.jump(Op.SETUP_FINALLY, except, loc);
  c.useLabel(body);
  c.pushFBlock("tryExcept", body, null, null, loc);
  for (const st of s.body) c.visitStmt(st);
  c.popFBlock();
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.jump(Op.JUMP_NO_INTERRUPT, orelse, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.jump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  // Its presence makes break, continue and return inside a handler a SyntaxError.
  c.pushFBlock("exceptionGroupHandler", c.newLabel(), null, null, loc);
  s.handlers.forEach((handler, i) => {
    const hloc = locOf(handler);
    except = c.newLabel();
    const exceptWithError = c.newLabel();
    const noMatch = c.newLabel();
    if (i === 0) {
      c.addop(Op.BUILD_LIST, hloc, 0);
      c.addop(Op.COPY, hloc, 2);
    }
    if (handler.type) {
      c.visitExpr(handler.type);
      c.addop(Op.CHECK_EG_MATCH, hloc);
      c.addop(Op.COPY, hloc, 1);
      c.jump(Op.POP_JUMP_IF_NONE, noMatch, hloc);
    }
    const cleanupEnd = c.newLabel();
    const cleanupBody = c.newLabel();
    if (handler.name) c.nameop(handler.name, "Store", hloc);
    else c.addop(Op.POP_TOP, hloc);
    c.jump(Op.SETUP_CLEANUP, cleanupEnd, hloc);
    c.useLabel(cleanupBody);
    c.pushFBlock("handlerCleanup", cleanupBody, null, handler.name, hloc);
    for (const st of handler.body) c.visitStmt(st);
    c.popFBlock();
    c.addop(Op.POP_BLOCK, NO_LOCATION);
    if (handler.name) clearName(c, handler.name);
    c.jump(Op.JUMP_NO_INTERRUPT, except, NO_LOCATION);
    // The handler body raised: record its exception in the list, drop lasti.
    c.useLabel(cleanupEnd);
    if (handler.name) clearName(c, handler.name);
    c.addop(Op.LIST_APPEND, NO_LOCATION, 3);
    c.addop(Op.POP_TOP, NO_LOCATION);
    c.jump(Op.JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
    c.useLabel(except);
    // A line number can be propagated onto this NOP.
    c.addop(Op.NOP, NO_LOCATION);
    c.jump(Op.JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
    c.useLabel(noMatch);
    c.addop(Op.POP_TOP, hloc);
    c.useLabel(exceptWithError);
    if (i === n - 1) {
      // The unmatched rest (possibly None) joins the list too.
      c.addop(Op.LIST_APPEND, NO_LOCATION, 1);
      c.jump(Op.JUMP_NO_INTERRUPT, reraiseStar, NO_LOCATION);
    }
  });
  c.popFBlock();
  const reraise = c.newLabel();
  c.useLabel(reraiseStar);
  c.addop(Op.CALL_INTRINSIC_2, NO_LOCATION, INTRINSIC_PREP_RERAISE_STAR);
  c.addop(Op.COPY, NO_LOCATION, 1);
  c.jump(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(reraise);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.SWAP, NO_LOCATION, 2);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addop(Op.RERAISE, NO_LOCATION, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(orelse);
  for (const st of s.orelse) c.visitStmt(st);
  c.useLabel(end);
}

/** try/finally, with or without except or except*: the final body is emitted twice, once for the normal exit and once as a handler. */
function visitFinally(c: Codegen, s: A.Try | A.TryStar, star: boolean): void {
  const loc = locOf(s);
  const body = c.newLabel();
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.jump(Op.SETUP_FINALLY, end, loc);
  c.useLabel(body);
  c.pushFBlock("finallyTry", body, end, s.finalbody, loc);
  if (!s.handlers.length) for (const st of s.body) c.visitStmt(st);
  else if (star) visitTryStarExcept(c, s as A.TryStar);
  else visitTryExcept(c, s as A.Try);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock();
  for (const st of s.finalbody) c.visitStmt(st);
  c.jump(Op.JUMP_NO_INTERRUPT, exit, NO_LOCATION);
  c.useLabel(end);
  c.jump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock("finallyEnd", end, null, null, NO_LOCATION);
  for (const st of s.finalbody) c.visitStmt(st);
  c.popFBlock();
  c.addop(Op.RERAISE, NO_LOCATION, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}
