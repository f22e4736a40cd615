// The format-spec mini-language shared by int, float and str: parsing, digit grouping and padding.
import { newError } from "../core.js";

/** A parsed format spec (CPython's InternalFormatSpec). */
export interface FormatSpec {
  fill: string;
  /** '<', '>', '^' or '='. */
  align: string;
  alignGiven: boolean;
  /** '+', '-', ' ' or '' when absent. */
  sign: string;
  noNegZero: boolean;
  alternate: boolean;
  /** -1 when absent. */
  width: number;
  /** ',' or '_' or ''. */
  grouping: string;
  /** Grouping of the fraction digits (3.14): ',' or '_' or ''. */
  fracGrouping: string;
  /** -1 when absent. */
  precision: number;
  /** The presentation type, '' when absent. */
  type: string;
}

function valueError(message: string): never {
  throw newError("ValueError", message);
}

const ALIGNS = "<>=^";

function readInteger(cps: string[], pos: number): [number, number] {
  let n = 0;
  let i = pos;
  while (i < cps.length && cps[i] >= "0" && cps[i] <= "9") {
    n = n * 10 + (cps[i].charCodeAt(0) - 48);
    if (n > 2147483647) valueError("Too many decimal digits in format string");
    i++;
  }
  return [n, i - pos];
}

/** Parses `spec` for an object of type `typeName` (parse_internal_render_format_spec). */
export function parseSpec(
  spec: string,
  typeName: string,
  defaultAlign: string,
  defaultType = "",
): FormatSpec {
  const cps = Array.from(spec);
  const f: FormatSpec = {
    fill: " ",
    align: defaultAlign,
    alignGiven: false,
    sign: "",
    noNegZero: false,
    alternate: false,
    width: -1,
    grouping: "",
    fracGrouping: "",
    precision: -1,
    type: "",
  };
  let pos = 0;
  let fillGiven = false;
  if (cps.length >= 2 && ALIGNS.includes(cps[1])) {
    f.fill = cps[0];
    f.align = cps[1];
    fillGiven = true;
    f.alignGiven = true;
    pos = 2;
  } else if (cps.length >= 1 && ALIGNS.includes(cps[0])) {
    f.align = cps[0];
    f.alignGiven = true;
    pos = 1;
  }
  if (pos < cps.length && "+- ".includes(cps[pos])) f.sign = cps[pos++];
  if (pos < cps.length && cps[pos] === "z") {
    f.noNegZero = true;
    pos++;
  }
  if (pos < cps.length && cps[pos] === "#") {
    f.alternate = true;
    pos++;
  }
  if (!fillGiven && pos < cps.length && cps[pos] === "0") {
    f.fill = "0";
    if (!f.alignGiven && defaultAlign === ">") f.align = "=";
    pos++;
  }
  const [width, widthLen] = readInteger(cps, pos);
  if (widthLen) f.width = width;
  pos += widthLen;
  pos = readGrouping(cps, pos, f, "grouping");
  if (pos < cps.length && cps[pos] === ".") {
    pos++;
    const [precision, precLen] = readInteger(cps, pos);
    pos += precLen;
    if (precLen) f.precision = precision;
    pos = readGrouping(cps, pos, f, "fracGrouping");
    if (!precLen && !f.fracGrouping) valueError("Format specifier missing precision");
  }
  if (cps.length - pos > 1) valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  f.type = pos < cps.length ? cps[pos] : defaultType;
  if (f.grouping && f.type !== "" && !"deEfFgG%".includes(f.type)) {
    // bin/oct/hex accept '_' only (grouping by four).
    if (!("bxXo".includes(f.type) && f.grouping === "_")) invalidGrouping(f.grouping, f.type);
  }
  return f;
}

function readGrouping(cps: string[], pos: number, f: FormatSpec, key: "grouping" | "fracGrouping"): number {
  let p = pos;
  if (p < cps.length && cps[p] === ",") {
    f[key] = ",";
    p++;
  }
  if (p < cps.length && cps[p] === "_") {
    if (f[key]) valueError("Cannot specify both ',' and '_'.");
    f[key] = "_";
    p++;
  }
  if (p < cps.length && cps[p] === "," && f[key] === "_") valueError("Cannot specify both ',' and '_'.");
  return p;
}

