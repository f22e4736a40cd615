// complex: pairs of IEEE doubles, their hash, and the arithmetic kernels of Objects/complexobject.c.
import { type Complex, isInfinite, cPow as powerOf } from "@ophis/bytecode";
import { newError, PyObject, PyType, T } from "./core.js";

export {
  type Complex,
  ComplexZeroDivision,
  cDiff,
  cProd,
  cQuot,
  cSum,
  rcQuot,
} from "@ophis/bytecode";

import { floatHash } from "./float.js";

T.complex = new PyType(T.type, "complex", [T.object]);

export class PyComplex extends PyObject {
  constructor(
    readonly real: number,
    readonly imag: number,
    type: PyType = T.complex,
  ) {
    super(type);
  }
}

export function newComplex(real: number, imag: number): PyComplex {
  return new PyComplex(real, imag);
}

/** The multiplier of the imaginary part's hash (_PyHASH_IMAG). */
const HASH_IMAG = 1000003n;

/** hash(complex): hash(real) + 1000003 * hash(imag) in wrapping 64-bit arithmetic, -1 becoming -2. */
export function complexHash(c: Complex, identity: number): number | bigint {
  const re = BigInt(floatHash(c.real, identity));
  const im = BigInt(floatHash(c.imag, identity));
  let h = BigInt.asIntN(64, re + HASH_IMAG * im);
  if (h === -1n) h = -2n;
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

/** complex ** complex (complex_pow); OverflowError where a part of the result is infinite. */
export function cPow(a: Complex, b: Complex): Complex {
  const r = powerOf(a, b);
  if (isInfinite(r.real) || isInfinite(r.imag)) throw newError("OverflowError", "complex exponentiation");
  return r;
}

/** abs(complex): an infinite part wins over a nan; a finite value too large for a double overflows. */
export function cAbs(c: Complex): number {
  if (isInfinite(c.real)) return Infinity;
  if (isInfinite(c.imag)) return Infinity;
  if (Number.isNaN(c.real) || Number.isNaN(c.imag)) return Number.NaN;
  const r = Math.hypot(c.real, c.imag);
  if (!Number.isFinite(r)) throw newError("OverflowError", "absolute value too large");
  return r;
}
