// Grammar actions (Parser/action_helpers.c): contexts, argument lists, names of expressions for messages.
import {
  Attribute,
  type arg,
  arguments_,
  Call,
  Constant,
  type comprehension,
  Ellipsis,
  type ExprContextNode,
  type ExprNode,
  In,
  type keyword,
  List,
  Load,
  Name,
  Starred,
  Store,
  Subscript,
  Tuple,
} from "../nodes/index.js";
import type { Loc, Parser } from "./parser.js";

export type Expr = ExprNode;

/** `_PyPegen_set_expr_context`: a copy of `e` (and of its targets, recursively) with the given context. */
export function setContext(e: Expr, ctx: ExprContextNode): Expr {
  switch (e.nodeType) {
    case "Name":
      return new Name({
        id: e.id,
        ctx,
        lineno: e.lineno,
        col_offset: e.col_offset,
        end_lineno: e.end_lineno,
        end_col_offset: e.end_col_offset,
      });
    case "Tuple":
      return new Tuple({
        elts: e.elts.map((x) => setContext(x, ctx)),
        ctx,
        lineno: e.lineno,
        col_offset: e.col_offset,
        end_lineno: e.end_lineno,
        end_col_offset: e.end_col_offset,
      });
    case "List":
      return new List({
        elts: e.elts.map((x) => setContext(x, ctx)),
        ctx,
        lineno: e.lineno,
        col_offset: e.col_offset,
        end_lineno: e.end_lineno,
        end_col_offset: e.end_col_offset,
      });
    case "Subscript":
      return new Subscript({
        value: e.value,
        slice: e.slice,
        ctx,
        lineno: e.lineno,
        col_offset: e.col_offset,
        end_lineno: e.end_lineno,
        end_col_offset: e.end_col_offset,
      });
    case "Attribute":
      return new Attribute({
        value: e.value,
        attr: e.attr,
        ctx,
        lineno: e.lineno,
        col_offset: e.col_offset,
        end_lineno: e.end_lineno,
        end_col_offset: e.end_col_offset,
      });
    case "Starred":
      return new Starred({
        value: setContext(e.value, ctx),
        ctx,
        lineno: e.lineno,
        col_offset: e.col_offset,
        end_lineno: e.end_lineno,
        end_col_offset: e.end_col_offset,
      });
    default:
      return e;
  }
}

/** `_PyPegen_get_expr_name`: how messages name an expression. */
export function exprName(e: Expr): string {
  switch (e.nodeType) {
    case "Attribute":
      return "attribute";
    case "Subscript":
      return "subscript";
    case "Starred":
      return "starred";
    case "Name":
      return "name";
    case "List":
      return "list";
    case "Tuple":
      return "tuple";
    case "Lambda":
      return "lambda";
    case "Call":
      return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    case "TemplateStr":
    case "Interpolation":
      return "t-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === true) return "True";
      if (v === false) return "False";
      if (v === Ellipsis) return "ellipsis";
      return "literal";
    }
    case "Compare":
      return "comparison";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    default:
      return "expression";
  }
}

export const STAR_TARGETS = 0;
export const DEL_TARGETS = 1;
export const FOR_TARGETS = 2;