function invalidGrouping(sep: string, type: string): never {
  const code = type.codePointAt(0)!;
  if (code > 32 && code < 128) valueError(`Cannot specify '${sep}' with '${type}'.`);
  valueError(`Cannot specify '${sep}' with '\\x${code.toString(16)}'.`);
}

/** The error for a presentation type a type does not know. */
export function unknownType(type: string, typeName: string): never {
  const code = type.codePointAt(0)!;
  if (code > 32 && code < 128) valueError(`Unknown format code '${type}' for object of type '${typeName}'`);
  valueError(`Unknown format code '\\x${code.toString(16)}' for object of type '${typeName}'`);
}

/** Pads `text` (already laid out) to the spec's width with its fill and alignment. */
export function padText(text: string, length: number, f: FormatSpec, defaultAlign = "<"): string {
  if (f.width <= length) return text;
  const total = f.width - length;
  const align = f.alignGiven || f.align === "=" ? f.align : defaultAlign;
  if (align === ">" || align === "=") return f.fill.repeat(total) + text;
  if (align === "^") {
    const left = total >> 1;
    return f.fill.repeat(left) + text + f.fill.repeat(total - left);
  }
  return text + f.fill.repeat(total);
}

/**
 * Inserts `sep` every `size` digits from the right, and when `minWidth` is positive pads with leading
 * zeros (themselves grouped) until the result is at least that wide, as CPython does for '0' fill.
 */
export function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  if (!sep) return minWidth > digits.length ? "0".repeat(minWidth - digits.length) + digits : digits;
  const groups: string[] = [];
  let remaining = digits.length;
  let width = minWidth;
  for (;;) {
    const len = Math.min(size, Math.max(remaining, width, 1));
    const chars = Math.max(0, Math.min(remaining, len));
    const zeros = len - chars;
    groups.push("0".repeat(zeros) + digits.slice(remaining - chars, remaining));
    remaining -= chars;
    width -= len;
    if (remaining <= 0 && width <= 0) break;
    width -= sep.length;
  }
  return groups.reverse().join(sep);
}

/** Groups fraction digits from the left in threes (3.14's fractional grouping). */
export function groupFraction(digits: string, sep: string): string {
  if (!sep) return digits;
  const parts: string[] = [];
  for (let i = 0; i < digits.length; i += 3) parts.push(digits.slice(i, i + 3));
  return parts.join(sep);
}

/** The parts of a formatted number, before padding. */
export interface NumberParts {
  negative: boolean;
  /** '0x' and the like. */
  prefix: string;
  /** Digits before the decimal point (or all digits of an int). */
  whole: string;
  /** '.' or ''. */
  point: string;
  fraction: string;
  /** The exponent, '%', or anything else after the fraction. */
  rest: string;
}

/** Lays a number out per the spec: sign, prefix, grouped digits, fraction, padding (fill_number). */
export function layoutNumber(p: NumberParts, f: FormatSpec, groupSize = 3): string {
  const sign = p.negative ? "-" : f.sign === "+" ? "+" : f.sign === " " ? " " : "";
  const fraction = groupFraction(p.fraction, f.fracGrouping);
  const tail = p.point + fraction + p.rest;
  const zeroPad = f.fill === "0" && f.align === "=" && f.width > 0;
  const minWidth = zeroPad ? f.width - sign.length - p.prefix.length - tail.length : 0;
  const whole = groupDigits(p.whole, f.grouping, groupSize, minWidth);
  const body = whole + tail;
  const length = sign.length + p.prefix.length + body.length;
  if (f.width <= length) return sign + p.prefix + body;
  const total = f.width - length;
  switch (f.align) {
    case "=":
      return sign + p.prefix + f.fill.repeat(total) + body;
    case "<":
      return sign + p.prefix + body + f.fill.repeat(total);
    case "^": {
      const left = total >> 1;
      return f.fill.repeat(left) + sign + p.prefix + body + f.fill.repeat(total - left);
    }
    default:
      return f.fill.repeat(total) + sign + p.prefix + body;
  }
}
