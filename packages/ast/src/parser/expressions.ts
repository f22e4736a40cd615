// Expression rules of Grammar/python.gram (3.14): from `expressions` down to `named_expression`, with their invalid_ rules.
import { IfExp, Load, NamedExpr, Starred, Store, Tuple, Yield, YieldFrom } from "../nodes/index.js";
import { type Expr, errAt, errRange, exprName, isLegacyStmt, setContext } from "./actions.js";
import { checkVersion, nameToken } from "./common.js";
import { genexp, list, tuple } from "./displays.js";
import { bitwise_or, disjunction } from "./operators.js";
import { lambda_params } from "./params.js";
import { MISS, type Parser, Rule } from "./parser.js";
import { lambdef } from "./primaries.js";
import { break_stmt, continue_stmt, pass_stmt, simple_stmt } from "./statements.js";
import * as T from "./token-types.js";
import { K_ELSE, K_FALSE, K_FROM, K_IF, K_LAMBDA, K_NONE, K_TRUE, K_YIELD } from "./tokens.js";

// expressions:
//     | expression (',' expression)+ [','] | expression ',' | expression
export function expressions(p: Parser): Expr | null {
  const s = p.mark;
  const a = expression(p);
  if (a === null) return null;
  if (p.peek() !== T.COMMA) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) < 0) break;
    const b = expression(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
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

// expression (memo):
//     | invalid_expression | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
export function expression(p: Parser): Expr | null {
  const c = p.memoGet(Rule.expression);
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  p.enter();
  if (p.callInvalidRules) {
    invalid_expression(p);
    p.mark = s;
    invalid_legacy_expression(p);
    p.mark = s;
  }
  let r: Expr | null = null;
  const a = disjunction(p);
  if (a !== null) {
    const afterA = p.mark;
    if (p.expect(K_IF) >= 0) {
      const b = disjunction(p);
      if (b !== null && p.expect(K_ELSE) >= 0) {
        const e = expression(p);
        if (e !== null)
          r = new IfExp({
            test: b,
            body: a,
            orelse: e,
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          });
      }
    }
    if (r === null) {
      p.mark = afterA;
      r = a;
    }
  } else {
    p.mark = s;
    r = lambdef(p);
    if (r === null) p.mark = s;
  }
  p.level--;
  p.memoSet(Rule.expression, s, r);
  return r;
}

// expression_without_invalid: the same alternatives with the invalid_ rules switched off below.
function expression_without_invalid(p: Parser): Expr | null {
  const saved = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    const s = p.mark;
    const a = disjunction(p);
    if (a !== null) {
      const afterA = p.mark;
      if (p.expect(K_IF) >= 0) {
        const b = disjunction(p);
        if (b !== null && p.expect(K_ELSE) >= 0) {
          const e = expression(p);
          if (e !== null)
            return new IfExp({
              test: b,
              body: a,
              orelse: e,
              lineno: p.startLine(s),
              col_offset: p.startCol(s),
              end_lineno: p.endLine(),
              end_col_offset: p.endCol(),
            });
        }
      }
      p.mark = afterA;
      return a;
    }
    p.mark = s;
    const l = lambdef(p);
    if (l === null) p.mark = s;
    return l;
  } finally {
    p.callInvalidRules = saved;
  }
}

