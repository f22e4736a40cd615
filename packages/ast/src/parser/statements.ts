// Statement rules of Grammar/python.gram (3.14): simple statements, imports, blocks and compound statements.
import {
  AsyncWith as _AsyncWith,
  Add,
  AnnAssign,
  Assert,
  Assign,
  AsyncFunctionDef,
  AugAssign,
  alias,
  BitAnd,
  BitOr,
  BitXor,
  Break,
  ClassDef,
  Continue,
  Delete,
  Div,
  Expr as ExprStmt,
  FloorDiv,
  FunctionDef,
  Global,
  Import,
  ImportFrom,
  LShift,
  MatMult,
  Mod,
  Mult,
  Name,
  Nonlocal,
  type OperatorNode,
  ParamSpec,
  Pass,
  Pow,
  Raise,
  Return,
  RShift,
  type StmtNode,
  Store,
  Sub,
  TypeAlias,
  type TypeParamNode,
  TypeVar,
  TypeVarTuple,
} from "../nodes/index.js";
import {
  DEL_TARGETS,
  type Expr,
  emptyArguments,
  errAt,
  exprName,
  raiseInvalidTarget,
  STAR_TARGETS,
  setContext,
} from "./actions.js";
import { checkVersion, identifier, nameToken, pos } from "./common.js";
import { for_stmt, if_stmt, try_stmt, while_stmt, with_stmt } from "./compound.js";
import {
  argumentsRule,
  expression,
  gather,
  list,
  named_expression,
  star_expression,
  star_expressions,
  star_named_expression,
  star_named_expressions,
  tuple,
  yield_expr,
} from "./expressions.js";
import { params, typeCommentText } from "./params.js";
import { MISS, type Parser, Rule } from "./parser.js";
import { match_stmt } from "./patterns.js";
import { del_targets, single_subscript_attribute_target, single_target, star_targets } from "./targets.js";
import * as T from "./token-types.js";
import {
  K_AS,
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
  if (e !== null) return new ExprStmt({ value: e, ...pos(p, s) });
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
      return y !== null ? new ExprStmt({ value: y, ...pos(p, s) }) : null;
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

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
//     | single_target augassign ~ annotated_rhs
//     | invalid_assignment
function assignment(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.peek() === T.NAME && p.peekAt(1) === T.COLON) {
    const a = nameToken(p) as Expr;
    p.mark++;
    const b = expression(p);
    if (b !== null) {
      const c = optionalAssignedValue(p);
      return checkVersion(
        p,
        6,
        "Variable annotation syntax is",
        new AnnAssign({ target: setContext(a, Store()), annotation: b, value: c, simple: 1, ...pos(p, s) }),
      );
    }
    p.mark = s;
  }
  let t: Expr | null = null;
  if (p.expect(T.LPAR) >= 0) {
    t = single_target(p);
    if (t === null || p.expect(T.RPAR) < 0) t = null;
  }
  if (t === null) {
    p.mark = s;
    t = single_subscript_attribute_target(p);
  }
  if (t !== null && p.expect(T.COLON) >= 0) {
    const b = expression(p);
    if (b !== null) {
      const c = optionalAssignedValue(p);
      return checkVersion(
        p,
        6,
        "Variable annotations syntax is",
        new AnnAssign({ target: t, annotation: b, value: c, simple: 0, ...pos(p, s) }),
      );
    }
  }
  p.mark = s;
  const targets: Expr[] = [];
  for (;;) {
    const m = p.mark;
    const z = star_targets(p);
    if (z === null || p.expect(T.EQUAL) < 0) {
      p.mark = m;
      break;
    }
    targets.push(z);
  }
  if (targets.length > 0) {
    const b = annotated_rhs(p);
    if (b !== null && p.peek() !== T.EQUAL) {
      const tc = p.expect(T.TYPE_COMMENT);
      return new Assign({
        targets,
        value: b,
        type_comment: tc >= 0 ? typeCommentText(p, tc) : null,
        ...pos(p, s),
      });
    }
  }
  p.mark = s;
  const a = single_target(p);
  if (a !== null) {
    const op = augassign(p);
    if (op !== null) {
      const c = annotated_rhs(p);
      if (c === null) {
        // The cut: no other alternative once the operator is read.
        p.mark = s;
        return null;
      }
      return new AugAssign({ target: a, op, value: c, ...pos(p, s) });
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_assignment(p);
    p.mark = s;
  }
  return null;
}

/** ['=' annotated_rhs] */
function optionalAssignedValue(p: Parser): Expr | null {
  const m = p.mark;
  if (p.expect(T.EQUAL) >= 0) {
    const d = annotated_rhs(p);
    if (d !== null) return d;
  }
  p.mark = m;
  return null;
}

// annotated_rhs: yield_expr | star_expressions
export function annotated_rhs(p: Parser): Expr | null {
  const s = p.mark;
  const y = yield_expr(p);
  if (y !== null) return y;
  p.mark = s;
  return star_expressions(p);
}

// augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
function augassign(p: Parser): OperatorNode | null {
  let op: OperatorNode | null;
  switch (p.peek()) {
    case 36:
      op = Add();
      break;
    case 37:
      op = Sub();
      break;
    case 38:
      op = Mult();
      break;
    case T.ATEQUAL:
      op = MatMult();
      break;
    case 39:
      op = Div();
      break;
    case 40:
      op = Mod();
      break;
    case 41:
      op = BitAnd();
      break;
    case 42:
      op = BitOr();
      break;
    case 43:
      op = BitXor();
      break;
    case 44:
      op = LShift();
      break;
    case 45:
      op = RShift();
      break;
    case 46:
      op = Pow();
      break;
    case T.DOUBLESLASHEQUAL:
      op = FloorDiv();
      break;
    default:
      return null;
  }
  p.mark++;
  if (op === MatMult()) checkVersion(p, 5, "The '@' operator is", op);
  return op;
}

// invalid_assignment:
//     | invalid_ann_assign_target ':' expression            -> "only single target (not %s) can be annotated"
//     | star_named_expression ',' star_named_expressions* ':' expression -> "only single target (not tuple) can be annotated"
//     | expression ':' expression                           -> "illegal target for annotation"
//     | (star_targets '=')* star_expressions '='            -> RAISE_SYNTAX_ERROR_INVALID_TARGET(STAR_TARGETS, a)
//     | (star_targets '=')* yield_expr '='                  -> "assignment to yield expression not possible"
//     | star_expressions augassign annotated_rhs            -> "'%s' is an illegal expression for augmented assignment"
function invalid_assignment(p: Parser): null {
  const s = p.mark;
  const a = invalid_ann_assign_target(p);
  if (a !== null && p.expect(T.COLON) >= 0 && expression(p) !== null) {
    errAt(p, a, `only single target (not ${exprName(a)}) can be annotated`);
  }
  p.mark = s;
  const b = star_named_expression(p);
  if (b !== null && p.expect(T.COMMA) >= 0) {
    for (;;) {
      const m = p.mark;
      if (star_named_expressions(p) === null) {
        p.mark = m;
        break;
      }
    }
    if (p.expect(T.COLON) >= 0 && expression(p) !== null)
      errAt(p, b, "only single target (not tuple) can be annotated");
  }
  p.mark = s;
  const c = expression(p);
  if (c !== null && p.expect(T.COLON) >= 0 && expression(p) !== null)
    errAt(p, c, "illegal target for annotation");
  p.mark = s;
  skipTargetsEquals(p);
  const d = star_expressions(p);
  if (d !== null && p.expect(T.EQUAL) >= 0) {
    raiseInvalidTarget(p, STAR_TARGETS, d);
    p.mark = s;
    return null;
  }
  p.mark = s;
  skipTargetsEquals(p);
  const y = yield_expr(p);
  if (y !== null && p.expect(T.EQUAL) >= 0) errAt(p, y, "assignment to yield expression not possible");
  p.mark = s;
  const e = star_expressions(p);
  if (e !== null && augassign(p) !== null && annotated_rhs(p) !== null) {
    errAt(p, e, `'${exprName(e)}' is an illegal expression for augmented assignment`);
  }
  p.mark = s;
  return null;
}

/** (star_targets '=')* */
function skipTargetsEquals(p: Parser): void {
  for (;;) {
    const m = p.mark;
    if (star_targets(p) === null || p.expect(T.EQUAL) < 0) {
      p.mark = m;
      return;
    }
  }
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
function invalid_ann_assign_target(p: Parser): Expr | null {
  const s = p.mark;
  const a = list(p) ?? tuple(p);
  if (a !== null) return a;
  p.mark = s;
  if (p.expect(T.LPAR) >= 0) {
    const b = invalid_ann_assign_target(p);
    if (b !== null && p.expect(T.RPAR) >= 0) return b;
  }
  p.mark = s;
  return null;
}

// return_stmt: 'return' [star_expressions]
function return_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.expect(K_RETURN) < 0) return null;
  const m = p.mark;
  const a = star_expressions(p);
  if (a === null) p.mark = m;
  return new Return({ value: a, ...pos(p, s) });
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
function raise_stmt(p: Parser): Stmt | null {
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
    return new Raise({ exc: a, cause: b, ...pos(p, s) });
  }
  p.mark = m;
  return new Raise({ exc: null, cause: null, ...pos(p, s) });
}

