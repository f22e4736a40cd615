// Functions, lambdas and classes (codegen.c's codegen_function, codegen_lambda, codegen_class): scopes and closures.
import type * as A from "@ophis/ast";
import type { CodeObject } from "@ophis/bytecode";
import { FAST } from "@ophis/bytecode";
import { getDocstring } from "../future.js";
import { Scope } from "../symtable/flags.js";
import { functionAnnotations, processDeferredAnnotations } from "./annotations.js";
import type { Codegen } from "./codegen.js";
import { cleanDoc } from "./docstring.js";
import { callHelper } from "./expressions.js";
import { type Loc, locOf, NO_LOCATION, Op } from "./instr.js";
import {
  callTypeParamsScope,
  enterTypeParamsScope,
  INTRINSIC_SET_FUNCTION_TYPE_PARAMS,
  INTRINSIC_SUBSCRIPT_GENERIC,
  typeParams,
} from "./typeparams.js";

const MAKE_FUNCTION_DEFAULTS = 1;
const MAKE_FUNCTION_KWDEFAULTS = 2;
const MAKE_FUNCTION_CLOSURE = 8;

function defaultArguments(c: Codegen, loc: Loc, args: A.arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) c.visitExpr(d);
    c.addop(Op.BUILD_TUPLE, loc, args.defaults.length);
    flags |= MAKE_FUNCTION_DEFAULTS;
  }
  let count = 0;
  args.kwonlyargs.forEach((arg, i) => {
    const d = args.kw_defaults[i];
    if (d) {
      c.loadConst(c.mangle(arg.arg), loc);
      c.visitExpr(d);
      count++;
    }
  });
  if (count) {
    c.addop(Op.BUILD_MAP, loc, count);
    flags |= MAKE_FUNCTION_KWDEFAULTS;
  }
  return flags;
}

/** codegen_make_closure: the free variables' cells, the code constant, MAKE_FUNCTION and its attributes. */
export function makeClosure(c: Codegen, loc: Loc, co: CodeObject, flagsIn: number): void {
  let flags = flagsIn;
  const free = co.co_localsplusnames.filter((_, i) => co.co_localspluskinds[i] & FAST.FREE);
  if (free.length) {
    // A free name of the enclosing unit passes its free slot on, even where a cell has the same name.
    for (const name of free) c.addopDeref(Op.LOAD_CLOSURE, name, loc, c.refType(name) === Scope.Free);
    flags |= MAKE_FUNCTION_CLOSURE;
    c.addop(Op.BUILD_TUPLE, loc, free.length);
  }
  c.loadConst(co, loc);
  c.addop(Op.MAKE_FUNCTION, loc);
  for (const bit of [8, 4, 16, 2, 1]) if (flags & bit) c.addop(Op.SET_FUNCTION_ATTRIBUTE, loc, bit);
}

