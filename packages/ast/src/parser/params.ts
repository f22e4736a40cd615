// Parameter lists of `def` and `lambda` (Grammar/python.gram's params and lambda_params), with their invalid_ rules.
import { arg, type arguments_ } from "../nodes/index.js";
import {
  type Expr,
  errAt,
  errRange,
  makeArguments,
  type NameDefaultPair,
  type SlashWithDefault,
  type StarEtc,
} from "./actions.js";
import { checkVersion, nameToken } from "./common.js";
import { expression, star_expression } from "./expressions.js";
import type { Parser } from "./parser.js";
import * as T from "./token-types.js";

/** The two flavours share their rules: `def` parameters end at ')' and take annotations, lambda's end at ':'. */
interface Flavour {
  lambda: boolean;
  close: number;
}
const DEF: Flavour = { lambda: false, close: T.RPAR };
const LAMBDA: Flavour = { lambda: true, close: T.COLON };

// params: invalid_parameters | parameters
export function params(p: Parser): arguments_ | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_parameters(p, DEF);
    p.mark = s;
  }
  return parameters(p, DEF);
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
export function lambda_params(p: Parser): arguments_ | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_parameters(p, LAMBDA);
    p.mark = s;
  }
  return parameters(p, LAMBDA);
}

export function invalid_lambda_parameters(p: Parser): null {
  return invalid_parameters(p, LAMBDA);
}

function many<X>(p: Parser, item: (p: Parser, f: Flavour) => X | null, f: Flavour): X[] {
  const out: X[] = [];
  for (;;) {
    const x = item(p, f);
    if (x === null) return out;
    out.push(x);
  }
}

// parameters:
//     | slash_no_default param_no_default* param_with_default* [star_etc]
//     | slash_with_default param_with_default* [star_etc]
//     | param_no_default+ param_with_default* [star_etc]
//     | param_with_default+ [star_etc]
//     | star_etc
function parameters(p: Parser, f: Flavour): arguments_ | null {
  const s = p.mark;
  const a = slash_no_default(p, f);
  if (a !== null) {
    const b = many(p, param_no_default, f);
    const c = many(p, param_with_default, f);
    const d = star_etc(p, f);
    return checkVersion(p, 8, "Positional-only parameters are", makeArguments(a, null, b, c, d));
  }
  p.mark = s;
  const sw = slash_with_default(p, f);
  if (sw !== null) {
    const b = many(p, param_with_default, f);
    const c = star_etc(p, f);
    return checkVersion(p, 8, "Positional-only parameters are", makeArguments(null, sw, null, b, c));
  }
  p.mark = s;
  const pn = many(p, param_no_default, f);
  if (pn.length > 0) {
    const b = many(p, param_with_default, f);
    const c = star_etc(p, f);
    return makeArguments(null, null, pn, b, c);
  }
  p.mark = s;
  const pw = many(p, param_with_default, f);
  if (pw.length > 0) {
    const b = star_etc(p, f);
    return makeArguments(null, null, null, pw, b);
  }
  p.mark = s;
  const se = star_etc(p, f);
  if (se !== null) return makeArguments(null, null, null, null, se);
  p.mark = s;
  return null;
}

