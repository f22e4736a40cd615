// Python's repr() of str, and of the JSON-like values that exception args hold (tuples as arrays).
import { isPrintable } from "./unicode.js";

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, "0");
}

/** repr(s) exactly as Python prints it: quote choice, escapes, and \x/\u/\U for what is not printable. */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp === 0x5c) out += "\\\\";
    else if (cp === quote.charCodeAt(0)) out += `\\${quote}`;
    else if (cp === 0x09) out += "\\t";
    else if (cp === 0x0a) out += "\\n";
    else if (cp === 0x0d) out += "\\r";
    else if (cp >= 0x20 && cp < 0x7f) out += String.fromCharCode(cp);
    else if (cp <= 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (isPrintable(cp)) out += String.fromCodePoint(cp);
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out + quote;
}

/** repr() of a JSON-like value: str, int, None (null), bool, tuple (array), bytes (Uint8Array). */
export function reprValue(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "string") return reprStr(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (v instanceof Uint8Array) return reprBytes(v);
  if (Array.isArray(v)) {
    if (v.length === 1) return `(${reprValue(v[0])},)`;
    return `(${v.map(reprValue).join(", ")})`;
  }
  return String(v);
}

/** repr(b) of bytes. */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) {
    if (x === 0x27) hasSingle = true;
    else if (x === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(quote);
  for (const x of b) {
    if (x === quote || x === 0x5c) out += "\\" + String.fromCharCode(x);
    else if (x === 0x09) out += "\\t";
    else if (x === 0x0a) out += "\\n";
    else if (x === 0x0d) out += "\\r";
    else if (x < 0x20 || x >= 0x7f) out += `\\x${hex(x, 2)}`;
    else out += String.fromCharCode(x);
  }
  return out + String.fromCharCode(quote);
}
