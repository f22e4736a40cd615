// int (arbitrary precision; a JS number while safe, a bigint beyond) and bool, with the -5..256 singletons.
import { intTrueDivide } from "@ophis/bytecode";
import { makeImmortal } from "@ophis/gc";
import { newError, PyObject, PyType, T } from "./core.js";

T.int = new PyType(T.type, "int", [T.object]);

export class PyInt extends PyObject {
  /** A safe integer as a number, anything larger as a bigint: never a bigint that would fit a safe number. */
  constructor(
    readonly value: number | bigint,
    type: PyType = T.int,
  ) {
    super(type);
  }
}

const SMALL_MIN = -5;
const SMALL_MAX = 256;
const small: PyInt[] = [];
for (let i = SMALL_MIN; i <= SMALL_MAX; i++) {
  const o = new PyInt(i);
  makeImmortal(o);
  small.push(o);
}

/** An int object: the cached singleton for -5..256, else a new one (as PyLong_FromLong). */
export function newInt(n: number): PyInt {
  if (n >= SMALL_MIN && n <= SMALL_MAX && (n | 0) === n) return small[n - SMALL_MIN];
  return new PyInt(n === 0 ? 0 : n);
}

/** An int from a bigint, normalised to a number when safe. */
export function newBigInt(n: bigint): PyInt {
  if (n >= -9007199254740991n && n <= 9007199254740991n) return newInt(Number(n));
  return new PyInt(n);
}

/** Any integral JS value as an int object. */
export function intFrom(n: number | bigint): PyInt {
  return typeof n === "bigint" ? newBigInt(n) : Number.isSafeInteger(n) ? newInt(n) : newBigInt(BigInt(n));
}

export function toBig(v: number | bigint): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

T.bool = new PyType(T.type, "bool", [T.int]);
export const False = new PyInt(0, T.bool);
export const True = new PyInt(1, T.bool);
makeImmortal(False);
makeImmortal(True);

export function pyBool(b: boolean): PyInt {
  return b ? True : False;
}

/** int + int (and the other integer operators) on raw values, result normalised. */
export function intAdd(a: number | bigint, b: number | bigint): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return newInt(r);
  }
  return newBigInt(toBig(a) + toBig(b));
}

export function intSub(a: number | bigint, b: number | bigint): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return newInt(r);
  }
  return newBigInt(toBig(a) - toBig(b));
}

export function intMul(a: number | bigint, b: number | bigint): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return newInt(r);
  }
  return newBigInt(toBig(a) * toBig(b));
}

function zeroDivision(message: string): never {
  throw newError("ZeroDivisionError", message);
}

/** Floor division: rounds toward negative infinity, as Python's //. */
export function intFloorDiv(a: number | bigint, b: number | bigint): PyInt {
  if (b === 0 || b === 0n) zeroDivision("division by zero");
  // Below 2**31 the double quotient cannot round across an integer, so floor() is exact.
  if (typeof a === "number" && typeof b === "number" && Math.abs(a) < 2147483648 && Math.abs(b) < 2147483648)
    return newInt(Math.floor(a / b));
  const x = toBig(a);
  const y = toBig(b);
  let q = x / y;
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
  return newBigInt(q);
}

/** Modulo with the divisor's sign, as Python's %. */
export function intMod(a: number | bigint, b: number | bigint): PyInt {
  if (b === 0 || b === 0n) zeroDivision("division by zero");
  if (typeof a === "number" && typeof b === "number") {
    const r = a % b;
    return newInt(r !== 0 && r < 0 !== b < 0 ? r + b : r === 0 ? 0 : r);
  }
  const y = toBig(b);
  const r = toBig(a) % y;
  return newBigInt(r !== 0n && r < 0n !== y < 0n ? r + y : r);
}

function _bitLength(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
}

/** True division of ints: the exact quotient correctly rounded to a float (as CPython's long_true_divide). */
export function intTrueDiv(a: number | bigint, b: number | bigint): number {
  if (b === 0 || b === 0n) zeroDivision("division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b;
  const result = intTrueDivide(toBig(a), toBig(b));
  if (result === undefined) throw newError("OverflowError", "integer division result too large for a float");
  return result;
}

/** Compares an int with a float exactly: -1, 0, 1, or NaN when x is a NaN. */
export function compareIntFloat(v: number | bigint, x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (typeof v === "number") return v < x ? -1 : v > x ? 1 : 0;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  const floor = Math.floor(x);
  const fb = BigInt(floor);
  if (v < fb) return -1;
  if (v > fb) return 1;
  return floor === x ? 0 : -1;
}

/** The integer power for a non-negative exponent. */
export function intPow(a: number | bigint, b: number | bigint): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return newInt(r);
  }
  return newBigInt(toBig(a) ** toBig(b));
}

export function intNeg(a: number | bigint): PyInt {
  return typeof a === "number" ? newInt(-a) : newBigInt(-a);
}

export function intCompare(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const HASH_MODULUS = (1n << 61n) - 1n;

/** hash(int) as 64-bit CPython: the value modulo 2**61 - 1 with the sign kept, -1 becoming -2. */
export function intHash(v: number | bigint): number | bigint {
  // A safe integer is far below 2**61 - 1: it is its own hash.
  if (typeof v === "number") return v === -1 ? -2 : v;
  const big = toBig(v);
  let h = (big < 0n ? -big : big) % HASH_MODULUS;
  if (big < 0n) h = -h;
  if (h === -1n) h = -2n;
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

/** The int-to-str limit of sys.set_int_max_str_digits (default 4300). */
export const intDigitsLimit = { value: 4300 };

export function intToDecimal(v: number | bigint): string {
  if (typeof v === "number") return String(v);
  const s = v.toString();
  const digits = v < 0n ? s.length - 1 : s.length;
  if (intDigitsLimit.value > 0 && digits > intDigitsLimit.value)
    throw newError(
      "ValueError",
      `Exceeds the limit (${intDigitsLimit.value} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  return s;
}
