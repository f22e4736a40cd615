// complex to and from text: repr, complex.__format__ (format_complex_internal) and complex(str).
import { newError } from "../core.js";
import { decimalValue, isSpace } from "../types/unicode.js";
import { floatParts, floatToString } from "./float-format.js";
import { type FormatSpec, layoutNumber, padText, parseSpec, unknownType } from "./spec.js";

function isPositiveZero(x: number): boolean {
  return x === 0 && !Object.is(x, -0);
}

/** repr(complex): the imaginary part alone when the real part is +0.0, else both in parentheses. */
export function complexRepr(real: number, imag: number): string {
  const im = floatToString(imag, "r", 0);
  if (isPositiveZero(real)) return `${im}j`;
  const sign = im[0] === "-" ? "" : "+";
  return `(${floatToString(real, "r", 0)}${sign}${im}j)`;
}

/** complex.__format__ for a non-empty spec (an empty one means str(self), which the caller handles). */
export function formatComplex(real: number, imag: number, spec: string): string {
  const f = parseSpec(spec, "complex", ">");
  if (f.type !== "" && !"eEfFgGn".includes(f.type)) unknownType(f.type, "complex");
  if (f.fill === "0") throw newError("ValueError", "Zero padding is not allowed in complex format specifier");
  if (f.align === "=")
    throw newError("ValueError", "'=' alignment flag is not allowed in complex format specifier");
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipReal = false;
  let parens = false;
  if (type === "") {
    // Like str(self): 'r' digits, parentheses unless the real part is +0.0 and left out.
    type = "r";
    defaultPrecision = 0;
    if (isPositiveZero(real)) skipReal = true;
    else parens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const flags = { alt: f.alternate, noNegZero: f.noNegZero };
  // Each part is laid out unpadded; the imaginary part always shows its sign after a real part.
  const part = (x: number, sign: string): string => {
    const numberSpec: FormatSpec = { ...f, fill: " ", align: "<", width: -1, sign };
    if (!Number.isFinite(x)) {
      numberSpec.grouping = "";
      numberSpec.fracGrouping = "";
    }
    return layoutNumber(floatParts(x, type, precision, flags), numberSpec);
  };
  const re = skipReal ? "" : part(real, f.sign);
  const im = part(imag, skipReal ? f.sign : "+");
  const body = parens ? `(${re}${im}j)` : `${re}${im}j`;
  return padText(body, body.length, f, ">");
}

/** Py_ISSPACE: the C locale's whitespace. */
function isCSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f";
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII whitespace becomes ' ', decimal digits their ASCII
 * digit; the text stops at a '?' in place of the first other non-ASCII character.
 */
function toAsciiNumberText(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 127) out += ch;
    else if (isSpace(c)) out += " ";
    else {
      const digit = decimalValue(c);
      if (digit < 0) return `${out}?`;
      out += String(digit);
    }
  }
  return out;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** _Py_string_to_number_with_underscores: drops underscores that sit between digits; null if any other does. */
function dropUnderscores(s: string): string | null {
  if (!s.includes("_")) return s;
  let out = "";
  let prev = "";
  for (const c of s) {
    if (c === "\0") return null;
    if (c === "_") {
      if (!isDigit(prev)) return null;
    } else {
      if (prev === "_" && !isDigit(c)) return null;
      out += c;
    }
    prev = c;
  }
  return prev === "_" ? null : out;
}

/** The longest prefix of s from `pos` that strtod reads as a float (with inf, infinity and nan), or null. */
function floatPrefix(s: string, pos: number): { value: number; end: number } | null {
  let i = pos;
  let negative = false;
  if (s[i] === "+" || s[i] === "-") {
    negative = s[i] === "-";
    i++;
  }
  const word = s.slice(i, i + 8).toLowerCase();
  if (word.startsWith("inf")) {
    const end = i + (word === "infinity" ? 8 : 3);
    return { value: negative ? -Infinity : Infinity, end };
  }
  if (word.startsWith("nan")) return { value: Number.NaN, end: i + 3 };
  const start = i;
  let digits = 0;
  while (isDigit(s[i])) {
    i++;
    digits++;
  }
  if (s[i] === ".") {
    i++;
    while (isDigit(s[i])) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return null;
  if (s[i] === "e" || s[i] === "E") {
    let j = i + 1;
    if (s[j] === "+" || s[j] === "-") j++;
    if (isDigit(s[j])) {
      while (isDigit(s[j])) j++;
      i = j;
    }
  }
  const magnitude = Number(s.slice(start, i));
  return { value: negative ? -magnitude : magnitude, end: i };
}

/** Why complex(str) failed: misplaced underscores, or text that is no complex literal. */
export type ComplexTextError = "underscores" | "malformed";

/**
 * complex(str) as complex_from_string_inner: '<float>', '<float>j', '<float><signed float>j', with the older
 * forms '<float><sign>j', '<sign>j' and 'j', optionally in parentheses, with surrounding whitespace.
 */
export function parseComplexText(text: string): { real: number; imag: number } | ComplexTextError {
  const s = dropUnderscores(toAsciiNumberText(text));
  if (s === null) return "underscores";
  let i = 0;
  while (isCSpace(s[i])) i++;
  const bracket = s[i] === "(";
  if (bracket) {
    i++;
    while (isCSpace(s[i])) i++;
  }
  let real = 0;
  let imag = 0;
  const isJ = (c: string | undefined) => c === "j" || c === "J";
  const first = floatPrefix(s, i);
  if (first !== null) {
    i = first.end;
    if (s[i] === "+" || s[i] === "-") {
      real = first.value;
      const second = floatPrefix(s, i);
      if (second !== null) {
        imag = second.value;
        i = second.end;
      } else {
        imag = s[i] === "+" ? 1 : -1;
        i++;
      }
      if (!isJ(s[i])) return "malformed";
      i++;
    } else if (isJ(s[i])) {
      imag = first.value;
      i++;
    } else real = first.value;
  } else {
    if (s[i] === "+" || s[i] === "-") {
      imag = s[i] === "+" ? 1 : -1;
      i++;
    } else imag = 1;
    if (!isJ(s[i])) return "malformed";
    i++;
  }
  while (isCSpace(s[i])) i++;
  if (bracket) {
    if (s[i] !== ")") return "malformed";
    i++;
    while (isCSpace(s[i])) i++;
  }
  if (i !== s.length) return "malformed";
  return { real, imag };
}
