// Python's complex arithmetic for constant folding: 3.14's mixed real/complex rules here, the kernels shared
// with the objects package in @ophis/bytecode.
import { type Complex, ComplexZeroDivision, cPow, cProd, cQuot, PyComplex, rcQuot } from "@ophis/bytecode";
import { NB } from "./float-ops.js";

type C = Complex;

/** `f()`, or undefined where it divides by zero (Python raises ZeroDivisionError, so nothing folds). */
function unlessZeroDivision(f: () => C): C | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof ComplexZeroDivision) return undefined;
    throw e;
  }
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
      if (lc && rc) out = cProd(lc, rc);
      else if (lc) out = { real: lc.real * (r as number), imag: lc.imag * (r as number) };
      else out = { real: (l as number) * rc!.real, imag: (l as number) * rc!.imag };
      break;
    case NB.TRUE_DIVIDE:
      if (lc && rc) out = unlessZeroDivision(() => cQuot(lc, rc));
      else if (lc) {
        const d = r as number;
        out = d === 0 ? undefined : { real: lc.real / d, imag: lc.imag / d };
      } else out = unlessZeroDivision(() => rcQuot(l as number, rc!));
      break;
    case NB.POWER:
      out = unlessZeroDivision(() =>
        cPow(lc ?? { real: l as number, imag: 0 }, rc ?? { real: r as number, imag: 0 }),
      );
      break;
    default:
      return undefined;
  }
  if (!out || Number.isNaN(out.real) || Number.isNaN(out.imag)) return undefined;
  // Only exponentiation reports overflow (OverflowError); the other operations let parts become infinite.
  if (op === NB.POWER && !(Number.isFinite(out.real) && Number.isFinite(out.imag))) return undefined;
  return new PyComplex(out.real, out.imag);
}
