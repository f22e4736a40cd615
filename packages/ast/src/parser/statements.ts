// Statement rules of Grammar/python.gram (3.14): statement lists, the simple and compound statement dispatch, pass/break/continue, blocks.
import {
  AsyncWith as _AsyncWith,
  Break,
  Continue,
  Expr as ExprStmt,
  Pass,
  type StmtNode,
} from "../nodes/index.js";
import { assignment } from "./assignments.js";
import { identifier, pos } from "./common.js";
import { for_stmt, if_stmt, try_stmt, while_stmt, with_stmt } from "./compound.js";
import { class_def, function_def, type_alias } from "./definitions.js";
import { star_expressions, yield_expr } from "./expressions.js";
import { MISS, type Parser, Rule } from "./parser.js";
import { match_stmt } from "./patterns.js";
import { assert_stmt, del_stmt, global_stmt, import_stmt, raise_stmt, return_stmt } from "./simple.js";
import * as T from "./token-types.js";
import {
  K_ASSERT,
  K_ASYNC,
  K_BREAK,
  K_CLASS,
  K_CONTINUE,
  K_DEF,
  K_DEL,
  K_FOR,
  K_FROM,
  K_GLOBAL,
  K_IF,
  K_IMPORT,
  K_NONLOCAL,
  K_PASS,
  K_RAISE,
  K_RETURN,
  K_TRY,
  K_WHILE,
  K_WITH,
  K_YIELD,
} from "./tokens.js";

void _AsyncWith;
type Stmt = StmtNode;

// statements: statement+
export function statements(p: Parser): Stmt[] | null {
  const out: Stmt[] = [];
  for (;;) {
    const a = statement(p);
    if (a === null) break;
    for (const x of a) out.push(x);
  }
  return out.length > 0 ? out : null;
}

// statement: compound_stmt | simple_stmts
export function statement(p: Parser): Stmt[] | null {
  const a = compound_stmt(p);
  if (a !== null) return [a];
  return simple_stmts(p);
}

// statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
export function statement_newline(p: Parser): Stmt[] | null {
  const s = p.mark;
  const a = compound_stmt(p);
  if (a !== null && p.expect(T.NEWLINE) >= 0) return [a];
  p.mark = s;
  const b = simple_stmts(p);
  if (b !== null) return b;
  p.mark = s;
  if (p.expect(T.NEWLINE) >= 0) return [new Pass(pos(p, s))];
  return null;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
export function simple_stmts(p: Parser): Stmt[] | null {
  const s = p.mark;
  const a = simple_stmt(p);
  if (a === null) return null;
  if (p.peek() !== T.SEMI) {
    if (p.expect(T.NEWLINE) >= 0) return [a];
    p.mark = s;
    return simpleStmtsSeq(p);
  }
  p.mark = s;
  return simpleStmtsSeq(p);
}

function simpleStmtsSeq(p: Parser): Stmt[] | null {
  const s = p.mark;
  const first = simple_stmt(p);
  const items = first !== null ? [first] : null;
  if (items !== null) {
    for (;;) {
      const m = p.mark;
      if (p.expect(T.SEMI) < 0) break;
      const b = simple_stmt(p);
      if (b === null) {
        p.mark = m;
        break;
      }
      items.push(b);
    }
    p.expect(T.SEMI);
    if (p.expect(T.NEWLINE) >= 0) return items;
  }
  p.mark = s;
  return null;
}

// simple_stmt (memo):
//     | assignment | &"type" type_alias | star_expressions | &'return' return_stmt | &('import' | 'from') import_stmt
//     | &'raise' raise_stmt | &'pass' pass_stmt | &'del' del_stmt | &'yield' yield_stmt | &'assert' assert_stmt
//     | &'break' break_stmt | &'continue' continue_stmt | &'global' global_stmt | &'nonlocal' nonlocal_stmt
export function simple_stmt(p: Parser): Stmt | null {
  const c = p.memoGet(Rule.simple_stmt);
  if (c !== MISS) return c as Stmt | null;
  const s = p.mark;
  const r = simpleStmtRaw(p, s);
  if (r === null) p.mark = s;
  p.memoSet(Rule.simple_stmt, s, r);
  return r;
}

function simpleStmtRaw(p: Parser, s: number): Stmt | null {
  let r: Stmt | null = assignment(p);
  if (r !== null) return r;
  p.mark = s;
  if (p.atSoft("type")) {
    r = type_alias(p);
    if (r !== null) return r;
    p.mark = s;
  }
  const e = star_expressions(p);
  if (e !== null)
    return new ExprStmt({
      value: e,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  p.mark = s;
  switch (p.peek()) {
    case K_RETURN:
      return return_stmt(p);
    case K_IMPORT:
    case K_FROM:
      return import_stmt(p);
    case K_RAISE:
      return raise_stmt(p);
    case K_PASS:
      return pass_stmt(p);
    case K_DEL:
      return del_stmt(p);
    case K_YIELD: {
      const y = yield_expr(p);
      return y !== null
        ? new ExprStmt({
            value: y,
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          })
        : null;
    }
    case K_ASSERT:
      return assert_stmt(p);
    case K_BREAK:
      return break_stmt(p);
    case K_CONTINUE:
      return continue_stmt(p);
    case K_GLOBAL:
    case K_NONLOCAL:
      return global_stmt(p);
    default:
      return null;
  }
}

// pass_stmt: 'pass'
export function pass_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  return p.expect(K_PASS) >= 0 ? new Pass(pos(p, s)) : null;
}

// break_stmt: 'break'
export function break_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  return p.expect(K_BREAK) >= 0 ? new Break(pos(p, s)) : null;
}

// continue_stmt: 'continue'
export function continue_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  return p.expect(K_CONTINUE) >= 0 ? new Continue(pos(p, s)) : null;
}

