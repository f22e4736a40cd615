// Definition rules of Grammar/python.gram (3.14): decorators, classes, functions, type aliases and type parameters.
import {
  AsyncFunctionDef,
  ClassDef,
  FunctionDef,
  ParamSpec,
  Pass,
  type StmtNode,
  Store,
  TypeAlias,
  type TypeParamNode,
  TypeVar,
  TypeVarTuple,
} from "../nodes/index.js";
import { type Expr, emptyArguments, setContext } from "./actions.js";
import { checkVersion, nameToken, pos } from "./common.js";
import { argumentsRule, expression, gather, named_expression, star_expression } from "./expressions.js";
import { params, typeCommentText } from "./params.js";
import { MISS, type Parser, Rule } from "./parser.js";
import { block } from "./statements.js";
import * as T from "./token-types.js";
import { K_ASYNC, K_CLASS, K_DEF } from "./tokens.js";

type Stmt = StmtNode;

// decorators: ('@' named_expression NEWLINE)+
function decorators(p: Parser): Expr[] | null {
  const out: Expr[] = [];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.AT) < 0) break;
    const f = named_expression(p);
    if (f === null || p.expect(T.NEWLINE) < 0) {
      p.mark = m;
      break;
    }
    out.push(f);
  }
  return out.length > 0 ? out : null;
}

// class_def: decorators class_def_raw | class_def_raw
export function class_def(p: Parser): Stmt | null {
  const s = p.mark;
  const d = decorators(p);
  if (d !== null) {
    const b = class_def_raw(p);
    if (b !== null) {
      (b as ClassDef).decorator_list = d;
      return b;
    }
  }
  p.mark = s;
  return class_def_raw(p);
}

/** [type_params] */
function optTypeParams(p: Parser): TypeParamNode[] {
  const m = p.mark;
  const t = type_params(p);
  if (t === null) {
    p.mark = m;
    return [];
  }
  return t;
}

/** ['(' [arguments] ')']: the bases and keywords, or null. */
function classArguments(p: Parser): { args: Expr[]; keywords: import("../nodes/index.js").keyword[] } | null {
  const m = p.mark;
  if (p.expect(T.LPAR) >= 0) {
    const m2 = p.mark;
    const z = argumentsRule(p);
    if (z === null) p.mark = m2;
    if (p.expect(T.RPAR) >= 0) return z ?? { args: [], keywords: [] };
  }
  p.mark = m;
  return null;
}

// class_def_raw: invalid_class_def_raw | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
function class_def_raw(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_class_def_raw(p);
    p.mark = s;
  }
  if (p.expect(K_CLASS) < 0) return null;
  const a = nameToken(p);
  if (a !== null) {
    const t = optTypeParams(p);
    const b = classArguments(p);
    if (p.expect(T.COLON) >= 0) {
      const c = block(p);
      if (c !== null) {
        return new ClassDef({
          name: a.id,
          bases: b !== null ? b.args : [],
          keywords: b !== null ? b.keywords : [],
          body: c,
          decorator_list: [],
          type_params: t,
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        });
      }
    }
  }
  p.mark = s;
  return null;
}

// invalid_class_def_raw:
//     | 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE        -> "expected ':'"
//     | 'class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT
function invalid_class_def_raw(p: Parser): null {
  const s = p.mark;
  const a = p.expect(K_CLASS);
  if (a >= 0 && p.expect(T.NAME) >= 0) {
    optTypeParams(p);
    classArguments(p);
    if (p.expect(T.NEWLINE) >= 0) p.raise("SyntaxError", "expected ':'");
    if (p.expect(T.COLON) >= 0 && p.expect(T.NEWLINE) >= 0 && p.peek() !== T.INDENT) {
      p.raise(
        "IndentationError",
        `expected an indented block after class definition on line ${p.t.lineno[a]}`,
      );
    }
  }
  p.mark = s;
  return null;
}

// function_def: decorators function_def_raw | function_def_raw
export function function_def(p: Parser): Stmt | null {
  const s = p.mark;
  const d = decorators(p);
  if (d !== null) {
    const f = function_def_raw(p);
    if (f !== null) {
      (f as FunctionDef).decorator_list = d;
      return f;
    }
  }
  p.mark = s;
  return function_def_raw(p);
}

