// The token kinds of CPython 3.14's `token` module: one table, from which every name, number and exact type derives.

/** Every token name with its number, in CPython's order (Lib/token.py). */
export const tok = {
  ENDMARKER: 0,
  NAME: 1,
  NUMBER: 2,
  STRING: 3,
  NEWLINE: 4,
  INDENT: 5,
  DEDENT: 6,
  LPAR: 7,
  RPAR: 8,
  LSQB: 9,
  RSQB: 10,
  COLON: 11,
  COMMA: 12,
  SEMI: 13,
  PLUS: 14,
  MINUS: 15,
  STAR: 16,
  SLASH: 17,
  VBAR: 18,
  AMPER: 19,
  LESS: 20,
  GREATER: 21,
  EQUAL: 22,
  DOT: 23,
  PERCENT: 24,
  LBRACE: 25,
  RBRACE: 26,
  EQEQUAL: 27,
  NOTEQUAL: 28,
  LESSEQUAL: 29,
  GREATEREQUAL: 30,
  TILDE: 31,
  CIRCUMFLEX: 32,
  LEFTSHIFT: 33,
  RIGHTSHIFT: 34,
  DOUBLESTAR: 35,
  PLUSEQUAL: 36,
  MINEQUAL: 37,
  STAREQUAL: 38,
  SLASHEQUAL: 39,
  PERCENTEQUAL: 40,
  AMPEREQUAL: 41,
  VBAREQUAL: 42,
  CIRCUMFLEXEQUAL: 43,
  LEFTSHIFTEQUAL: 44,
  RIGHTSHIFTEQUAL: 45,
  DOUBLESTAREQUAL: 46,
  DOUBLESLASH: 47,
  DOUBLESLASHEQUAL: 48,
  AT: 49,
  ATEQUAL: 50,
  RARROW: 51,
  ELLIPSIS: 52,
  COLONEQUAL: 53,
  EXCLAMATION: 54,
  OP: 55,
  TYPE_IGNORE: 56,
  TYPE_COMMENT: 57,
  SOFT_KEYWORD: 58,
  FSTRING_START: 59,
  FSTRING_MIDDLE: 60,
  FSTRING_END: 61,
  TSTRING_START: 62,
  TSTRING_MIDDLE: 63,
  TSTRING_END: 64,
  COMMENT: 65,
  NL: 66,
  ERRORTOKEN: 67,
  ENCODING: 68,
  N_TOKENS: 69,
  NT_OFFSET: 256,
} as const;

export type TokenName = keyof typeof tok;

/** Number to name, as `token.tok_name`. */
export const tokName: Readonly<Record<number, string>> = Object.freeze(
  Object.fromEntries(Object.entries(tok).map(([name, value]) => [value, name])),
);

/** The operator spellings and their exact types, as `token.EXACT_TOKEN_TYPES` (sorted as CPython lists them). */
const OPERATORS: readonly (readonly [string, number])[] = [
  ["!", tok.EXCLAMATION],
  ["!=", tok.NOTEQUAL],
  ["%", tok.PERCENT],
  ["%=", tok.PERCENTEQUAL],
  ["&", tok.AMPER],
  ["&=", tok.AMPEREQUAL],
  ["(", tok.LPAR],
  [")", tok.RPAR],
  ["*", tok.STAR],
  ["**", tok.DOUBLESTAR],
  ["**=", tok.DOUBLESTAREQUAL],
  ["*=", tok.STAREQUAL],
  ["+", tok.PLUS],
  ["+=", tok.PLUSEQUAL],
  [",", tok.COMMA],
  ["-", tok.MINUS],
  ["-=", tok.MINEQUAL],
  ["->", tok.RARROW],
  [".", tok.DOT],
  ["...", tok.ELLIPSIS],
  ["/", tok.SLASH],
  ["//", tok.DOUBLESLASH],
  ["//=", tok.DOUBLESLASHEQUAL],
  ["/=", tok.SLASHEQUAL],
  [":", tok.COLON],
  [":=", tok.COLONEQUAL],
  [";", tok.SEMI],
  ["<", tok.LESS],
  ["<<", tok.LEFTSHIFT],
  ["<<=", tok.LEFTSHIFTEQUAL],
  ["<=", tok.LESSEQUAL],
  ["=", tok.EQUAL],
  ["==", tok.EQEQUAL],
  [">", tok.GREATER],
  [">=", tok.GREATEREQUAL],
  [">>", tok.RIGHTSHIFT],
  [">>=", tok.RIGHTSHIFTEQUAL],
  ["@", tok.AT],
  ["@=", tok.ATEQUAL],
  ["[", tok.LSQB],
  ["]", tok.RSQB],
  ["^", tok.CIRCUMFLEX],
  ["^=", tok.CIRCUMFLEXEQUAL],
  ["{", tok.LBRACE],
  ["|", tok.VBAR],
  ["|=", tok.VBAREQUAL],
  ["}", tok.RBRACE],
  ["~", tok.TILDE],
];

export const EXACT_TOKEN_TYPES: ReadonlyMap<string, number> = new Map(OPERATORS);

/**
 * The C tokenizer's operator tables (Parser/token.c), keyed by char codes: `c1 << 16 | c2 << 8 | c3`
 * for three characters and so on. `<>` is there too, as the C tokenizer knows it (Barry as FLUFL).
 */
export const ONE_CHAR: Int8Array = new Int8Array(128).fill(tok.OP);
export const TWO_CHARS = new Map<number, number>();
export const THREE_CHARS = new Map<number, number>();
for (const [spelling, type] of OPERATORS) {
  const c0 = spelling.charCodeAt(0);
  if (spelling.length === 1) ONE_CHAR[c0] = type;
  else if (spelling.length === 2) TWO_CHARS.set((c0 << 8) | spelling.charCodeAt(1), type);
  else if (spelling !== "...")
    THREE_CHARS.set((c0 << 16) | (spelling.charCodeAt(1) << 8) | spelling.charCodeAt(2), type);
}
TWO_CHARS.set(("<".charCodeAt(0) << 8) | ">".charCodeAt(0), tok.NOTEQUAL);

/** Tokens whose line and start column come from where a (possibly multi-line) string began. */
export function isStringLiteral(type: number): boolean {
  return type === tok.STRING || type === tok.FSTRING_MIDDLE || type === tok.TSTRING_MIDDLE;
}
