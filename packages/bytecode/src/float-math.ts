// Float arithmetic as C and CPython's floatobject.c/longobject.c compute it, shared by the compiler's constant
// folder and the objects package so that a folded constant and the same operation at run time always agree.

/** A double split into an integer mantissa and a power of two: |x| = mantissa * 2**exponent. */
export function decompose(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = hi >>> 20;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa, exponent: -1074 };
  mantissa |= 1n << 52n;
  return { mantissa, exponent: biased - 1075 };
}

function bitLength(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
}

/**
 * a / b for ints, the exact quotient correctly rounded to a double (long_true_divide); undefined where Python
 * raises (b is zero: ZeroDivisionError; the result exceeds a double: OverflowError).
 */
export function intTrueDivide(a: bigint, b: bigint): number | undefined {
  if (b === 0n) return undefined;
  const negative = a < 0n !== b < 0n;
  const n = a < 0n ? -a : a;
  const d = b < 0n ? -b : b;
  if (n === 0n) return negative ? -0 : 0;
  // Scale so the integer quotient has at least 55 bits; a sticky bit records any remainder.
  const shift = 55 - (bitLength(n) - bitLength(d));
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    q = (n << BigInt(shift)) / d;
    r = (n << BigInt(shift)) % d;
  } else {
    q = n / (d << BigInt(-shift));
    r = n % (d << BigInt(-shift));
  }
  if (r !== 0n) q |= 1n;
  if (bitLength(q) - shift > 1024) return undefined;
  // Number(q) rounds half-even; scaling by a power of two is then exact (outside the subnormal range).
  const half = Math.trunc(-shift / 2);
  const result = Number(q) * 2 ** half * 2 ** (-shift - half);
  if (!Number.isFinite(result)) return undefined;
  return negative ? -result : result;
}

/** float_divmod's floor quotient and remainder (the remainder takes the divisor's sign); the divisor is not 0. */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // Comparisons with 0 (not truthiness) so that NaN counts as non-zero, as in C.
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return [floordiv, mod];
}

/**
 * base ** n for a positive finite base and a small integer n, correctly rounded through exact bigint arithmetic
 * as C's pow is (JS's ** may be off by an ulp, e.g. 10.0 ** -5); undefined when n is not such an integer.
 */
export function exactIntegerPower(base: number, n: number): number | undefined {
  if (!Number.isInteger(n) || Math.abs(n) > 64) return undefined;
  const { mantissa, exponent } = decompose(base);
  const k = Math.abs(n);
  let m = mantissa ** BigInt(k);
  let e = exponent * k;
  let value: number;
  if (n > 0) {
    // Keep 64 significant bits plus a sticky bit so Number() rounds once, correctly.
    const extra = bitLength(m) - 64;
    if (extra > 0) {
      const sticky = (m & ((1n << BigInt(extra)) - 1n)) !== 0n;
      m >>= BigInt(extra);
      if (sticky) m |= 1n;
      e += extra;
    }
    value = Number(m);
  } else {
    const shift = bitLength(m) + 64;
    value = intTrueDivide(1n << BigInt(shift), m) as number;
    e = -e - shift;
  }
  const half = Math.trunc(e / 2);
  return value * 2 ** half * 2 ** (e - half);
}
