// Expression rules of Grammar/python.gram (3.14): from `expressions` down to `atom`, comprehensions, calls.
import {
  Add,
  And,
  Attribute,
  Await,
  BinOp,
  BitAnd,
  BitOr,
  BitXor,
  BoolOp,
  Call,
  type CmpopNode,
  Compare,
  Constant,
  comprehension,
  Dict,
  DictComp,
  Div,
  Ellipsis,
  Eq,
  FloorDiv,
  GeneratorExp,
  Gt,
  GtE,
  IfExp,
  In,
  Invert,
  Is,
  IsNot,
  Lambda,
  List,
  ListComp,
  Load,
  LShift,
  Lt,
  LtE,
  MatMult,
  Mod,
  Mult,
  NamedExpr,
  Not,
  NotEq,
  NotIn,
  type OperatorNode,
  Or,
  Pow,
  RShift,
  SetComp,
  Set as SetNode,
  Slice,
  Starred,
  Store,
  Sub,
  Subscript,
  Tuple,
  UAdd,
  UnaryOp,
  USub,
  Yield,
  YieldFrom,
} from "../nodes/index.js";
import {
  type Expr,
  emptyArguments,
  errAt,
  errRange,
  exprName,
  FOR_TARGETS,
  isLegacyStmt,
  raiseInvalidTarget,
  setContext,
} from "./actions.js";
import { argumentsRule, starred_expression } from "./arguments.js";
import { checkVersion, nameToken, numberToken, pos } from "./common.js";
import { invalid_lambda_parameters, lambda_params } from "./params.js";
import { MISS, type Parser, Rule } from "./parser.js";
import { break_stmt, continue_stmt, pass_stmt, simple_stmt } from "./statements.js";
import { strings } from "./strings.js";
import { star_targets } from "./targets.js";
import * as T from "./token-types.js";
import {
  K_AND,
  K_ASYNC,
  K_AWAIT,
  K_ELSE,
  K_FALSE,
  K_FOR,
  K_FROM,
  K_IF,
  K_IN,
  K_IS,
  K_LAMBDA,
  K_NONE,
  K_NOT,
  K_OR,
  K_TRUE,
  K_YIELD,
} from "./tokens.js";

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
  return new Tuple({ elts, ctx: Load(), ...pos(p, s) });
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
        if (e !== null) r = new IfExp({ test: b, body: a, orelse: e, ...pos(p, s) });
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
          if (e !== null) return new IfExp({ test: b, body: a, orelse: e, ...pos(p, s) });
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
      if (c !== null) return new IfExp({ test: b, body: a, orelse: c, ...pos(p, s) });
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
    if (a !== null) return new YieldFrom({ value: a, ...pos(p, s) });
    p.mark = m;
  }
  const a = star_expressions(p);
  if (a === null) p.mark = m;
  return new Yield({ value: a, ...pos(p, s) });
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
  return new Tuple({ elts, ctx: Load(), ...pos(p, s) });
}

// star_expression (memo): '*' bitwise_or | expression
export function star_expression(p: Parser): Expr | null {
  const c = p.callInvalidRules ? p.memoGet(Rule.star_expression) : MISS;
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  let r: Expr | null = null;
  if (p.expect(T.STAR) >= 0) {
    const a = bitwise_or(p);
    if (a !== null) r = new Starred({ value: a, ctx: Load(), ...pos(p, s) });
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
    if (a !== null) return new Starred({ value: a, ctx: Load(), ...pos(p, s) });
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
    new NamedExpr({ target: setContext(a, Store()), value: b, ...pos(p, s) }),
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
    if (values.length > 1) r = new BoolOp({ op: Or(), values, ...pos(p, s) });
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
    if (values.length > 1) r = new BoolOp({ op: And(), values, ...pos(p, s) });
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
    if (a !== null) r = new UnaryOp({ op: Not(), operand: a, ...pos(p, s) });
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
  return new Compare({ left: a, ops, comparators: comparators as Expr[], ...pos(p, s) });
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
    left = new BinOp({ left, op, right, ...pos(p, s) });
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
    left = new BinOp({ left, op, right, ...pos(p, s) });
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
        ...pos(p, s),
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
    if (b !== null) return new BinOp({ left: a, op: Pow(), right: b, ...pos(p, s) });
    p.mark = m;
  }
  return a;
}