export function visitFunctionDef(c: Codegen, s: A.FunctionDef | A.AsyncFunctionDef): void {
  for (const d of s.decorator_list) c.visitExpr(d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  const loc = locOf(s);
  let funcflags = defaultArguments(c, loc, s.args);
  const generic = s.type_params.length > 0;
  // A generic function's defaults become the arguments of its `<generic parameters of f>` function.
  const nargs = generic
    ? (funcflags & MAKE_FUNCTION_DEFAULTS ? 1 : 0) + (funcflags & MAKE_FUNCTION_KWDEFAULTS ? 1 : 0)
    : 0;
  if (generic) {
    if (nargs === 2) c.addop(Op.SWAP, loc, 2);
    enterTypeParamsScope(c, s.name, s.type_params, firstlineno, null, nargs);
    typeParams(c, s.type_params);
    for (let i = 0; i < nargs; i++) c.addop(Op.LOAD_FAST, loc, i);
  }
  funcflags |= functionAnnotations(c, loc, s.args, s.returns);
  const isAsync = s.nodeType === "AsyncFunctionDef";
  c.enterScope(s.name, isAsync ? "asyncFunction" : "function", s, firstlineno, null, {
    argcount: s.args.args.length,
    posonly: s.args.posonlyargs.length,
    kwonly: s.args.kwonlyargs.length,
  });
  let first = 0;
  if (c.ste.hasDocstring) {
    first = 1;
    c.u.addConst(cleanDoc(getDocstring(s.body)!));
  }
  const start = c.newLabel();
  c.useLabel(start);
  const wrap = c.ste.coroutine || c.ste.generator;
  if (wrap) c.pushFBlock("stopIteration", start, null, null, NO_LOCATION);
  for (let i = first; i < s.body.length; i++) c.visitStmt(s.body[i]);
  if (wrap) {
    wrapInStopIterationHandler(c);
    c.popFBlock();
  }
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  makeClosure(c, loc, co, funcflags);
  if (generic) {
    c.addop(Op.SWAP, loc, 2);
    c.addop(Op.CALL_INTRINSIC_2, loc, INTRINSIC_SET_FUNCTION_TYPE_PARAMS);
    callTypeParamsScope(c, loc, nargs);
  }
  for (let i = s.decorator_list.length - 1; i >= 0; i--) c.addop(Op.CALL, locOf(s.decorator_list[i]), 0);
  c.nameop(s.name, "Store", loc);
}

export function wrapInStopIterationHandler(c: Codegen): void {
  const handler = c.newLabel();
  const instrs = c.u.instrs;
  let resume = 0;
  while (instrs[resume].op !== Op.RESUME) resume++;
  instrs.splice(resume, 0, { op: Op.SETUP_CLEANUP, arg: 0, target: handler, loc: NO_LOCATION });
  for (const l of c.u.labelsAt) if (l.index >= resume) l.index++;
  c.loadConst(null, NO_LOCATION);
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  c.useLabel(handler);
  c.addop(Op.CALL_INTRINSIC_1, NO_LOCATION, 3);
  c.addop(Op.RERAISE, NO_LOCATION, 1);
}

export function visitLambda(c: Codegen, e: A.Lambda): void {
  const loc = locOf(e);
  const funcflags = defaultArguments(c, loc, e.args);
  c.enterScope("<lambda>", "lambda", e, e.lineno, null, {
    argcount: e.args.args.length,
    posonly: e.args.posonlyargs.length,
    kwonly: e.args.kwonlyargs.length,
  });
  c.visitExpr(e.body);
  let co: CodeObject;
  if (c.ste.generator) {
    co = c.optimizeAndAssemble(false);
  } else {
    c.addop(Op.RETURN_VALUE, locOf(e.body));
    co = c.optimizeAndAssemble(true);
  }
  c.exitScope();
  makeClosure(c, loc, co, funcflags);
}

/** codegen_body: the docstring, then the statements of a module or class. */
export function visitBody(c: Codegen, loc: Loc, stmts: readonly A.StmtNode[]): void {
  if (c.future.annotations && c.ste.annotationsUsed) c.addop(Op.SETUP_ANNOTATIONS, loc);
  if (!stmts.length) return;
  let first = 0;
  if (!c.interactive && c.ste.hasDocstring) {
    first = 1;
    const st = stmts[0] as A.Expr;
    c.loadConst(cleanDoc(getDocstring(stmts)!), locOf(st.value));
    c.nameop("__doc__", "Store", NO_LOCATION);
  }
  for (let i = first; i < stmts.length; i++) c.visitStmt(stmts[i]);
  if (!c.future.annotations) processDeferredAnnotations(c, loc);
}

export function visitClassDef(c: Codegen, s: A.ClassDef): void {
  for (const d of s.decorator_list) c.visitExpr(d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  const generic = s.type_params.length > 0;
  if (generic) {
    enterTypeParamsScope(c, s.name, s.type_params, firstlineno, s.name, 0);
    typeParams(c, s.type_params);
    c.nameop(".type_params", "Store", locOf(s));
  }
  c.enterScope(s.name, "class", s, firstlineno, s.name);
  const loc: Loc = { lineno: firstlineno, endLineno: firstlineno, col: 0, endCol: 0 };
  c.nameop("__name__", "Load", loc);
  c.nameop("__module__", "Store", loc);
  c.loadConst(c.u.qualname, loc);
  c.nameop("__qualname__", "Store", loc);
  c.loadConst(BigInt(firstlineno), loc);
  c.nameop("__firstlineno__", "Store", loc);
  if (generic) {
    c.nameop(".type_params", "Load", loc);
    c.nameop("__type_params__", "Store", loc);
  }
  if (c.ste.needsClassdict) {
    c.addop(Op.LOAD_LOCALS, loc);
    c.addopDeref(Op.STORE_DEREF, "__classdict__", loc);
  }
  if (c.ste.hasConditionalAnnotations) {
    c.addop(Op.BUILD_SET, loc, 0);
    c.addopDeref(Op.STORE_DEREF, "__conditional_annotations__", loc);
  }
  visitBody(c, loc, s.body);
  const attrs = [...c.u.staticAttributes!].sort();
  c.loadConst(attrs, NO_LOCATION);
  c.nameop("__static_attributes__", "Store", NO_LOCATION);
  if (c.ste.needsClassdict) {
    c.addopDeref(Op.LOAD_CLOSURE, "__classdict__", NO_LOCATION);
    c.nameop("__classdictcell__", "Store", NO_LOCATION);
  }
  if (c.ste.needsClassClosure) {
    c.addopDeref(Op.LOAD_CLOSURE, "__class__", NO_LOCATION);
    c.addop(Op.COPY, NO_LOCATION, 1);
    c.nameop("__classcell__", "Store", NO_LOCATION);
  } else {
    c.loadConst(null, NO_LOCATION);
  }
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  const sloc = locOf(s);
  c.addop(Op.LOAD_BUILD_CLASS, sloc);
  c.addop(Op.PUSH_NULL, sloc);
  makeClosure(c, sloc, co, 0);
  c.loadConst(s.name, sloc);
  if (generic) {
    c.nameop(".type_params", "Load", sloc);
    c.addop(Op.CALL_INTRINSIC_1, sloc, INTRINSIC_SUBSCRIPT_GENERIC);
    c.nameop(".generic_base", "Store", sloc);
    callHelper(c, sloc, 2, s.bases, s.keywords, ".generic_base");
    callTypeParamsScope(c, sloc, 0);
  } else {
    callHelper(c, sloc, 2, s.bases, s.keywords);
  }
  for (let i = s.decorator_list.length - 1; i >= 0; i--) c.addop(Op.CALL, locOf(s.decorator_list[i]), 0);
  c.nameop(s.name, "Store", sloc);
}
