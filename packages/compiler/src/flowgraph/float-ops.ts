// Python's float arithmetic for constant folding: the results floatobject.c gives, or undefined where it raises.
import { cPow, exactIntegerPower, floatDivmod, NB_OPS, PyComplex } from "@ophis/bytecode";

const nb = (name: string): number => NB_OPS.findIndex(([n]) => n === name);
/** BINARY_OP operands of the arithmetic the folder evaluates in floats and complex numbers. */
export const NB = {
  ADD: nb("NB_ADD"),
  SUBTRACT: nb("NB_SUBTRACT"),
  MULTIPLY: nb("NB_MULTIPLY"),
  TRUE_DIVIDE: nb("NB_TRUE_DIVIDE"),
  FLOOR_DIVIDE: nb("NB_FLOOR_DIVIDE"),
  REMAINDER: nb("NB_REMAINDER"),
  POWER: nb("NB_POWER"),
};

/** Python's float(int): undefined where CPython raises OverflowError. */
export function intToFloat(v: bigint | number): number | undefined {
  const f = Number(v);
  return Number.isFinite(f) || typeof v === "number" ? f : undefined;
}

/** A negative base to a fractional power: Python hands over to complex_pow, as the objects package does. */
function complexPow(a: number, c: number): PyComplex {
  const r = cPow({ real: a, imag: 0 }, { real: c, imag: 0 });
  return new PyComplex(r.real, r.imag);
}

/** float_pow, for operands that are not NaN or infinite (the folder never sees those as literals). */
function floatPow(a: number, c: number): number | PyComplex | undefined {
  if (c === 0) return 1;
  if (!Number.isFinite(a) || !Number.isFinite(c)) return undefined;
  if (a === 0) return c < 0 ? undefined : a ** c;
  if (a < 0 && c !== Math.floor(c)) return complexPow(a, c);
  // C's pow is correctly rounded for the integer powers JS's ** can miss by an ulp (10.0 ** -5).
  const magnitude = exactIntegerPower(Math.abs(a), c) ?? Math.abs(a) ** c;
  const r = a < 0 && Math.abs(c % 2) === 1 ? -magnitude : magnitude;
  return Number.isFinite(r) ? r : undefined;
}

/** a <op> c for two floats (ints already converted); undefined where Python raises. */
export function floatBinop(a: number, op: number, c: number): number | PyComplex | undefined {
  let r: number;
  switch (op) {
    case NB.ADD:
      r = a + c;
      break;
    case NB.SUBTRACT:
      r = a - c;
      break;
    case NB.MULTIPLY:
      r = a * c;
      break;
    case NB.TRUE_DIVIDE:
      if (c === 0) return undefined;
      r = a / c;
      break;
    case NB.FLOOR_DIVIDE:
      if (c === 0) return undefined;
      r = floatDivmod(a, c)[0];
      break;
    case NB.REMAINDER:
      if (c === 0) return undefined;
      r = floatDivmod(a, c)[1];
      break;
    case NB.POWER: {
      const p = floatPow(a, c);
      if (typeof p !== "number") return p;
      r = p;
      break;
    }
    default:
      return undefined;
  }
  // A NaN constant would not compare equal to itself in the constant table; leave such folds alone.
  return Number.isNaN(r) ? undefined : r;
}
