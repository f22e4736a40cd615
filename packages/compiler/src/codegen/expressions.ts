// Expressions (codegen.c's codegen_visit_expr and helpers): loads, operators, calls, containers, f-strings.
import type * as A from "@ophis/ast";
import { PySlice } from "@ophis/bytecode";
import { DEF_IMPORT, Scope } from "../symtable/flags.js";
import { checkCaller, checkCompare, checkIndex, checkSubscripter } from "./checks.js";
import type { Codegen, Ctx } from "./codegen.js";
import { percentFormatAsFString } from "./format.js";
import { type Label, type Loc, locOf, NO_LOCATION, Op, toConstant } from "./instr.js";

export const STACK_USE_GUIDELINE = 30;
const INTRINSIC_UNARY_POSITIVE = 5;
const INTRINSIC_LIST_TO_TUPLE = 6;
const INTRINSIC_ASYNC_GEN_WRAP = 4;

const BINOP: Record<string, number> = {
  Add: 0,
  BitAnd: 1,
  FloorDiv: 2,
  LShift: 3,
  MatMult: 4,
  Mult: 5,
  Mod: 6,
  BitOr: 7,
  Pow: 8,
  RShift: 9,
  Sub: 10,
  Div: 11,
  BitXor: 12,
};
export const binopArg = (op: A.OperatorNode, inplace = false): number =>
  BINOP[op.nodeType] + (inplace ? 13 : 0);

const CMP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };
const CMP_MASK = [2, 10, 8, 7, 4, 12];

export function addCompare(c: Codegen, op: A.CmpopNode, loc: Loc): void {
  switch (op.nodeType) {
    case "Is":
      c.addop(Op.IS_OP, loc, 0);
      return;
    case "IsNot":
      c.addop(Op.IS_OP, loc, 1);
      return;
    case "In":
      c.addop(Op.CONTAINS_OP, loc, 0);
      return;
    case "NotIn":
      c.addop(Op.CONTAINS_OP, loc, 1);
      return;
    default: {
      const cmp = CMP[op.nodeType];
      c.addop(Op.COMPARE_OP, loc, (cmp << 5) | CMP_MASK[cmp]);
    }
  }
}

/** update_start_location_to_match_attr: a multi-line attribute access points at the attribute's own line. */
export function attrLoc(loc: Loc, attr: A.Attribute): Loc {
  const endLineno = attr.end_lineno ?? attr.lineno;
  if (loc.lineno === endLineno) return loc;
  const out = { ...loc, lineno: endLineno };
  const len = attr.attr.length;
  const endCol = attr.end_col_offset ?? 0;
  if (len <= endCol) out.col = endCol - len;
  else {
    out.col = -1;
    out.endCol = -1;
  }
  out.endLineno = Math.max(out.lineno, out.endLineno);
  if (out.lineno === out.endLineno) out.endCol = Math.max(out.col, out.endCol);
  return out;
}

function isConstantSlice(e: A.ExprNode): boolean {
  if (e.nodeType !== "Slice") return false;
  const s = e as A.Slice;
  return (
    (s.lower === null || s.lower.nodeType === "Constant") &&
    (s.upper === null || s.upper.nodeType === "Constant") &&
    (s.step === null || s.step.nodeType === "Constant")
  );
}

export function isTwoElementSlice(s: A.ExprNode): s is A.Slice {
  return !isConstantSlice(s) && s.nodeType === "Slice" && (s as A.Slice).step === null;
}

export function sliceTwoParts(c: Codegen, s: A.Slice): void {
  const loc = locOf(s);
  if (s.lower) c.visitExpr(s.lower);
  else c.loadConst(null, loc);
  if (s.upper) c.visitExpr(s.upper);
  else c.loadConst(null, loc);
}

function visitSlice(c: Codegen, s: A.Slice): void {
  const loc = locOf(s);
  if (isConstantSlice(s)) {
    const v = (e: A.ExprNode | null) => (e ? toConstant((e as A.Constant).value) : null);
    c.loadConst(new PySlice(v(s.lower), v(s.upper), v(s.step)) as never, loc);
    return;
  }
  let n = 2;
  sliceTwoParts(c, s);
  if (s.step) {
    n++;
    c.visitExpr(s.step);
  }
  c.addop(Op.BUILD_SLICE, loc, n);
}

