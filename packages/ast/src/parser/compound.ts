// Compound statements of Grammar/python.gram: if, while, for, with, try and their invalid_ rules.
import {
  AsyncFor,
  AsyncWith,
  ExceptHandler,
  For,
  If,
  type Name,
  type StmtNode,
  Try,
  TryStar,
  While,
  With,
  withitem,
} from "../nodes/index.js";
import { errAt, errRange, exprName, raiseInvalidTarget, STAR_TARGETS } from "./actions.js";
import { checkVersion, nameToken } from "./common.js";
import { invalid_for_target } from "./displays.js";
import { expression, expressions, gather, named_expression, star_expressions } from "./expressions.js";
import { typeCommentText } from "./params.js";
import type { Parser } from "./parser.js";
import { block } from "./statements.js";
import { star_target, star_targets } from "./targets.js";
import * as T from "./token-types.js";
import {
  K_AS,
  K_ASYNC,
  K_ELIF,
  K_ELSE,
  K_EXCEPT,
  K_FINALLY,
  K_FOR,
  K_IF,
  K_IN,
  K_TRY,
  K_WHILE,
  K_WITH,
} from "./tokens.js";

type Stmt = StmtNode;

// if_stmt:
//     | invalid_if_stmt
//     | 'if' named_expression ':' block elif_stmt
//     | 'if' named_expression ':' block [else_block]
export function if_stmt(p: Parser): Stmt | null {
  return ifOrElif(p, K_IF, "if");
}

