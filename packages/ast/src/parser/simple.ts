// Simple statement rules of Grammar/python.gram (3.14): return, raise, global and nonlocal, del, assert, import.
import {
  Assert,
  alias,
  Delete,
  Global,
  Import,
  ImportFrom,
  Name,
  Nonlocal,
  Raise,
  Return,
  type StmtNode,
} from "../nodes/index.js";
import { DEL_TARGETS, type Expr, errAt, exprName, raiseInvalidTarget } from "./actions.js";
import { nameToken } from "./common.js";
import { expression, gather, star_expressions } from "./expressions.js";
import { MISS, type Parser, Rule } from "./parser.js";
import { del_targets } from "./targets.js";
import * as T from "./token-types.js";
import { K_AS, K_ASSERT, K_DEL, K_FROM, K_GLOBAL, K_IMPORT, K_RAISE, K_RETURN } from "./tokens.js";

type Stmt = StmtNode;

// return_stmt: 'return' [star_expressions]
export function return_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.expect(K_RETURN) < 0) return null;
  const m = p.mark;
  const a = star_expressions(p);
  if (a === null) p.mark = m;
  return new Return({
    value: a,
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
export function raise_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.expect(K_RAISE) < 0) return null;
  const m = p.mark;
  const a = expression(p);
  if (a !== null) {
    const m2 = p.mark;
    let b: Expr | null = null;
    if (p.expect(K_FROM) >= 0) {
      b = expression(p);
      if (b === null) p.mark = m2;
    }
    return new Raise({
      exc: a,
      cause: b,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  }
  p.mark = m;
  return new Raise({
    exc: null,
    cause: null,
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// global_stmt: 'global' ','.NAME+      nonlocal_stmt: 'nonlocal' ','.NAME+
export function global_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  const isGlobal = p.peek() === K_GLOBAL;
  p.mark++;
  const names = gather(p, nameToken);
  if (names === null) {
    p.mark = s;
    return null;
  }
  const ids = names.map((n) => n.id);
  return isGlobal
    ? new Global({
        names: ids,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      })
    : new Nonlocal({
        names: ids,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
export function del_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.expect(K_DEL) >= 0) {
    const a = del_targets(p);
    if (a !== null) {
      const ty = p.peek();
      if (ty === T.SEMI || ty === T.NEWLINE)
        return new Delete({
          targets: a,
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        });
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    // invalid_del_stmt: 'del' star_expressions
    if (p.expect(K_DEL) >= 0) {
      const a = star_expressions(p);
      if (a !== null) raiseInvalidTarget(p, DEL_TARGETS, a);
    }
    p.mark = s;
  }
  return null;
}

// assert_stmt: 'assert' expression [',' expression]
export function assert_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.expect(K_ASSERT) < 0) return null;
  const a = expression(p);
  if (a === null) {
    p.mark = s;
    return null;
  }
  const m = p.mark;
  let b: Expr | null = null;
  if (p.expect(T.COMMA) >= 0) {
    b = expression(p);
    if (b === null) p.mark = m;
  }
  return new Assert({
    test: a,
    msg: b,
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// import_stmt: invalid_import | import_name | import_from
export function import_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_import(p);
    p.mark = s;
  }
  if (p.expect(K_IMPORT) >= 0) {
    // import_name: 'import' dotted_as_names
    const a = gather(p, dotted_as_name);
    if (a !== null)
      return new Import({
        names: a,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    p.mark = s;
    return null;
  }
  return import_from(p);
}

// invalid_import:
//     | 'import' ','.dotted_name+ 'from' dotted_name  -> "Did you mean to use 'from ... import ...' instead?"
//     | 'import' NEWLINE                              -> "Expected one or more names after 'import'"
function invalid_import(p: Parser): null {
  const s = p.mark;
  const a = p.expect(K_IMPORT);
  if (a < 0) return null;
  if (gather(p, dotted_name) !== null && p.expect(K_FROM) >= 0 && dotted_name(p) !== null) {
    p.raiseFrom("Did you mean to use 'from ... import ...' instead?", p.tokLoc(a));
  }
  p.mark = s + 1;
  const nl = p.expect(T.NEWLINE);
  if (nl >= 0) p.raiseFrom("Expected one or more names after 'import'", p.tokLoc(nl));
  p.mark = s;
  return null;
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
function import_from(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.expect(K_FROM) < 0) return null;
  let level = 0;
  for (;;) {
    const ty = p.peek();
    if (ty === T.DOT) level += 1;
    else if (ty === T.ELLIPSIS) level += 3;
    else break;
    p.mark++;
  }
  const afterDots = p.mark;
  const b = dotted_name(p);
  if (b !== null && p.expect(K_IMPORT) >= 0) {
    const c = import_from_targets(p);
    if (c !== null) {
      if (b.id === "__future__" && c.some((x) => x.name === "barry_as_FLUFL")) p.barryAsFlufl = true;
      return new ImportFrom({
        module: b.id,
        names: c,
        level,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    }
  }
  p.mark = afterDots;
  if (afterDots > s + 1 && p.expect(K_IMPORT) >= 0) {
    const c = import_from_targets(p);
    if (c !== null)
      return new ImportFrom({
        module: null,
        names: c,
        level,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
  }
  p.mark = s;
  return null;
}

// import_from_targets:
//     | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*' | invalid_import_from_targets
function import_from_targets(p: Parser): alias[] | null {
  const s = p.mark;
  if (p.expect(T.LPAR) >= 0) {
    const a = gather(p, import_from_as_name);
    if (a !== null) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) >= 0) return a;
    }
    p.mark = s;
  }
  const a = gather(p, import_from_as_name);
  if (a !== null && p.peek() !== T.COMMA) return a;
  p.mark = s;
  if (p.expect(T.STAR) >= 0)
    return [
      new alias({
        name: "*",
        asname: null,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      }),
    ];
  if (p.callInvalidRules) {
    // invalid_import_from_targets:
    //     | import_from_as_names ',' NEWLINE -> "trailing comma not allowed without surrounding parentheses"
    //     | NEWLINE                         -> "Expected one or more names after 'import'"
    if (gather(p, import_from_as_name) !== null && p.expect(T.COMMA) >= 0 && p.expect(T.NEWLINE) >= 0) {
      p.raise("SyntaxError", "trailing comma not allowed without surrounding parentheses");
    }
    p.mark = s;
    const nl = p.expect(T.NEWLINE);
    if (nl >= 0) p.raiseFrom("Expected one or more names after 'import'", p.tokLoc(nl));
    p.mark = s;
  }
  return null;
}

/** !(NAME (',' | ')' | ';' | NEWLINE)) expression, after 'as': the bad import target. */
function invalidImportTarget(p: Parser): void {
  if (p.peek() === T.NAME) {
    const t2 = p.peekAt(1);
    if (t2 === T.COMMA || t2 === T.RPAR || t2 === T.SEMI || t2 === T.NEWLINE) return;
  }
  const a = expression(p);
  if (a !== null) errAt(p, a, `cannot use ${exprName(a)} as import target`);
}

// import_from_as_name: invalid_import_from_as_name | NAME ['as' NAME]
function import_from_as_name(p: Parser): alias | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    if (p.expect(T.NAME) >= 0 && p.expect(K_AS) >= 0) invalidImportTarget(p);
    p.mark = s;
  }
  const a = nameToken(p);
  if (a === null) return null;
  const m = p.mark;
  let asname: string | null = null;
  if (p.expect(K_AS) >= 0) {
    const z = nameToken(p);
    if (z !== null) asname = z.id;
    else p.mark = m;
  }
  return new alias({
    name: a.id,
    asname,
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// dotted_as_name: invalid_dotted_as_name | dotted_name ['as' NAME]
function dotted_as_name(p: Parser): alias | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    if (dotted_name(p) !== null && p.expect(K_AS) >= 0) invalidImportTarget(p);
    p.mark = s;
  }
  const a = dotted_name(p);
  if (a === null) return null;
  const m = p.mark;
  let asname: string | null = null;
  if (p.expect(K_AS) >= 0) {
    const z = nameToken(p);
    if (z !== null) asname = z.id;
    else p.mark = m;
  }
  return new alias({
    name: a.id,
    asname,
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// dotted_name: dotted_name '.' NAME | NAME   (left-recursive)
function dotted_name(p: Parser): Name | null {
  const c = p.memoGet(Rule.dotted_name);
  if (c !== MISS) return c as Name | null;
  const s = p.mark;
  let r = nameToken(p);
  if (r !== null) {
    for (;;) {
      const m = p.mark;
      if (p.expect(T.DOT) < 0) break;
      const b = nameToken(p);
      if (b === null) {
        p.mark = m;
        break;
      }
      r = new Name({
        id: `${r.id}.${b.id}`,
        ctx: r.ctx,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    }
  }
  p.memoSet(Rule.dotted_name, s, r);
  return r;
}