/** `_PyPegen_get_invalid_target`: the first part of `e` that cannot be a target of this kind, or null. */
export function invalidTarget(e: Expr | null, kind: number): Expr | null {
  if (e === null) return null;
  switch (e.nodeType) {
    case "List":
    case "Tuple":
      for (const x of e.elts) {
        const r = invalidTarget(x, kind);
        if (r !== null) return r;
      }
      return null;
    case "Starred":
      if (kind === DEL_TARGETS) return e;
      return invalidTarget(e.value, kind);
    case "Compare":
      // `for x in y` parses as a comparison: only its left side can be the bad target.
      if (kind === FOR_TARGETS) {
        if (e.ops[0] === In()) return invalidTarget(e.left, kind);
        return null;
      }
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises when `e` holds an invalid target, else returns null. */
export function raiseInvalidTarget(p: Parser, kind: number, e: Expr | null): null {
  const bad = invalidTarget(e, kind);
  if (bad !== null) {
    const msg = kind === DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s";
    p.raiseLoc("SyntaxError", msg.replace("%s", exprName(bad)), bad, bad);
  }
  return null;
}

/** A keyword argument or a starred expression, as `args` collects them. */
export interface KeywordOrStarred {
  element: keyword | Expr;
  isKeyword: boolean;
}

/** `_PyPegen_collect_call_seqs` and the `kwargs`-only alternative of `args`: a Call with a dummy func. */
export function collectCallSeqs(
  p: Parser,
  positional: Expr[],
  kw: KeywordOrStarred[] | null,
  start: number,
): Call {
  const args = positional.slice();
  const keywords: keyword[] = [];
  if (kw !== null) {
    for (const k of kw) if (!k.isKeyword) args.push(k.element as Expr);
    for (const k of kw) if (k.isKeyword) keywords.push(k.element as keyword);
  }
  return new Call({
    func: dummyName(),
    args,
    keywords,
    lineno: p.startLine(start),
    col_offset: p.startCol(start),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

export function dummyName(): Name {
  return new Name({ id: "", ctx: Load(), lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 });
}

/** `_PyPegen_check_legacy_stmt`. */
export function isLegacyStmt(e: Expr): boolean {
  return e.nodeType === "Name" && (e.id === "print" || e.id === "exec");
}

/** `_PyPegen_get_last_comprehension_item`. */
export function lastComprehensionItem(c: comprehension): Expr {
  return c.ifs.length === 0 ? c.iter : c.ifs[c.ifs.length - 1];
}

export interface NameDefaultPair {
  arg: arg;
  value: Expr | null;
}

export interface SlashWithDefault {
  plainNames: arg[];
  namesWithDefaults: NameDefaultPair[];
}

export interface StarEtc {
  vararg: arg | null;
  kwonlyargs: NameDefaultPair[];
  kwarg: arg | null;
}

/** `_PyPegen_make_arguments`. */
export function makeArguments(
  slashWithoutDefault: arg[] | null,
  slashWithDefault: SlashWithDefault | null,
  plainNames: arg[] | null,
  namesWithDefault: NameDefaultPair[] | null,
  starEtc: StarEtc | null,
): arguments_ {
  let posonlyargs: arg[];
  if (slashWithoutDefault !== null) posonlyargs = slashWithoutDefault;
  else if (slashWithDefault !== null) {
    posonlyargs = slashWithDefault.plainNames.concat(slashWithDefault.namesWithDefaults.map((x) => x.arg));
  } else posonlyargs = [];

  let posargs: arg[];
  if (plainNames !== null && namesWithDefault !== null) {
    posargs = plainNames.concat(namesWithDefault.map((x) => x.arg));
  } else if (plainNames === null && namesWithDefault !== null) {
    posargs = namesWithDefault.map((x) => x.arg);
  } else if (plainNames !== null) {
    posargs = plainNames;
  } else posargs = [];

  let defaults: Expr[];
  if (slashWithDefault !== null && namesWithDefault !== null) {
    defaults = slashWithDefault.namesWithDefaults
      .map((x) => x.value as Expr)
      .concat(namesWithDefault.map((x) => x.value as Expr));
  } else if (namesWithDefault !== null) {
    defaults = namesWithDefault.map((x) => x.value as Expr);
  } else if (slashWithDefault !== null) {
    defaults = slashWithDefault.namesWithDefaults.map((x) => x.value as Expr);
  } else defaults = [];

  const vararg = starEtc !== null ? starEtc.vararg : null;
  const kwonlyargs = starEtc !== null ? starEtc.kwonlyargs.map((x) => x.arg) : [];
  const kwDefaults = starEtc !== null ? (starEtc.kwonlyargs.map((x) => x.value) as Expr[]) : [];
  const kwarg = starEtc !== null ? starEtc.kwarg : null;
  return new arguments_({
    posonlyargs,
    args: posargs,
    vararg,
    kwonlyargs,
    kw_defaults: kwDefaults,
    kwarg,
    defaults,
  });
}

export function emptyArguments(): arguments_ {
  return new arguments_({});
}

/** Raises RAISE_SYNTAX_ERROR_KNOWN_LOCATION at `a`. */
export function errAt(p: Parser, a: Loc, msg: string): never {
  return p.raiseLoc("SyntaxError", msg, a, a);
}

/** Raises RAISE_SYNTAX_ERROR_KNOWN_RANGE from a to b. */
export function errRange(p: Parser, a: Loc, b: Loc, msg: string): never {
  return p.raiseLoc("SyntaxError", msg, a, b);
}

export { Constant, Store };
