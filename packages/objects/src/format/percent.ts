// printf-style formatting: str % args and bytes % args (PyUnicode_Format, _PyBytes_FormatEx).
import { newError, type PyObject, typeError } from "../core.js";
import { PyFloat } from "../float.js";
import { intFrom, PyInt } from "../int.js";
import { callSpecial, getItem, index, repr, str } from "../protocols.js";
import { PyTuple } from "../sequences.js";
import { asciiEscape, PyStr } from "../str.js";
import { floatToString } from "./float-format.js";

/** What differs between str % and bytes %: how %s, %r, %a and %c produce text. */
export interface PercentFlavor {
  bytes: boolean;
  /** %s of an object (str() for str, the buffer or __bytes__ for bytes). */
  s: (o: PyObject) => string;
  /** %c of an object. */
  c: (o: PyObject) => string;
  /** The key object for %(name)s. */
  key: (name: string) => PyObject;
}

function isMapping(o: PyObject): boolean {
  return !(o instanceof PyTuple) && !(o instanceof PyStr) && o.type.lookup("__getitem__") !== undefined;
}

/** The integer of a %d/%i/%u operand: ints as they are, other reals through __int__. */
function integerFor(conv: string, o: PyObject): number | bigint {
  if (o instanceof PyInt) return o.value;
  if (conv === "d" || conv === "i" || conv === "u") {
    if (o instanceof PyFloat || o.type.lookup("__int__") !== undefined) {
      const r = callSpecial(o, "__int__", []);
      if (r instanceof PyInt) return r.value;
    }
    throw typeError(`%${conv} format: a real number is required, not ${o.type.name}`);
  }
  if (o.type.lookup("__index__") !== undefined) return index(o);
  throw typeError(`%${conv} format: an integer is required, not ${o.type.name}`);
}

function realFor(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) {
    const d = Number(o.value);
    if (!Number.isFinite(d)) throw newError("OverflowError", "int too large to convert to float");
    return d;
  }
  const r = callSpecial(o, "__float__", []);
  if (r instanceof PyFloat) return r.value;
  const i = o.type.lookup("__index__") !== undefined ? index(o) : undefined;
  if (i !== undefined) return Number(i);
  throw typeError(`must be real number, not ${o.type.name}`);
}

/** Formats `template` with `arg` as the % operator does; returns the text (bytes flavor: Latin-1 text). */
export function percentFormat(template: string, arg: PyObject, flavor: PercentFlavor): string {
  // CPython's bookkeeping: a tuple is consumed item by item; any other argument (or the value a
  // %(key) fetched) counts as a single argument, arglen -1 and argidx -2 until it is used.
  let args: PyObject = arg;
  let arglen = arg instanceof PyTuple ? arg.items.length : -1;
  let argidx = arg instanceof PyTuple ? 0 : -2;
  const excluded = flavor.bytes ? arg.type.name === "bytes" : arg instanceof PyStr;
  const mapping = !(arg instanceof PyTuple) && !excluded && isMapping(arg) ? arg : null;
  const nextArg = (): PyObject => {
    if (argidx < arglen) {
      const k = argidx++;
      return arglen < 0 ? args : (args as PyTuple).items[k];
    }
    throw typeError("not enough arguments for format string");
  };
  let out = "";
  let i = 0;
  const n = template.length;
  while (i < n) {
    const pct = template.indexOf("%", i);
    if (pct < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, pct);
    i = pct + 1;
    if (template[i] === "%") {
      out += "%";
      i++;
      continue;
    }
    if (template[i] === "(") {
      if (mapping === null) throw typeError("format requires a mapping");
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        if (template[i] === "(") depth++;
        else if (template[i] === ")") depth--;
        i++;
      }
      if (depth > 0) throw newError("ValueError", "incomplete format key");
      args = getItem(mapping, flavor.key(template.slice(start, i - 1)));
      arglen = -1;
      argidx = -2;
    }
    let flags = "";
    while (i < n && "-+ #0".includes(template[i])) flags += template[i++];
    let width = -1;
    if (template[i] === "*") {
      i++;
      const w = nextArg();
      if (!(w instanceof PyInt)) throw typeError("* wants int");
      width = Number(w.value);
      if (width < 0) {
        flags += "-";
        width = -width;
      }
    } else {
      const m = /^[0-9]+/.exec(template.slice(i, i + 20));
      if (m) {
        width = Number(m[0]);
        i += m[0].length;
      }
    }
    let precision = -1;
    if (template[i] === ".") {
      i++;
      if (template[i] === "*") {
        i++;
        const p = nextArg();
        if (!(p instanceof PyInt)) throw typeError("* wants int");
        precision = Math.max(0, Number(p.value));
      } else {
        const m = /^[0-9]+/.exec(template.slice(i, i + 20));
        precision = m ? Number(m[0]) : 0;
        if (m) i += m[0].length;
      }
    }
    while (i < n && "hlL".includes(template[i])) i++;
    if (i >= n) throw newError("ValueError", "incomplete format");
    const conv = template[i++];
    const value = nextArg();
    out += convertOne(conv, value, flags, width, precision, flavor, i - 1, template);
  }
  if (argidx < arglen && mapping === null)
    throw typeError(`not all arguments converted during ${flavor.bytes ? "bytes" : "string"} formatting`);
  return out;
}

