// Complex arithmetic as Objects/complexobject.c computes it (Smith's division, C11 Annex G recovery of
// infinities, binary and polar powers), shared by the compiler's constant folder and the objects package so a
// folded constant and the same operation at run time always agree.

/** A complex value without an object around it (CPython's Py_complex). */
export interface Complex {
  real: number;
  imag: number;
}

export function cSum(a: Complex, b: Complex): Complex {
  return { real: a.real + b.real, imag: a.imag + b.imag };
}

export function cDiff(a: Complex, b: Complex): Complex {
  return { real: a.real - b.real, imag: a.imag - b.imag };
}

/** copysign(0.0, x) for a nan x, else x: a nan part of an infinite operand counts as zero. */
function nanToZero(x: number): number {
  return Number.isNaN(x) ? 0 : x;
}

/**
 * a * b. Where that yields nan+nanj although an operand is infinite, or a partial product overflowed, the
 * infinities are recovered as C11 Annex G (G.5.1) prescribes.
 */
export function cProd(a: Complex, b: Complex): Complex {
  let [p, q, r, s] = [a.real, a.imag, b.real, b.imag];
  const pr = p * r;
  const qs = q * s;
  const ps = p * s;
  const qr = q * r;
  const real = pr - qs;
  const imag = ps + qr;
  if (!(Number.isNaN(real) && Number.isNaN(imag))) return { real, imag };
  let recalc = false;
  if (isInfinite(p) || isInfinite(q)) {
    p = unitOfInfinity(p);
    q = unitOfInfinity(q);
    r = nanToZero(r);
    s = nanToZero(s);
    recalc = true;
  }
  if (isInfinite(r) || isInfinite(s)) {
    r = unitOfInfinity(r);
    s = unitOfInfinity(s);
    p = nanToZero(p);
    q = nanToZero(q);
    recalc = true;
  }
  if (!recalc && (isInfinite(pr) || isInfinite(qs) || isInfinite(ps) || isInfinite(qr))) {
    p = nanToZero(p);
    q = nanToZero(q);
    r = nanToZero(r);
    s = nanToZero(s);
    recalc = true;
  }
  if (!recalc) return { real, imag };
  return { real: Infinity * (p * r - q * s), imag: Infinity * (p * s + q * r) };
}

/** Signals a zero divisor to the operators, which each raise their own ZeroDivisionError. */
export class ComplexZeroDivision extends Error {}

/**
 * a / b by Smith's method: divide through by the larger part of b. Where that yields nan+nanj, infinities and
 * zeros are recovered as C11 Annex G (G.5.2) prescribes.
 */
export function cQuot(a: Complex, b: Complex): Complex {
  const absReal = Math.abs(b.real);
  const absImag = Math.abs(b.imag);
  let r: Complex;
  if (absReal >= absImag) {
    if (absReal === 0) throw new ComplexZeroDivision();
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    r = { real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom };
  } else if (absImag >= absReal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    r = { real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom };
  } else {
    // A nan part in b makes both comparisons false.
    r = { real: Number.NaN, imag: Number.NaN };
  }
  if (Number.isNaN(r.real) && Number.isNaN(r.imag)) {
    const aFinite = Number.isFinite(a.real) && Number.isFinite(a.imag);
    const bFinite = Number.isFinite(b.real) && Number.isFinite(b.imag);
    if (isInfinite(a.real) || isInfinite(a.imag)) {
      if (bFinite) {
        const x = unitOfInfinity(a.real);
        const y = unitOfInfinity(a.imag);
        return { real: Infinity * (x * b.real + y * b.imag), imag: Infinity * (y * b.real - x * b.imag) };
      }
    } else if ((isInfinite(b.real) || isInfinite(b.imag)) && aFinite) {
      const x = unitOfInfinity(b.real);
      const y = unitOfInfinity(b.imag);
      return { real: 0 * (a.real * x + a.imag * y), imag: 0 * (a.imag * x - a.real * y) };
    }
  }
  return r;
}

/** a / b for a real a: cQuot with a zero imaginary dividend left out, so no spurious signed zeros appear. */
export function rcQuot(a: number, b: Complex): Complex {
  const absReal = Math.abs(b.real);
  const absImag = Math.abs(b.imag);
  let r: Complex;
  if (absReal >= absImag) {
    if (absReal === 0) throw new ComplexZeroDivision();
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    r = { real: a / denom, imag: (-a * ratio) / denom };
  } else if (absImag >= absReal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    r = { real: (a * ratio) / denom, imag: -a / denom };
  } else r = { real: Number.NaN, imag: Number.NaN };
  if (Number.isNaN(r.real) && Number.isNaN(r.imag)) {
    if (isInfinite(a) && Number.isFinite(b.real) && Number.isFinite(b.imag)) {
      const x = a < 0 ? -1 : 1;
      return { real: Infinity * (x * b.real), imag: Infinity * (-x * b.imag) };
    }
    if ((isInfinite(b.real) || isInfinite(b.imag)) && Number.isFinite(a)) {
      const x = unitOfInfinity(b.real);
      const y = unitOfInfinity(b.imag);
      return { real: 0 * (a * x), imag: 0 * (-a * y) };
    }
  }
  return r;
}

/** copysign(isinf(x) ? 1 : 0, x); a nan counts as positive (JS cannot see the sign of a nan). */
function unitOfInfinity(x: number): number {
  const m = isInfinite(x) ? 1 : 0;
  return x < 0 || Object.is(x, -0) ? -m : m;
}

/** Binary powering by a non-negative integer, starting from 1 (so 1 * x may lose the sign of a zero part). */
function cPowUnsigned(x: Complex, n: number): Complex {
  let r: Complex = { real: 1, imag: 0 };
  let p = x;
  for (let mask = 1; n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}

/** C's pow for a non-negative base: unlike JS, 1 ** nan is 1. */
function realPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  return x ** y;
}

/** a ** b through polar form; a zero base to a negative or complex power is a zero division. */
function cPowPolar(a: Complex, b: Complex): Complex {
  if (b.real === 0 && b.imag === 0) return { real: 1, imag: 0 };
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) throw new ComplexZeroDivision();
    return { real: 0, imag: 0 };
  }
  const vabs = Math.hypot(a.real, a.imag);
  let len = realPow(vabs, b.real);
  const at = Math.atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0) {
    len /= Math.exp(at * b.imag);
    phase += b.imag * Math.log(vabs);
  }
  return { real: len * Math.cos(phase), imag: len * Math.sin(phase) };
}

/**
 * complex ** complex as complex_pow: small integral exponents (|n| <= 100) multiply out, others use polar
 * form. An infinite part in the result is an overflow (the caller raises OverflowError), whatever the operands.
 */
export function cPow(a: Complex, b: Complex): Complex {
  if (b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100) {
    const n = b.real;
    return n > 0 ? cPowUnsigned(a, n) : cQuot({ real: 1, imag: 0 }, cPowUnsigned(a, -n));
  }
  return cPowPolar(a, b);
}

export function isInfinite(x: number): boolean {
  return x === Infinity || x === -Infinity;
}
