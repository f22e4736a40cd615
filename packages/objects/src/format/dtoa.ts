// Correctly rounded decimal digits of a double (the modes of David Gay's dtoa that CPython uses), exact via bigint.

import { decompose } from "@ophis/bytecode";

export { decompose };

/** Digits (no leading zeros, trailing zeros stripped) and the decimal point's position: value = 0.DIGITS * 10**decpt. */
export interface Digits {
  digits: string;
  decpt: number;
}

const TEN = 10n;

function pow10(n: number): bigint {
  return TEN ** BigInt(n);
}

/** num/den rounded to an integer, ties to even. */
function roundDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** |x| * 10**scale rounded to an integer, ties to even (exact). */
export function scaledRound(x: number, scale: number): bigint {
  const { mantissa, exponent } = decompose(x);
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (scale >= 0) num *= pow10(scale);
  else den *= pow10(-scale);
  return roundDiv(num, den);
}

function stripZeros(digits: string, decpt: number): Digits {
  const s = digits.replace(/0+$/, "");
  return s === "" ? { digits: "", decpt: 0 } : { digits: s, decpt };
}

/** Mode 0: the shortest digits that read back as x (JS's own shortest conversion agrees with dtoa's). */
export function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const [mant, exp] = Math.abs(x).toExponential().split("e");
  return { digits: mant.replace(".", ""), decpt: Number(exp) + 1 };
}

/** Mode 2: `n` significant digits (n >= 1), correctly rounded, trailing zeros stripped. */
export function significantDigits(x: number, n: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  let k = Math.floor(Math.log10(Math.abs(x)));
  for (;;) {
    const q = scaledRound(x, n - 1 - k);
    const s = q.toString();
    if (s.length > n) {
      // Either the estimate of k was low or rounding carried into a new digit.
      if (q === pow10(n)) return { digits: "1", decpt: k + 2 };
      k++;
      continue;
    }
    if (s.length < n) {
      k--;
      continue;
    }
    return stripZeros(s, k + 1);
  }
}

/** Mode 3: digits up to `n` places after the point (n may be negative), trailing zeros stripped. */
export function fixedDigits(x: number, n: number): Digits {
  const q = scaledRound(x, n);
  if (q === 0n) return { digits: "", decpt: -n };
  const s = q.toString();
  return stripZeros(s, s.length - n);
}

/** x rounded to `n` decimal places as CPython's round(x, n): the correctly rounded decimal read back. */
export function roundDouble(x: number, n: number): number {
  const q = scaledRound(x, n);
  let value: number;
  if (n >= 0) value = Number(`${q}e-${n}`);
  else value = Number(`${q}e${-n}`);
  return x < 0 || Object.is(x, -0) ? -value : value;
}