// function_def_raw:
//     | invalid_def_raw
//     | 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
//     | 'async' 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
function function_def_raw(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    const r = invalid_def_raw(p);
    if (r !== null) return r;
    p.mark = s;
  }
  const isAsync = p.expect(K_ASYNC) >= 0;
  if (p.expect(K_DEF) < 0) {
    p.mark = s;
    return null;
  }
  const n = nameToken(p);
  if (n !== null) {
    const t = optTypeParams(p);
    if (p.expect(T.LPAR) >= 0) {
      const m = p.mark;
      let a = params(p);
      if (a === null) p.mark = m;
      if (p.expect(T.RPAR) >= 0) {
        const returns = optReturns(p);
        if (p.expect(T.COLON) >= 0) {
          const tc = func_type_comment(p);
          const b = block(p);
          if (b !== null) {
            a ??= emptyArguments();
            const init = {
              name: n.id,
              args: a,
              body: b,
              decorator_list: [],
              returns,
              type_comment: tc,
              type_params: t,
              lineno: p.startLine(s),
              col_offset: p.startCol(s),
              end_lineno: p.endLine(),
              end_col_offset: p.endCol(),
            };
            if (isAsync) return checkVersion(p, 5, "Async functions are", new AsyncFunctionDef(init));
            return new FunctionDef(init);
          }
        }
      }
    }
  }
  p.mark = s;
  return null;
}

/** ['->' expression] */
function optReturns(p: Parser): Expr | null {
  const m = p.mark;
  if (p.expect(T.RARROW) >= 0) {
    const z = expression(p);
    if (z !== null) return z;
  }
  p.mark = m;
  return null;
}

// func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
function func_type_comment(p: Parser): string | null {
  const m = p.mark;
  if (p.expect(T.NEWLINE) >= 0) {
    const t = p.expect(T.TYPE_COMMENT);
    if (t >= 0 && p.peek() === T.NEWLINE && p.peekAt(1) === T.INDENT) return typeCommentText(p, t);
  }
  p.mark = m;
  if (p.callInvalidRules) invalid_double_type_comments(p);
  const t = p.expect(T.TYPE_COMMENT);
  if (t >= 0) return typeCommentText(p, t);
  return null;
}

// invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
function invalid_double_type_comments(p: Parser): void {
  const m = p.mark;
  if (
    p.expect(T.TYPE_COMMENT) >= 0 &&
    p.expect(T.NEWLINE) >= 0 &&
    p.expect(T.TYPE_COMMENT) >= 0 &&
    p.expect(T.NEWLINE) >= 0 &&
    p.expect(T.INDENT) >= 0
  ) {
    p.raise("SyntaxError", "Cannot have two type comments on def");
  }
  p.mark = m;
}

// invalid_def_raw:
//     | ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
//     | ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
function invalid_def_raw(p: Parser): Stmt | null {
  const s = p.mark;
  p.expect(K_ASYNC);
  const d = p.expect(K_DEF);
  if (d < 0) {
    p.mark = s;
    return null;
  }
  const afterDef = p.mark;
  if (p.expect(T.NAME) >= 0) {
    optTypeParams(p);
    if (p.expect(T.LPAR) >= 0) {
      const m = p.mark;
      if (params(p) === null) p.mark = m;
      if (p.expect(T.RPAR) >= 0) {
        optReturns(p);
        if (p.expect(T.COLON) >= 0 && p.expect(T.NEWLINE) >= 0 && p.peek() !== T.INDENT) {
          p.raise(
            "IndentationError",
            `expected an indented block after function definition on line ${p.t.lineno[d]}`,
          );
        }
      }
    }
  }
  p.mark = afterDef;
  if (p.expect(T.NAME) >= 0) {
    optTypeParams(p);
    p.expectForced(T.LPAR, "(");
    const m = p.mark;
    if (params(p) === null) p.mark = m;
    if (p.expect(T.RPAR) >= 0) {
      optReturns(p);
      p.expectForced(T.COLON, ":");
      func_type_comment(p);
      if (block(p) !== null) return new Pass(pos(p, s));
    }
  }
  p.mark = s;
  return null;
}