// if_expression: disjunction 'if' disjunction 'else' expression
export function if_expression(p: Parser): Expr | null {
  const s = p.mark;
  const a = disjunction(p);
  if (a !== null && p.expect(K_IF) >= 0) {
    const b = disjunction(p);
    if (b !== null && p.expect(K_ELSE) >= 0) {
      const c = expression(p);
      if (c !== null)
        return new IfExp({
          test: b,
          body: a,
          orelse: c,
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

const SOFT_KEYWORDS = new Set(["_", "case", "match", "type"]);

function atSoftKeyword(p: Parser): boolean {
  if (p.peek() !== T.NAME) return false;
  return SOFT_KEYWORDS.has(p.tokStr(p.mark));
}

// invalid_expression:
//     | STRING (!STRING expression_without_invalid)+ STRING                   -> "Is this intended to be part of the string?"
//     | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid  -> "Perhaps you forgot a comma?"
//     | disjunction 'if' disjunction !('else'|':')                            -> "expected 'else' after 'if' expression"
//     | disjunction 'if' disjunction 'else' !expression                       -> "expected expression after 'else', ..."
//     | (pass_stmt|break_stmt|continue_stmt) 'if' disjunction 'else' simple_stmt
//     | 'lambda' [lambda_params] ':' &FSTRING_MIDDLE | ... &TSTRING_MIDDLE
function invalid_expression(p: Parser): null {
  const s = p.mark;
  // STRING (!STRING expression_without_invalid)+ STRING  -> "invalid syntax. Is this intended to be part of the string?"
  if (p.expect(T.STRING) >= 0) {
    const items: Expr[] = [];
    for (;;) {
      if (p.peek() === T.STRING) break;
      const m = p.mark;
      const e = expression_without_invalid(p);
      if (e === null) {
        p.mark = m;
        break;
      }
      items.push(e);
    }
    if (items.length > 0 && p.expect(T.STRING) >= 0) {
      errRange(
        p,
        items[0],
        items[items.length - 1],
        "invalid syntax. Is this intended to be part of the string?",
      );
    }
    p.mark = s;
  }
  const nameString = p.peek() === T.NAME && p.peekAt(1) === T.STRING;
  if (!nameString && !atSoftKeyword(p)) {
    const a = disjunction(p);
    if (a !== null) {
      const b = expression_without_invalid(p);
      if (b !== null) {
        // The action returning NULL ends the rule: the later alternatives are not tried.
        if (isLegacyStmt(a) || p.t.level[p.mark - 1] === 0) return null;
        errRange(p, a, b, "invalid syntax. Perhaps you forgot a comma?");
      }
    }
  }
  p.mark = s;
  const a = disjunction(p);
  if (a !== null && p.expect(K_IF) >= 0) {
    const b = disjunction(p);
    if (b !== null) {
      const ty = p.peek();
      if (ty !== K_ELSE && ty !== T.COLON) errRange(p, a, b, "expected 'else' after 'if' expression");
      if (p.expect(K_ELSE) >= 0) {
        const m = p.mark;
        const e = expression(p);
        p.mark = m;
        if (e === null)
          p.raise("SyntaxError", "expected expression after 'else', but statement is given", true);
      }
    }
  }
  p.mark = s;
  const ty = p.peek();
  if (ty === 128 /* pass */ || ty === 108 /* break */ || ty === 110 /* continue */) {
    const st = ty === 128 ? pass_stmt(p) : ty === 108 ? break_stmt(p) : continue_stmt(p);
    if (
      st !== null &&
      p.expect(K_IF) >= 0 &&
      disjunction(p) !== null &&
      p.expect(K_ELSE) >= 0 &&
      simple_stmt(p) !== null
    ) {
      errAt(p, st, "expected expression before 'if', but statement is given");
    }
  }
  p.mark = s;
  const l = p.expect(K_LAMBDA);
  if (l >= 0) {
    const m = p.mark;
    if (lambda_params(p) === null) p.mark = m;
    const colon = p.expect(T.COLON);
    if (colon >= 0) {
      const next = p.peek();
      if (next === T.FSTRING_MIDDLE) {
        errRange(
          p,
          p.tokLoc(l),
          p.tokLoc(colon),
          "f-string: lambda expressions are not allowed without parentheses",
        );
      }
      if (next === T.TSTRING_MIDDLE) {
        errRange(
          p,
          p.tokLoc(l),
          p.tokLoc(colon),
          "t-string: lambda expressions are not allowed without parentheses",
        );
      }
    }
  }
  p.mark = s;
  return null;
}

// invalid_legacy_expression: NAME !'(' star_expressions -> "Missing parentheses in call to 'print'. ..."
function invalid_legacy_expression(p: Parser): null {
  const s = p.mark;
  const a = nameToken(p);
  if (a !== null && p.peek() !== T.LPAR) {
    const b = star_expressions(p);
    if (b !== null && isLegacyStmt(a)) {
      errRange(p, a, b, `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`);
    }
  }
  p.mark = s;
  return null;
}

// invalid_if_expression:
//     | disjunction 'if' disjunction 'else' '*'  | ... 'else' '**'
function invalid_if_expression(p: Parser): null {
  const s = p.mark;
  if (disjunction(p) !== null && p.expect(K_IF) >= 0 && disjunction(p) !== null && p.expect(K_ELSE) >= 0) {
    const star = p.expect(T.STAR);
    if (star >= 0) errAt(p, p.tokLoc(star), "cannot unpack only part of a conditional expression");
    const dstar = p.expect(T.DOUBLESTAR);
    if (dstar >= 0)
      errAt(p, p.tokLoc(dstar), "cannot use dict unpacking on only part of a conditional expression");
  }
  p.mark = s;
  return null;
}
void invalid_if_expression;

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
export function yield_expr(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(K_YIELD) < 0) return null;
  const m = p.mark;
  if (p.expect(K_FROM) >= 0) {
    const a = expression(p);
    if (a !== null)
      return new YieldFrom({
        value: a,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    p.mark = m;
  }
  const a = star_expressions(p);
  if (a === null) p.mark = m;
  return new Yield({
    value: a,
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// star_expressions:
//     | star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
export function star_expressions(p: Parser): Expr | null {
  const s = p.mark;
  const a = star_expression(p);
  if (a === null) return null;
  if (p.peek() !== T.COMMA) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) < 0) break;
    const b = star_expression(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
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

// star_expression (memo): '*' bitwise_or | expression
export function star_expression(p: Parser): Expr | null {
  const c = p.callInvalidRules ? p.memoGet(Rule.star_expression) : MISS;
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  let r: Expr | null = null;
  if (p.expect(T.STAR) >= 0) {
    const a = bitwise_or(p);
    if (a !== null)
      r = new Starred({
        value: a,
        ctx: Load(),
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    else p.mark = s;
  }
  if (r === null) r = expression(p);
  if (p.callInvalidRules) p.memoSet(Rule.star_expression, s, r);
  return r;
}

// star_named_expressions: ','.star_named_expression+ [',']
export function star_named_expressions(p: Parser): Expr[] | null {
  const a = star_named_expression(p);
  if (a === null) return null;
  const items = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) < 0) break;
    const b = star_named_expression(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    items.push(b);
  }
  p.expect(T.COMMA);
  return items;
}

// star_named_expression: '*' bitwise_or | named_expression
export function star_named_expression(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.STAR) >= 0) {
    const a = bitwise_or(p);
    if (a !== null)
      return new Starred({
        value: a,
        ctx: Load(),
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    p.mark = s;
  }
  return named_expression(p);
}

// assignment_expression: NAME ':=' ~ expression
export function assignment_expression(p: Parser): Expr | null {
  const s = p.mark;
  if (p.peek() !== T.NAME || p.peekAt(1) !== T.COLONEQUAL) return null;
  const a = nameToken(p) as Expr;
  p.mark++;
  const b = expression(p);
  if (b === null) {
    p.mark = s;
    return null;
  }
  return checkVersion(
    p,
    8,
    "Assignment expressions are",
    new NamedExpr({
      target: setContext(a, Store()),
      value: b,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    }),
  );
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
export function named_expression(p: Parser): Expr | null {
  const s = p.mark;
  const a = assignment_expression(p);
  if (a !== null) return a;
  if (p.callInvalidRules) {
    invalid_named_expression(p);
    p.mark = s;
  }
  const e = expression(p);
  if (e !== null && p.peek() !== T.COLONEQUAL) return e;
  p.mark = s;
  return null;
}

// invalid_named_expression (memo):
//     | expression ':=' expression                    -> "cannot use assignment expressions with %s"
//     | NAME '=' bitwise_or !('='|':=')               -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
//     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
//                                                     -> "cannot assign to %s here. Maybe you meant '==' instead of '='?"
function invalid_named_expression(p: Parser): null {
  const c = p.memoGet(Rule.invalid_named_expression);
  if (c !== MISS) return null;
  const s = p.mark;
  const a = expression(p);
  if (a !== null && p.expect(T.COLONEQUAL) >= 0 && expression(p) !== null) {
    errAt(p, a, `cannot use assignment expressions with ${exprName(a)}`);
  }
  p.mark = s;
  const n = nameToken(p);
  if (n !== null && p.expect(T.EQUAL) >= 0) {
    const b = bitwise_or(p);
    if (b !== null) {
      const ty = p.peek();
      if (ty !== T.EQUAL && ty !== T.COLONEQUAL)
        errRange(p, n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  p.mark = s;
  let blocked = false;
  const ty = p.peek();
  if (ty === K_TRUE || ty === K_NONE || ty === K_FALSE) blocked = true;
  else if (ty === T.LSQB) {
    blocked = list(p) !== null;
    p.mark = s;
  } else if (ty === T.LPAR) {
    blocked = tuple(p) !== null;
    p.mark = s;
    if (!blocked) {
      blocked = genexp(p) !== null;
      p.mark = s;
    }
  }
  if (!blocked) {
    const a2 = bitwise_or(p);
    if (a2 !== null && p.expect(T.EQUAL) >= 0 && bitwise_or(p) !== null) {
      const t2 = p.peek();
      if (t2 !== T.EQUAL && t2 !== T.COLONEQUAL) {
        errAt(p, a2, `cannot assign to ${exprName(a2)} here. Maybe you meant '==' instead of '='?`);
      }
    }
  }
  p.mark = s;
  p.memoSet(Rule.invalid_named_expression, s, null);
  return null;
}

export { args, argumentsRule, gather, starred_expression } from "./arguments.js";
