// Comprehensions (codegen.c's codegen_comprehension): PEP 709 inlined list/set/dict comprehensions, and
// generator expressions (and comprehensions that cannot be inlined) as nested code objects.
import type * as A from "@ophis/ast";
import { DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, Scope, symbolScope } from "../symtable/flags.js";
import type { Codegen } from "./codegen.js";
import { addYield, addYieldFrom, jumpIf } from "./expressions.js";
import { makeClosure, wrapInStopIterationHandler } from "./functions.js";
import { type Label, type Loc, locOf, NO_LOCATION, Op } from "./instr.js";

type CompKind = "genexpr" | "listcomp" | "setcomp" | "dictcomp";
type CompNode = A.GeneratorExp | A.ListComp | A.SetComp | A.DictComp;

const BUILD_OP = { listcomp: Op.BUILD_LIST, setcomp: Op.BUILD_SET, dictcomp: Op.BUILD_MAP } as const;

interface Generation {
  kind: CompKind;
  generators: readonly A.comprehension[];
  elt: A.ExprNode;
  val: A.ExprNode | null;
}

/** What an inlined comprehension changed in the enclosing unit, to be undone afterwards. */
interface InlinedState {
  pushedLocals: string[];
  tempSymbols: Map<string, number>;
  fastHidden: string[];
  cleanup: Label | null;
}

function isBoundInComp(flags: number): boolean {
  return (flags & DEF_LOCAL) !== 0 && (flags & DEF_NONLOCAL) === 0;
}

/** push_inlined_comprehension_state: give the comprehension's names their inner scopes and save clashing locals. */
function pushInlinedState(
  c: Codegen,
  loc: Loc,
  comp: import("../symtable/entry.js").SymtableEntry,
): InlinedState {
  const outer = c.ste;
  const inClassBlock = outer.type === "class" && !c.isInInlinedComp();
  c.u.inInlinedComp++;
  const state: InlinedState = { pushedLocals: [], tempSymbols: new Map(), fastHidden: [], cleanup: null };
  // _PyCompile_TweakInlinedComprehensionScopes
  for (const [name, flags] of comp.symbols) {
    const scope = symbolScope(flags);
    const outFlags = outer.flags(name);
    const outScope = symbolScope(outFlags);
    if (
      (scope !== outScope && scope !== Scope.Free && !(scope === Scope.Cell && outScope === Scope.Free)) ||
      inClassBlock
    ) {
      outer.symbols.set(name, flags);
      state.tempSymbols.set(name, outFlags);
    }
    if (isBoundInComp(flags) && !outer.isFunctionLike) {
      if (c.u.fastHidden.get(name) !== true) {
        c.u.fastHidden.set(name, true);
        state.fastHidden.push(name);
      }
    }
  }
  // codegen_push_inlined_comprehension_locals
  for (const [name, flags] of comp.symbols) {
    // Only names the comprehension binds are saved (CPython 3.14; later versions save all in class bodies).
    if (flags & DEF_PARAM || !isBoundInComp(flags)) continue;
    const scope = symbolScope(flags);
    const outScope = symbolScope(state.tempSymbols.get(name) ?? outer.flags(name));
    c.addop(Op.LOAD_FAST_AND_CLEAR, loc, c.u.varnames.add(c.maybeMangleForScope(name)));
    if (scope === Scope.Cell) {
      const instr = c.u.emit(Op.MAKE_CELL, 0, loc);
      instr.name = name;
      if (outScope === Scope.Free) {
        c.u.freevars.add(name);
        instr.freeVar = true;
      } else c.u.cellvars.add(name);
    }
    state.pushedLocals.push(name);
  }
  if (state.pushedLocals.length) {
    c.addop(Op.SWAP, loc, state.pushedLocals.length + 1);
    state.cleanup = c.newLabel();
    c.jump(Op.SETUP_FINALLY, state.cleanup, loc);
  }
  return state;
}