// type_alias: "type" NAME [type_params] '=' expression
export function type_alias(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.expectSoft("type") < 0) return null;
  const n = nameToken(p);
  if (n !== null) {
    const t = optTypeParams(p);
    if (p.expect(T.EQUAL) >= 0) {
      const b = expression(p);
      if (b !== null) {
        return checkVersion(
          p,
          12,
          "Type statement is",
          new TypeAlias({
            name: setContext(n, Store()),
            type_params: t,
            value: b,
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          }),
        );
      }
    }
  }
  p.mark = s;
  return null;
}

// type_params: invalid_type_params | '[' type_param_seq ']'
function type_params(p: Parser): TypeParamNode[] | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    // invalid_type_params: '[' ']'   -> "Type parameter list cannot be empty"
    if (p.expect(T.LSQB) >= 0) {
      const tkn = p.expect(T.RSQB);
      if (tkn >= 0) p.raiseFrom("Type parameter list cannot be empty", p.tokLoc(tkn));
    }
    p.mark = s;
  }
  if (p.expect(T.LSQB) < 0) return null;
  const a = gather(p, type_param);
  if (a !== null) {
    p.expect(T.COMMA);
    if (p.expect(T.RSQB) >= 0) return checkVersion(p, 12, "Type parameter lists are", a);
  }
  p.mark = s;
  return null;
}

// type_param (memo):
//     | NAME [type_param_bound] [type_param_default]
//     | invalid_type_param
//     | '*' NAME [type_param_starred_default]
//     | '**' NAME [type_param_default]
function type_param(p: Parser): TypeParamNode | null {
  const c = p.memoGet(Rule.type_param);
  if (c !== MISS) return c as TypeParamNode | null;
  const s = p.mark;
  const r = typeParamRaw(p, s);
  if (r === null) p.mark = s;
  p.memoSet(Rule.type_param, s, r);
  return r;
}

function typeParamRaw(p: Parser, s: number): TypeParamNode | null {
  const n = nameToken(p);
  if (n !== null) {
    let bound: Expr | null = null;
    const m = p.mark;
    if (p.expect(T.COLON) >= 0) {
      bound = expression(p);
      if (bound === null) p.mark = m;
    }
    const d = typeParamDefault(p, false);
    return new TypeVar({
      name: n.id,
      bound,
      default_value: d,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  }
  if (p.callInvalidRules) {
    // invalid_type_param: '*' NAME ':' expression | '**' NAME ':' expression
    const ty = p.peek();
    if (ty === T.STAR || ty === T.DOUBLESTAR) {
      p.mark++;
      if (p.expect(T.NAME) >= 0) {
        const colon = p.expect(T.COLON);
        if (colon >= 0) {
          const e = expression(p);
          if (e !== null) {
            const which = ty === T.STAR ? "TypeVarTuple" : "ParamSpec";
            p.raiseFrom(
              e.nodeType === "Tuple"
                ? `cannot use constraints with ${which}`
                : `cannot use bound with ${which}`,
              p.tokLoc(colon),
            );
          }
        }
      }
      p.mark = s;
    }
  }
  if (p.expect(T.STAR) >= 0) {
    const a = nameToken(p);
    if (a !== null) {
      const d = typeParamDefault(p, true);
      return new TypeVarTuple({
        name: a.id,
        default_value: d,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    }
    p.mark = s;
  }
  if (p.expect(T.DOUBLESTAR) >= 0) {
    const a = nameToken(p);
    if (a !== null) {
      const d = typeParamDefault(p, false);
      return new ParamSpec({
        name: a.id,
        default_value: d,
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

// type_param_default: '=' expression     type_param_starred_default: '=' star_expression
function typeParamDefault(p: Parser, starred: boolean): Expr | null {
  const m = p.mark;
  if (p.expect(T.EQUAL) >= 0) {
    const e = starred ? star_expression(p) : expression(p);
    if (e !== null) return checkVersion(p, 13, "Type parameter defaults are", e);
  }
  p.mark = m;
  return null;
}