// compound_stmt:
//     | &('def' | '@' | 'async') function_def | &'if' if_stmt | &('class' | '@') class_def
//     | &('with' | 'async') with_stmt | &('for' | 'async') for_stmt | &'try' try_stmt | &'while' while_stmt | match_stmt
export function compound_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  const ty = p.peek();
  let r: Stmt | null = null;
  if (ty === K_DEF || ty === T.AT || ty === K_ASYNC) {
    r = function_def(p);
    if (r !== null) return r;
    p.mark = s;
  }
  if (ty === K_IF) return if_stmt(p);
  if (ty === K_CLASS || ty === T.AT) {
    r = class_def(p);
    if (r !== null) return r;
    p.mark = s;
  }
  if (ty === K_WITH || ty === K_ASYNC) {
    r = with_stmt(p);
    if (r !== null) return r;
    p.mark = s;
  }
  if (ty === K_FOR || ty === K_ASYNC) {
    r = for_stmt(p);
    if (r !== null) return r;
    p.mark = s;
  }
  if (ty === K_TRY) return try_stmt(p);
  if (ty === K_WHILE) return while_stmt(p);
  if (ty === T.NAME) return match_stmt(p);
  return null;
}

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
export function block(p: Parser): Stmt[] | null {
  const c = p.memoGet(Rule.block);
  if (c !== MISS) return c as Stmt[] | null;
  const s = p.mark;
  p.enter();
  let r: Stmt[] | null = null;
  if (p.expect(T.NEWLINE) >= 0 && p.expect(T.INDENT) >= 0) {
    const a = statements(p);
    if (a !== null && p.expect(T.DEDENT) >= 0) r = a;
  }
  if (r === null) {
    p.mark = s;
    r = simple_stmts(p);
    if (r === null) {
      p.mark = s;
      if (p.callInvalidRules) {
        // invalid_block: NEWLINE !INDENT
        if (p.expect(T.NEWLINE) >= 0 && p.peek() !== T.INDENT)
          p.raise("IndentationError", "expected an indented block");
        p.mark = s;
      }
    }
  }
  p.level--;
  p.memoSet(Rule.block, s, r);
  return r;
}

export { identifier };
