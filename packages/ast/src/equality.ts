// Python's == between the values an AST or literal_eval holds (1 == 1.0 == True, (1,) == (1.0,), ...).
import { PyComplex, PyEllipsis, PyFrozenSet, PyTuple } from "./nodes/constant.js";

type Numeric = { real: number | bigint; imag: number };

/** The numeric value of a bool, int, float or complex; null for anything else. */
function numeric(v: unknown): Numeric | null {
  if (typeof v === "boolean") return { real: v ? 1n : 0n, imag: 0 };
  if (typeof v === "bigint" || typeof v === "number") return { real: v, imag: 0 };
  if (v instanceof PyComplex) return { real: v.real, imag: v.imag };
  return null;
}

/** int == float compares exactly, as CPython does (no rounding of big ints). */
function realEquals(a: number | bigint, b: number | bigint): boolean {
  if (typeof a === "bigint" && typeof b === "bigint") return a === b;
  if (typeof a === "number" && typeof b === "number") return a === b;
  const [int, float] = typeof a === "bigint" ? [a, b as number] : [b as bigint, a as number];
  return Number.isInteger(float) && BigInt(float) === int;
}

export function pyEquals(a: unknown, b: unknown): boolean {
  if (a === b) return !(typeof a === "number" && Number.isNaN(a));
  const na = numeric(a);
  const nb = numeric(b);
  if (na && nb) return realEquals(na.real, nb.real) && na.imag === nb.imag;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  if (a instanceof PyTuple && b instanceof PyTuple) return sequenceEquals(a.items, b.items);
  if (Array.isArray(a) && Array.isArray(b)) return sequenceEquals(a, b);
  if (a instanceof PyFrozenSet && b instanceof PyFrozenSet) {
    return a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => pyEquals(x, y)));
  }
  return a instanceof PyEllipsis && b instanceof PyEllipsis;
}

function sequenceEquals(a: readonly unknown[], b: readonly unknown[]): boolean {
  // Identical items are equal without ==, as in CPython's containers (so a NaN equals itself there).
  return a.length === b.length && a.every((x, i) => x === b[i] || pyEquals(x, b[i]));
}