function restoreInlinedLocals(c: Codegen, loc: Loc, state: InlinedState): void {
  const n = state.pushedLocals.length;
  c.addop(Op.SWAP, loc, n + 1);
  for (let i = n - 1; i >= 0; i--)
    c.addop(Op.STORE_FAST_MAYBE_NULL, loc, c.u.varnames.add(c.maybeMangleForScope(state.pushedLocals[i])));
}

function popInlinedState(c: Codegen, loc: Loc, state: InlinedState): void {
  if (state.cleanup) {
    c.addop(Op.POP_BLOCK, NO_LOCATION);
    const end = c.newLabel();
    c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
    c.useLabel(state.cleanup);
    c.addop(Op.SWAP, NO_LOCATION, 2);
    c.addop(Op.POP_TOP, NO_LOCATION);
    restoreInlinedLocals(c, loc, state);
    c.addop(Op.RERAISE, NO_LOCATION, 0);
    c.useLabel(end);
    restoreInlinedLocals(c, loc, state);
  }
  c.u.inInlinedComp--;
  for (const [name, flags] of state.tempSymbols) c.ste.symbols.set(name, flags);
  // False rather than deleted: the name stays a hidden fast local (CO_FAST_HIDDEN).
  for (const name of state.fastHidden) c.u.fastHidden.set(name, false);
}

function emitElement(c: Codegen, g: Generation, depth: number): Loc {
  let eltLoc = locOf(g.elt);
  c.visitExpr(g.elt);
  switch (g.kind) {
    case "genexpr":
      addYield(c, eltLoc);
      c.addop(Op.POP_TOP, eltLoc);
      break;
    case "listcomp":
      c.addop(Op.LIST_APPEND, eltLoc, depth + 1);
      break;
    case "setcomp":
      c.addop(Op.SET_ADD, eltLoc, depth + 1);
      break;
    case "dictcomp": {
      const val = g.val!;
      c.visitExpr(val);
      eltLoc = {
        lineno: g.elt.lineno,
        endLineno: val.end_lineno ?? val.lineno,
        col: g.elt.col_offset,
        endCol: val.end_col_offset ?? val.col_offset,
      };
      c.addop(Op.MAP_ADD, eltLoc, depth + 1);
      break;
    }
  }
  return eltLoc;
}

function generator(
  c: Codegen,
  loc: Loc,
  g: Generation,
  index: number,
  depth: number,
  onStack: boolean,
): void {
  if (g.generators[index].is_async) asyncGenerator(c, loc, g, index, depth, onStack);
  else syncGenerator(c, loc, g, index, depth, onStack);
}

/** codegen_sync_comprehension_generator: one `for` clause, its `if`s, then the next clause or the element. */
function syncGenerator(
  c: Codegen,
  loc: Loc,
  g: Generation,
  index: number,
  depthIn: number,
  onStack: boolean,
): void {
  let depth = depthIn;
  const gen = g.generators[index];
  let start: Label | null = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  if (!onStack) {
    if (index === 0) {
      c.addop(Op.LOAD_FAST, loc, 0);
    } else {
      // `for y in [f(x)]` binds y without a loop.
      const it = gen.iter;
      const elts = it.nodeType === "List" || it.nodeType === "Tuple" ? it.elts : null;
      if (elts && elts.length === 1 && elts[0].nodeType !== "Starred") {
        c.visitExpr(elts[0]);
        start = null;
      } else {
        c.visitExpr(it);
        c.addop(Op.GET_ITER, locOf(it));
      }
    }
  }
  if (start) {
    depth++;
    c.useLabel(start);
    c.jump(Op.FOR_ITER, anchor, locOf(gen.iter));
  }
  c.visitExpr(gen.target);
  for (const cond of gen.ifs) jumpIf(c, loc, cond, ifCleanup, false);
  let eltLoc = locOf(g.elt);
  if (index + 1 < g.generators.length) generator(c, loc, g, index + 1, depth, false);
  else eltLoc = emitElement(c, g, depth);
  c.useLabel(ifCleanup);
  if (start) {
    c.jump(Op.JUMP, start, eltLoc);
    c.useLabel(anchor);
    c.addop(Op.END_FOR, NO_LOCATION);
    c.addop(Op.POP_ITER, NO_LOCATION);
  }
}