/** starunpack_helper: build a sequence, switching to incremental building for starred items or long displays. */
export function starunpack(
  c: Codegen,
  loc: Loc,
  elts: readonly A.ExprNode[],
  pushed: number,
  build: number,
  add: number,
  extend: number,
  tuple: boolean,
  injected: string | null = null,
): void {
  const n = elts.length;
  const big = n + pushed + (injected ? 1 : 0) > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e.nodeType === "Starred");
  if (!seenStar && !big) {
    for (const e of elts) c.visitExpr(e);
    if (injected) c.nameop(injected, "Load", loc);
    c.addop(tuple ? Op.BUILD_TUPLE : build, loc, n + pushed + (injected ? 1 : 0));
    return;
  }
  let built = false;
  if (big) {
    c.addop(build, loc, pushed);
    built = true;
  }
  elts.forEach((e, i) => {
    if (e.nodeType === "Starred") {
      if (!built) {
        c.addop(build, loc, i + pushed);
        built = true;
      }
      c.visitExpr(e.value);
      c.addop(extend, loc, 1);
    } else {
      c.visitExpr(e);
      if (built) c.addop(add, loc, 1);
    }
  });
  if (injected) {
    c.nameop(injected, "Load", loc);
    c.addop(add, loc, 1);
  }
  if (tuple) c.addop(Op.CALL_INTRINSIC_1, loc, INTRINSIC_LIST_TO_TUPLE);
}