/** '/' followed by ',' or (looking ahead) the closing token. */
function slashEnd(p: Parser, f: Flavour): boolean {
  if (p.expect(T.SLASH) < 0) return false;
  if (p.expect(T.COMMA) >= 0) return true;
  return p.peek() === f.close;
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
function slash_no_default(p: Parser, f: Flavour): arg[] | null {
  const s = p.mark;
  const a = many(p, param_no_default, f);
  if (a.length > 0 && slashEnd(p, f)) return a;
  p.mark = s;
  return null;
}

// slash_with_default: param_no_default* param_with_default+ '/' ',' | ... '/' &')'
function slash_with_default(p: Parser, f: Flavour): SlashWithDefault | null {
  const s = p.mark;
  const a = many(p, param_no_default, f);
  const b = many(p, param_with_default, f);
  if (b.length > 0 && slashEnd(p, f)) return { plainNames: a, namesWithDefaults: b };
  p.mark = s;
  return null;
}

// star_etc:
//     | invalid_star_etc
//     | '*' param_no_default param_maybe_default* [kwds]
//     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//     | '*' ',' param_maybe_default+ [kwds]
//     | kwds
function star_etc(p: Parser, f: Flavour): StarEtc | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_star_etc(p, f);
    p.mark = s;
  }
  if (p.expect(T.STAR) >= 0) {
    let a = param_no_default(p, f);
    if (a === null && !f.lambda) a = param_no_default_star_annotation(p);
    if (a !== null) {
      const b = many(p, param_maybe_default, f);
      const c = kwds(p, f);
      return { vararg: a, kwonlyargs: b, kwarg: c };
    }
    if (p.expect(T.COMMA) >= 0) {
      const b = many(p, param_maybe_default, f);
      if (b.length > 0) {
        const c = kwds(p, f);
        return { vararg: null, kwonlyargs: b, kwarg: c };
      }
    }
    p.mark = s;
  }
  const k = kwds(p, f);
  if (k !== null) return { vararg: null, kwonlyargs: [], kwarg: k };
  p.mark = s;
  return null;
}

// kwds: invalid_kwds | '**' param_no_default
function kwds(p: Parser, f: Flavour): arg | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_kwds(p, f);
    p.mark = s;
  }
  if (p.expect(T.DOUBLESTAR) >= 0) {
    const a = param_no_default(p, f);
    if (a !== null) return a;
  }
  p.mark = s;
  return null;
}

/** No type comment after a parameter, and no parameter end at all (paramEnd's answers besides a token index). */
const NO_COMMENT = -1;
const NO_END = -2;

/**
 * The end of one parameter: ',' TYPE_COMMENT? | TYPE_COMMENT? &close. The TYPE_COMMENT's token index,
 * NO_COMMENT, or NO_END.
 */
function paramEnd(p: Parser, f: Flavour): number {
  const s = p.mark;
  if (p.expect(T.COMMA) >= 0) {
    return f.lambda ? NO_COMMENT : p.expect(T.TYPE_COMMENT);
  }
  const tc = f.lambda ? NO_COMMENT : p.expect(T.TYPE_COMMENT);
  if (p.peek() === f.close) return tc;
  p.mark = s;
  return NO_END;
}

export function typeCommentText(p: Parser, i: number): string {
  return p.tokStr(i);
}

/** `_PyPegen_add_type_comment_to_arg`: an empty comment ("# type:") still counts. */
function withComment(p: Parser, a: arg, tc: number): arg {
  if (tc >= 0) a.type_comment = typeCommentText(p, tc);
  return a;
}

// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
function param_no_default(p: Parser, f: Flavour): arg | null {
  const s = p.mark;
  const a = param(p, f);
  if (a === null) return null;
  const tc = paramEnd(p, f);
  if (tc !== NO_END) return withComment(p, a, tc);
  p.mark = s;
  return null;
}