// global_stmt: 'global' ','.NAME+      nonlocal_stmt: 'nonlocal' ','.NAME+
function global_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  const isGlobal = p.peek() === K_GLOBAL;
  p.mark++;
  const names = gather(p, nameToken);
  if (names === null) {
    p.mark = s;
    return null;
  }
  const ids = names.map((n) => n.id);
  return isGlobal ? new Global({ names: ids, ...pos(p, s) }) : new Nonlocal({ names: ids, ...pos(p, s) });
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
function del_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.expect(K_DEL) >= 0) {
    const a = del_targets(p);
    if (a !== null) {
      const ty = p.peek();
      if (ty === T.SEMI || ty === T.NEWLINE) return new Delete({ targets: a, ...pos(p, s) });
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
function assert_stmt(p: Parser): Stmt | null {
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
  return new Assert({ test: a, msg: b, ...pos(p, s) });
}

// import_stmt: invalid_import | import_name | import_from
function import_stmt(p: Parser): Stmt | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_import(p);
    p.mark = s;
  }
  if (p.expect(K_IMPORT) >= 0) {
    // import_name: 'import' dotted_as_names
    const a = gather(p, dotted_as_name);
    if (a !== null) return new Import({ names: a, ...pos(p, s) });
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
      return new ImportFrom({ module: b.id, names: c, level, ...pos(p, s) });
    }
  }
  p.mark = afterDots;
  if (afterDots > s + 1 && p.expect(K_IMPORT) >= 0) {
    const c = import_from_targets(p);
    if (c !== null) return new ImportFrom({ module: null, names: c, level, ...pos(p, s) });
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
  if (p.expect(T.STAR) >= 0) return [new alias({ name: "*", asname: null, ...pos(p, s) })];
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
  return new alias({ name: a.id, asname, ...pos(p, s) });
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
  return new alias({ name: a.id, asname, ...pos(p, s) });
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
      r = new Name({ id: `${r.id}.${b.id}`, ctx: r.ctx, ...pos(p, s) });
    }
  }
  p.memoSet(Rule.dotted_name, s, r);
  return r;
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
function class_def(p: Parser): Stmt | null {
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
          ...pos(p, s),
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
function function_def(p: Parser): Stmt | null {
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
              ...pos(p, s),
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
function type_alias(p: Parser): Stmt | null {
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
          new TypeAlias({ name: setContext(n, Store()), type_params: t, value: b, ...pos(p, s) }),
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
    return new TypeVar({ name: n.id, bound, default_value: d, ...pos(p, s) });
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
      return new TypeVarTuple({ name: a.id, default_value: d, ...pos(p, s) });
    }
    p.mark = s;
  }
  if (p.expect(T.DOUBLESTAR) >= 0) {
    const a = nameToken(p);
    if (a !== null) {
      const d = typeParamDefault(p, false);
      return new ParamSpec({ name: a.id, default_value: d, ...pos(p, s) });
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

export { identifier };
