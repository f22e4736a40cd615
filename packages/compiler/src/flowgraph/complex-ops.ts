// Python's complex arithmetic for constant folding (complexobject.c, with 3.14's mixed real/complex rules).
import { PyComplex } from "@ophis/bytecode";
import { NB } from "./float-ops.js";

interface C {
  real: number;
  imag: number;
}

function product(a: C, b: C): C {
  return { real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real };
}

/** _Py_c_quot: Smith's method, scaling by the larger part of the divisor; undefined for a zero divisor. */
function quotient(a: C, b: C): C | undefined {
  const absReal = Math.abs(b.real);
  const absImag = Math.abs(b.imag);
  if (absReal >= absImag) {
    if (absReal === 0) return undefined;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return { real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom };
  }
  if (absImag >= absReal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return { real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom };
  }
  return undefined;
}

/** _Py_rc_quot: a real dividend, as _Py_c_quot without its imaginary part. */
function realQuotient(a: number, b: C): C | undefined {
  const absReal = Math.abs(b.real);
  const absImag = Math.abs(b.imag);
  if (absReal >= absImag) {
    if (absReal === 0) return undefined;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return { real: a / denom, imag: (-a * ratio) / denom };
  }
  if (absImag >= absReal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return { real: (a * ratio) / denom, imag: -a / denom };
  }
  return undefined;
}

/** c_powu: binary exponentiation by a non-negative integer. */
function powUnsigned(x: C, n: number): C {
  let r: C = { real: 1, imag: 0 };
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = product(r, p);
    p = product(p, p);
  }
  return r;
}

/** complex_pow: small integral exponents multiply out; others go through polar form (_Py_c_pow). */
function power(a: C, b: C): C | undefined {
  if (b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100) {
    const n = b.real;
    if (n >= 0) return powUnsigned(a, n);
    if (a.real === 0 && a.imag === 0) return undefined;
    return quotient({ real: 1, imag: 0 }, powUnsigned(a, -n));
  }
  if (b.real === 0 && b.imag === 0) return { real: 1, imag: 0 };
  if (a.real === 0 && a.imag === 0) return b.imag !== 0 || b.real < 0 ? undefined : { real: 0, imag: 0 };
  const vabs = Math.hypot(a.real, a.imag);
  let len = vabs ** b.real;
  const at = Math.atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0) {
    len /= Math.exp(at * b.imag);
    phase += b.imag * Math.log(vabs);
  }
  return { real: len * Math.cos(phase), imag: len * Math.sin(phase) };
}

/**
 * l <op> r where at least one side is complex and the other a float (ints already converted); a real operand
 * stays real (3.14's mixed-mode rules), which decides the signs of zero parts. Undefined where Python raises, or
 * where a part is NaN (it would not compare equal to itself in the constant table).
 */
export function complexBinop(
  l: number | PyComplex,
  op: number,
  r: number | PyComplex,
): PyComplex | undefined {
  const lc = typeof l === "number" ? null : l;
  const rc = typeof r === "number" ? null : r;
  let out: C | undefined;
  switch (op) {
    case NB.ADD:
      if (lc && rc) out = { real: lc.real + rc.real, imag: lc.imag + rc.imag };
      else if (lc) out = { real: lc.real + (r as number), imag: lc.imag };
      else out = { real: (l as number) + rc!.real, imag: rc!.imag };
      break;
    case NB.SUBTRACT:
      if (lc && rc) out = { real: lc.real - rc.real, imag: lc.imag - rc.imag };
      else if (lc) out = { real: lc.real - (r as number), imag: lc.imag };
      else out = { real: (l as number) - rc!.real, imag: -rc!.imag };
      break;
    case NB.MULTIPLY:
      if (lc && rc) out = product(lc, rc);
      else if (lc) out = { real: lc.real * (r as number), imag: lc.imag * (r as number) };
      else out = { real: (l as number) * rc!.real, imag: (l as number) * rc!.imag };
      break;
    case NB.TRUE_DIVIDE:
      if (lc && rc) out = quotient(lc, rc);
      else if (lc) {
        const d = r as number;
        out = d === 0 ? undefined : { real: lc.real / d, imag: lc.imag / d };
      } else out = realQuotient(l as number, rc!);
      break;
    case NB.POWER:
      out = power(lc ?? { real: l as number, imag: 0 }, rc ?? { real: r as number, imag: 0 });
      break;
    default:
      return undefined;
  }
  if (!out || Number.isNaN(out.real) || Number.isNaN(out.imag)) return undefined;
  // Only exponentiation reports overflow (OverflowError); the other operations let parts become infinite.
  if (op === NB.POWER && !(Number.isFinite(out.real) && Number.isFinite(out.imag))) return undefined;
  return new PyComplex(out.real, out.imag);
}
