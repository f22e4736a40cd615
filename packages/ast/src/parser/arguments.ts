// Call arguments (Grammar/python.gram's arguments, args, kwargs, starred_expression) and their invalid_ rules.
import { type Call, keyword, Load, Starred } from "../nodes/index.js";
import {
  collectCallSeqs,
  type Expr,
  errRange,
  type KeywordOrStarred,
  lastComprehensionItem,
} from "./actions.js";
import { nameToken } from "./common.js";
import { for_if_clauses } from "./displays.js";
import { assignment_expression, expression, if_expression } from "./expressions.js";
import { MISS, type Parser, Rule } from "./parser.js";
import * as T from "./token-types.js";
import { K_FALSE, K_NONE, K_TRUE } from "./tokens.js";

interface CallParts {
  args: Expr[];
  keywords: keyword[];
}

// arguments (memo): args [','] &')' | invalid_arguments
export function argumentsRule(p: Parser): CallParts | null {
  const c = p.memoGet(Rule.arguments);
  if (c !== MISS) return c as CallParts | null;
  const s = p.mark;
  let r: CallParts | null = null;
  const a = args(p);
  if (a !== null) {
    p.expect(T.COMMA);
    if (p.peek() === T.RPAR) r = { args: a.args, keywords: a.keywords };
  }
  if (r === null) {
    p.mark = s;
    if (p.callInvalidRules) {
      invalid_arguments(p);
      p.mark = s;
    }
  }
  p.memoSet(Rule.arguments, s, r);
  return r;
}

// args:
//     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//     | kwargs
export function args(p: Parser): Call | null {
  const s = p.mark;
  const positional: Expr[] = [];
  for (;;) {
    const m = p.mark;
    if (positional.length > 0 && p.expect(T.COMMA) < 0) break;
    const e = positionalArg(p);
    if (e === null) {
      p.mark = m;
      break;
    }
    positional.push(e);
  }
  if (positional.length > 0) {
    const m = p.mark;
    let kw: KeywordOrStarred[] | null = null;
    if (p.expect(T.COMMA) >= 0) {
      kw = kwargs(p);
      if (kw === null) p.mark = m;
    }
    return collectCallSeqs(p, positional, kw, s);
  }
  p.mark = s;
  const kw = kwargs(p);
  if (kw === null) return null;
  return collectCallSeqs(p, [], kw, s);
}

/** starred_expression | (assignment_expression | expression !':=') !'=' */
function positionalArg(p: Parser): Expr | null {
  const s = p.mark;
  const st = starred_expression(p);
  if (st !== null) return st;
  p.mark = s;
  let a = assignment_expression(p);
  if (a === null) {
    a = expression(p);
    if (a !== null && p.peek() === T.COLONEQUAL) a = null;
  }
  if (a !== null && p.peek() !== T.EQUAL) return a;
  p.mark = s;
  return null;
}

// kwargs:
//     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
function kwargs(p: Parser): KeywordOrStarred[] | null {
  const s = p.mark;
  const a = gather(p, kwarg_or_starred);
  if (a !== null) {
    const m = p.mark;
    if (p.expect(T.COMMA) >= 0) {
      const b = gather(p, kwarg_or_double_starred);
      if (b !== null) return a.concat(b);
    }
    p.mark = m;
    return a;
  }
  p.mark = s;
  return gather(p, kwarg_or_double_starred);
}

/** `','.item+`: one or more items separated by commas (the trailing comma left unread). */
export function gather<X>(p: Parser, item: (p: Parser) => X | null): X[] | null {
  const first = item(p);
  if (first === null) return null;
  const items = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) < 0) break;
    const b = item(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    items.push(b);
  }
  return items;
}

