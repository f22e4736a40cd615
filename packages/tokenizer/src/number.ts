// Number literals (the NUMBER branch of Parser/lexer/lexer.c): integers, floats, imaginaries and their errors.
import { Ch, isDigit, isHexDigit, isPotentialIdentifierChar } from "./chars.js";
import { Msg } from "./errors.js";
import type { Lexer } from "./lexer.js";
import { tok } from "./token.js";

// Module constants, which V8 folds (tsc keeps const enums as objects under isolatedModules).
const DIGIT_0 = Ch._0;
const DIGIT_1 = Ch._1;
const DIGIT_7 = Ch._7;
const DOT = Ch.Dot;
const LOWER_A = Ch.a;
const LOWER_B = Ch.b;
const LOWER_E = Ch.e;
const LOWER_F = Ch.f;
const LOWER_I = Ch.i;
const LOWER_J = Ch.j;
const LOWER_N = Ch.n;
const LOWER_O = Ch.o;
const LOWER_S = Ch.s;
const LOWER_X = Ch.x;
const MINUS = Ch.Minus;
const PLUS = Ch.Plus;
const UNDERSCORE = Ch.Underscore;
const T_ERRORTOKEN = tok.ERRORTOKEN;
const T_NUMBER = tok.NUMBER;

/** `tok_decimal_tail`: digits with single underscores between them; returns the char after, or 0 on error. */
function decimalTail(lx: Lexer): number {
  let c: number;
  for (;;) {
    do {
      c = lx.nextc();
    } while (isDigit(c));
    if (c !== UNDERSCORE) break;
    c = lx.nextc();
    if (!isDigit(c)) {
      lx.backup(c);
      lx.syntaxError(Msg.invalidLiteral("decimal"));
      return 0;
    }
  }
  return c;
}

/** `lookahead`: whether `word` follows and ends there (consumes nothing). */
function lookahead(lx: Lexer, word: string): boolean {
  const save = lx.cur;
  let result = false;
  for (let i = 0; ; i++) {
    const c = lx.nextc();
    if (i === word.length) {
      result = !isPotentialIdentifierChar(c);
      break;
    }
    if (c !== word.charCodeAt(i)) break;
  }
  lx.cur = save;
  return result;
}

/** `verify_end_of_number`: what may follow a number; the tokenize module (extra tokens) accepts anything. */
function verifyEndOfNumber(lx: Lexer, c: number, kind: string): boolean {
  if (lx.extraTokens) return true;
  let r = false;
  if (c === LOWER_A) r = lookahead(lx, "nd");
  else if (c === LOWER_E) r = lookahead(lx, "lse");
  else if (c === LOWER_F) r = lookahead(lx, "or");
  else if (c === LOWER_I) {
    const c2 = lx.nextc();
    if (c2 === LOWER_F || c2 === LOWER_N || c2 === LOWER_S) r = true;
    lx.backup(c2);
  } else if (c === LOWER_O) r = lookahead(lx, "r");
  else if (c === LOWER_N) r = lookahead(lx, "ot");
  if (r) {
    lx.warnings.push(Msg.invalidLiteral(kind));
    return true;
  }
  if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
    lx.backup(c);
    lx.syntaxError(Msg.invalidLiteral(kind));
    return false;
  }
  return true;
}

function numberToken(lx: Lexer): number {
  lx.pStart = lx.start;
  lx.pEnd = lx.cur;
  return T_NUMBER;
}

