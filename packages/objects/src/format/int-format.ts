// int.__format__ (format_long_internal): the integer presentation types, and the float ones through float.
import { newError } from "../core.js";
import { formatFloatSpec } from "./float-format.js";
import { layoutNumber, parseSpec, unknownType } from "./spec.js";

function valueError(message: string): never {
  throw newError("ValueError", message);
}

/** int to float for formatting, with CPython's overflow error. */
export function intToDouble(v: number | bigint): number {
  const d = Number(v);
  if (!Number.isFinite(d)) throw newError("OverflowError", "int too large to convert to float");
  return d;
}

/** Digits of |v| in `base` without the str-conversion digit limit (bin/oct/hex are exempt from it). */
function magnitude(v: number | bigint, base: number): string {
  const s = v.toString(base);
  return s[0] === "-" ? s.slice(1) : s;
}

/**
 * format(int, spec). `decimal` converts the magnitude to base 10 and enforces the digit limit;
 * `typeName` names the type in messages (bool formats as int).
 */
export function formatInt(
  v: number | bigint,
  spec: string,
  decimal: (v: number | bigint) => string,
  typeName = "int",
): string {
  const f = parseSpec(spec, typeName, ">", "d");
  const type = f.type;
  if ("eEfFgG%".includes(type) && type.length === 1) return formatFloatSpec(intToDouble(v), f, typeName);
  if (f.precision >= 0) valueError("Precision not allowed in integer format specifier");
  if (f.noNegZero) valueError("Negative zero coercion (z) not allowed in integer format specifier");
  const negative = v < 0;
  let prefix = "";
  let digits: string;
  let groupSize = 3;
  switch (type) {
    case "d":
    case "n": {
      const s = decimal(v);
      digits = negative ? s.slice(1) : s;
      break;
    }
    case "b":
      digits = magnitude(v, 2);
      prefix = "0b";
      groupSize = 4;
      break;
    case "o":
      digits = magnitude(v, 8);
      prefix = "0o";
      groupSize = 4;
      break;
    case "x":
      digits = magnitude(v, 16);
      prefix = "0x";
      groupSize = 4;
      break;
    case "X":
      digits = magnitude(v, 16).toUpperCase();
      prefix = "0X";
      groupSize = 4;
      break;
    case "c": {
      if (f.sign) valueError("Sign not allowed with integer format specifier 'c'");
      if (f.alternate) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
      if (v > 9223372036854775807n || v < -9223372036854775808n)
        throw newError("OverflowError", "Python int too large to convert to C long");
      if (v < 0 || v > 0x10ffff) throw newError("OverflowError", "%c arg not in range(0x110000)");
      const ch = String.fromCodePoint(Number(v));
      return layoutNumber(
        { negative: false, prefix: "", whole: ch, point: "", fraction: "", rest: "" },
        {
          ...f,
          fill: f.fill === "0" && f.align === "=" ? "0" : f.fill,
          align: f.align === "=" ? "=" : f.align,
        },
      );
    }
    default:
      unknownType(type, typeName);
  }
  if (!f.alternate) prefix = "";
  return layoutNumber({ negative, prefix, whole: digits, point: "", fraction: "", rest: "" }, f, groupSize);
}