// await_primary (memo): 'await' primary | primary
function await_primary(p: Parser): Expr | null {
  const c = p.callInvalidRules ? p.memoGet(Rule.await_primary) : MISS;
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  let r: Expr | null = null;
  if (p.expect(K_AWAIT) >= 0) {
    const a = primary(p);
    if (a !== null) r = checkVersion(p, 5, "Await expressions are", new Await({ value: a, ...pos(p, s) }));
    else p.mark = s;
  }
  if (r === null) r = primary(p);
  if (p.callInvalidRules) p.memoSet(Rule.await_primary, s, r);
  return r;
}

// primary (left-recursive, memo):
//     | primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
export function primary(p: Parser): Expr | null {
  const c = p.callInvalidRules ? p.memoGet(Rule.primary) : MISS;
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  p.enter();
  let r = atom(p);
  if (r !== null) {
    for (;;) {
      const m = p.mark;
      const ty = p.peek();
      if (ty === T.DOT) {
        p.mark++;
        const b = nameToken(p);
        if (b !== null) {
          r = new Attribute({ value: r, attr: b.id, ctx: Load(), ...pos(p, s) });
          continue;
        }
        p.mark = m;
        break;
      }
      if (ty === T.LPAR) {
        const g = genexp(p);
        if (g !== null) {
          r = new Call({ func: r, args: [g], keywords: [], ...pos(p, s) });
          continue;
        }
        p.mark = m + 1;
        const args = argumentsRule(p);
        if (args === null) p.mark = m + 1;
        if (p.expect(T.RPAR) >= 0) {
          r = new Call({
            func: r,
            args: args !== null ? args.args : [],
            keywords: args !== null ? args.keywords : [],
            ...pos(p, s),
          });
          continue;
        }
        p.mark = m;
        break;
      }
      if (ty === T.LSQB) {
        p.mark++;
        const b = slices(p);
        if (b !== null && p.expect(T.RSQB) >= 0) {
          r = new Subscript({ value: r, slice: b, ctx: Load(), ...pos(p, s) });
          continue;
        }
        p.mark = m;
        break;
      }
      break;
    }
  }
  if (r === null) p.mark = s;
  p.level--;
  if (p.callInvalidRules) p.memoSet(Rule.primary, s, r);
  return r;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','] -> Tuple
