// float to text: repr/str, the 'e' 'f' 'g' 'r' conversions of PyOS_double_to_string, and float.__format__.
import { newError } from "../core.js";
import { type Digits, fixedDigits, shortestDigits, significantDigits } from "./dtoa.js";
import { type FormatSpec, layoutNumber, type NumberParts, parseSpec, unknownType } from "./spec.js";

export interface FloatFlags {
  /** '#': keep the point and trailing zeros. */
  alt?: boolean;
  /** Add '.0' to integral results shown without exponent (repr, format with no type). */
  addDot0?: boolean;
  /** 'z': show negative zero (after rounding) without its sign. */
  noNegZero?: boolean;
}

function expText(e: number): string {
  const a = Math.abs(e);
  return `${e < 0 ? "-" : "+"}${a < 10 ? `0${a}` : a}`;
}

/** Splits a digit string with its point position into whole and fraction parts, padding with zeros. */
function placePoint(d: Digits, minFraction: number): { whole: string; fraction: string } {
  const { digits, decpt } = d;
  let whole: string;
  let fraction: string;
  if (digits === "") {
    whole = "0";
    fraction = "";
  } else if (decpt <= 0) {
    whole = "0";
    fraction = "0".repeat(-decpt) + digits;
  } else if (decpt >= digits.length) {
    whole = digits + "0".repeat(decpt - digits.length);
    fraction = "";
  } else {
    whole = digits.slice(0, decpt);
    fraction = digits.slice(decpt);
  }
  if (fraction.length < minFraction) fraction += "0".repeat(minFraction - fraction.length);
  return { whole, fraction };
}

/**
 * The parts of `x` converted with `type` ('e', 'f', 'g', 'r' or their capitals) and `precision`,
 * as PyOS_double_to_string lays them out.
 */
export function floatParts(x: number, type: string, precision: number, flags: FloatFlags = {}): NumberParts {
  const upper = type === "E" || type === "F" || type === "G";
  let negative = x < 0 || Object.is(x, -0);
  if (Number.isNaN(x))
    return { negative: false, prefix: "", whole: "", point: "", fraction: "", rest: upper ? "NAN" : "nan" };
  if (!Number.isFinite(x))
    return { negative, prefix: "", whole: "", point: "", fraction: "", rest: upper ? "INF" : "inf" };
  const t = type.toLowerCase();
  let d: Digits;
  let useExp = false;
  let minFraction = 0;
  let sigDigits = 0;
  if (t === "e") {
    d = significantDigits(x, precision + 1);
    useExp = true;
    sigDigits = precision + 1;
  } else if (t === "f") {
    d = fixedDigits(x, precision);
    minFraction = precision;
  } else if (t === "g") {
    const p = precision === 0 ? 1 : precision;
    d = significantDigits(x, p);
    if (d.digits === "0") d = { digits: "0", decpt: 1 };
    // With no presentation type ('' + precision) one digit less stays in fixed notation.
    useExp = d.decpt <= -4 || d.decpt > (flags.addDot0 ? p - 1 : p);
    if (flags.alt) {
      sigDigits = p;
      minFraction = Math.max(0, p - d.decpt);
    }
  } else {
    d = shortestDigits(x);
    useExp = d.decpt <= -4 || d.decpt > 16;
  }
  if (flags.noNegZero && negative && (d.digits === "" || /^0*$/.test(d.digits))) negative = false;
  let whole: string;
  let fraction: string;
  let rest = "";
  if (useExp) {
    const digits = d.digits === "" ? "0" : d.digits;
    whole = digits[0];
    fraction = digits.slice(1);
    if (sigDigits && fraction.length < sigDigits - 1) fraction += "0".repeat(sigDigits - 1 - fraction.length);
    const exponent = d.digits === "0" || d.digits === "" ? 0 : d.decpt - 1;
    rest = (upper ? "E" : "e") + expText(exponent);
  } else {
    ({ whole, fraction } = placePoint(d, minFraction));
  }
  let point = fraction.length || flags.alt ? "." : "";
  if (!point && flags.addDot0 && !useExp) {
    point = ".";
    fraction = "0";
  }
  return { negative, prefix: "", whole, point, fraction, rest };
}

/** The parts joined with no spec (sign only when negative). */
export function floatToString(x: number, type: string, precision: number, flags: FloatFlags = {}): string {
  const p = floatParts(x, type, precision, flags);
  return (p.negative ? "-" : "") + p.whole + p.point + p.fraction + p.rest;
}

/** repr(float) and str(float): shortest round-trip digits. */
export function floatRepr(x: number): string {
  return floatToString(x, "r", 0, { addDot0: true });
}

/** float.__format__ (format_float_internal). */
export function formatFloat(x: number, spec: string, typeName = "float"): string {
  if (spec === "") return floatRepr(x);
  const f = parseSpec(spec, typeName, ">");
  return formatFloatSpec(x, f, typeName);
}

export function formatFloatSpec(x: number, f: FormatSpec, typeName: string): string {
  let type = f.type;
  if (!"eEfFgGn%".includes(type) || type.length !== 1) {
    if (type !== "") unknownType(type, typeName);
  }
  if (f.precision > 2147483647) throw newError("ValueError", "precision too big");
  let precision = f.precision;
  const flags: FloatFlags = { alt: f.alternate, noNegZero: f.noNegZero };
  let defaultPrecision = 6;
  if (type === "") {
    flags.addDot0 = true;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let value = x;
  let percent = false;
  if (type === "%") {
    type = "f";
    value *= 100;
    percent = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const parts = floatParts(value, type, precision, flags);
  if (percent) parts.rest += "%";
  if (!Number.isFinite(value)) return layoutNumber(parts, { ...f, grouping: "", fracGrouping: "" });
  return layoutNumber(parts, f);
}
