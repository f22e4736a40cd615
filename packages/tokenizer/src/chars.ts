// Char codes the lexer compares against, and 128-entry tables classifying ASCII characters.

export enum Ch {
  EOF = -1,
  Null = 0x00,
  Tab = 0x09,
  LineFeed = 0x0a,
  FormFeed = 0x0c,
  CarriageReturn = 0x0d,
  Space = 0x20,
  Exclamation = 0x21,
  DoubleQuote = 0x22,
  Hash = 0x23,
  SingleQuote = 0x27,
  OpenParen = 0x28,
  CloseParen = 0x29,
  Plus = 0x2b,
  Minus = 0x2d,
  Dot = 0x2e,
  _0 = 0x30,
  _1 = 0x31,
  _7 = 0x37,
  _9 = 0x39,
  Colon = 0x3a,
  Equals = 0x3d,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  Underscore = 0x5f,
  A = 0x41,
  B = 0x42,
  E = 0x45,
  F = 0x46,
  J = 0x4a,
  N = 0x4e,
  O = 0x4f,
  R = 0x52,
  T = 0x54,
  U = 0x55,
  X = 0x58,
  a = 0x61,
  b = 0x62,
  d = 0x64,
  e = 0x65,
  f = 0x66,
  i = 0x69,
  j = 0x6a,
  l = 0x6c,
  n = 0x6e,
  o = 0x6f,
  r = 0x72,
  s = 0x73,
  t = 0x74,
  u = 0x75,
  x = 0x78,
  OpenBrace = 0x7b,
  CloseBrace = 0x7d,
  Delete = 0x7f,
}

/** Bit flags of CHAR_CLASS. */
export enum CharClass {
  IdentStart = 1,
  IdentChar = 2,
  Digit = 4,
  HexDigit = 8,
}

/** Classes of the 128 ASCII codes; every code from 128 up may start or continue an identifier, as in CPython's lexer. */
export const CHAR_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  const set = (from: number, to: number, flags: number) => {
    for (let c = from; c <= to; c++) table[c] |= flags;
  };
  set(0x61, 0x7a, CharClass.IdentStart | CharClass.IdentChar);
  set(0x41, 0x5a, CharClass.IdentStart | CharClass.IdentChar);
  set(0x5f, 0x5f, CharClass.IdentStart | CharClass.IdentChar);
  set(0x30, 0x39, CharClass.IdentChar | CharClass.Digit | CharClass.HexDigit);
  set(0x61, 0x66, CharClass.HexDigit);
  set(0x41, 0x46, CharClass.HexDigit);
  return table;
})();

// Module constants for the functions below: V8 folds these, not enum property loads.
const IDENT_START = CharClass.IdentStart;
const IDENT_CHAR = CharClass.IdentChar;
const HEX_DIGIT = CharClass.HexDigit;
const DIGIT_0 = Ch._0;
const DIGIT_9 = Ch._9;
const QUOTE_1 = Ch.DoubleQuote;
const QUOTE_2 = Ch.SingleQuote;

/** `is_potential_identifier_start`: ASCII letters, `_`, and anything non-ASCII. EOF (-1) is none. */
export function isPotentialIdentifierStart(c: number): boolean {
  return c >= 128 || (c >= 0 && (CHAR_CLASS[c] & IDENT_START) !== 0);
}

/** `is_potential_identifier_char`: ASCII letters, digits, `_`, and anything non-ASCII. */
export function isPotentialIdentifierChar(c: number): boolean {
  return c >= 128 || (c >= 0 && (CHAR_CLASS[c] & IDENT_CHAR) !== 0);
}

export function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

export function isHexDigit(c: number): boolean {
  return c >= 0 && c < 128 && (CHAR_CLASS[c] & HEX_DIGIT) !== 0;
}

/** A string can start with one of these quotes. */
export function isQuote(c: number): boolean {
  return c === QUOTE_1 || c === QUOTE_2;
}

/** Lower-cases an ASCII letter code (Py_TOLOWER); other codes pass through. */
export function toLower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}