/** Integer, float and imaginary literals; `c` is the first digit. */
export function lexNumber(lx: Lexer, c: number): number {
  if (c !== DIGIT_0) {
    c = decimalTail(lx);
    if (c === 0) return T_ERRORTOKEN;
    if (c === DOT) return lexFraction(lx, lx.nextc());
    return lexExponentAndImaginary(lx, c);
  }
  c = lx.nextc();
  const lower = c | 0x20;
  if (lower === LOWER_X) {
    c = lx.nextc();
    do {
      if (c === UNDERSCORE) c = lx.nextc();
      if (!isHexDigit(c)) {
        lx.backup(c);
        return lx.syntaxError(Msg.invalidLiteral("hexadecimal"));
      }
      do {
        c = lx.nextc();
      } while (isHexDigit(c));
    } while (c === UNDERSCORE);
    if (!verifyEndOfNumber(lx, c, "hexadecimal")) return T_ERRORTOKEN;
  } else if (lower === LOWER_O) {
    c = lx.nextc();
    do {
      if (c === UNDERSCORE) c = lx.nextc();
      if (c < DIGIT_0 || c > DIGIT_7) {
        if (isDigit(c)) return lx.syntaxError(Msg.invalidDigit(String.fromCharCode(c), "octal"));
        lx.backup(c);
        return lx.syntaxError(Msg.invalidLiteral("octal"));
      }
      do {
        c = lx.nextc();
      } while (c >= DIGIT_0 && c <= DIGIT_7);
    } while (c === UNDERSCORE);
    if (isDigit(c)) return lx.syntaxError(Msg.invalidDigit(String.fromCharCode(c), "octal"));
    if (!verifyEndOfNumber(lx, c, "octal")) return T_ERRORTOKEN;
  } else if (lower === LOWER_B) {
    c = lx.nextc();
    do {
      if (c === UNDERSCORE) c = lx.nextc();
      if (c !== DIGIT_0 && c !== DIGIT_1) {
        if (isDigit(c)) return lx.syntaxError(Msg.invalidDigit(String.fromCharCode(c), "binary"));
        lx.backup(c);
        return lx.syntaxError(Msg.invalidLiteral("binary"));
      }
      do {
        c = lx.nextc();
      } while (c === DIGIT_0 || c === DIGIT_1);
    } while (c === UNDERSCORE);
    if (isDigit(c)) return lx.syntaxError(Msg.invalidDigit(String.fromCharCode(c), "binary"));
    if (!verifyEndOfNumber(lx, c, "binary")) return T_ERRORTOKEN;
  } else {
    // Zeros, perhaps an old-style octal (an error outside tokenize), or the start of a float.
    let nonzero = false;
    for (;;) {
      if (c === UNDERSCORE) {
        c = lx.nextc();
        if (!isDigit(c)) {
          lx.backup(c);
          return lx.syntaxError(Msg.invalidLiteral("decimal"));
        }
      }
      if (c !== DIGIT_0) break;
      c = lx.nextc();
    }
    const zerosEnd = lx.cur;
    if (isDigit(c)) {
      nonzero = true;
      c = decimalTail(lx);
      if (c === 0) return T_ERRORTOKEN;
    }
    if (c === DOT) return lexFraction(lx, lx.nextc());
    if ((c | 0x20) === LOWER_E) return lexExponent(lx, c);
    if ((c | 0x20) === LOWER_J) return lexImaginary(lx);
    if (nonzero && !lx.extraTokens) {
      lx.backup(c);
      return lx.syntaxErrorAt(
        Msg.leadingZeros,
        lx.utf8Length(lx.lineStart, lx.start) + 1,
        lx.utf8Length(lx.lineStart, zerosEnd),
      );
    }
    if (!verifyEndOfNumber(lx, c, "decimal")) return T_ERRORTOKEN;
  }
  lx.backup(c);
  return numberToken(lx);
}

/** After the "." of a float; `c` is the char following it. */
export function lexFraction(lx: Lexer, c: number): number {
  if (isDigit(c)) {
    c = decimalTail(lx);
    if (c === 0) return T_ERRORTOKEN;
  }
  return lexExponentAndImaginary(lx, c);
}

function lexExponentAndImaginary(lx: Lexer, c: number): number {
  if ((c | 0x20) === LOWER_E) return lexExponent(lx, c);
  if ((c | 0x20) === LOWER_J) return lexImaginary(lx);
  if (!verifyEndOfNumber(lx, c, "decimal")) return T_ERRORTOKEN;
  lx.backup(c);
  return numberToken(lx);
}

/** At "e" or "E": an exponent, or (with no digits after it) the end of the number before the "e". */
function lexExponent(lx: Lexer, e: number): number {
  let c = lx.nextc();
  if (c === PLUS || c === MINUS) {
    c = lx.nextc();
    if (!isDigit(c)) {
      lx.backup(c);
      return lx.syntaxError(Msg.invalidLiteral("decimal"));
    }
  } else if (!isDigit(c)) {
    lx.backup(c);
    if (!verifyEndOfNumber(lx, e, "decimal")) return T_ERRORTOKEN;
    lx.backup(e);
    return numberToken(lx);
  }
  c = decimalTail(lx);
  if (c === 0) return T_ERRORTOKEN;
  if ((c | 0x20) === LOWER_J) return lexImaginary(lx);
  if (!verifyEndOfNumber(lx, c, "decimal")) return T_ERRORTOKEN;
  lx.backup(c);
  return numberToken(lx);
}

/** At "j" or "J" (consumed next). */
function lexImaginary(lx: Lexer): number {
  const c = lx.nextc();
  if (!verifyEndOfNumber(lx, c, "imaginary")) return T_ERRORTOKEN;
  lx.backup(c);
  return numberToken(lx);
}