// starred_expression:
//     | invalid_starred_expression_unpacking | '*' expression | invalid_starred_expression
export function starred_expression(p: Parser): Expr | null {
  const s = p.mark;
  if (p.peek() !== T.STAR) return null;
  if (p.callInvalidRules) {
    invalid_starred_expression_unpacking(p);
    p.mark = s;
  }
  p.mark++;
  const a = expression(p);
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
  if (p.callInvalidRules) {
    // invalid_starred_expression: '*'
    p.mark++;
    p.raise("SyntaxError", "Invalid star expression");
  }
  return null;
}

// invalid_starred_expression_unpacking:
//     | '*' if_expression               -> "invalid starred expression. Did you forget to wrap ...?"
//     | '*' expression '=' expression   -> "cannot assign to iterable argument unpacking"
function invalid_starred_expression_unpacking(p: Parser): null {
  const s = p.mark;
  const a = p.expect(T.STAR);
  if (a < 0) return null;
  const e = expression(p);
  if (e !== null && p.expect(T.EQUAL) >= 0) {
    const b = expression(p);
    if (b !== null) errRange(p, p.tokLoc(a), b, "cannot assign to iterable argument unpacking");
  }
  p.mark = s;
  void if_expression;
  return null;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
function kwarg_or_starred(p: Parser): KeywordOrStarred | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_kwarg(p);
    p.mark = s;
  }
  const k = keywordArg(p);
  if (k !== null) return { element: k, isKeyword: true };
  const a = starred_expression(p);
  if (a !== null) return { element: a, isKeyword: false };
  return null;
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
function kwarg_or_double_starred(p: Parser): KeywordOrStarred | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_kwarg(p);
    p.mark = s;
  }
  const k = keywordArg(p);
  if (k !== null) return { element: k, isKeyword: true };
  if (p.expect(T.DOUBLESTAR) >= 0) {
    const a = expression(p);
    if (a !== null)
      return {
        element: new keyword({
          arg: null,
          value: a,
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        }),
        isKeyword: true,
      };
  }
  p.mark = s;
  return null;
}

