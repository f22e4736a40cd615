// Assignment rules of Grammar/python.gram (3.14): assignments, annotated and augmented assignments, their invalid_ rules.
import {
  Add,
  AnnAssign,
  Assign,
  AugAssign,
  BitAnd,
  BitOr,
  BitXor,
  Div,
  FloorDiv,
  LShift,
  MatMult,
  Mod,
  Mult,
  type OperatorNode,
  Pow,
  RShift,
  type StmtNode,
  Store,
  Sub,
} from "../nodes/index.js";
import { type Expr, errAt, exprName, raiseInvalidTarget, STAR_TARGETS, setContext } from "./actions.js";
import { checkVersion, nameToken } from "./common.js";
import { list, tuple } from "./displays.js";
import {
  expression,
  star_expressions,
  star_named_expression,
  star_named_expressions,
  yield_expr,
} from "./expressions.js";
import { typeCommentText } from "./params.js";
import type { Parser } from "./parser.js";
import { single_subscript_attribute_target, single_target, star_targets } from "./targets.js";
import * as T from "./token-types.js";

type Stmt = StmtNode;

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
//     | single_target augassign ~ annotated_rhs
//     | invalid_assignment
export function assignment(p: Parser): Stmt | null {
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
        new AnnAssign({
          target: setContext(a, Store()),
          annotation: b,
          value: c,
          simple: 1,
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        }),
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
        new AnnAssign({
          target: t,
          annotation: b,
          value: c,
          simple: 0,
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        }),
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
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
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
      return new AugAssign({
        target: a,
        op,
        value: c,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
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