export function slices(p: Parser): Expr | null {
  const s = p.mark;
  const a = slice(p);
  if (a !== null && p.peek() !== T.COMMA) return a;
  p.mark = s;
  const elts: Expr[] = [];
  for (;;) {
    const m = p.mark;
    if (elts.length > 0 && p.expect(T.COMMA) < 0) break;
    let e = slice(p);
    if (e === null) e = starred_expression(p);
    if (e === null) {
      p.mark = m;
      break;
    }
    elts.push(e);
  }
  if (elts.length === 0) return null;
  p.expect(T.COMMA);
  return new Tuple({ elts, ctx: Load(), ...pos(p, s) });
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
function slice(p: Parser): Expr | null {
  const s = p.mark;
  let lower = expression(p);
  if (lower === null) p.mark = s;
  if (p.expect(T.COLON) >= 0) {
    let m = p.mark;
    const upper = expression(p);
    if (upper === null) p.mark = m;
    let step: Expr | null = null;
    m = p.mark;
    if (p.expect(T.COLON) >= 0) {
      const m2 = p.mark;
      step = expression(p);
      if (step === null) p.mark = m2;
    } else p.mark = m;
    return new Slice({ lower, upper, step, ...pos(p, s) });
  }
  p.mark = s;
  lower = named_expression(p);
  return lower;
}

// atom:
//     | NAME | 'True' | 'False' | 'None' | &(STRING|FSTRING_START|TSTRING_START) strings | NUMBER
//     | &'(' (tuple | group | genexp) | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp) | '...'
export function atom(p: Parser): Expr | null {
  const s = p.mark;
  const t = p.t;
  switch (p.peek()) {
    case T.NAME:
      return nameToken(p);
    case K_TRUE:
    case K_FALSE:
    case K_NONE: {
      const ty = t.type[s];
      p.mark++;
      return new Constant({ value: ty === K_TRUE ? true : ty === K_FALSE ? false : null, ...pos(p, s) });
    }
    case T.STRING:
    case T.FSTRING_START:
    case T.TSTRING_START:
      return strings(p);
    case T.NUMBER:
      return numberToken(p);
    case T.LPAR: {
      const r = tuple(p) ?? group(p) ?? genexp(p);
      if (r === null) p.mark = s;
      return r;
    }
    case T.LSQB: {
      const r = list(p) ?? listcomp(p);
      if (r === null) p.mark = s;
      return r;
    }
    case T.LBRACE: {
      const r = dict(p) ?? set(p) ?? dictcomp(p) ?? setcomp(p);
      if (r === null) p.mark = s;
      return r;
    }
    case T.ELLIPSIS:
      p.mark++;
      return new Constant({ value: Ellipsis, ...pos(p, s) });
    default:
      return null;
  }
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
function group(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LPAR) >= 0) {
    const m = p.mark;
    let a = yield_expr(p);
    if (a === null) {
      p.mark = m;
      a = named_expression(p);
    }
    if (a !== null && p.expect(T.RPAR) >= 0) return a;
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_group(p);
    p.mark = s;
  }
  return null;
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
function invalid_group(p: Parser): null {
  const s = p.mark;
  if (p.expect(T.LPAR) >= 0) {
    const a = starred_expression(p);
    if (a !== null && p.expect(T.RPAR) >= 0) errAt(p, a, "cannot use starred expression here");
    p.mark = s + 1;
    const d = p.expect(T.DOUBLESTAR);
    if (d >= 0 && expression(p) !== null && p.expect(T.RPAR) >= 0)
      errAt(p, p.tokLoc(d), "cannot use double starred expression here");
  }
  p.mark = s;
  return null;
}

// lambdef: 'lambda' [lambda_params] ':' expression
function lambdef(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(K_LAMBDA) < 0) return null;
  const m = p.mark;
  let a = lambda_params(p);
  if (a === null) p.mark = m;
  if (p.expect(T.COLON) >= 0) {
    const b = expression(p);
    if (b !== null) {
      a ??= emptyArguments();
      return new Lambda({ args: a, body: b, ...pos(p, s) });
    }
  }
  p.mark = s;
  return null;
}
void invalid_lambda_parameters;

// list: '[' [star_named_expressions] ']'
export function list(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LSQB) < 0) return null;
  const m = p.mark;
  let a = star_named_expressions(p);
  if (a === null) p.mark = m;
  if (p.expect(T.RSQB) >= 0) {
    a ??= [];
    return new List({ elts: a, ctx: Load(), ...pos(p, s) });
  }
  p.mark = s;
  return null;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
export function tuple(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LPAR) < 0) return null;
  let elts: Expr[] = [];
  const m = p.mark;
  const y = star_named_expression(p);
  if (y !== null && p.expect(T.COMMA) >= 0) {
    const m2 = p.mark;
    const z = star_named_expressions(p);
    if (z === null) p.mark = m2;
    elts = z !== null ? [y, ...z] : [y];
  } else p.mark = m;
  if (p.expect(T.RPAR) >= 0) return new Tuple({ elts, ctx: Load(), ...pos(p, s) });
  p.mark = s;
  return null;
}

// set: '{' star_named_expressions '}'
function set(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LBRACE) < 0) return null;
  const a = star_named_expressions(p);
  if (a !== null && p.expect(T.RBRACE) >= 0) return new SetNode({ elts: a, ...pos(p, s) });
  p.mark = s;
  return null;
}

interface KeyValue {
  key: Expr | null;
  value: Expr;
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
function dict(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LBRACE) < 0) return null;
  const m = p.mark;
  let a = double_starred_kvpairs(p);
  if (a === null) p.mark = m;
  if (p.expect(T.RBRACE) >= 0) {
    a ??= [];
    return new Dict({ keys: a.map((x) => x.key) as Expr[], values: a.map((x) => x.value), ...pos(p, s) });
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invalid_double_starred_kvpairs(p);
  }
  p.mark = s;
  return null;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
function double_starred_kvpairs(p: Parser): KeyValue[] | null {
  const first = double_starred_kvpair(p);
  if (first === null) return null;
  const items = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) < 0) break;
    const b = double_starred_kvpair(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    items.push(b);
  }
  p.expect(T.COMMA);
  return items;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
