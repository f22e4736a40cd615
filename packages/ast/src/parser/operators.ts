// Operator rules of Grammar/python.gram (3.14): boolean operators, comparisons, binary and unary arithmetic, power.
import {
  Add,
  And,
  BinOp,
  BitAnd,
  BitOr,
  BitXor,
  BoolOp,
  type CmpopNode,
  Compare,
  Div,
  Eq,
  FloorDiv,
  Gt,
  GtE,
  In,
  Invert,
  Is,
  IsNot,
  LShift,
  Lt,
  LtE,
  MatMult,
  Mod,
  Mult,
  Not,
  NotEq,
  NotIn,
  type OperatorNode,
  Or,
  Pow,
  RShift,
  Sub,
  UAdd,
  UnaryOp,
  USub,
} from "../nodes/index.js";
import { type Expr, errRange } from "./actions.js";
import { checkVersion } from "./common.js";
import { MISS, type Parser, Rule } from "./parser.js";
import { await_primary } from "./primaries.js";
import * as T from "./token-types.js";
import { K_AND, K_IN, K_IS, K_NOT, K_OR } from "./tokens.js";

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
export function disjunction(p: Parser): Expr | null {
  const c = p.callInvalidRules ? p.memoGet(Rule.disjunction) : MISS;
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  let r = conjunction(p);
  if (r !== null && p.peek() === K_OR) {
    const values = [r];
    for (;;) {
      const m = p.mark;
      if (p.expect(K_OR) < 0) break;
      const b = conjunction(p);
      if (b === null) {
        p.mark = m;
        break;
      }
      values.push(b);
    }
    if (values.length > 1)
      r = new BoolOp({
        op: Or(),
        values,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
  }
  if (p.callInvalidRules) p.memoSet(Rule.disjunction, s, r);
  return r;
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
export function conjunction(p: Parser): Expr | null {
  const c = p.callInvalidRules ? p.memoGet(Rule.conjunction) : MISS;
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  let r = inversion(p);
  if (r !== null && p.peek() === K_AND) {
    const values = [r];
    for (;;) {
      const m = p.mark;
      if (p.expect(K_AND) < 0) break;
      const b = inversion(p);
      if (b === null) {
        p.mark = m;
        break;
      }
      values.push(b);
    }
    if (values.length > 1)
      r = new BoolOp({
        op: And(),
        values,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
  }
  if (p.callInvalidRules) p.memoSet(Rule.conjunction, s, r);
  return r;
}

// inversion (memo): 'not' inversion | comparison
export function inversion(p: Parser): Expr | null {
  const c = p.callInvalidRules ? p.memoGet(Rule.inversion) : MISS;
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  p.enter();
  let r: Expr | null = null;
  if (p.expect(K_NOT) >= 0) {
    const a = inversion(p);
    if (a !== null)
      r = new UnaryOp({
        op: Not(),
        operand: a,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    else p.mark = s;
  }
  if (r === null) r = comparison(p);
  p.level--;
  if (p.callInvalidRules) p.memoSet(Rule.inversion, s, r);
  return r;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
function comparison(p: Parser): Expr | null {
  const s = p.mark;
  const a = bitwise_or(p);
  if (a === null) return null;
  let ops: CmpopNode[] | null = null;
  let comparators: Expr[] | null = null;
  for (;;) {
    const m = p.mark;
    const op = compareOp(p);
    if (op === null) break;
    const b = bitwise_or(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    if (ops === null || comparators === null) {
      ops = [];
      comparators = [];
    }
    ops.push(op);
    comparators.push(b);
  }
  if (ops === null) return a;
  return new Compare({
    left: a,
    ops,
    comparators: comparators as Expr[],
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// compare_op_bitwise_or_pair's operators: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
function compareOp(p: Parser): CmpopNode | null {
  const ty = p.peek();
  switch (ty) {
    case T.EQEQUAL:
      p.mark++;
      return Eq();
    case T.NOTEQUAL: {
      const i = p.mark;
      const text = p.tokStr(i);
      if (p.barryAsFlufl && text !== "<>")
        p.raise("SyntaxError", "with Barry as BDFL, use '<>' instead of '!='");
      if (!p.barryAsFlufl && text !== "!=") return null;
      p.mark++;
      return NotEq();
    }
    case T.LESSEQUAL:
      p.mark++;
      return LtE();
    case T.LESS:
      p.mark++;
      return Lt();
    case T.GREATEREQUAL:
      p.mark++;
      return GtE();
    case T.GREATER:
      p.mark++;
      return Gt();
    case K_NOT:
      if (p.peekAt(1) === K_IN) {
        p.mark += 2;
        return NotIn();
      }
      return null;
    case K_IN:
      p.mark++;
      return In();
    case K_IS:
      if (p.peekAt(1) === K_NOT) {
        // 'is' 'not' bitwise_or, falling back to 'is' bitwise_or ('not' then starts the operand).
        const m = p.mark;
        p.mark += 2;
        const save = p.mark;
        const b = bitwise_or(p);
        p.mark = save;
        if (b !== null) return IsNot();
        p.mark = m + 1;
        return Is();
      }
      p.mark++;
      return Is();
    default:
      return null;
  }
}

/** A left-recursive binary level: `rule: rule op next | next`, grown as pegen grows the seed. */
function binaryLevel(
  p: Parser,
  s: number,
  first: Expr | null,
  ops: (ty: number) => OperatorNode | null,
  next: (p: Parser) => Expr | null,
): Expr | null {
  let left = first;
  if (left === null) return null;
  for (;;) {
    const m = p.mark;
    const op = ops(p.peek());
    if (op === null) break;
    p.mark++;
    const right = next(p);
    if (right === null) {
      p.mark = m;
      break;
    }
    left = new BinOp({
      left,
      op,
      right,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
  }
  return left;
}

const orOp = (ty: number): OperatorNode | null => (ty === T.VBAR ? BitOr() : null);
const xorOp = (ty: number): OperatorNode | null => (ty === T.CIRCUMFLEX ? BitXor() : null);
const andOp = (ty: number): OperatorNode | null => (ty === T.AMPER ? BitAnd() : null);
const shiftOp = (ty: number): OperatorNode | null =>
  ty === T.LEFTSHIFT ? LShift() : ty === T.RIGHTSHIFT ? RShift() : null;
const sumOp = (ty: number): OperatorNode | null => (ty === T.PLUS ? Add() : ty === T.MINUS ? Sub() : null);
function termOp(ty: number): OperatorNode | null {
  switch (ty) {
    case T.STAR:
      return Mult();
    case T.SLASH:
      return Div();
    case T.DOUBLESLASH:
      return FloorDiv();
    case T.PERCENT:
      return Mod();
    case T.AT:
      return MatMult();
    default:
      return null;
  }
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (left-recursive, memo)
export function bitwise_or(p: Parser): Expr | null {
  const c = p.callInvalidRules ? p.memoGet(Rule.bitwise_or) : MISS;
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  const r = binaryLevel(p, s, bitwise_xor(p), orOp, bitwise_xor);
  if (r === null) p.mark = s;
  if (p.callInvalidRules) p.memoSet(Rule.bitwise_or, s, r);
  return r;
}

// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
function bitwise_xor(p: Parser): Expr | null {
  const s = p.mark;
  return binaryLevel(p, s, bitwise_and(p), xorOp, bitwise_and);
}

// bitwise_and: bitwise_and '&' shift_expr | shift_expr
function bitwise_and(p: Parser): Expr | null {
  const s = p.mark;
  return binaryLevel(p, s, shift_expr(p), andOp, shift_expr);
}

// shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | invalid_arithmetic | sum
function shift_expr(p: Parser): Expr | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_arithmetic(p);
    p.mark = s;
  }
  return binaryLevel(p, s, sum(p), shiftOp, sum);
}

// sum: sum '+' term | sum '-' term | term   (left-recursive, memo)
export function sum(p: Parser): Expr | null {
  const c = p.callInvalidRules ? p.memoGet(Rule.sum) : MISS;
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  const r = binaryLevel(p, s, term(p), sumOp, term);
  if (r === null) p.mark = s;
  if (p.callInvalidRules) p.memoSet(Rule.sum, s, r);
  return r;
}

// term: term ('*'|'/'|'//'|'%'|'@') factor | invalid_factor | factor
function term(p: Parser): Expr | null {
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_factor(p);
    p.mark = s;
  }
  let left = factor(p);
  if (left === null) return null;
  for (;;) {
    const m = p.mark;
    const op = termOp(p.peek());
    if (op === null) break;
    p.mark++;
    const right = factor(p);
    if (right === null) {
      p.mark = m;
      break;
    }
    left = new BinOp({
      left,
      op,
      right,
      lineno: p.startLine(s),
      col_offset: p.startCol(s),
      end_lineno: p.endLine(),
      end_col_offset: p.endCol(),
    });
    if (op === MatMult()) checkVersion(p, 5, "The '@' operator is", left);
  }
  return left;
}

// invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') 'not' inversion
function invalid_arithmetic(p: Parser): null {
  const s = p.mark;
  if (sum(p) !== null) {
    const ty = p.peek();
    if (
      ty === T.PLUS ||
      ty === T.MINUS ||
      ty === T.STAR ||
      ty === T.SLASH ||
      ty === T.PERCENT ||
      ty === T.DOUBLESLASH ||
      ty === T.AT
    ) {
      p.mark++;
      const a = p.expect(K_NOT);
      if (a >= 0) {
        const b = inversion(p);
        if (b !== null) errRange(p, p.tokLoc(a), b, "'not' after an operator must be parenthesized");
      }
    }
  }
  p.mark = s;
  return null;
}

// invalid_factor: ('+' | '-' | '~') 'not' factor
function invalid_factor(p: Parser): null {
  const s = p.mark;
  const ty = p.peek();
  if (ty === T.PLUS || ty === T.MINUS || ty === T.TILDE) {
    p.mark++;
    const a = p.expect(K_NOT);
    if (a >= 0) {
      const b = factor(p);
      if (b !== null) errRange(p, p.tokLoc(a), b, "'not' after an operator must be parenthesized");
    }
  }
  p.mark = s;
  return null;
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
export function factor(p: Parser): Expr | null {
  const c = p.callInvalidRules ? p.memoGet(Rule.factor) : MISS;
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  p.enter();
  let r: Expr | null = null;
  const ty = p.peek();
  if (ty === T.PLUS || ty === T.MINUS || ty === T.TILDE) {
    p.mark++;
    const a = factor(p);
    if (a !== null)
      r = new UnaryOp({
        op: ty === T.PLUS ? UAdd() : ty === T.MINUS ? USub() : Invert(),
        operand: a,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    else p.mark = s;
  }
  if (r === null) r = power(p);
  p.level--;
  if (p.callInvalidRules) p.memoSet(Rule.factor, s, r);
  return r;
}

// power: await_primary '**' factor | await_primary
function power(p: Parser): Expr | null {
  const s = p.mark;
  const a = await_primary(p);
  if (a === null) return null;
  const m = p.mark;
  if (p.expect(T.DOUBLESTAR) >= 0) {
    const b = factor(p);
    if (b !== null)
      return new BinOp({
        left: a,
        op: Pow(),
        right: b,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    p.mark = m;
  }
  return a;
}
