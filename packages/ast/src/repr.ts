// Python's repr() of the values an AST holds: str, bytes, int, float, complex, None, bool, ..., tuples.
import { isPrintable, reprBytes, reprStr } from "@ophis/tokenizer";
import { type ConstantValue, PyComplex, PyEllipsis, PyFrozenSet, PyTuple } from "./nodes/constant.js";

export { isPrintable, reprBytes, reprStr };

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, "0");
}

/** The `\xNN`, `\uNNNN` or `\UNNNNNNNN` escape Python uses for a code point it will not print. */
export function hexEscape(cp: number): string {
  if (cp <= 0xff) return `\\x${hex(cp, 2)}`;
  if (cp <= 0xffff) return `\\u${hex(cp, 4)}`;
  return `\\U${hex(cp, 8)}`;
}

/**
 * float_repr_style 'short' (format code 'r'): the shortest digits that round-trip, positional for
 * decimal exponents -4 <= e < 16, scientific otherwise. `addDot0` is false inside complex repr.
 */
export function formatFloat(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (x === Number.NEGATIVE_INFINITY) return "-inf";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + (addDot0 ? ".0" : "");
  // toExponential() without digits gives the shortest round-tripping significand, as Python's repr.
  const [mantissa, exponentText] = x.toExponential().split("e");
  const sign = mantissa.startsWith("-") ? "-" : "";
  const digits = mantissa.replace("-", "").replace(".", "");
  const exponent = Number(exponentText);
  const decpt = exponent + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`;
    if (decpt >= digits.length)
      return `${sign}${digits}${"0".repeat(decpt - digits.length)}${addDot0 ? ".0" : ""}`;
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  }
  const significand = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
  const expSign = exponent < 0 ? "-" : "+";
  return `${sign}${significand}e${expSign}${String(Math.abs(exponent)).padStart(2, "0")}`;
}

/** repr(float). */
export function reprFloat(x: number): string {
  return formatFloat(x, true);
}

/** repr(complex): `1j`, `(1+2j)`, `(-0-1j)`, `infj`. */
export function reprComplex(z: PyComplex): string {
  if (z.real === 0 && !Object.is(z.real, -0)) return `${formatFloat(z.imag, false)}j`;
  const im = formatFloat(z.imag, false);
  const signedIm = im.startsWith("-") ? im : `+${im}`;
  return `(${formatFloat(z.real, false)}${signedIm}j)`;
}

/** repr() of any constant value. */
export function reprConstant(value: ConstantValue): string {
  if (value === null) return "None";
  switch (typeof value) {
    case "boolean":
      return value ? "True" : "False";
    case "bigint":
      return value.toString();
    case "number":
      return reprFloat(value);
    case "string":
      return reprStr(value);
  }
  if (value instanceof Uint8Array) return reprBytes(value);
  if (value instanceof PyComplex) return reprComplex(value);
  if (value instanceof PyEllipsis) return "Ellipsis";
  if (value instanceof PyTuple) {
    if (value.items.length === 1) return `(${reprConstant(value.items[0])},)`;
    return `(${value.items.map(reprConstant).join(", ")})`;
  }
  if (value instanceof PyFrozenSet) {
    return value.items.length === 0
      ? "frozenset()"
      : `frozenset({${value.items.map(reprConstant).join(", ")}})`;
  }
  throw new TypeError(`not a constant value: ${String(value)}`);
}