function pad(text: string, width: number, left: boolean, zero: boolean, signLength: number): string {
  const length = Array.from(text).length;
  if (width <= length) return text;
  const fill = width - length;
  if (left) return text + " ".repeat(fill);
  if (zero) return text.slice(0, signLength) + "0".repeat(fill) + text.slice(signLength);
  return " ".repeat(fill) + text;
}

function convertOne(
  conv: string,
  value: PyObject,
  flags: string,
  width: number,
  precision: number,
  flavor: PercentFlavor,
  at: number,
  template: string,
): string {
  const left = flags.includes("-");
  const zero = flags.includes("0") && !left;
  const sign = flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
  const alt = flags.includes("#");
  switch (conv) {
    case "s":
    case "r":
    case "a":
    case "b": {
      if (conv === "b" && !flavor.bytes) break;
      // bytes' %r is %a: there is no non-ASCII repr in bytes.
      let text: string;
      if (conv === "s" || conv === "b") text = flavor.s(value);
      else if (conv === "a" || flavor.bytes) text = asciiEscape(repr(value));
      else text = repr(value);
      if (precision >= 0) text = Array.from(text).slice(0, precision).join("");
      return pad(text, width, left, false, 0);
    }
    case "c":
      return pad(flavor.c(value), width, left, false, 0);
    case "d":
    case "i":
    case "u":
    case "x":
    case "X":
    case "o": {
      const v = integerFor(conv, value);
      const negative = v < 0;
      const base = conv === "x" || conv === "X" ? 16 : conv === "o" ? 8 : 10;
      let digits = (negative ? -BigInt(v) : BigInt(v)).toString(base);
      if (base === 10) digits = str(intFrom(negative ? -BigInt(v) : BigInt(v)));
      if (conv === "X") digits = digits.toUpperCase();
      if (precision > digits.length) digits = "0".repeat(precision - digits.length) + digits;
      const prefix = alt && base !== 10 ? `0${conv === "o" ? "o" : conv}` : "";
      const head = (negative ? "-" : sign) + prefix;
      return pad(head + digits, width, left, zero, head.length);
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      const x = realFor(value);
      const text = floatToString(x, conv, precision < 0 ? 6 : precision, { alt });
      const body = text[0] === "-" ? text : sign + text;
      const signLength = body[0] === "-" || body[0] === "+" || body[0] === " " ? 1 : 0;
      return pad(body, width, left, zero && Number.isFinite(x), signLength);
    }
  }
  const code = conv.codePointAt(0)!;
  const shown = code >= 32 && code < 127 ? conv : "?";
  throw newError(
    "ValueError",
    `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${charIndex(template, at)}`,
  );
}

/** A UTF-16 offset as a code-point index. */
function charIndex(text: string, at: number): number {
  return Array.from(text.slice(0, at)).length;
}
