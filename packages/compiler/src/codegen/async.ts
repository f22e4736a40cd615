// `async with` and `async for` (codegen.c's codegen_async_with_inner and codegen_async_for).
import type * as A from "@ophis/ast";
import type { Codegen } from "./codegen.js";
import { addYieldFrom } from "./expressions.js";
import { type Loc, locOf, NO_LOCATION, Op } from "./instr.js";
import { callExitWithNones, withExceptFinish } from "./statements.js";

const SPECIAL_AENTER = 2;
const SPECIAL_AEXIT = 3;

function awaitValue(c: Codegen, loc: Loc, where: number): void {
  c.addop(Op.GET_AWAITABLE, loc, where);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
}

/** codegen_async_with_inner: one item of `async with`, awaiting __aenter__ and __aexit__. */
export function visitAsyncWith(c: Codegen, s: A.AsyncWith, pos: number): void {
  const item = s.items[pos];
  const loc = locOf(item.context_expr);
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.visitExpr(item.context_expr);
  c.addop(Op.COPY, loc, 1);
  c.addop(Op.LOAD_SPECIAL, loc, SPECIAL_AEXIT);
  c.addop(Op.SWAP, loc, 2);
  c.addop(Op.SWAP, loc, 3);
  c.addop(Op.LOAD_SPECIAL, loc, SPECIAL_AENTER);
  c.addop(Op.CALL, loc, 0);
  awaitValue(c, loc, 1);
  c.jump(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFBlock("asyncWith", block, final, s, loc);
  if (item.optional_vars) c.visitExpr(item.optional_vars);
  else c.addop(Op.POP_TOP, loc);
  if (pos + 1 === s.items.length) for (const st of s.body) c.visitStmt(st);
  else visitAsyncWith(c, s, pos + 1);
  c.popFBlock();
  c.addop(Op.POP_BLOCK, loc);
  callExitWithNones(c, loc);
  awaitValue(c, loc, 2);
  c.addop(Op.POP_TOP, loc);
  c.jump(Op.JUMP, exit, loc);
  c.useLabel(final);
  c.jump(Op.SETUP_CLEANUP, cleanup, loc);
  c.addop(Op.PUSH_EXC_INFO, loc);
  c.addop(Op.WITH_EXCEPT_START, loc);
  awaitValue(c, loc, 2);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

/** codegen_async_for: await __anext__ under a handler that ends the loop on StopAsyncIteration. */
export function visitAsyncFor(c: Codegen, s: A.AsyncFor): void {
  const loc = locOf(s);
  const start = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  c.visitExpr(s.iter);
  c.addop(Op.GET_AITER, locOf(s.iter));
  c.useLabel(start);
  c.pushFBlock("asyncForLoop", start, end, null, loc);
  c.jump(Op.SETUP_FINALLY, except, loc);
  c.addop(Op.GET_ANEXT, loc);
  c.loadConst(null, loc);
  const send = addYieldFrom(c, loc, true);
  c.addop(Op.POP_BLOCK, loc);
  c.addop(Op.NOT_TAKEN, loc);
  c.visitExpr(s.target);
  for (const st of s.body) c.visitStmt(st);
  c.jump(Op.JUMP, start, NO_LOCATION);
  c.popFBlock();
  c.useLabel(except);
  // END_ASYNC_FOR takes the iterator's line: it ends the `for`, not the body.
  c.jump(Op.END_ASYNC_FOR, send, locOf(s.iter));
  for (const st of s.orelse) c.visitStmt(st);
  c.useLabel(end);
}
