// Primary rules of Grammar/python.gram (3.14): await, attribute access, calls, subscripts and slices, atoms, groups, lambdas.
import {
  Attribute,
  Await,
  Call,
  Constant,
  Ellipsis,
  Lambda,
  Load,
  Slice,
  Subscript,
  Tuple,
} from "../nodes/index.js";
import { type Expr, emptyArguments, errAt } from "./actions.js";
import { argumentsRule, starred_expression } from "./arguments.js";
import { checkVersion, nameToken, numberToken } from "./common.js";
import { dict, dictcomp, genexp, list, listcomp, set, setcomp, tuple } from "./displays.js";
import { expression, named_expression, yield_expr } from "./expressions.js";
import { invalid_lambda_parameters, lambda_params } from "./params.js";
import { MISS, type Parser, Rule } from "./parser.js";
import { strings } from "./strings.js";
import * as T from "./token-types.js";
import { K_AWAIT, K_FALSE, K_LAMBDA, K_NONE, K_TRUE } from "./tokens.js";

// await_primary (memo): 'await' primary | primary
export function await_primary(p: Parser): Expr | null {
  const c = p.callInvalidRules ? p.memoGet(Rule.await_primary) : MISS;
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  let r: Expr | null = null;
  if (p.expect(K_AWAIT) >= 0) {
    const a = primary(p);
    if (a !== null)
      r = checkVersion(
        p,
        5,
        "Await expressions are",
        new Await({
          value: a,
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        }),
      );
    else p.mark = s;
  }
  if (r === null) r = primary(p);
  if (p.callInvalidRules) p.memoSet(Rule.await_primary, s, r);
  return r;
}

// primary (left-recursive, memo):
//     | primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
export function primary(p: Parser): Expr | null {
  const c = p.callInvalidRules ? p.memoGet(Rule.primary) : MISS;
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  p.enter();
  let r = atom(p);
  if (r !== null) {
    for (;;) {
      const m = p.mark;
      const ty = p.peek();
      if (ty === T.DOT) {
        p.mark++;
        const b = nameToken(p);
        if (b !== null) {
          r = new Attribute({
            value: r,
            attr: b.id,
            ctx: Load(),
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          });
          continue;
        }
        p.mark = m;
        break;
      }
      if (ty === T.LPAR) {
        const g = genexp(p);
        if (g !== null) {
          r = new Call({
            func: r,
            args: [g],
            keywords: [],
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          });
          continue;
        }
        p.mark = m + 1;
        const args = argumentsRule(p);
        if (args === null) p.mark = m + 1;
        if (p.expect(T.RPAR) >= 0) {
          r = new Call({
            func: r,
            args: args !== null ? args.args : [],
            keywords: args !== null ? args.keywords : [],
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          });
          continue;
        }
        p.mark = m;
        break;
      }
      if (ty === T.LSQB) {
        p.mark++;
        const b = slices(p);
        if (b !== null && p.expect(T.RSQB) >= 0) {
          r = new Subscript({
            value: r,
            slice: b,
            ctx: Load(),
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          });
          continue;
        }
        p.mark = m;
        break;
      }
      break;
    }
  }
  if (r === null) p.mark = s;
  p.level--;
  if (p.callInvalidRules) p.memoSet(Rule.primary, s, r);
  return r;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','] -> Tuple
export function slices(p: Parser): Expr | null {
  const s = p.mark;
  const a = slice(p);
  if (a !== null && p.peek() !== T.COMMA) return a;
  p.mark = s;
  const elts: Expr[] = [];
  for (;;) {
    const m = p.mark;
    if (elts.length > 0 && p.expect(T.COMMA) < 0) break;
    let e = slice(p);
    if (e === null) e = starred_expression(p);
    if (e === null) {
      p.mark = m;
      break;
    }
    elts.push(e);
  }
  if (elts.length === 0) return null;
  p.expect(T.COMMA);
  return new Tuple({
    elts,
    ctx: Load(),
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
function slice(p: Parser): Expr | null {
  const s = p.mark;
  let lower = expression(p);
  if (lower === null) p.mark = s;
  if (p.expect(T.COLON) >= 0) {
    let m = p.mark;
    const upper = expression(p);
    if (upper === null) p.mark = m;
    let step: Expr | null = null;
    m = p.mark;
    if (p.expect(T.COLON) >= 0) {
      const m2 = p.mark;
      step = expression(p);
      if (step === null) p.mark = m2;
    } else p.mark = m;
    return new Slice({
      lower,
      upper,
      step,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  }
  p.mark = s;
  lower = named_expression(p);
  return lower;
}

// atom:
//     | NAME | 'True' | 'False' | 'None' | &(STRING|FSTRING_START|TSTRING_START) strings | NUMBER
//     | &'(' (tuple | group | genexp) | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp) | '...'
export function atom(p: Parser): Expr | null {
  const s = p.mark;
  const t = p.t;
  switch (p.peek()) {
    case T.NAME:
      return nameToken(p);
    case K_TRUE:
    case K_FALSE:
    case K_NONE: {
      const ty = t.type[s];
      p.mark++;
      return new Constant({
        value: ty === K_TRUE ? true : ty === K_FALSE ? false : null,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    }
    case T.STRING:
    case T.FSTRING_START:
    case T.TSTRING_START:
      return strings(p);
    case T.NUMBER:
      return numberToken(p);
    case T.LPAR: {
      const r = tuple(p) ?? group(p) ?? genexp(p);
      if (r === null) p.mark = s;
      return r;
    }
    case T.LSQB: {
      const r = list(p) ?? listcomp(p);
      if (r === null) p.mark = s;
      return r;
    }
    case T.LBRACE: {
      const r = dict(p) ?? set(p) ?? dictcomp(p) ?? setcomp(p);
      if (r === null) p.mark = s;
      return r;
    }
    case T.ELLIPSIS:
      p.mark++;
      return new Constant({
        value: Ellipsis,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    default:
      return null;
  }
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
function group(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LPAR) >= 0) {
    const m = p.mark;
    let a = yield_expr(p);
    if (a === null) {
      p.mark = m;
      a = named_expression(p);
    }
    if (a !== null && p.expect(T.RPAR) >= 0) return a;
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_group(p);
    p.mark = s;
  }
  return null;
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
function invalid_group(p: Parser): null {
  const s = p.mark;
  if (p.expect(T.LPAR) >= 0) {
    const a = starred_expression(p);
    if (a !== null && p.expect(T.RPAR) >= 0) errAt(p, a, "cannot use starred expression here");
    p.mark = s + 1;
    const d = p.expect(T.DOUBLESTAR);
    if (d >= 0 && expression(p) !== null && p.expect(T.RPAR) >= 0)
      errAt(p, p.tokLoc(d), "cannot use double starred expression here");
  }
  p.mark = s;
  return null;
}

// lambdef: 'lambda' [lambda_params] ':' expression
export function lambdef(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(K_LAMBDA) < 0) return null;
  const m = p.mark;
  let a = lambda_params(p);
  if (a === null) p.mark = m;
  if (p.expect(T.COLON) >= 0) {
    const b = expression(p);
    if (b !== null) {
      a ??= emptyArguments();
      return new Lambda({
        args: a,
        body: b,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    }
  }
  p.mark = s;
  return null;
}
void invalid_lambda_parameters;
