// PEP 695/696 type parameters and `type` aliases (codegen.c's codegen_type_params, codegen_typealias and the
// generic halves of codegen_function and codegen_class): each generic definition runs inside a hidden
// `<generic parameters of X>` function that creates the TypeVars; lazily evaluated bounds, defaults and
// alias values are small annotation-style functions taking a `format` argument.
import type * as A from "@ophis/ast";
import { setupAnnotationsScope } from "./annotations.js";
import type { Codegen } from "./codegen.js";
import { makeClosure } from "./functions.js";
import { type Loc, locOf, Op } from "./instr.js";

const MAKE_FUNCTION_DEFAULTS = 1;

// CALL_INTRINSIC_1 operands.
const INTRINSIC_TYPEVAR = 7;
const INTRINSIC_PARAMSPEC = 8;
const INTRINSIC_TYPEVARTUPLE = 9;
export const INTRINSIC_SUBSCRIPT_GENERIC = 10;
const INTRINSIC_TYPEALIAS = 11;
// CALL_INTRINSIC_2 operands.
const INTRINSIC_TYPEVAR_WITH_BOUND = 2;
const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
export const INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;
const INTRINSIC_SET_TYPEPARAM_DEFAULT = 5;

/** A lazily evaluated bound, constraint tuple or default: a function of `format` with the default (1,). */
function boundOrDefault(c: Codegen, e: A.ExprNode, name: string, key: object, allowStarred: boolean): void {
  const loc = locOf(e);
  c.loadConst([1n], loc);
  setupAnnotationsScope(c, loc, key, name);
  if (allowStarred && e.nodeType === "Starred") {
    c.visitExpr(e.value);
    c.addop(Op.UNPACK_SEQUENCE, loc, 1);
  } else {
    c.visitExpr(e);
  }
  c.addop(Op.RETURN_VALUE, loc);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  makeClosure(c, loc, co, MAKE_FUNCTION_DEFAULTS);
}

/** Creates each type parameter, binds it by name in the generic scope, and leaves a tuple of them all. */
export function typeParams(c: Codegen, params: readonly A.TypeParamNode[]): void {
  let seenDefault = false;
  for (const tp of params) {
    const loc = locOf(tp);
    c.loadConst(tp.name, loc);
    if (tp.nodeType === "TypeVar") {
      if (tp.bound) {
        boundOrDefault(c, tp.bound, tp.name, tp, false);
        const intrinsic =
          tp.bound.nodeType === "Tuple" ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND;
        c.addop(Op.CALL_INTRINSIC_2, loc, intrinsic);
      } else {
        c.addop(Op.CALL_INTRINSIC_1, loc, INTRINSIC_TYPEVAR);
      }
    } else {
      c.addop(
        Op.CALL_INTRINSIC_1,
        loc,
        tp.nodeType === "TypeVarTuple" ? INTRINSIC_TYPEVARTUPLE : INTRINSIC_PARAMSPEC,
      );
    }
    if (tp.default_value) {
      seenDefault = true;
      boundOrDefault(c, tp.default_value, tp.name, c.st.defaultKey(tp), tp.nodeType === "TypeVarTuple");
      c.addop(Op.CALL_INTRINSIC_2, loc, INTRINSIC_SET_TYPEPARAM_DEFAULT);
    } else if (seenDefault) {
      c.error(`non-default type parameter '${tp.name}' follows default type parameter`, loc);
    }
    c.addop(Op.COPY, loc, 1);
    c.nameop(tp.name, "Store", loc);
  }
  c.addop(Op.BUILD_TUPLE, locOf(params[0]), params.length);
}

/** Enters the `<generic parameters of name>` scope. */
export function enterTypeParamsScope(
  c: Codegen,
  name: string,
  params: readonly A.TypeParamNode[],
  lineno: number,
  privateName: string | null,
  argcount: number,
): void {
  c.enterScope(`<generic parameters of ${name}>`, "annotations", params, lineno, privateName, {
    argcount,
    posonly: 0,
    kwonly: 0,
  });
}

/** Leaves the generic scope and calls it (its arguments, if any, already sit beneath the function). */
export function callTypeParamsScope(c: Codegen, loc: Loc, nargs: number): void {
  const co = c.optimizeAndAssemble(false);
  c.exitScope();
  makeClosure(c, loc, co, 0);
  if (nargs > 0) {
    c.addop(Op.SWAP, loc, nargs + 1);
    c.addop(Op.CALL, loc, nargs - 1);
  } else {
    c.addop(Op.PUSH_NULL, loc);
    c.addop(Op.CALL, loc, 0);
  }
}

export function visitTypeAlias(c: Codegen, s: A.TypeAlias): void {
  const loc = locOf(s);
  const name = (s.name as A.Name).id;
  const generic = s.type_params.length > 0;
  if (generic) {
    enterTypeParamsScope(c, name, s.type_params, loc.lineno, null, 0);
    c.loadConst(name, loc);
    typeParams(c, s.type_params);
  } else {
    c.loadConst(name, loc);
    c.loadConst(null, loc);
  }
  c.loadConst([1n], loc);
  setupAnnotationsScope(c, loc, s, name);
  c.visitExpr(s.value);
  c.addop(Op.RETURN_VALUE, loc);
  const co = c.optimizeAndAssemble(false);
  c.exitScope();
  makeClosure(c, loc, co, MAKE_FUNCTION_DEFAULTS);
  c.addop(Op.BUILD_TUPLE, loc, 3);
  c.addop(Op.CALL_INTRINSIC_1, loc, INTRINSIC_TYPEALIAS);
  if (generic) callTypeParamsScope(c, loc, 0);
  c.nameop(name, "Store", loc);
}