/** codegen_async_comprehension_generator: an `async for` clause, awaiting __anext__ until StopAsyncIteration. */
function asyncGenerator(
  c: Codegen,
  loc: Loc,
  g: Generation,
  index: number,
  depthIn: number,
  onStack: boolean,
): void {
  let depth = depthIn;
  const gen = g.generators[index];
  const start = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  if (!onStack) {
    if (index === 0) {
      c.addop(Op.LOAD_FAST, loc, 0);
    } else {
      c.visitExpr(gen.iter);
      c.addop(Op.GET_AITER, locOf(gen.iter));
    }
  }
  c.useLabel(start);
  c.pushFBlock("asyncComprehensionGenerator", start, null, null, loc);
  c.jump(Op.SETUP_FINALLY, except, loc);
  c.addop(Op.GET_ANEXT, loc);
  c.loadConst(null, loc);
  const send = addYieldFrom(c, loc, true);
  c.addop(Op.POP_BLOCK, loc);
  c.visitExpr(gen.target);
  for (const cond of gen.ifs) jumpIf(c, loc, cond, ifCleanup, false);
  depth++;
  let eltLoc = locOf(g.elt);
  if (index + 1 < g.generators.length) generator(c, loc, g, index + 1, depth, false);
  else eltLoc = emitElement(c, g, depth);
  c.useLabel(ifCleanup);
  c.jump(Op.JUMP, start, eltLoc);
  c.popFBlock();
  c.useLabel(except);
  c.jump(Op.END_ASYNC_FOR, send, loc);
}

/** codegen_comprehension. */
export function visitComprehension(c: Codegen, e: CompNode): void {
  const kind: CompKind =
    e.nodeType === "GeneratorExp"
      ? "genexpr"
      : e.nodeType === "ListComp"
        ? "listcomp"
        : e.nodeType === "SetComp"
          ? "setcomp"
          : "dictcomp";
  const g: Generation =
    e.nodeType === "DictComp"
      ? { kind, generators: e.generators, elt: e.key, val: e.value }
      : { kind, generators: e.generators, elt: e.elt, val: null };
  const entry = c.st.lookup(e);
  const inlined = entry.compInlined;
  const isAsync = entry.coroutine;
  const loc = locOf(e);
  const outermost = e.generators[0];
  const getIter = (): void => c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, locOf(outermost.iter));
  let state: InlinedState | null = null;
  if (inlined) {
    c.visitExpr(outermost.iter);
    getIter();
    state = pushInlinedState(c, loc, entry);
  } else {
    c.enterScope(`<${kind}>`, "comprehension", e, e.lineno, null, { argcount: 1, posonly: 0, kwonly: 0 });
  }
  if (kind !== "genexpr") {
    c.addop(BUILD_OP[kind], loc, 0);
    if (inlined) c.addop(Op.SWAP, loc, 2);
  }
  generator(c, loc, g, 0, 0, inlined);
  if (state) {
    popInlinedState(c, loc, state);
    return;
  }
  if (kind !== "genexpr") c.addop(Op.RETURN_VALUE, loc);
  else wrapInStopIterationHandler(c);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  makeClosure(c, loc, co, 0);
  c.visitExpr(outermost.iter);
  getIter();
  c.addop(Op.CALL, loc, 0);
  if (isAsync && kind !== "genexpr") {
    c.addop(Op.GET_AWAITABLE, loc, 0);
    c.loadConst(null, loc);
    addYieldFrom(c, loc, true);
  }
}
