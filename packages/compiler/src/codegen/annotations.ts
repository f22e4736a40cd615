// Annotations (PEP 649/749, codegen.c's codegen_annassign, codegen_function_annotations and
// codegen_process_deferred_annotations): `__annotate__` functions for functions, classes and modules.
import * as A from "@ophis/ast";
import type { CodeObject } from "@ophis/bytecode";
import type { Codegen } from "./codegen.js";
import { makeClosure } from "./functions.js";
import { type Loc, locOf, Op } from "./instr.js";

const MAKE_FUNCTION_ANNOTATE = 16;
/** annotationlib.Format.VALUE_WITH_FAKE_GLOBALS: higher formats are left to annotationlib. */
const FORMAT_VALUE_WITH_FAKE_GLOBALS = 2n;
const COMPARE_GT = (4 << 5) | 4;
const CONSTANT_NOT_IMPLEMENTED_ERROR = 1;

export interface DeferredAnnotation {
  stmt: A.AnnAssign;
  /** The statement's index in __conditional_annotations__, or -1 when it always runs. */
  conditionalIndex: number;
}

/** codegen_setup_annotations_scope: enter the scope and reject formats above VALUE_WITH_FAKE_GLOBALS. */
export function setupAnnotationsScope(c: Codegen, loc: Loc, key: object, name = "__annotate__"): void {
  c.enterScope(name, "annotations", key, loc.lineno, null, { argcount: 0, posonly: 1, kwonly: 0 });
  c.addop(Op.LOAD_FAST, loc, 0);
  c.loadConst(FORMAT_VALUE_WITH_FAKE_GLOBALS, loc);
  c.addop(Op.COMPARE_OP, loc, COMPARE_GT);
  const body = c.newLabel();
  c.jump(Op.POP_JUMP_IF_FALSE, body, loc);
  c.addop(Op.LOAD_COMMON_CONSTANT, loc, CONSTANT_NOT_IMPLEMENTED_ERROR);
  c.addop(Op.RAISE_VARARGS, loc, 1);
  c.useLabel(body);
}

/** codegen_leave_annotations_scope: the parameter shows as `format` though the symtable calls it `.format`. */
function leaveAnnotationsScope(c: Codegen, loc: Loc): void {
  c.addop(Op.RETURN_VALUE, loc);
  const co: CodeObject = c.optimizeAndAssemble(true);
  (co.co_localsplusnames as string[])[0] = "format";
  c.exitScope();
  makeClosure(c, loc, co, 0);
}

/** codegen_visit_annexpr: under `from __future__ import annotations`, the annotation's source text. */
function visitAnnotationValue(c: Codegen, annotation: A.ExprNode, loc: Loc): void {
  if (c.future.annotations) {
    c.loadConst(A.unparse(annotation), locOf(annotation));
  } else if (annotation.nodeType === "Starred") {
    // `*args: *Ts` evaluates as `[value] = [*Ts]`.
    c.visitExpr(annotation.value);
    c.addop(Op.UNPACK_SEQUENCE, loc, 1);
  } else {
    c.visitExpr(annotation);
  }
}

/** codegen_function_annotations: an `__annotate__` closure for the function's parameters, or nothing. */
export function functionAnnotations(
  c: Codegen,
  loc: Loc,
  args: A.arguments,
  returns: A.ExprNode | null,
): number {
  if (!c.st.lookup(args).annotationsUsed) return 0;
  setupAnnotationsScope(c, loc, args);
  let n = 0;
  const one = (name: string, annotation: A.ExprNode | null): void => {
    if (!annotation) return;
    c.loadConst(c.maybeMangleForScope(name), loc);
    visitAnnotationValue(c, annotation, loc);
    n++;
  };
  for (const a of args.args) one(a.arg, a.annotation);
  for (const a of args.posonlyargs) one(a.arg, a.annotation);
  if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
  one("return", returns);
  c.addop(Op.BUILD_MAP, loc, n);
  leaveAnnotationsScope(c, loc);
  return MAKE_FUNCTION_ANNOTATE;
}

/** codegen_check_ann_expr: evaluate and discard, as an unassigned annotated attribute or subscript does. */
function checkAnnExpr(c: Codegen, e: A.ExprNode): void {
  c.visitExpr(e);
  c.addop(Op.POP_TOP, locOf(e));
}