function ifOrElif(p: Parser, keyword: number, word: string): Stmt | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    // invalid_if_stmt / invalid_elif_stmt:
    //     | 'if' named_expression NEWLINE            -> "expected ':'"
    //     | 'if' named_expression ':' NEWLINE !INDENT
    const a = p.expect(keyword);
    if (a >= 0 && named_expression(p) !== null) {
      if (p.expect(T.NEWLINE) >= 0) p.raise("SyntaxError", "expected ':'");
      if (p.expect(T.COLON) >= 0 && p.expect(T.NEWLINE) >= 0 && p.peek() !== T.INDENT) {
        p.raise(
          "IndentationError",
          `expected an indented block after '${word}' statement on line ${p.t.lineno[a]}`,
        );
      }
    }
    p.mark = s;
  }
  if (p.expect(keyword) < 0) return null;
  const a = named_expression(p);
  if (a !== null && p.expect(T.COLON) >= 0) {
    const b = block(p);
    if (b !== null) {
      const m = p.mark;
      if (p.peek() === K_ELIF) {
        const c = ifOrElif(p, K_ELIF, "elif");
        if (c !== null)
          return new If({
            test: a,
            body: b,
            orelse: [c],
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          });
        p.mark = m;
      }
      const c = else_block(p);
      return new If({
        test: a,
        body: b,
        orelse: c ?? [],
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

// else_block: invalid_else_stmt | 'else' &&':' block
function else_block(p: Parser): Stmt[] | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    // invalid_else_stmt:
    //     | 'else' ':' NEWLINE !INDENT     -> "expected an indented block after 'else' statement on line %d"
    //     | 'else' ':' block 'elif'        -> "'elif' block follows an 'else' block"
    const a = p.expect(K_ELSE);
    if (a >= 0 && p.expect(T.COLON) >= 0) {
      const m = p.mark;
      if (p.expect(T.NEWLINE) >= 0 && p.peek() !== T.INDENT) {
        p.raise(
          "IndentationError",
          `expected an indented block after 'else' statement on line ${p.t.lineno[a]}`,
        );
      }
      p.mark = m;
      if (block(p) !== null && p.peek() === K_ELIF)
        p.raise("SyntaxError", "'elif' block follows an 'else' block");
    }
    p.mark = s;
  }
  if (p.expect(K_ELSE) < 0) return null;
  p.expectForced(T.COLON, ":");
  const b = block(p);
  if (b === null) p.mark = s;
  return b;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
export function while_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    const a = p.expect(K_WHILE);
    if (a >= 0 && named_expression(p) !== null) {
      if (p.expect(T.NEWLINE) >= 0) p.raise("SyntaxError", "expected ':'");
      if (p.expect(T.COLON) >= 0 && p.expect(T.NEWLINE) >= 0 && p.peek() !== T.INDENT) {
        p.raise(
          "IndentationError",
          `expected an indented block after 'while' statement on line ${p.t.lineno[a]}`,
        );
      }
    }
    p.mark = s;
  }
  if (p.expect(K_WHILE) < 0) return null;
  const a = named_expression(p);
  if (a !== null && p.expect(T.COLON) >= 0) {
    const b = block(p);
    if (b !== null) {
      const c = else_block(p);
      return new While({
        test: a,
        body: b,
        orelse: c ?? [],
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

// for_stmt:
//     | invalid_for_stmt
//     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | 'async' 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | invalid_for_target
export function for_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    // invalid_for_stmt:
    //     | ['async'] 'for' star_targets 'in' star_expressions NEWLINE        -> "expected ':'"
    //     | ['async'] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
    p.expect(K_ASYNC);
    const a = p.expect(K_FOR);
    if (a >= 0 && star_targets(p) !== null && p.expect(K_IN) >= 0 && star_expressions(p) !== null) {
      if (p.expect(T.NEWLINE) >= 0) p.raise("SyntaxError", "expected ':'");
      if (p.expect(T.COLON) >= 0 && p.expect(T.NEWLINE) >= 0 && p.peek() !== T.INDENT) {
        p.raise(
          "IndentationError",
          `expected an indented block after 'for' statement on line ${p.t.lineno[a]}`,
        );
      }
    }
    p.mark = s;
  }
  const isAsync = p.expect(K_ASYNC) >= 0;
  if (p.expect(K_FOR) >= 0) {
    const t = star_targets(p);
    if (t !== null && p.expect(K_IN) >= 0) {
      const ex = star_expressions(p);
      if (ex !== null && p.expect(T.COLON) >= 0) {
        const tc = p.expect(T.TYPE_COMMENT);
        const b = block(p);
        if (b !== null) {
          const el = else_block(p);
          const init = {
            target: t,
            iter: ex,
            body: b,
            orelse: el ?? [],
            type_comment: tc >= 0 ? typeCommentText(p, tc) : null,
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          };
          if (isAsync) return checkVersion(p, 5, "Async for loops are", new AsyncFor(init));
          return new For(init);
        }
      }
      // The cut after 'in'.
      p.mark = s;
      return null;
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_for_target(p);
    p.mark = s;
  }
  return null;
}

// with_stmt:
//     | invalid_with_stmt_indent
//     | 'with' '(' ','.with_item+ ','? ')' ':' [TYPE_COMMENT] block
//     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | 'async' 'with' '(' ','.with_item+ ','? ')' ':' block
//     | 'async' 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | invalid_with_stmt
export function with_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_with_stmt_indent(p);
    p.mark = s;
  }
  const isAsync = p.expect(K_ASYNC) >= 0;
  if (p.expect(K_WITH) >= 0) {
    const afterWith = p.mark;
    if (p.expect(T.LPAR) >= 0) {
      const a = gather(p, with_item);
      if (a !== null) {
        p.expect(T.COMMA);
        if (p.expect(T.RPAR) >= 0 && p.expect(T.COLON) >= 0) {
          const tc = isAsync ? -1 : p.expect(T.TYPE_COMMENT);
          const b = block(p);
          if (b !== null) return makeWith(p, s, isAsync, a, b, tc);
        }
      }
    }
    p.mark = afterWith;
    const a = gather(p, with_item);
    if (a !== null && p.expect(T.COLON) >= 0) {
      const tc = p.expect(T.TYPE_COMMENT);
      const b = block(p);
      if (b !== null) return makeWith(p, s, isAsync, a, b, tc);
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_with_stmt(p);
    p.mark = s;
  }
  return null;
}

function makeWith(p: Parser, s: number, isAsync: boolean, items: withitem[], body: Stmt[], tc: number): Stmt {
  const init = {
    items,
    body,
    type_comment: tc >= 0 ? typeCommentText(p, tc) : null,
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  };
  if (isAsync) return checkVersion(p, 5, "Async with statements are", new AsyncWith(init));
  return new With(init);
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
function with_item(p: Parser): withitem | null {
  const s = p.mark;
  const e = expression(p);
  if (e === null) return null;
  const afterE = p.mark;
  if (p.expect(K_AS) >= 0) {
    const t = star_target(p);
    if (t !== null) {
      const ty = p.peek();
      if (ty === T.COMMA || ty === T.RPAR || ty === T.COLON)
        return new withitem({ context_expr: e, optional_vars: t });
    }
    if (p.callInvalidRules) {
      // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
      p.mark = afterE + 1;
      const a = expression(p);
      if (a !== null) {
        const ty = p.peek();
        if (ty === T.COMMA || ty === T.RPAR || ty === T.COLON) raiseInvalidTarget(p, STAR_TARGETS, a);
      }
    }
  }
  p.mark = afterE;
  void s;
  return new withitem({ context_expr: e, optional_vars: null });
}

/** ','.(expression ['as' star_target])+ (or with `expressions`), as the invalid_with rules use them. */
function withItemsLoose(p: Parser, exprs: boolean): boolean {
  const item = (q: Parser): true | null => {
    const e = exprs ? expressions(q) : expression(q);
    if (e === null) return null;
    const m = q.mark;
    if (!(q.expect(K_AS) >= 0 && star_target(q) !== null)) q.mark = m;
    return true;
  };
  return gather(p, item) !== null;
}

// invalid_with_stmt:
//     | ['async'] 'with' ','.(expression ['as' star_target])+ NEWLINE   -> "expected ':'"
//     | ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE -> "expected ':'"
function invalid_with_stmt(p: Parser): null {
  const s = p.mark;
  p.expect(K_ASYNC);
  if (p.expect(K_WITH) < 0) {
    p.mark = s;
    return null;
  }
  const afterWith = p.mark;
  if (withItemsLoose(p, false)) {
    if (p.expect(T.NEWLINE) >= 0) p.raise("SyntaxError", "expected ':'");
  }
  p.mark = afterWith;
  if (p.expect(T.LPAR) >= 0 && withItemsLoose(p, true)) {
    p.expect(T.COMMA);
    if (p.expect(T.RPAR) >= 0 && p.expect(T.NEWLINE) >= 0) p.raise("SyntaxError", "expected ':'");
  }
  p.mark = s;
  return null;
}

// invalid_with_stmt_indent:
//     | ['async'] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//     | ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
function invalid_with_stmt_indent(p: Parser): null {
  const s = p.mark;
  p.expect(K_ASYNC);
  const a = p.expect(K_WITH);
  if (a < 0) {
    p.mark = s;
    return null;
  }
  const afterWith = p.mark;
  const msg = `expected an indented block after 'with' statement on line ${p.t.lineno[a]}`;
  if (
    withItemsLoose(p, false) &&
    p.expect(T.COLON) >= 0 &&
    p.expect(T.NEWLINE) >= 0 &&
    p.peek() !== T.INDENT
  ) {
    p.raise("IndentationError", msg);
  }
  p.mark = afterWith;
  if (p.expect(T.LPAR) >= 0 && withItemsLoose(p, true)) {
    p.expect(T.COMMA);
    if (
      p.expect(T.RPAR) >= 0 &&
      p.expect(T.COLON) >= 0 &&
      p.expect(T.NEWLINE) >= 0 &&
      p.peek() !== T.INDENT
    ) {
      p.raise("IndentationError", msg);
    }
  }
  p.mark = s;
  return null;
}

// try_stmt:
//     | invalid_try_stmt
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
export function try_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_try_stmt(p);
    p.mark = s;
  }
  if (p.expect(K_TRY) < 0) return null;
  p.expectForced(T.COLON, ":");
  const b = block(p);
  if (b === null) {
    p.mark = s;
    return null;
  }
  const afterBody = p.mark;
  const f = finally_block(p);
  if (f !== null)
    return new Try({
      body: b,
      handlers: [],
      orelse: [],
      finalbody: f,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  p.mark = afterBody;
  for (const star of [false, true]) {
    p.mark = afterBody;
    const handlers: ExceptHandler[] = [];
    for (;;) {
      const h = except_block(p, star);
      if (h === null) break;
      handlers.push(h);
    }
    if (handlers.length > 0) {
      const el = else_block(p);
      const fin = finally_block(p);
      const init = {
        body: b,
        handlers,
        orelse: el ?? [],
        finalbody: fin ?? [],
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      };
      if (star) return checkVersion(p, 11, "Exception groups are", new TryStar(init));
      return new Try(init);
    }
  }
  p.mark = s;
  return null;
}

// invalid_try_stmt:
//     | 'try' ':' NEWLINE !INDENT                  -> "expected an indented block after 'try' statement on line %d"
//     | 'try' ':' block !('except' | 'finally')    -> "expected 'except' or 'finally' block"
//     | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//     | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
//                                                  -> "cannot have both 'except' and 'except*' on the same 'try'"
function invalid_try_stmt(p: Parser): null {
  const s = p.mark;
  const a = p.expect(K_TRY);
  if (a < 0 || p.expect(T.COLON) < 0) {
    p.mark = s;
    return null;
  }
  const afterColon = p.mark;
  if (p.expect(T.NEWLINE) >= 0 && p.peek() !== T.INDENT) {
    p.raise("IndentationError", `expected an indented block after 'try' statement on line ${p.t.lineno[a]}`);
  }
  p.mark = afterColon;
  if (block(p) !== null) {
    const ty = p.peek();
    if (ty !== K_EXCEPT && ty !== K_FINALLY) p.raise("SyntaxError", "expected 'except' or 'finally' block");
  }
  for (const star of [false, true]) {
    p.mark = afterColon;
    while (block(p) !== null) {
      // block*
    }
    let n = 0;
    while (except_block(p, star) !== null) n++;
    if (n === 0) continue;
    const e = p.expect(K_EXCEPT);
    if (e < 0) continue;
    if (!star) {
      const st = p.expect(T.STAR);
      if (st >= 0 && expression(p) !== null) {
        optAsName(p);
        if (p.expect(T.COLON) >= 0)
          errRange(p, p.tokLoc(e), p.tokLoc(st), "cannot have both 'except' and 'except*' on the same 'try'");
      }
    } else {
      const m = p.mark;
      if (expression(p) !== null) optAsName(p);
      else p.mark = m;
      if (p.expect(T.COLON) >= 0)
        errAt(p, p.tokLoc(e), "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }
  p.mark = s;
  return null;
}

/** ['as' NAME] */
function optAsName(p: Parser): Name | null {
  const m = p.mark;
  if (p.expect(K_AS) >= 0) {
    const n = nameToken(p);
    if (n !== null) return n;
  }
  p.mark = m;
  return null;
}

// except_block:
//     | invalid_except_stmt_indent
//     | 'except' expression ':' block | 'except' expression 'as' NAME ':' block
//     | 'except' expressions ':' block | 'except' ':' block | invalid_except_stmt
// except_star_block: the same after 'except' '*' (and no bare form).
function except_block(p: Parser, star: boolean): ExceptHandler | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_except_stmt_indent(p, star);
    p.mark = s;
  }
  if (p.expect(K_EXCEPT) < 0) return null;
  if (star && p.expect(T.STAR) < 0) {
    p.mark = s;
    return null;
  }
  const afterKw = p.mark;
  const e = expression(p);
  if (e !== null) {
    const afterE = p.mark;
    if (p.expect(T.COLON) >= 0) {
      const b = block(p);
      if (b !== null)
        return new ExceptHandler({
          type: e,
          name: null,
          body: b,
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        });
    }
    p.mark = afterE;
    if (p.expect(K_AS) >= 0) {
      const t = nameToken(p);
      if (t !== null && p.expect(T.COLON) >= 0) {
        const b = block(p);
        if (b !== null)
          return new ExceptHandler({
            type: e,
            name: t.id,
            body: b,
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          });
      }
    }
  }
  p.mark = afterKw;
  const es = expressions(p);
  if (es !== null && p.expect(T.COLON) >= 0) {
    const b = block(p);
    if (b !== null) {
      return checkVersion(
        p,
        14,
        "except expressions without parentheses are",
        new ExceptHandler({
          type: es,
          name: null,
          body: b,
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        }),
      );
    }
  }
  p.mark = afterKw;
  if (!star && p.expect(T.COLON) >= 0) {
    const b = block(p);
    if (b !== null)
      return new ExceptHandler({
        type: null,
        name: null,
        body: b,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_except_stmt(p, star);
    p.mark = s;
  }
  return null;
}

// invalid_except_stmt:
//     | 'except' expression ',' expressions 'as' NAME ':'  -> "multiple exception types must be parenthesized when using 'as'"
//     | 'except' expression ['as' NAME] NEWLINE            -> "expected ':'"
//     | 'except' NEWLINE                                   -> "expected ':'"
//     | 'except' expression 'as' expression ':' block      -> "cannot use except statement with %s"
// invalid_except_star_stmt: the same after '*', plus '*' (NEWLINE | ':') -> "expected one or more exception types"
function invalid_except_stmt(p: Parser, star: boolean): null {
  const s = p.mark;
  if (p.expect(K_EXCEPT) < 0 || (star && p.expect(T.STAR) < 0)) {
    p.mark = s;
    return null;
  }
  const afterKw = p.mark;
  const a = expression(p);
  if (
    a !== null &&
    p.expect(T.COMMA) >= 0 &&
    expressions(p) !== null &&
    p.expect(K_AS) >= 0 &&
    p.expect(T.NAME) >= 0 &&
    p.expect(T.COLON) >= 0
  ) {
    p.raiseFrom("multiple exception types must be parenthesized when using 'as'", a);
  }
  p.mark = afterKw;
  if (expression(p) !== null) {
    optAsName(p);
    if (p.expect(T.NEWLINE) >= 0) p.raise("SyntaxError", "expected ':'");
  }
  p.mark = afterKw;
  if (star) {
    const ty = p.peek();
    if (ty === T.NEWLINE || ty === T.COLON) {
      p.mark++;
      p.raise("SyntaxError", "expected one or more exception types");
    }
  } else if (p.expect(T.NEWLINE) >= 0) p.raise("SyntaxError", "expected ':'");
  p.mark = afterKw;
  if (expression(p) !== null && p.expect(K_AS) >= 0) {
    const t = expression(p);
    if (t !== null && p.expect(T.COLON) >= 0 && block(p) !== null) {
      errAt(p, t, `cannot use except${star ? "*" : ""} statement with ${exprName(t)}`);
    }
  }
  p.mark = s;
  return null;
}

// invalid_except_stmt_indent:
//     | 'except' expression ['as' NAME] ':' NEWLINE !INDENT
//     | 'except' ':' NEWLINE !INDENT
// invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME] ':' NEWLINE !INDENT
function invalid_except_stmt_indent(p: Parser, star: boolean): null {
  const s = p.mark;
  const a = p.expect(K_EXCEPT);
  if (a < 0 || (star && p.expect(T.STAR) < 0)) {
    p.mark = s;
    return null;
  }
  const msg = `expected an indented block after 'except${star ? "*" : ""}' statement on line ${p.t.lineno[a]}`;
  const afterKw = p.mark;
  if (expression(p) !== null) {
    optAsName(p);
    if (p.expect(T.COLON) >= 0 && p.expect(T.NEWLINE) >= 0 && p.peek() !== T.INDENT)
      p.raise("IndentationError", msg);
  }
  p.mark = afterKw;
  if (!star && p.expect(T.COLON) >= 0 && p.expect(T.NEWLINE) >= 0 && p.peek() !== T.INDENT)
    p.raise("IndentationError", msg);
  p.mark = s;
  return null;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
function finally_block(p: Parser): Stmt[] | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    const a = p.expect(K_FINALLY);
    if (a >= 0 && p.expect(T.COLON) >= 0 && p.expect(T.NEWLINE) >= 0 && p.peek() !== T.INDENT) {
      p.raise(
        "IndentationError",
        `expected an indented block after 'finally' statement on line ${p.t.lineno[a]}`,
      );
    }
    p.mark = s;
  }
  if (p.expect(K_FINALLY) < 0) return null;
  p.expectForced(T.COLON, ":");
  const b = block(p);
  if (b === null) p.mark = s;
  return b;
}
