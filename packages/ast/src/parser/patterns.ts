// The match statement and its patterns (Grammar/python.gram's match_stmt ... keyword_pattern).
import {
  Add,
  Attribute,
  BinOp,
  Constant,
  Load,
  Match,
  MatchAs,
  MatchClass,
  MatchMapping,
  MatchOr,
  MatchSequence,
  MatchSingleton,
  MatchStar,
  MatchValue,
  match_case,
  type Name,
  type PatternNode,
  PyComplex,
  type StmtNode,
  Store,
  Sub,
  Tuple,
  UnaryOp,
  USub,
} from "../nodes/index.js";
import { type Expr, errAt, errRange, exprName, setContext } from "./actions.js";
import { checkVersion, nameToken, numberToken } from "./common.js";
import {
  expression,
  gather,
  named_expression,
  star_named_expression,
  star_named_expressions,
} from "./expressions.js";
import { MISS, type Parser, Rule } from "./parser.js";
import { block } from "./statements.js";
import { strings } from "./strings.js";
import * as T from "./token-types.js";
import { K_AS, K_FALSE, K_IF, K_NONE, K_TRUE } from "./tokens.js";

type Pattern = PatternNode;

// match_stmt:
//     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//     | invalid_match_stmt
export function match_stmt(p: Parser): StmtNode | null {
  const s = p.mark;
  if (!p.atSoft("match")) return null;
  p.mark++;
  const subject = subject_expr(p);
  if (subject !== null && p.expect(T.COLON) >= 0 && p.expect(T.NEWLINE) >= 0 && p.expect(T.INDENT) >= 0) {
    const cases: match_case[] = [];
    for (;;) {
      const c = case_block(p);
      if (c === null) break;
      cases.push(c);
    }
    if (cases.length > 0 && p.expect(T.DEDENT) >= 0) {
      return checkVersion(
        p,
        10,
        "Pattern matching is",
        new Match({
          subject,
          cases,
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        }),
      );
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    // invalid_match_stmt:
    //     | "match" subject_expr NEWLINE                 -> "expected ':'"
    //     | "match" subject_expr ':' NEWLINE !INDENT     -> "expected an indented block after 'match' statement on line %d"
    p.mark++;
    if (subject_expr(p) !== null) {
      if (p.expect(T.NEWLINE) >= 0)
        checkVersion(p, 10, "Pattern matching is", p.raise("SyntaxError", "expected ':'"));
      if (p.expect(T.COLON) >= 0 && p.expect(T.NEWLINE) >= 0 && p.peek() !== T.INDENT) {
        p.raise(
          "IndentationError",
          `expected an indented block after 'match' statement on line ${p.t.lineno[s]}`,
        );
      }
    }
    p.mark = s;
  }
  return null;
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
function subject_expr(p: Parser): Expr | null {
  const s = p.mark;
  const a = star_named_expression(p);
  if (a !== null && p.expect(T.COMMA) >= 0) {
    const m = p.mark;
    const b = star_named_expressions(p);
    if (b === null) p.mark = m;
    return new Tuple({
      elts: b !== null ? [a, ...b] : [a],
      ctx: Load(),
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  }
  p.mark = s;
  return named_expression(p);
}

// case_block: invalid_case_block | "case" patterns guard? ':' block
function case_block(p: Parser): match_case | null {
  const s = p.mark;
  if (!p.atSoft("case")) return null;
  if (p.callInvalidRules) {
    // invalid_case_block:
    //     | "case" patterns guard? NEWLINE              -> "expected ':'"
    //     | "case" patterns guard? ':' NEWLINE !INDENT  -> "expected an indented block after 'case' statement on line %d"
    p.mark++;
    if (patterns(p) !== null) {
      guard(p);
      if (p.expect(T.NEWLINE) >= 0) p.raise("SyntaxError", "expected ':'");
      if (p.expect(T.COLON) >= 0 && p.expect(T.NEWLINE) >= 0 && p.peek() !== T.INDENT) {
        p.raise(
          "IndentationError",
          `expected an indented block after 'case' statement on line ${p.t.lineno[s]}`,
        );
      }
    }
    p.mark = s;
  }
  p.mark++;
  const pattern = patterns(p);
  if (pattern !== null) {
    const g = guard(p);
    if (p.expect(T.COLON) >= 0) {
      const body = block(p);
      if (body !== null) return new match_case({ pattern, guard: g, body });
    }
  }
  p.mark = s;
  return null;
}

// guard: 'if' named_expression
function guard(p: Parser): Expr | null {
  const m = p.mark;
  if (p.expect(K_IF) >= 0) {
    const g = named_expression(p);
    if (g !== null) return g;
  }
  p.mark = m;
  return null;
}

// patterns: open_sequence_pattern -> MatchSequence | pattern
function patterns(p: Parser): Pattern | null {
  const s = p.mark;
  const a = open_sequence_pattern(p);
  if (a !== null)
    return new MatchSequence({
      patterns: a,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  p.mark = s;
  return pattern(p);
}

// pattern: as_pattern | or_pattern
function pattern(p: Parser): Pattern | null {
  const s = p.mark;
  p.enter();
  const a = as_pattern(p);
  let r: Pattern | null = a;
  if (r === null) {
    p.mark = s;
    r = or_pattern(p);
  }
  p.level--;
  return r;
}

// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
function as_pattern(p: Parser): Pattern | null {
  const s = p.mark;
  const a = or_pattern(p);
  if (a !== null && p.expect(K_AS) >= 0) {
    const m = p.mark;
    const t = pattern_capture_target(p);
    if (t !== null)
      return new MatchAs({
        pattern: a,
        name: t.id,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    if (p.callInvalidRules) {
      // invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression
      p.mark = m;
      const u = p.expectSoft("_");
      if (u >= 0) errAt(p, p.tokLoc(u), "cannot use '_' as a target");
      p.mark = m;
      const e = expression(p);
      if (e !== null) errAt(p, e, `cannot use ${exprName(e)} as pattern target`);
    }
  }
  p.mark = s;
  return null;
}

// or_pattern: '|'.closed_pattern+
function or_pattern(p: Parser): Pattern | null {
  const s = p.mark;
  const first = closed_pattern(p);
  if (first === null) return null;
  const items = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.VBAR) < 0) break;
    const b = closed_pattern(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    items.push(b);
  }
  if (items.length === 1) return first;
  return new MatchOr({
    patterns: items,
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// closed_pattern (memo):
//     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern | group_pattern
//     | sequence_pattern | mapping_pattern | class_pattern
function closed_pattern(p: Parser): Pattern | null {
  const c = p.memoGet(Rule.closed_pattern);
  if (c !== MISS) return c as Pattern | null;
  const s = p.mark;
  const r =
    literal_pattern(p) ??
    capture_pattern(p) ??
    wildcard_pattern(p) ??
    value_pattern(p) ??
    group_pattern(p) ??
    sequence_pattern(p) ??
    mapping_pattern(p) ??
    class_pattern(p);
  if (r === null) p.mark = s;
  p.memoSet(Rule.closed_pattern, s, r);
  return r;
}

// literal_pattern:
//     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
function literal_pattern(p: Parser): Pattern | null {
  const s = p.mark;
  const ty = p.peek();
  if (ty === K_NONE || ty === K_TRUE || ty === K_FALSE) {
    p.mark++;
    return new MatchSingleton({
      value: ty === K_NONE ? null : ty === K_TRUE,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  }
  const e = literal_expr_value(p);
  if (e === null) return null;
  return new MatchValue({
    value: e,
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

/** The value alternatives shared by literal_pattern and literal_expr (numbers, complex numbers, strings). */
function literal_expr_value(p: Parser): Expr | null {
  const s = p.mark;
  const n = signed_number(p);
  if (n !== null) {
    const ty = p.peek();
    if (ty !== T.PLUS && ty !== T.MINUS) return n;
  }
  p.mark = s;
  const c = complex_number(p);
  if (c !== null) return c;
  p.mark = s;
  const ty = p.peek();
  if (ty === T.STRING || ty === T.FSTRING_START || ty === T.TSTRING_START) return strings(p);
  return null;
}

// literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
function literal_expr(p: Parser): Expr | null {
  const s = p.mark;
  const ty = p.peek();
  if (ty === K_NONE || ty === K_TRUE || ty === K_FALSE) {
    p.mark++;
    return new Constant({
      value: ty === K_NONE ? null : ty === K_TRUE,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  }
  return literal_expr_value(p);
}

// complex_number: signed_real_number ('+' | '-') imaginary_number
function complex_number(p: Parser): Expr | null {
  const s = p.mark;
  const real = signed_real_number(p);
  if (real !== null) {
    const ty = p.peek();
    if (ty === T.PLUS || ty === T.MINUS) {
      p.mark++;
      const imag = imaginary_number(p);
      if (imag !== null)
        return new BinOp({
          left: real,
          op: ty === T.PLUS ? Add() : Sub(),
          right: imag,
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

// signed_number: NUMBER | '-' NUMBER
function signed_number(p: Parser): Expr | null {
  const s = p.mark;
  const n = numberToken(p);
  if (n !== null) return n;
  if (p.expect(T.MINUS) >= 0) {
    const m = numberToken(p);
    if (m !== null)
      return new UnaryOp({
        op: USub(),
        operand: m,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
  }
  p.mark = s;
  return null;
}

// signed_real_number: real_number | '-' real_number
function signed_real_number(p: Parser): Expr | null {
  const s = p.mark;
  const n = real_number(p);
  if (n !== null) return n;
  if (p.expect(T.MINUS) >= 0) {
    const m = real_number(p);
    if (m !== null)
      return new UnaryOp({
        op: USub(),
        operand: m,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
  }
  p.mark = s;
  return null;
}

// real_number: NUMBER   -> _PyPegen_ensure_real
function real_number(p: Parser): Expr | null {
  const n = numberToken(p);
  if (n !== null && n.value instanceof PyComplex) errAt(p, n, "real number required in complex literal");
  return n;
}

// imaginary_number: NUMBER   -> _PyPegen_ensure_imaginary
function imaginary_number(p: Parser): Expr | null {
  const n = numberToken(p);
  if (n !== null && !(n.value instanceof PyComplex))
    errAt(p, n, "imaginary number required in complex literal");
  return n;
}

// capture_pattern: pattern_capture_target -> MatchAs(NULL, name)
function capture_pattern(p: Parser): Pattern | null {
  const s = p.mark;
  const t = pattern_capture_target(p);
  if (t === null) return null;
  return new MatchAs({
    pattern: null,
    name: t.id,
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
function pattern_capture_target(p: Parser): Name | null {
  const s = p.mark;
  if (p.atSoft("_")) return null;
  const n = nameToken(p);
  if (n === null) return null;
  const ty = p.peek();
  if (ty === T.DOT || ty === T.LPAR || ty === T.EQUAL) {
    p.mark = s;
    return null;
  }
  return setContext(n, Store()) as Name;
}

// wildcard_pattern: "_"
function wildcard_pattern(p: Parser): Pattern | null {
  const s = p.mark;
  if (p.expectSoft("_") < 0) return null;
  return new MatchAs({
    pattern: null,
    name: null,
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// value_pattern: attr !('.' | '(' | '=')
function value_pattern(p: Parser): Pattern | null {
  const s = p.mark;
  const a = attr(p);
  if (a === null) return null;
  const ty = p.peek();
  if (ty === T.DOT || ty === T.LPAR || ty === T.EQUAL) {
    p.mark = s;
    return null;
  }
  return new MatchValue({
    value: a,
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// attr: name_or_attr '.' NAME   (left-recursive, memo)
function attr(p: Parser): Expr | null {
  const c = p.memoGet(Rule.attr);
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  let r: Expr | null = nameToken(p);
  let grew = false;
  if (r !== null) {
    for (;;) {
      const m = p.mark;
      if (p.expect(T.DOT) < 0) break;
      const b = nameToken(p);
      if (b === null) {
        p.mark = m;
        break;
      }
      r = new Attribute({
        value: r,
        attr: b.id,
        ctx: Load(),
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
      grew = true;
    }
  }
  if (!grew) {
    r = null;
    p.mark = s;
  }
  p.memoSet(Rule.attr, s, r);
  return r;
}

// name_or_attr: attr | NAME
function name_or_attr(p: Parser): Expr | null {
  return attr(p) ?? nameToken(p);
}

// group_pattern: '(' pattern ')'
function group_pattern(p: Parser): Pattern | null {
  const s = p.mark;
  if (p.expect(T.LPAR) < 0) return null;
  const a = pattern(p);
  if (a !== null && p.expect(T.RPAR) >= 0) return a;
  p.mark = s;
  return null;
}

// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
function sequence_pattern(p: Parser): Pattern | null {
  const s = p.mark;
  if (p.expect(T.LSQB) >= 0) {
    const m = p.mark;
    const a = maybe_sequence_pattern(p);
    if (a === null) p.mark = m;
    if (p.expect(T.RSQB) >= 0)
      return new MatchSequence({
        patterns: a ?? [],
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    p.mark = s;
    return null;
  }
  if (p.expect(T.LPAR) >= 0) {
    const m = p.mark;
    const a = open_sequence_pattern(p);
    if (a === null) p.mark = m;
    if (p.expect(T.RPAR) >= 0)
      return new MatchSequence({
        patterns: a ?? [],
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    p.mark = s;
  }
  return null;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
function open_sequence_pattern(p: Parser): Pattern[] | null {
  const s = p.mark;
  const a = maybe_star_pattern(p);
  if (a !== null && p.expect(T.COMMA) >= 0) {
    const m = p.mark;
    const b = maybe_sequence_pattern(p);
    if (b === null) p.mark = m;
    return b !== null ? [a, ...b] : [a];
  }
  p.mark = s;
  return null;
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
function maybe_sequence_pattern(p: Parser): Pattern[] | null {
  const a = gather(p, maybe_star_pattern);
  if (a === null) return null;
  p.expect(T.COMMA);
  return a;
}

// maybe_star_pattern: star_pattern | pattern
function maybe_star_pattern(p: Parser): Pattern | null {
  return star_pattern(p) ?? pattern(p);
}

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
function star_pattern(p: Parser): Pattern | null {
  const c = p.memoGet(Rule.star_pattern);
  if (c !== MISS) return c as Pattern | null;
  const s = p.mark;
  let r: Pattern | null = null;
  if (p.expect(T.STAR) >= 0) {
    const t = pattern_capture_target(p);
    if (t !== null)
      r = new MatchStar({
        name: t.id,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    else if (p.expectSoft("_") >= 0)
      r = new MatchStar({
        name: null,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
  }
  if (r === null) p.mark = s;
  p.memoSet(Rule.star_pattern, s, r);
  return r;
}

interface KeyPattern {
  key: Expr;
  pattern: Pattern;
}

// mapping_pattern:
//     | '{' '}' | '{' double_star_pattern ','? '}' | '{' items_pattern ',' double_star_pattern ','? '}'
//     | '{' items_pattern ','? '}' | invalid_mapping_pattern
function mapping_pattern(p: Parser): Pattern | null {
  const s = p.mark;
  if (p.expect(T.LBRACE) < 0) return null;
  if (p.expect(T.RBRACE) >= 0)
    return new MatchMapping({
      keys: [],
      patterns: [],
      rest: null,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  const rest = double_star_pattern(p);
  if (rest !== null) {
    p.expect(T.COMMA);
    if (p.expect(T.RBRACE) >= 0)
      return new MatchMapping({
        keys: [],
        patterns: [],
        rest: rest.id,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
  }
  p.mark = s + 1;
  const items = gather(p, key_value_pattern);
  if (items !== null) {
    const m = p.mark;
    if (p.expect(T.COMMA) >= 0) {
      const r = double_star_pattern(p);
      if (r !== null) {
        p.expect(T.COMMA);
        if (p.expect(T.RBRACE) >= 0) {
          return new MatchMapping({
            keys: items.map((x) => x.key),
            patterns: items.map((x) => x.pattern),
            rest: r.id,
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          });
        }
      }
    }
    p.mark = m;
    p.expect(T.COMMA);
    if (p.expect(T.RBRACE) >= 0) {
      return new MatchMapping({
        keys: items.map((x) => x.key),
        patterns: items.map((x) => x.pattern),
        rest: null,
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

// key_value_pattern: (literal_expr | attr) ':' pattern
function key_value_pattern(p: Parser): KeyPattern | null {
  const s = p.mark;
  const key = literal_expr(p) ?? attr(p);
  if (key !== null && p.expect(T.COLON) >= 0) {
    const v = pattern(p);
    if (v !== null) return { key, pattern: v };
  }
  p.mark = s;
  return null;
}

// double_star_pattern: '**' pattern_capture_target
function double_star_pattern(p: Parser): Name | null {
  const s = p.mark;
  if (p.expect(T.DOUBLESTAR) < 0) return null;
  const t = pattern_capture_target(p);
  if (t === null) p.mark = s;
  return t;
}

// class_pattern:
//     | name_or_attr '(' ')' | name_or_attr '(' positional_patterns ','? ')'
//     | name_or_attr '(' keyword_patterns ','? ')'
//     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//     | invalid_class_pattern
function class_pattern(p: Parser): Pattern | null {
  const s = p.mark;
  const cls = name_or_attr(p);
  if (cls === null) return null;
  if (p.expect(T.LPAR) < 0) {
    p.mark = s;
    return null;
  }
  const afterParen = p.mark;
  if (p.expect(T.RPAR) >= 0)
    return new MatchClass({
      cls,
      patterns: [],
      kwd_attrs: [],
      kwd_patterns: [],
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  const positional = gather(p, pattern);
  if (positional !== null) {
    const m = p.mark;
    p.expect(T.COMMA);
    if (p.expect(T.RPAR) >= 0)
      return new MatchClass({
        cls,
        patterns: positional,
        kwd_attrs: [],
        kwd_patterns: [],
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    p.mark = m;
  }
  p.mark = afterParen;
  const kw = gather(p, keyword_pattern);
  if (kw !== null) {
    p.expect(T.COMMA);
    if (p.expect(T.RPAR) >= 0) {
      return new MatchClass({
        cls,
        patterns: [],
        kwd_attrs: kw.map((k) => k.name),
        kwd_patterns: kw.map((k) => k.pattern),
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    }
  }
  p.mark = afterParen;
  if (positional !== null) {
    gather(p, pattern);
    if (p.expect(T.COMMA) >= 0) {
      const kw2 = gather(p, keyword_pattern);
      if (kw2 !== null) {
        p.expect(T.COMMA);
        if (p.expect(T.RPAR) >= 0) {
          return new MatchClass({
            cls,
            patterns: positional,
            kwd_attrs: kw2.map((k) => k.name),
            kwd_patterns: kw2.map((k) => k.pattern),
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          });
        }
      }
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    // invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
    // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
    name_or_attr(p);
    p.mark++;
    const m = p.mark;
    if (!(gather(p, pattern) !== null && p.expect(T.COMMA) >= 0)) p.mark = m;
    if (gather(p, keyword_pattern) !== null && p.expect(T.COMMA) >= 0) {
      const a = gather(p, pattern);
      if (a !== null) errRange(p, a[0], a[a.length - 1], "positional patterns follow keyword patterns");
    }
    p.mark = s;
  }
  return null;
}

// keyword_pattern: NAME '=' pattern
function keyword_pattern(p: Parser): { name: string; pattern: Pattern } | null {
  const s = p.mark;
  const n = nameToken(p);
  if (n !== null && p.expect(T.EQUAL) >= 0) {
    const v = pattern(p);
    if (v !== null) return { name: n.id, pattern: v };
  }
  p.mark = s;
  return null;
}