/** NAME '=' expression */
function keywordArg(p: Parser): keyword | null {
  const s = p.mark;
  if (p.peek() !== T.NAME || p.peekAt(1) !== T.EQUAL) return null;
  const a = nameToken(p);
  p.mark++;
  const b = expression(p);
  if (a !== null && b !== null)
    return new keyword({
      arg: a.id,
      value: b,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  p.mark = s;
  return null;
}

// invalid_kwarg:
//     | ('True'|'False'|'None') '='                  -> "cannot assign to True"
//     | NAME '=' expression for_if_clauses            -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
//     | !(NAME '=') expression '='                    -> 'expression cannot contain assignment, perhaps you meant "=="?'
//     | '**' expression '=' expression                -> "cannot assign to keyword argument unpacking"
function invalid_kwarg(p: Parser): null {
  const s = p.mark;
  const ty = p.peek();
  if ((ty === K_TRUE || ty === K_FALSE || ty === K_NONE) && p.peekAt(1) === T.EQUAL) {
    errRange(p, p.tokLoc(s), p.tokLoc(s + 1), `cannot assign to ${p.tokStr(s)}`);
  }
  if (ty === T.NAME && p.peekAt(1) === T.EQUAL) {
    p.mark += 2;
    if (expression(p) !== null && for_if_clauses(p) !== null) {
      errRange(
        p,
        p.tokLoc(s),
        p.tokLoc(s + 1),
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      );
    }
    p.mark = s;
  } else {
    const a = expression(p);
    if (a !== null) {
      const b = p.expect(T.EQUAL);
      if (b >= 0)
        errRange(p, a, p.tokLoc(b), 'expression cannot contain assignment, perhaps you meant "=="?');
    }
    p.mark = s;
  }
  const d = p.expect(T.DOUBLESTAR);
  if (d >= 0 && expression(p) !== null && p.expect(T.EQUAL) >= 0) {
    const b = expression(p);
    if (b !== null) errRange(p, p.tokLoc(d), b, "cannot assign to keyword argument unpacking");
  }
  p.mark = s;
  return null;
}

// invalid_arguments:
//     | ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
//         ',' ','.(starred_expression !'=')+   -> "iterable argument unpacking follows keyword argument unpacking"
//     | expression for_if_clauses ',' [args | expression for_if_clauses]  -> "Generator expression must be parenthesized"
//     | NAME '=' expression for_if_clauses     -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
//     | (args ',')? NAME '=' &(',' | ')')      -> "expected argument value expression"
//     | args for_if_clauses                    -> _PyPegen_nonparen_genexp_in_call
//     | args ',' expression for_if_clauses     -> "Generator expression must be parenthesized"
//     | args ',' args                          -> _PyPegen_arguments_parsing_error
function invalid_arguments(p: Parser): null {
  const s = p.mark;
  // Alternative 1.
  let ok = false;
  if (gather(p, positionalArg) !== null && p.expect(T.COMMA) >= 0 && kwargs(p) !== null) ok = true;
  if (!ok) {
    p.mark = s;
    ok = kwargs(p) !== null;
  }
  if (ok) {
    const a = p.expect(T.COMMA);
    if (a >= 0) {
      const starredNotAssign = (q: Parser): Expr | null => {
        const e = starred_expression(q);
        if (e !== null && q.peek() === T.EQUAL) return null;
        return e;
      };
      if (gather(p, starredNotAssign) !== null)
        p.raiseFrom("iterable argument unpacking follows keyword argument unpacking", p.tokLoc(a));
    }
  }
  // Alternative 2.
  p.mark = s;
  const e = expression(p);
  if (e !== null) {
    const b = for_if_clauses(p);
    if (b !== null && p.expect(T.COMMA) >= 0) {
      const m = p.mark;
      if (args(p) === null) {
        p.mark = m;
        if (!(expression(p) !== null && for_if_clauses(p) !== null)) p.mark = m;
      }
      errRange(p, e, lastComprehensionItem(b[b.length - 1]), "Generator expression must be parenthesized");
    }
  }
  // Alternative 3.
  p.mark = s;
  if (p.peek() === T.NAME && p.peekAt(1) === T.EQUAL) {
    p.mark += 2;
    if (expression(p) !== null && for_if_clauses(p) !== null) {
      errRange(
        p,
        p.tokLoc(s),
        p.tokLoc(s + 1),
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      );
    }
  }
  // Alternative 4.
  p.mark = s;
  if (!(args(p) !== null && p.expect(T.COMMA) >= 0)) p.mark = s;
  if (p.peek() === T.NAME && p.peekAt(1) === T.EQUAL) {
    const n = p.mark;
    p.mark += 2;
    const ty = p.peek();
    if (ty === T.COMMA || ty === T.RPAR)
      errRange(p, p.tokLoc(n), p.tokLoc(n + 1), "expected argument value expression");
  }
  // Alternative 5.
  p.mark = s;
  const a5 = args(p);
  if (a5 !== null) {
    const after = p.mark;
    const b = for_if_clauses(p);
    if (b !== null) {
      const n = a5.args.length;
      if (n <= 1) {
        p.mark = s;
        return null;
      }
      errRange(
        p,
        a5.args[n - 1],
        lastComprehensionItem(b[b.length - 1]),
        "Generator expression must be parenthesized",
      );
    }
    // Alternative 6.
    p.mark = after;
    if (p.expect(T.COMMA) >= 0) {
      const m = p.mark;
      const e6 = expression(p);
      if (e6 !== null) {
        const b6 = for_if_clauses(p);
        if (b6 !== null)
          errRange(
            p,
            e6,
            lastComprehensionItem(b6[b6.length - 1]),
            "Generator expression must be parenthesized",
          );
      }
      // Alternative 7.
      p.mark = m;
      if (args(p) !== null) {
        const unpacking = a5.keywords.some((k) => k.arg === null);
        p.raise(
          "SyntaxError",
          unpacking
            ? "positional argument follows keyword argument unpacking"
            : "positional argument follows keyword argument",
        );
      }
    }
  }
  p.mark = s;
  return null;
}
