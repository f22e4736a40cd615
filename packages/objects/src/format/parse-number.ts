// Text to numbers: int(text, base) and float(text) as CPython parses them, float.hex and float.fromhex.
import { newError } from "../core.js";
import { decimalValue, isSpace } from "../types/unicode.js";
import { decompose } from "./dtoa.js";

/** Strips Python whitespace and maps Unicode decimal digits to ASCII (_PyUnicode_TransformDecimalAndSpaceToASCII). */
export function asciiNumberText(text: string): string | null {
  let a = 0;
  let b = text.length;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  let out = "";
  for (const ch of text.slice(a, b)) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else {
      const digit = decimalValue(c);
      if (digit < 0) return null;
      out += String(digit);
    }
  }
  return out;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * Parses an int literal in `base` (0 or 2..36) after stripping; null when invalid.
 * `limit` is the str-to-int digit limit (0: none); throws CPython's ValueError when exceeded.
 */
export function parseIntText(raw: string, base: number, limit: number): bigint | null {
  const text = asciiNumberText(raw);
  if (text === null) return null;
  let i = 0;
  let negative = false;
  if (text[i] === "+" || text[i] === "-") {
    negative = text[i] === "-";
    i++;
  }
  let b = base;
  const p = text.slice(i, i + 2).toLowerCase();
  const prefixBase = p === "0x" ? 16 : p === "0o" ? 8 : p === "0b" ? 2 : 0;
  let afterPrefix = false;
  if (prefixBase && (b === 0 || b === prefixBase)) {
    b = prefixBase;
    i += 2;
    afterPrefix = true;
  }
  if (b === 0) b = 10;
  const start = i;
  let digits = "";
  // One underscore may follow a base prefix; otherwise underscores only separate digits.
  if (text[i] === "_") {
    if (!afterPrefix) return null;
    i++;
  }
  let lastUnderscore = false;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === "_") {
      if (lastUnderscore) return null;
      lastUnderscore = true;
      continue;
    }
    if (digitValue(ch.charCodeAt(0)) >= b) return null;
    digits += ch;
    lastUnderscore = false;
  }
  if (lastUnderscore || digits === "" || i === start) return null;
  // Base 0 forbids leading zeros in a non-zero decimal literal (as Python source does).
  if (base === 0 && !prefixBase && digits[0] === "0" && /[1-9]/.test(digits)) return null;
  if (limit > 0 && (b & (b - 1)) !== 0 && digits.length > limit)
    throw newError(
      "ValueError",
      `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  let value: bigint;
  if (b === 10) value = BigInt(digits);
  else if (b === 16 || b === 8 || b === 2)
    value = BigInt(`0${b === 16 ? "x" : b === 8 ? "o" : "b"}${digits}`);
  else {
    value = 0n;
    const big = BigInt(b);
    for (const ch of digits) value = value * big + BigInt(digitValue(ch.charCodeAt(0)));
  }
  return negative ? -value : value;
}

/** float(text): decimal literals with underscores between digits, inf, infinity and nan; null when invalid. */
export function parseFloatText(raw: string): number | null {
  const text = asciiNumberText(raw);
  if (text === null) return null;
  const m =
    /^([+-]?)(?:(inf|infinity)|(nan)|((?:[0-9](?:_?[0-9])*)?(?:\.(?:[0-9](?:_?[0-9])*)?)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?))$/i.exec(
      text,
    );
  if (!m) return null;
  const sign = m[1] === "-" ? -1 : 1;
  if (m[2]) return sign * Infinity;
  if (m[3]) return Number.NaN;
  const body = m[4].replace(/_/g, "");
  // At least one digit must precede the exponent ('.e5' and '.' are not numbers).
  if (!/^[0-9]|^\.[0-9]/.test(body)) return null;
  return sign * Number(body);
}

/** float.hex(): '[-]0x1.<13 hex digits>p<exp>' (subnormals as 0x0.<digits>p-1022). */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return `${sign}0x0.0p+0`;
  const { mantissa, exponent } = decompose(x);
  const subnormal = mantissa < 1n << 52n;
  const frac = (mantissa & ((1n << 52n) - 1n)).toString(16).padStart(13, "0");
  const e = subnormal ? -1022 : exponent + 52;
  return `${sign}0x${subnormal ? "0" : "1"}.${frac}p${e < 0 ? "" : "+"}${e}`;
}

function invalidHex(): never {
  throw newError("ValueError", "invalid hexadecimal floating-point string");
}

/** float.fromhex(text): exact value rounded half-even to a double. */
export function floatFromHex(raw: string): number {
  const text = raw.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(text);
  if (special) {
    if (special[2].toLowerCase() === "nan") return Number.NaN;
    return special[1] === "-" ? -Infinity : Infinity;
  }
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i.exec(text);
  if (!m || (m[2] === "" && (m[3] === undefined || m[3] === ""))) invalidHex();
  const negative = m[1] === "-";
  const intPart = m[2];
  const fracPart = m[3] ?? "";
  let mant = BigInt(`0x${intPart + fracPart || "0"}`);
  let exp = (m[4] === undefined ? 0 : Number(m[4])) - 4 * fracPart.length;
  if (mant === 0n) return negative ? -0 : 0;
  const bits = mant.toString(2).length;
  // Keep 53 bits, fewer when the result is subnormal, rounding the dropped bits half to even.
  const shift = Math.max(bits - 53, -1074 - exp);
  if (shift > 0) {
    const dropped = mant & ((1n << BigInt(shift)) - 1n);
    mant >>= BigInt(shift);
    const half = 1n << BigInt(shift - 1);
    if (dropped > half || (dropped === half && (mant & 1n) === 1n)) mant += 1n;
    exp += shift;
  }
  if (mant === 0n) return negative ? -0 : 0;
  if (mant.toString(2).length + exp > 1024)
    throw newError("OverflowError", "hexadecimal value too large to represent as a float");
  let value = Number(mant);
  // Scale in two steps so that an intermediate power of two neither overflows nor underflows.
  const half = Math.trunc(exp / 2);
  value = value * 2 ** half * 2 ** (exp - half);
  return negative ? -value : value;
}