function checkAnnSubscript(c: Codegen, e: A.ExprNode): void {
  if (e.nodeType === "Slice") {
    for (const part of [e.lower, e.upper, e.step]) if (part) checkAnnExpr(c, part);
  } else if (e.nodeType === "Tuple") {
    for (const elt of e.elts) checkAnnSubscript(c, elt);
  } else {
    checkAnnExpr(c, e);
  }
}

/** codegen_annassign: the assignment, then the annotation (stored, deferred or checked by target kind). */
export function visitAnnAssign(c: Codegen, s: A.AnnAssign): void {
  const loc = locOf(s);
  const target = s.target;
  if (s.value) {
    c.visitExpr(s.value);
    c.visitExpr(target);
  }
  switch (target.nodeType) {
    case "Name": {
      const scope = c.u.scopeType;
      if (!s.simple || (scope !== "module" && scope !== "class")) return;
      if (c.future.annotations) {
        visitAnnotationValue(c, s.annotation, loc);
        c.addopName(Op.LOAD_NAME, "__annotations__", loc, false);
        c.loadConst(c.maybeMangleForScope(target.id), loc);
        c.addop(Op.STORE_SUBSCR, loc);
        return;
      }
      const u = c.u;
      u.deferredAnnotations ??= [];
      let index = -1;
      if (scope === "module" || u.inConditionalBlock > 0) index = u.conditionalAnnotationIndex++;
      u.deferredAnnotations.push({ stmt: s, conditionalIndex: index });
      if (index !== -1) {
        if (scope === "class") c.addopDeref(Op.LOAD_DEREF, "__conditional_annotations__", loc);
        else c.addopName(Op.LOAD_NAME, "__conditional_annotations__", loc, false);
        c.loadConst(BigInt(index), loc);
        c.addop(Op.SET_ADD, loc, 1);
        c.addop(Op.POP_TOP, loc);
      }
      return;
    }
    case "Attribute":
      if (!s.value) checkAnnExpr(c, target.value);
      return;
    case "Subscript":
      if (!s.value) {
        checkAnnExpr(c, target.value);
        checkAnnSubscript(c, target.slice);
      }
      return;
    default:
      throw new Error("invalid node type for annotated assignment");
  }
}

/**
 * codegen_process_deferred_annotations: the `__annotate__` of a module or class body. A module's goes
 * right after RESUME (CPython's ANNOTATIONS_PLACEHOLDER), so it exists before the body runs.
 */
export function processDeferredAnnotations(c: Codegen, loc: Loc): void {
  const u = c.u;
  const deferred = u.deferredAnnotations;
  if (deferred === null) return;
  const isModule = u.scopeType === "module";
  const start = u.instrs.length;
  const ste = c.ste;
  // The symtable files a body's annotation block under the body's own entry.
  setupAnnotationsScope(c, loc, ste);
  c.addop(Op.BUILD_MAP, loc, 0);
  for (const { stmt, conditionalIndex } of deferred) {
    const sloc = locOf(stmt);
    const mangled = c.mangle((stmt.target as A.Name).id);
    const notSet = c.newLabel();
    if (conditionalIndex !== -1) {
      c.loadConst(BigInt(conditionalIndex), sloc);
      if (isModule) c.u.emit(Op.LOAD_GLOBAL, c.u.names.add("__conditional_annotations__") << 1, sloc);
      else c.addopDeref(Op.LOAD_DEREF, "__conditional_annotations__", sloc);
      c.addop(Op.CONTAINS_OP, sloc, 0);
      c.jump(Op.POP_JUMP_IF_FALSE, notSet, sloc);
    }
    c.visitExpr(stmt.annotation);
    c.addop(Op.COPY, sloc, 2);
    c.loadConst(mangled, sloc);
    c.addop(Op.STORE_SUBSCR, loc);
    c.useLabel(notSet);
  }
  leaveAnnotationsScope(c, loc);
  c.nameop(ste.type === "class" ? "__annotate_func__" : "__annotate__", "Store", loc);
  if (isModule) {
    const moved = u.instrs.splice(start);
    let at = 0;
    while (u.instrs[at].op !== Op.RESUME) at++;
    at++;
    u.instrs.splice(at, 0, ...moved);
    for (const l of u.labelsAt) if (l.index >= at) l.index += moved.length;
  }
}