/** Assignment to a tuple or list target: UNPACK_SEQUENCE or UNPACK_EX, then each target. */
function assignmentHelper(c: Codegen, loc: Loc, elts: readonly A.ExprNode[]): void {
  const n = elts.length;
  let seenStar = false;
  elts.forEach((e, i) => {
    if (e.nodeType === "Starred" && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 1 << 24)
        c.error("too many expressions in star-unpacking assignment", loc);
      c.addop(Op.UNPACK_EX, loc, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (e.nodeType === "Starred") {
      c.error("multiple starred expressions in assignment", locOf(e));
    }
  });
  if (!seenStar) c.addop(Op.UNPACK_SEQUENCE, loc, n);
  for (const e of elts) c.visitExpr(e.nodeType === "Starred" ? e.value : e);
}

function visitDict(c: Codegen, e: A.Dict): void {
  const loc = locOf(e);
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  const subdict = (begin: number, end: number): void => {
    const count = end - begin;
    const big = count * 2 > STACK_USE_GUIDELINE;
    if (big) c.addop(Op.BUILD_MAP, loc, 0);
    for (let i = begin; i < end; i++) {
      c.visitExpr(e.keys[i]!);
      c.visitExpr(e.values[i]);
      if (big) c.addop(Op.MAP_ADD, loc, 1);
    }
    if (!big) c.addop(Op.BUILD_MAP, loc, count);
  };
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        subdict(i - elements, i);
        if (haveDict) c.addop(Op.DICT_UPDATE, loc, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addop(Op.BUILD_MAP, loc, 0);
        haveDict = true;
      }
      c.visitExpr(e.values[i]);
      c.addop(Op.DICT_UPDATE, loc, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(i - elements, i + 1);
      if (haveDict) c.addop(Op.DICT_UPDATE, loc, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(n - elements, n);
    if (haveDict) c.addop(Op.DICT_UPDATE, loc, 1);
    haveDict = true;
  }
  if (!haveDict) c.addop(Op.BUILD_MAP, loc, 0);
}

function visitCompare(c: Codegen, e: A.Compare): void {
  checkCompare(c, e);
  const loc = locOf(e);
  const n = e.ops.length - 1;
  c.visitExpr(e.left);
  if (n === 0) {
    c.visitExpr(e.comparators[0]);
    addCompare(c, e.ops[0], loc);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    c.visitExpr(e.comparators[i]);
    c.addop(Op.SWAP, loc, 2);
    c.addop(Op.COPY, loc, 2);
    addCompare(c, e.ops[i], loc);
    // 3.14 spells out JUMP_IF_FALSE here (which matters for the stale handler slots of flowgraph blocks).
    c.addop(Op.COPY, loc, 1);
    c.addop(Op.TO_BOOL, loc);
    c.jump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
    c.addop(Op.POP_TOP, loc);
  }
  c.visitExpr(e.comparators[n]);
  addCompare(c, e.ops[n], loc);
  const end = c.newLabel();
  c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(cleanup);
  c.addop(Op.SWAP, loc, 2);
  c.addop(Op.POP_TOP, loc);
  c.useLabel(end);
}

/** codegen_jump_if: jump to `next` when `e` is (cond=true) or is not true, without building a bool. */
export function jumpIf(c: Codegen, loc: Loc, e: A.ExprNode, next: Label, cond: boolean): void {
  switch (e.nodeType) {
    case "UnaryOp":
      if (e.op.nodeType === "Not") return jumpIf(c, loc, e.operand, next, !cond);
      break;
    case "BoolOp": {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op.nodeType === "Or";
      let next2 = next;
      if (cond2 !== cond) next2 = c.newLabel();
      for (let i = 0; i < n; i++) jumpIf(c, loc, s[i], next2, cond2);
      jumpIf(c, loc, s[n], next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case "IfExp": {
      const end = c.newLabel();
      const next2 = c.newLabel();
      jumpIf(c, loc, e.test, next2, false);
      jumpIf(c, loc, e.body, next, cond);
      c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
      c.useLabel(next2);
      jumpIf(c, loc, e.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case "Compare": {
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const l = locOf(e);
        const cleanup = c.newLabel();
        c.visitExpr(e.left);
        for (let i = 0; i < n; i++) {
          c.visitExpr(e.comparators[i]);
          c.addop(Op.SWAP, l, 2);
          c.addop(Op.COPY, l, 2);
          addCompare(c, e.ops[i], l);
          c.addop(Op.TO_BOOL, l);
          c.jump(Op.POP_JUMP_IF_FALSE, cleanup, l);
        }
        c.visitExpr(e.comparators[n]);
        addCompare(c, e.ops[n], l);
        c.addop(Op.TO_BOOL, l);
        c.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, l);
        const end = c.newLabel();
        c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
        c.useLabel(cleanup);
        c.addop(Op.POP_TOP, l);
        if (!cond) c.jump(Op.JUMP_NO_INTERRUPT, next, NO_LOCATION);
        c.useLabel(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  c.visitExpr(e);
  c.addop(Op.TO_BOOL, locOf(e));
  c.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, locOf(e));
}

function validateKeywords(c: Codegen, keywords: readonly A.keyword[]): void {
  const seen = new Set<string>();
  for (const k of keywords) {
    if (k.arg === null) continue;
    if (seen.has(k.arg)) c.error(`keyword argument repeated: ${k.arg}`, k);
    seen.add(k.arg);
  }
}

function callSimpleKwHelper(c: Codegen, loc: Loc, keywords: readonly A.keyword[]): void {
  c.loadConst(
    keywords.map((k) => k.arg as string),
    loc,
  );
}

/** codegen_call_helper: the arguments and the CALL, CALL_KW or CALL_FUNCTION_EX of a call. */
export function callHelper(
  c: Codegen,
  loc: Loc,
  n: number,
  args: readonly A.ExprNode[],
  keywords: readonly A.keyword[],
  injected: string | null = null,
): void {
  validateKeywords(c, keywords);
  let nelts = args.length;
  const nkw = keywords.length;
  const simple =
    nelts + nkw * 2 <= STACK_USE_GUIDELINE &&
    !args.some((a) => a.nodeType === "Starred") &&
    !keywords.some((k) => k.arg === null);
  if (simple) {
    for (const a of args) c.visitExpr(a);
    if (injected) {
      c.nameop(injected, "Load", loc);
      nelts++;
    }
    if (nkw) {
      for (const k of keywords) c.visitExpr(k.value);
      callSimpleKwHelper(c, loc, keywords);
      c.addop(Op.CALL_KW, loc, n + nelts + nkw);
    } else {
      c.addop(Op.CALL, loc, n + nelts);
    }
    return;
  }
  if (n === 0 && nelts === 1 && args[0].nodeType === "Starred") c.visitExpr((args[0] as A.Starred).value);
  else starunpack(c, loc, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true, injected);
  if (nkw) {
    let haveDict = false;
    let nseen = 0;
    const subkwargs = (begin: number, end: number): void => {
      const count = end - begin;
      const big = count * 2 > STACK_USE_GUIDELINE;
      if (big) c.addop(Op.BUILD_MAP, NO_LOCATION, 0);
      for (let i = begin; i < end; i++) {
        c.loadConst(keywords[i].arg as string, loc);
        c.visitExpr(keywords[i].value);
        if (big) c.addop(Op.MAP_ADD, NO_LOCATION, 1);
      }
      if (!big) c.addop(Op.BUILD_MAP, loc, count);
    };
    keywords.forEach((kw, i) => {
      if (kw.arg === null) {
        if (nseen) {
          subkwargs(i - nseen, i);
          if (haveDict) c.addop(Op.DICT_MERGE, loc, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addop(Op.BUILD_MAP, loc, 0);
          haveDict = true;
        }
        c.visitExpr(kw.value);
        c.addop(Op.DICT_MERGE, loc, 1);
      } else {
        nseen++;
      }
    });
    if (nseen) {
      subkwargs(nkw - nseen, nkw);
      if (haveDict) c.addop(Op.DICT_MERGE, loc, 1);
    }
  } else {
    c.addop(Op.PUSH_NULL, loc);
  }
  c.addop(Op.CALL_FUNCTION_EX, loc);
}

function isImportOriginated(c: Codegen, e: A.ExprNode): boolean {
  if (e.nodeType !== "Name") return false;
  return (c.st.top.flags(e.id) & DEF_IMPORT) !== 0;
}

/** can_optimize_super_call: `super().x` or `super(a, b).x` with the builtin super, as LOAD_SUPER_ATTR. */
function canOptimizeSuperCall(c: Codegen, attr: A.Attribute): boolean {
  const e = attr.value;
  if (e.nodeType !== "Call" || e.func.nodeType !== "Name" || e.func.id !== "super") return false;
  if (attr.attr === "__class__" || e.keywords.length !== 0) return false;
  // A statically visible rebinding of `super` keeps the plain call.
  if (c.ste.scope(e.func.id) !== Scope.GlobalImplicit) return false;
  if (c.st.top.scope(e.func.id) !== 0) return false;
  if (e.args.length === 2) return !e.args.some((a) => a.nodeType === "Starred");
  if (e.args.length !== 0) return false;
  if (c.u.argcount === 0 && c.u.posonlyargcount === 0) return false;
  return c.refType("__class__") === Scope.Free;
}

/** load_args_for_super, then LOAD_SUPER_ATTR with its method and two-argument bits. */
function loadSuperAttr(c: Codegen, attr: A.Attribute, loc: Loc, method: boolean): void {
  const call = attr.value as A.Call;
  const func = call.func as A.Name;
  c.nameop(func.id, "Load", locOf(func));
  const twoArgs = call.args.length === 2;
  if (twoArgs) {
    c.visitExpr(call.args[0]);
    c.visitExpr(call.args[1]);
  } else {
    const cloc = locOf(call);
    c.nameop("__class__", "Load", cloc);
    c.nameop(c.u.varnames.keys()[0], "Load", cloc);
  }
  const idx = c.u.names.add(c.maybeMangleForScope(attr.attr));
  c.addop(Op.LOAD_SUPER_ATTR, loc, (idx << 2) | (twoArgs ? 2 : 0) | (method ? 1 : 0));
  c.addop(Op.NOP, attrLoc(loc, attr));
}

function maybeOptimizeMethodCall(c: Codegen, e: A.Call): boolean {
  const meth = e.func;
  if (meth.nodeType !== "Attribute" || meth.ctx.nodeType !== "Load") return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a.nodeType === "Starred")) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  validateKeywords(c, e.keywords);
  const loc = locOf(meth);
  if (canOptimizeSuperCall(c, meth)) {
    loadSuperAttr(c, meth, loc, true);
  } else {
    c.visitExpr(meth.value);
    c.loadAttr(meth.attr, attrLoc(loc, meth), true);
  }
  for (const a of e.args) c.visitExpr(a);
  if (kwdsl) {
    for (const k of e.keywords) c.visitExpr(k.value);
    callSimpleKwHelper(c, attrLoc(loc, meth), e.keywords);
    c.addop(Op.CALL_KW, attrLoc(locOf(e), meth), argsl + kwdsl);
  } else {
    c.addop(Op.CALL, attrLoc(locOf(e), meth), argsl);
  }
  return true;
}

/** LOAD_COMMON_CONSTANT operands for the builtins whose generator-expression calls are inlined. */
const INLINED_BUILTIN: Record<string, number> = { tuple: 2, all: 3, any: 4 };

/**
 * maybe_optimize_function_call: `all(genexp)`, `any(genexp)` and `tuple(genexp)` iterate inline when the name
 * is still the builtin at run time; otherwise execution falls through to the ordinary call.
 */
function maybeOptimizeFunctionCall(c: Codegen, e: A.Call, end: Label): void {
  const func = e.func;
  if (func.nodeType !== "Name" || e.args.length !== 1 || e.keywords.length !== 0) return;
  if (e.args[0].nodeType !== "GeneratorExp") return;
  const constant = INLINED_BUILTIN[func.id];
  const loc = locOf(func);
  const skip = c.newLabel();
  if (constant !== undefined) {
    const isTuple = func.id === "tuple";
    c.addop(Op.COPY, loc, 1);
    c.addop(Op.LOAD_COMMON_CONSTANT, loc, constant);
    c.addop(Op.IS_OP, loc, 0);
    c.jump(Op.POP_JUMP_IF_FALSE, skip, loc);
    c.addop(Op.POP_TOP, loc);
    if (isTuple) c.addop(Op.BUILD_LIST, loc, 0);
    c.visitExpr(e.args[0]);
    const loop = c.newLabel();
    const cleanup = c.newLabel();
    c.useLabel(loop);
    c.jump(Op.FOR_ITER, cleanup, loc);
    if (isTuple) {
      c.addop(Op.LIST_APPEND, loc, 2);
      c.jump(Op.JUMP, loop, loc);
    } else {
      c.addop(Op.TO_BOOL, loc);
      c.jump(func.id === "all" ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, loop, loc);
      c.addop(Op.POP_ITER, NO_LOCATION);
      c.loadConst(func.id !== "all", loc);
      c.jump(Op.JUMP, end, loc);
    }
    c.useLabel(cleanup);
    c.addop(Op.END_FOR, NO_LOCATION);
    c.addop(Op.POP_ITER, NO_LOCATION);
    if (isTuple) c.addop(Op.CALL_INTRINSIC_1, loc, INTRINSIC_LIST_TO_TUPLE);
    else c.loadConst(func.id === "all", loc);
    c.jump(Op.JUMP, end, loc);
  }
  c.useLabel(skip);
}

function visitCall(c: Codegen, e: A.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  const skipNormalCall = c.newLabel();
  checkCaller(c, e.func);
  c.visitExpr(e.func);
  maybeOptimizeFunctionCall(c, e, skipNormalCall);
  c.addop(Op.PUSH_NULL, locOf(e.func));
  callHelper(c, locOf(e), 0, e.args, e.keywords);
  c.useLabel(skipNormalCall);
}

export function addYield(c: Codegen, loc: Loc): void {
  if (c.ste.generator && c.ste.coroutine) c.addop(Op.CALL_INTRINSIC_1, loc, INTRINSIC_ASYNC_GEN_WRAP);
  c.addop(Op.YIELD_VALUE, loc, 0);
  c.addop(Op.RESUME, loc, 1);
}

/** codegen_add_yield_from; returns the SEND's label, which an async for's END_ASYNC_FOR targets. */
export function addYieldFrom(c: Codegen, loc: Loc, isAwait: boolean): Label {
  const send = c.newLabel();
  const fail = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(send);
  c.jump(Op.SEND, exit, loc);
  c.jump(Op.SETUP_FINALLY, fail, loc);
  c.addop(Op.YIELD_VALUE, loc, 1);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.RESUME, loc, isAwait ? 3 : 2);
  c.jump(Op.JUMP_NO_INTERRUPT, send, loc);
  c.useLabel(fail);
  c.addop(Op.CLEANUP_THROW, loc);
  c.useLabel(exit);
  c.addop(Op.END_SEND, loc);
  return send;
}

function visitJoinedStr(c: Codegen, e: A.JoinedStr): void {
  const loc = locOf(e);
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst("", loc);
    c.loadAttr("join", loc, true);
    c.addop(Op.BUILD_LIST, loc, 0);
    for (const v of e.values) {
      c.visitExpr(v);
      c.addop(Op.LIST_APPEND, loc, 1);
    }
    c.addop(Op.CALL, loc, 1);
    return;
  }
  for (const v of e.values) c.visitExpr(v);
  if (n > 1) c.addop(Op.BUILD_STRING, loc, n);
  else if (n === 0) c.loadConst("", loc);
}

/** codegen_template_str: a tuple of the literal parts ("" between adjacent interpolations), one of the
 * interpolations, then BUILD_TEMPLATE. */
function visitTemplateStr(c: Codegen, e: A.TemplateStr): void {
  const loc = locOf(e);
  let afterInterpolation = true;
  let nstrings = 0;
  for (const v of e.values) {
    if (v.nodeType === "Interpolation") {
      if (afterInterpolation) {
        c.loadConst("", loc);
        nstrings++;
      }
      afterInterpolation = true;
    } else {
      c.visitExpr(v);
      nstrings++;
      afterInterpolation = false;
    }
  }
  if (afterInterpolation) {
    c.loadConst("", loc);
    nstrings++;
  }
  c.addop(Op.BUILD_TUPLE, loc, nstrings);
  let ninterpolations = 0;
  for (const v of e.values) {
    if (v.nodeType !== "Interpolation") continue;
    c.visitExpr(v);
    ninterpolations++;
  }
  c.addop(Op.BUILD_TUPLE, loc, ninterpolations);
  c.addop(Op.BUILD_TEMPLATE, loc);
}

/** BUILD_INTERPOLATION's operand: 2, plus 1 with a format spec, plus the conversion shifted left by 2. */
function visitInterpolation(c: Codegen, e: A.Interpolation): void {
  const loc = locOf(e);
  c.visitExpr(e.value);
  c.loadConst(toConstant(e.str), loc);
  let oparg = 2;
  if (e.format_spec) {
    oparg++;
    c.visitExpr(e.format_spec);
  }
  if (e.conversion !== -1) {
    const conv = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : 3;
    oparg |= conv << 2;
  }
  c.addop(Op.BUILD_INTERPOLATION, loc, oparg);
}

function visitFormattedValue(c: Codegen, e: A.FormattedValue): void {
  c.visitExpr(e.value);
  const loc = locOf(e);
  if (e.conversion !== -1) {
    const conv = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : 3;
    c.addop(Op.CONVERT_VALUE, loc, conv);
  }
  if (e.format_spec) {
    c.visitExpr(e.format_spec);
    c.addop(Op.FORMAT_WITH_SPEC, loc);
  } else {
    c.addop(Op.FORMAT_SIMPLE, loc);
  }
}

function visitName(c: Codegen, e: A.Name): void {
  // The AST preprocessor replaces a load of __debug__ with its value.
  if (e.id === "__debug__" && e.ctx.nodeType === "Load") {
    c.loadConst(c.optimize === 0, locOf(e));
    return;
  }
  c.nameop(e.id, e.ctx.nodeType as Ctx, locOf(e));
}

export function visitExpr(c: Codegen, e: A.ExprNode): void {
  const loc = locOf(e);
  switch (e.nodeType) {
    case "NamedExpr":
      c.visitExpr(e.value);
      c.addop(Op.COPY, loc, 1);
      c.visitExpr(e.target);
      return;
    case "BoolOp": {
      const jumpi = e.op.nodeType === "And" ? Op.JUMP_IF_FALSE : Op.JUMP_IF_TRUE;
      const end = c.newLabel();
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) {
        c.visitExpr(e.values[i]);
        c.jump(jumpi, end, loc);
        c.addop(Op.POP_TOP, loc);
      }
      c.visitExpr(e.values[n]);
      c.useLabel(end);
      return;
    }
    case "BinOp": {
      const fstring = percentFormatAsFString(e);
      if (fstring) {
        visitJoinedStr(c, fstring);
        return;
      }
      c.visitExpr(e.left);
      c.visitExpr(e.right);
      c.addop(Op.BINARY_OP, loc, binopArg(e.op));
      return;
    }
    case "UnaryOp":
      c.visitExpr(e.operand);
      switch (e.op.nodeType) {
        case "UAdd":
          c.addop(Op.CALL_INTRINSIC_1, loc, INTRINSIC_UNARY_POSITIVE);
          break;
        case "Not":
          c.addop(Op.TO_BOOL, loc);
          c.addop(Op.UNARY_NOT, loc);
          break;
        case "Invert":
          c.addop(Op.UNARY_INVERT, loc);
          break;
        default:
          c.addop(Op.UNARY_NEGATIVE, loc);
      }
      return;
    case "IfExp": {
      const end = c.newLabel();
      const next = c.newLabel();
      jumpIf(c, loc, e.test, next, false);
      c.visitExpr(e.body);
      c.jump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
      c.useLabel(next);
      c.visitExpr(e.orelse);
      c.useLabel(end);
      return;
    }
    case "Dict":
      visitDict(c, e);
      return;
    case "Set":
      starunpack(c, loc, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      return;
    case "Yield":
      if (!c.ste.isFunctionLike) c.error("'yield' outside function", loc);
      if (e.value) c.visitExpr(e.value);
      else c.loadConst(null, loc);
      addYield(c, loc);
      return;
    case "YieldFrom":
      if (!c.ste.isFunctionLike) c.error("'yield' outside function", loc);
      if (c.ste.coroutine) c.error("'yield from' inside async function", loc);
      c.visitExpr(e.value);
      c.addop(Op.GET_YIELD_FROM_ITER, loc);
      c.loadConst(null, loc);
      addYieldFrom(c, loc, false);
      return;
    case "Await":
      c.visitExpr(e.value);
      c.addop(Op.GET_AWAITABLE, loc, 0);
      c.loadConst(null, loc);
      addYieldFrom(c, loc, true);
      return;
    case "Compare":
      visitCompare(c, e);
      return;
    case "Call":
      visitCall(c, e);
      return;
    case "Constant":
      c.loadConst(toConstant(e.value), loc);
      return;
    case "JoinedStr":
      visitJoinedStr(c, e);
      return;
    case "TemplateStr":
      visitTemplateStr(c, e);
      return;
    case "Interpolation":
      visitInterpolation(c, e);
      return;
    case "FormattedValue":
      visitFormattedValue(c, e);
      return;
    case "Attribute": {
      if (e.ctx.nodeType === "Load" && canOptimizeSuperCall(c, e)) {
        loadSuperAttr(c, e, loc, false);
        return;
      }
      c.visitExpr(e.value);
      const l = attrLoc(loc, e);
      const ctx = e.ctx.nodeType;
      if (ctx === "Store" && e.value.nodeType === "Name" && e.value.id === "self") {
        for (let i = c.stack.length - 1; i >= 0; i--) {
          const u = c.stack[i];
          if (u.scopeType === "class") {
            u.staticAttributes!.add(e.attr);
            break;
          }
        }
      }
      if (ctx === "Load") c.loadAttr(e.attr, l);
      else c.addopName(ctx === "Store" ? Op.STORE_ATTR : Op.DELETE_ATTR, e.attr, l);
      return;
    }
    case "Subscript": {
      const ctx = e.ctx.nodeType;
      if (ctx === "Load") {
        checkSubscripter(c, e.value);
        checkIndex(c, e.value, e.slice);
      }
      c.visitExpr(e.value);
      if (isTwoElementSlice(e.slice) && ctx !== "Del") {
        sliceTwoParts(c, e.slice);
        c.addop(ctx === "Load" ? Op.BINARY_SLICE : Op.STORE_SLICE, loc);
      } else {
        c.visitExpr(e.slice);
        if (ctx === "Load") c.addop(Op.BINARY_OP, loc, 26);
        else c.addop(ctx === "Store" ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, loc);
      }
      return;
    }
    case "Starred":
      if (e.ctx.nodeType === "Store") c.error("starred assignment target must be in a list or tuple", loc);
      c.error("can't use starred expression here", loc);
      return;
    case "Slice":
      visitSlice(c, e);
      return;
    case "Name":
      visitName(c, e);
      return;
    case "List":
    case "Tuple": {
      const ctx = e.ctx.nodeType;
      if (ctx === "Store") assignmentHelper(c, loc, e.elts);
      else if (ctx === "Load")
        starunpack(c, loc, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, e.nodeType === "Tuple");
      else for (const elt of e.elts) c.visitExpr(elt);
      return;
    }
    default:
      c.visitOther(e);
  }
}