function double_starred_kvpair(p: Parser): KeyValue | null {
  const s = p.mark;
  if (p.expect(T.DOUBLESTAR) >= 0) {
    const a = bitwise_or(p);
    if (a !== null) return { key: null, value: a };
    p.mark = s;
  }
  return kvpair(p);
}

// kvpair: expression ':' expression
function kvpair(p: Parser): KeyValue | null {
  const s = p.mark;
  const a = expression(p);
  if (a !== null && p.expect(T.COLON) >= 0) {
    const b = expression(p);
    if (b !== null) return { key: a, value: b };
  }
  p.mark = s;
  return null;
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' '*' bitwise_or          -> "cannot use a starred expression in a dictionary value"
//     | expression ':' &('}'|',')              -> "expression expected after dictionary key and ':'"
function invalid_double_starred_kvpairs(p: Parser): null {
  const s = p.mark;
  if (double_starred_kvpair(p) !== null) {
    for (;;) {
      const m = p.mark;
      if (p.expect(T.COMMA) < 0 || double_starred_kvpair(p) === null) {
        p.mark = m;
        break;
      }
    }
    if (p.expect(T.COMMA) >= 0) invalid_kvpair(p);
  }
  p.mark = s;
  if (expression(p) !== null && p.expect(T.COLON) >= 0) {
    const m = p.mark;
    const a = p.expect(T.STAR);
    if (a >= 0 && bitwise_or(p) !== null)
      p.raiseFrom("cannot use a starred expression in a dictionary value", p.tokLoc(a));
    p.mark = m;
    const ty = p.peek();
    if (ty === T.RBRACE || ty === T.COMMA)
      errAt(p, p.tokLoc(m - 1), "expression expected after dictionary key and ':'");
  }
  p.mark = s;
  return null;
}

// invalid_kvpair:
//     | expression !(':')                       -> "':' expected after dictionary key"
//     | expression ':' '*' bitwise_or           -> "cannot use a starred expression in a dictionary value"
//     | expression ':' &('}'|',')               -> "expression expected after dictionary key and ':'"
function invalid_kvpair(p: Parser): null {
  const s = p.mark;
  const a = expression(p);
  if (a !== null) {
    if (p.peek() !== T.COLON) {
      p.raiseAt(
        "SyntaxError",
        "':' expected after dictionary key",
        a.lineno,
        a.end_col_offset as number,
        a.end_lineno as number,
        0,
      );
    }
    p.mark++;
    const m = p.mark;
    const st = p.expect(T.STAR);
    if (st >= 0 && bitwise_or(p) !== null)
      p.raiseFrom("cannot use a starred expression in a dictionary value", p.tokLoc(st));
    p.mark = m;
    const ty = p.peek();
    if (ty === T.RBRACE || ty === T.COMMA)
      errAt(p, p.tokLoc(m - 1), "expression expected after dictionary key and ':'");
  }
  p.mark = s;
  return null;
}

// for_if_clauses: for_if_clause+
export function for_if_clauses(p: Parser): comprehension[] | null {
  const items: comprehension[] = [];
  for (;;) {
    const c = for_if_clause(p);
    if (c === null) break;
    items.push(c);
  }
  return items.length > 0 ? items : null;
}

// for_if_clause:
//     | 'async' 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | invalid_for_if_clause | invalid_for_target
function for_if_clause(p: Parser): comprehension | null {
  const s = p.mark;
  const isAsync = p.expect(K_ASYNC) >= 0;
  if (p.expect(K_FOR) >= 0) {
    const a = star_targets(p);
    if (a !== null && p.expect(K_IN) >= 0) {
      // The cut: past 'in', no other alternative is tried.
      const b = disjunction(p);
      if (b === null) {
        p.mark = s;
        return null;
      }
      const ifs: Expr[] = [];
      for (;;) {
        const m = p.mark;
        if (p.expect(K_IF) < 0) break;
        const z = disjunction(p);
        if (z === null) {
          p.mark = m;
          break;
        }
        ifs.push(z);
      }
      const c = new comprehension({ target: a, iter: b, ifs, is_async: isAsync ? 1 : 0 });
      return isAsync ? checkVersion(p, 6, "Async comprehensions are", c) : c;
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_for_if_clause(p);
    p.mark = s;
    invalid_for_target(p);
    p.mark = s;
  }
  return null;
}

// invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'
function invalid_for_if_clause(p: Parser): null {
  const s = p.mark;
  p.expect(K_ASYNC);
  if (p.expect(K_FOR) >= 0 && bitwise_or(p) !== null) {
    for (;;) {
      const m = p.mark;
      if (p.expect(T.COMMA) < 0 || bitwise_or(p) === null) {
        p.mark = m;
        break;
      }
    }
    p.expect(T.COMMA);
    if (p.peek() !== K_IN) p.raise("SyntaxError", "'in' expected after for-loop variables");
  }
  p.mark = s;
  return null;
}

// invalid_for_target: 'async'? 'for' star_expressions
export function invalid_for_target(p: Parser): null {
  const s = p.mark;
  p.expect(K_ASYNC);
  if (p.expect(K_FOR) >= 0) {
    const a = star_expressions(p);
    if (a !== null) raiseInvalidTarget(p, FOR_TARGETS, a);
  }
  p.mark = s;
  return null;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
function listcomp(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LSQB) >= 0) {
    const a = named_expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RSQB) >= 0) return new ListComp({ elt: a, generators: b, ...pos(p, s) });
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_comprehension(p);
    p.mark = s;
  }
  return null;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
