// Operator precedence for unparse (CPython's _Precedence) and the operator spellings.

/** Lowest binds loosest; BOR shares EXPR's level as in CPython's table. */
export const Precedence = {
  NAMED_EXPR: 1, // <target> := <expr1>
  TUPLE: 2, // <expr1>, <expr2>
  YIELD: 3, // 'yield', 'yield from'
  TEST: 4, // 'if'-'else', 'lambda'
  OR: 5,
  AND: 6,
  NOT: 7,
  CMP: 8, // comparisons, 'in', 'not in', 'is', 'is not'
  EXPR: 9,
  BOR: 9, // '|'
  BXOR: 10,
  BAND: 11,
  SHIFT: 12,
  ARITH: 13, // '+', '-'
  TERM: 14, // '*', '@', '/', '%', '//'
  FACTOR: 15, // unary '+', '-', '~'
  POWER: 16, // '**'
  AWAIT: 17,
  ATOM: 18,
} as const;

export type Precedence = (typeof Precedence)[keyof typeof Precedence];

/** The next tighter level; ATOM is its own next. */
export function next(p: Precedence): Precedence {
  return p === Precedence.ATOM ? p : ((p + 1) as Precedence);
}

export const UNARY_OPS: Record<string, [text: string, precedence: Precedence]> = {
  Invert: ["~", Precedence.FACTOR],
  Not: ["not", Precedence.NOT],
  UAdd: ["+", Precedence.FACTOR],
  USub: ["-", Precedence.FACTOR],
};

export const BINARY_OPS: Record<string, [text: string, precedence: Precedence]> = {
  Add: ["+", Precedence.ARITH],
  Sub: ["-", Precedence.ARITH],
  Mult: ["*", Precedence.TERM],
  MatMult: ["@", Precedence.TERM],
  Div: ["/", Precedence.TERM],
  Mod: ["%", Precedence.TERM],
  LShift: ["<<", Precedence.SHIFT],
  RShift: [">>", Precedence.SHIFT],
  BitOr: ["|", Precedence.BOR],
  BitXor: ["^", Precedence.BXOR],
  BitAnd: ["&", Precedence.BAND],
  FloorDiv: ["//", Precedence.TERM],
  Pow: ["**", Precedence.POWER],
};

export const COMPARE_OPS: Record<string, string> = {
  Eq: "==",
  NotEq: "!=",
  Lt: "<",
  LtE: "<=",
  Gt: ">",
  GtE: ">=",
  Is: "is",
  IsNot: "is not",
  In: "in",
  NotIn: "not in",
};

export const BOOL_OPS: Record<string, [text: string, precedence: Precedence]> = {
  And: ["and", Precedence.AND],
  Or: ["or", Precedence.OR],
};
