// Display rules of Grammar/python.gram (3.14): lists, tuples, sets and dicts, and their comprehensions.
import {
  comprehension,
  Dict,
  DictComp,
  GeneratorExp,
  List,
  ListComp,
  Load,
  SetComp,
  Set as SetNode,
  Tuple,
} from "../nodes/index.js";
import { type Expr, errAt, errRange, FOR_TARGETS, raiseInvalidTarget } from "./actions.js";
import { starred_expression } from "./arguments.js";
import { checkVersion } from "./common.js";
import {
  assignment_expression,
  expression,
  named_expression,
  star_expressions,
  star_named_expression,
  star_named_expressions,
} from "./expressions.js";
import { bitwise_or, disjunction } from "./operators.js";
import type { Parser } from "./parser.js";
import { star_targets } from "./targets.js";
import * as T from "./token-types.js";
import { K_ASYNC, K_FOR, K_IF, K_IN } from "./tokens.js";

// list: '[' [star_named_expressions] ']'
export function list(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LSQB) < 0) return null;
  const m = p.mark;
  let a = star_named_expressions(p);
  if (a === null) p.mark = m;
  if (p.expect(T.RSQB) >= 0) {
    a ??= [];
    return new List({
      elts: a,
      ctx: Load(),
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  }
  p.mark = s;
  return null;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
export function tuple(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LPAR) < 0) return null;
  let elts: Expr[] = [];
  const m = p.mark;
  const y = star_named_expression(p);
  if (y !== null && p.expect(T.COMMA) >= 0) {
    const m2 = p.mark;
    const z = star_named_expressions(p);
    if (z === null) p.mark = m2;
    elts = z !== null ? [y, ...z] : [y];
  } else p.mark = m;
  if (p.expect(T.RPAR) >= 0)
    return new Tuple({
      elts,
      ctx: Load(),
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  p.mark = s;
  return null;
}

// set: '{' star_named_expressions '}'
export function set(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LBRACE) < 0) return null;
  const a = star_named_expressions(p);
  if (a !== null && p.expect(T.RBRACE) >= 0)
    return new SetNode({
      elts: a,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  p.mark = s;
  return null;
}

interface KeyValue {
  key: Expr | null;
  value: Expr;
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
export function dict(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LBRACE) < 0) return null;
  const m = p.mark;
  let a = double_starred_kvpairs(p);
  if (a === null) p.mark = m;
  if (p.expect(T.RBRACE) >= 0) {
    a ??= [];
    return new Dict({
      keys: a.map((x) => x.key) as Expr[],
      values: a.map((x) => x.value),
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalid_double_starred_kvpairs(p);
  }
  p.mark = s;
  return null;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
function double_starred_kvpairs(p: Parser): KeyValue[] | null {
  const first = double_starred_kvpair(p);
  if (first === null) return null;
  const items = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) < 0) break;
    const b = double_starred_kvpair(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    items.push(b);
  }
  p.expect(T.COMMA);
  return items;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
function double_starred_kvpair(p: Parser): KeyValue | null {
  const s = p.mark;
  if (p.expect(T.DOUBLESTAR) >= 0) {
    const a = bitwise_or(p);
    if (a !== null) return { key: null, value: a };
    p.mark = s;
  }
  return kvpair(p);
}

// kvpair: expression ':' expression
function kvpair(p: Parser): KeyValue | null {
  const s = p.mark;
  const a = expression(p);
  if (a !== null && p.expect(T.COLON) >= 0) {
    const b = expression(p);
    if (b !== null) return { key: a, value: b };
  }
  p.mark = s;
  return null;
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' '*' bitwise_or          -> "cannot use a starred expression in a dictionary value"
//     | expression ':' &('}'|',')              -> "expression expected after dictionary key and ':'"
function invalid_double_starred_kvpairs(p: Parser): null {
  const s = p.mark;
  if (double_starred_kvpair(p) !== null) {
    for (;;) {
      const m = p.mark;
      if (p.expect(T.COMMA) < 0 || double_starred_kvpair(p) === null) {
        p.mark = m;
        break;
      }
    }
    if (p.expect(T.COMMA) >= 0) invalid_kvpair(p);
  }
  p.mark = s;
  if (expression(p) !== null && p.expect(T.COLON) >= 0) {
    const m = p.mark;
    const a = p.expect(T.STAR);
    if (a >= 0 && bitwise_or(p) !== null)
      p.raiseFrom("cannot use a starred expression in a dictionary value", p.tokLoc(a));
    p.mark = m;
    const ty = p.peek();
    if (ty === T.RBRACE || ty === T.COMMA)
      errAt(p, p.tokLoc(m - 1), "expression expected after dictionary key and ':'");
  }
  p.mark = s;
  return null;
}

// invalid_kvpair:
//     | expression !(':')                       -> "':' expected after dictionary key"
//     | expression ':' '*' bitwise_or           -> "cannot use a starred expression in a dictionary value"
//     | expression ':' &('}'|',')               -> "expression expected after dictionary key and ':'"
function invalid_kvpair(p: Parser): null {
  const s = p.mark;
  const a = expression(p);
  if (a !== null) {
    if (p.peek() !== T.COLON) {
      p.raiseAt(
        "SyntaxError",
        "':' expected after dictionary key",
        a.lineno,
        a.end_col_offset as number,
        a.end_lineno as number,
        0,
      );
    }
    p.mark++;
    const m = p.mark;
    const st = p.expect(T.STAR);
    if (st >= 0 && bitwise_or(p) !== null)
      p.raiseFrom("cannot use a starred expression in a dictionary value", p.tokLoc(st));
    p.mark = m;
    const ty = p.peek();
    if (ty === T.RBRACE || ty === T.COMMA)
      errAt(p, p.tokLoc(m - 1), "expression expected after dictionary key and ':'");
  }
  p.mark = s;
  return null;
}

// for_if_clauses: for_if_clause+
export function for_if_clauses(p: Parser): comprehension[] | null {
  const items: comprehension[] = [];
  for (;;) {
    const c = for_if_clause(p);
    if (c === null) break;
    items.push(c);
  }
  return items.length > 0 ? items : null;
}

// for_if_clause:
//     | 'async' 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | invalid_for_if_clause | invalid_for_target
function for_if_clause(p: Parser): comprehension | null {
  const s = p.mark;
  const isAsync = p.expect(K_ASYNC) >= 0;
  if (p.expect(K_FOR) >= 0) {
    const a = star_targets(p);
    if (a !== null && p.expect(K_IN) >= 0) {
      // The cut: past 'in', no other alternative is tried.
      const b = disjunction(p);
      if (b === null) {
        p.mark = s;
        return null;
      }
      const ifs: Expr[] = [];
      for (;;) {
        const m = p.mark;
        if (p.expect(K_IF) < 0) break;
        const z = disjunction(p);
        if (z === null) {
          p.mark = m;
          break;
        }
        ifs.push(z);
      }
      const c = new comprehension({ target: a, iter: b, ifs, is_async: isAsync ? 1 : 0 });
      return isAsync ? checkVersion(p, 6, "Async comprehensions are", c) : c;
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_for_if_clause(p);
    p.mark = s;
    invalid_for_target(p);
    p.mark = s;
  }
  return null;
}

// invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'
function invalid_for_if_clause(p: Parser): null {
  const s = p.mark;
  p.expect(K_ASYNC);
  if (p.expect(K_FOR) >= 0 && bitwise_or(p) !== null) {
    for (;;) {
      const m = p.mark;
      if (p.expect(T.COMMA) < 0 || bitwise_or(p) === null) {
        p.mark = m;
        break;
      }
    }
    p.expect(T.COMMA);
    if (p.peek() !== K_IN) p.raise("SyntaxError", "'in' expected after for-loop variables");
  }
  p.mark = s;
  return null;
}

// invalid_for_target: 'async'? 'for' star_expressions
export function invalid_for_target(p: Parser): null {
  const s = p.mark;
  p.expect(K_ASYNC);
  if (p.expect(K_FOR) >= 0) {
    const a = star_expressions(p);
    if (a !== null) raiseInvalidTarget(p, FOR_TARGETS, a);
  }
  p.mark = s;
  return null;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
export function listcomp(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LSQB) >= 0) {
    const a = named_expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RSQB) >= 0)
        return new ListComp({
          elt: a,
          generators: b,
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        });
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_comprehension(p);
    p.mark = s;
  }
  return null;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
export function setcomp(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LBRACE) >= 0) {
    const a = named_expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RBRACE) >= 0)
        return new SetComp({
          elt: a,
          generators: b,
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        });
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_comprehension(p);
    p.mark = s;
  }
  return null;
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
export function genexp(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LPAR) >= 0) {
    let a = assignment_expression(p);
    if (a === null) {
      a = expression(p);
      if (a !== null && p.peek() === T.COLONEQUAL) a = null;
    }
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RPAR) >= 0)
        return new GeneratorExp({
          elt: a,
          generators: b,
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        });
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_comprehension(p);
    p.mark = s;
  }
  return null;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