// param_no_default_star_annotation: param_star_annotation ',' TYPE_COMMENT? | param_star_annotation TYPE_COMMENT? &')'
function param_no_default_star_annotation(p: Parser): arg | null {
  const s = p.mark;
  const n = nameToken(p);
  if (n !== null && p.expect(T.COLON) >= 0) {
    const ann = star_expression(p);
    if (ann !== null) {
      const a = new arg({
        arg: n.id,
        annotation: ann,
        type_comment: null,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
      const tc = paramEnd(p, DEF);
      if (tc !== NO_END) return withComment(p, a, tc);
    }
  }
  p.mark = s;
  return null;
}

// param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
function param_with_default(p: Parser, f: Flavour): NameDefaultPair | null {
  const s = p.mark;
  const a = param(p, f);
  if (a !== null) {
    const c = defaultRule(p);
    if (c !== null) {
      const tc = paramEnd(p, f);
      if (tc !== NO_END) return { arg: withComment(p, a, tc), value: c };
    }
  }
  p.mark = s;
  return null;
}

// param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
function param_maybe_default(p: Parser, f: Flavour): NameDefaultPair | null {
  const s = p.mark;
  const a = param(p, f);
  if (a !== null) {
    const c = defaultRule(p);
    const tc = paramEnd(p, f);
    if (tc !== NO_END) return { arg: withComment(p, a, tc), value: c };
  }
  p.mark = s;
  return null;
}

// param: NAME annotation?      lambda_param: NAME
function param(p: Parser, f: Flavour): arg | null {
  const s = p.mark;
  const n = nameToken(p);
  if (n === null) return null;
  let ann: Expr | null = null;
  if (!f.lambda) {
    const m = p.mark;
    if (p.expect(T.COLON) >= 0) {
      ann = expression(p);
      if (ann === null) p.mark = m;
    }
  }
  return new arg({
    arg: n.id,
    annotation: ann,
    type_comment: null,
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// default: '=' expression | invalid_default
function defaultRule(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.EQUAL) >= 0) {
    const a = expression(p);
    if (a !== null) return a;
  }
  p.mark = s;
  if (p.callInvalidRules) {
    // invalid_default: '=' &(')'|',')
    const a = p.expect(T.EQUAL);
    if (a >= 0) {
      const ty = p.peek();
      if (ty === T.RPAR || ty === T.COMMA) errAt(p, p.tokLoc(a), "expected default value expression");
    }
    p.mark = s;
  }
  return null;
}

// invalid_parameters / invalid_lambda_parameters:
//     | "/" ','                                                      -> "at least one argument must precede /"
//     | (slash_no_default | slash_with_default) param_maybe_default* '/'  -> "/ may appear only once"
//     | slash_no_default? param_no_default* invalid_parameters_helper param_no_default
//                                          -> "parameter without a default follows parameter with a default"
//     | param_no_default* '(' param_no_default+ ','? ')'            -> "Function parameters cannot be parenthesized"
//     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
//         param_maybe_default* '/'                                   -> "/ must be ahead of *"
//     | param_maybe_default+ '/' '*'                                 -> "expected comma between / and *"
function invalid_parameters(p: Parser, f: Flavour): null {
  const s = p.mark;
  const a1 = p.expect(T.SLASH);
  if (a1 >= 0 && p.expect(T.COMMA) >= 0) errAt(p, p.tokLoc(a1), "at least one argument must precede /");
  p.mark = s;
  if (slash_no_default(p, f) !== null || slash_with_default(p, f) !== null) {
    many(p, param_maybe_default, f);
    const a = p.expect(T.SLASH);
    if (a >= 0) errAt(p, p.tokLoc(a), "/ may appear only once");
  }
  p.mark = s;
  if (slash_no_default(p, f) === null) p.mark = s;
  many(p, param_no_default, f);
  let helper = slash_with_default(p, f) !== null;
  if (!helper) helper = many(p, param_with_default, f).length > 0;
  if (helper) {
    const a = param_no_default(p, f);
    if (a !== null) errAt(p, a, "parameter without a default follows parameter with a default");
  }
  p.mark = s;
  many(p, param_no_default, f);
  const lp = p.expect(T.LPAR);
  if (lp >= 0) {
    let ok: boolean;
    if (f.lambda) {
      // ','.lambda_param+
      ok = param(p, f) !== null;
      if (ok) {
        for (;;) {
          const m = p.mark;
          if (p.expect(T.COMMA) < 0 || param(p, f) === null) {
            p.mark = m;
            break;
          }
        }
      }
    } else ok = many(p, param_no_default, f).length > 0;
    if (ok) {
      p.expect(T.COMMA);
      const rp = p.expect(T.RPAR);
      if (rp >= 0) {
        errRange(
          p,
          p.tokLoc(lp),
          p.tokLoc(rp),
          f.lambda
            ? "Lambda expression parameters cannot be parenthesized"
            : "Function parameters cannot be parenthesized",
        );
      }
    }
  }
  p.mark = s;
  if (slash_no_default(p, f) === null) {
    p.mark = s;
    if (slash_with_default(p, f) === null) p.mark = s;
  }
  many(p, param_maybe_default, f);
  if (p.expect(T.STAR) >= 0 && (p.expect(T.COMMA) >= 0 || param_no_default(p, f) !== null)) {
    many(p, param_maybe_default, f);
    const a = p.expect(T.SLASH);
    if (a >= 0) errAt(p, p.tokLoc(a), "/ must be ahead of *");
  }
  p.mark = s;
  if (many(p, param_maybe_default, f).length > 0 && p.expect(T.SLASH) >= 0) {
    const a = p.expect(T.STAR);
    if (a >= 0) errAt(p, p.tokLoc(a), "expected comma between / and *");
  }
  p.mark = s;
  return null;
}

// invalid_star_etc:
//     | '*' (')' | ',' (')' | '**'))          -> "named arguments must follow bare *"
//     | '*' ',' TYPE_COMMENT                   -> "bare * has associated type comment"
//     | '*' param '='                          -> "var-positional argument cannot have default value"
//     | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')  -> "* argument may appear only once"
// (lambda: ':' for ')', and the first message without a location)
function invalid_star_etc(p: Parser, f: Flavour): null {
  const s = p.mark;
  const a = p.expect(T.STAR);
  if (a < 0) return null;
  const ty = p.peek();
  let bare = ty === f.close;
  if (!bare && ty === T.COMMA) {
    const t2 = p.peekAt(1);
    bare = t2 === f.close || t2 === T.DOUBLESTAR;
  }
  if (bare) {
    if (f.lambda) {
      p.mark += ty === T.COMMA ? 2 : 1;
      p.raise("SyntaxError", "named arguments must follow bare *");
    }
    errAt(p, p.tokLoc(a), "named arguments must follow bare *");
  }
  if (!f.lambda && ty === T.COMMA && p.peekAt(1) === T.TYPE_COMMENT) {
    p.mark += 2;
    p.raise("SyntaxError", "bare * has associated type comment");
  }
  if (param(p, f) !== null) {
    const eq = p.expect(T.EQUAL);
    if (eq >= 0) errAt(p, p.tokLoc(eq), "var-positional argument cannot have default value");
  }
  p.mark = s + 1;
  if (param_no_default(p, f) !== null || p.expect(T.COMMA) >= 0) {
    many(p, param_maybe_default, f);
    const b = p.expect(T.STAR);
    if (b >= 0 && (param_no_default(p, f) !== null || p.expect(T.COMMA) >= 0))
      errAt(p, p.tokLoc(b), "* argument may appear only once");
  }
  p.mark = s;
  return null;
}

// invalid_kwds:
//     | '**' param '='                         -> "var-keyword argument cannot have default value"
//     | '**' param ',' param                   -> "arguments cannot follow var-keyword argument"
//     | '**' param ',' ('*'|'**'|'/')          -> "arguments cannot follow var-keyword argument"
function invalid_kwds(p: Parser, f: Flavour): null {
  const s = p.mark;
  if (p.expect(T.DOUBLESTAR) >= 0 && param(p, f) !== null) {
    const eq = p.expect(T.EQUAL);
    if (eq >= 0) errAt(p, p.tokLoc(eq), "var-keyword argument cannot have default value");
    if (p.expect(T.COMMA) >= 0) {
      const m = p.mark;
      const a = param(p, f);
      if (a !== null) errAt(p, a, "arguments cannot follow var-keyword argument");
      p.mark = m;
      const ty = p.peek();
      if (ty === T.STAR || ty === T.DOUBLESTAR || ty === T.SLASH)
        errAt(p, p.tokLoc(m), "arguments cannot follow var-keyword argument");
    }
  }
  p.mark = s;
  return null;
}