function setcomp(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LBRACE) >= 0) {
    const a = named_expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RBRACE) >= 0) return new SetComp({ elt: a, generators: b, ...pos(p, s) });
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_comprehension(p);
    p.mark = s;
  }
  return null;
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
export function genexp(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LPAR) >= 0) {
    let a = assignment_expression(p);
    if (a === null) {
      a = expression(p);
      if (a !== null && p.peek() === T.COLONEQUAL) a = null;
    }
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RPAR) >= 0)
        return new GeneratorExp({ elt: a, generators: b, ...pos(p, s) });
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_comprehension(p);
    p.mark = s;
  }
  return null;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
function dictcomp(p: Parser): Expr | null {
  const s = p.mark;
  if (p.expect(T.LBRACE) >= 0) {
    const a = kvpair(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RBRACE) >= 0) {
        return new DictComp({ key: a.key as Expr, value: a.value, generators: b, ...pos(p, s) });
      }
    }
  }
  p.mark = s;
  if (p.callInvalidRules) {
    // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
    if (p.expect(T.LBRACE) >= 0) {
      const a = p.expect(T.DOUBLESTAR);
      if (a >= 0 && bitwise_or(p) !== null && for_if_clauses(p) !== null && p.expect(T.RBRACE) >= 0) {
        errAt(p, p.tokLoc(a), "dict unpacking cannot be used in dict comprehension");
      }
    }
    p.mark = s;
  }
  return null;
}

// invalid_comprehension:
//     | ('[' | '(' | '{') starred_expression for_if_clauses       -> "iterable unpacking cannot be used in comprehension"
//     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//     | ('[' | '{') star_named_expression ',' for_if_clauses      -> "did you forget parentheses around the comprehension target?"
function invalid_comprehension(p: Parser): null {
  const s = p.mark;
  const ty = p.peek();
  if (ty !== T.LSQB && ty !== T.LPAR && ty !== T.LBRACE) return null;
  p.mark++;
  const a = starred_expression(p);
  if (a !== null && for_if_clauses(p) !== null)
    errAt(p, a, "iterable unpacking cannot be used in comprehension");
  if (ty !== T.LPAR) {
    p.mark = s + 1;
    const a2 = star_named_expression(p);
    if (a2 !== null && p.expect(T.COMMA) >= 0) {
      const m = p.mark;
      const b = star_named_expressions(p);
      if (b !== null && for_if_clauses(p) !== null) {
        errRange(p, a2, b[b.length - 1], "did you forget parentheses around the comprehension target?");
      }
      p.mark = m;
      if (for_if_clauses(p) !== null)
        errRange(p, a2, p.tokLoc(m - 1), "did you forget parentheses around the comprehension target?");
    }
  }
  p.mark = s;
  return null;
}

export { args, argumentsRule, gather, starred_expression } from "./arguments.js";