export function dictcomp(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LBRACE) >= 0) {
    const a = kvpair(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RBRACE) >= 0) {
        return new DictComp({
          key: a.key as Expr,
          value: a.value,
          generators: b,
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        });
      }
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
    if (p.expect(T.LBRACE) >= 0) {
      const a = p.expect(T.DOUBLESTAR);
      if (a >= 0 && bitwise_or(p) !== null && for_if_clauses(p) !== null && p.expect(T.RBRACE) >= 0) {
        errAt(p, p.tokLoc(a), "dict unpacking cannot be used in dict comprehension");
      }
    }
    p.mark = s;
  }
  return null;
}

// invalid_comprehension:
//     | ('[' | '(' | '{') starred_expression for_if_clauses       -> "iterable unpacking cannot be used in comprehension"
//     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//     | ('[' | '{') star_named_expression ',' for_if_clauses      -> "did you forget parentheses around the comprehension target?"
function invalid_comprehension(p: Parser): null {
  const s = p.mark;
  const ty = p.peek();
  if (ty !== T.LSQB && ty !== T.LPAR && ty !== T.LBRACE) return null;
  p.mark++;
  const a = starred_expression(p);
  if (a !== null && for_if_clauses(p) !== null)
    errAt(p, a, "iterable unpacking cannot be used in comprehension");
  if (ty !== T.LPAR) {
    p.mark = s + 1;
    const a2 = star_named_expression(p);
    if (a2 !== null && p.expect(T.COMMA) >= 0) {
      const m = p.mark;
      const b = star_named_expressions(p);
      if (b !== null && for_if_clauses(p) !== null) {
        errRange(p, a2, b[b.length - 1], "did you forget parentheses around the comprehension target?");
      }
      p.mark = m;
      if (for_if_clauses(p) !== null)
        errRange(p, a2, p.tokLoc(m - 1), "did you forget parentheses around the comprehension target?");
    }
  }
  p.mark = s;
  return null;
}
