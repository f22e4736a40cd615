// str: immutable text of code points, stored as a JS string (astral characters as surrogate pairs).
import { makeImmortal } from "@ophis/gc";
import { isPrintable } from "@ophis/tokenizer";
import { PyObject, PyType, T } from "./core.js";

T.str = new PyType(T.type, "str", [T.object]);

export class PyStr extends PyObject {
  /** Code-point length, computed on first need (-1 until then): differs from value.length only for astral text. */
  private cpLength = -1;
  /** hash(self), computed on first need. */
  hashCache: number | bigint | null = null;
  /** For astral text: UTF-16 offset of each code point (plus the end), built on first need. */
  private offsets: Int32Array | null = null;
  constructor(
    readonly value: string,
    type: PyType = T.str,
  ) {
    super(type);
  }

  /** len(): code points, not UTF-16 units. */
  get length(): number {
    if (this.cpLength < 0) this.cpLength = codePointLength(this.value);
    return this.cpLength;
  }

  /** True when every code point is one UTF-16 unit, so JS indexes are Python indexes. */
  get simple(): boolean {
    return this.length === this.value.length;
  }

  /** The code points as separate strings (only for astral text; simple text indexes directly). */
  codePoints(): string[] {
    return Array.from(this.value);
  }

  /** The UTF-16 offset of code point `i` (0 <= i <= length). */
  unitOffset(i: number): number {
    if (this.simple) return i;
    return this.offsetTable()[i];
  }

  /** The code-point index of UTF-16 offset `u` (at a code-point boundary). */
  cpIndex(u: number): number {
    if (this.simple) return u;
    const t = this.offsetTable();
    let lo = 0;
    let hi = t.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private offsetTable(): Int32Array {
    if (this.offsets) return this.offsets;
    const t = new Int32Array(this.length + 1);
    let k = 0;
    const s = this.value;
    for (let i = 0; i < s.length; i++) {
      t[k++] = i;
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    t[k] = s.length;
    this.offsets = t;
    return t;
  }
}

function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

const interned = new Map<string, PyStr>();

/** sys.intern: one shared object per text (names, identifiers, one-character strings). */
export function intern(s: string): PyStr {
  let o = interned.get(s);
  if (!o) {
    o = new PyStr(s);
    makeImmortal(o);
    interned.set(s, o);
  }
  return o;
}

export const EMPTY_STR = intern("");

/** A new str: the empty string and single Latin-1 characters are shared, as in CPython. */
export function newStr(s: string): PyStr {
  if (s.length <= 1 && (s.length === 0 || s.charCodeAt(0) < 256)) return intern(s);
  return new PyStr(s);
}

/** repr() of a str: CPython's quoting and escapes (unicode_repr). */
export function reprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c < 0x7f) out += ch;
    else if (isPrintable(c)) out += ch;
    else if (c <= 0xff) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c <= 0xffff) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return out + quote;
}

/** ascii(): escapes every non-ASCII code point of already repr'd text. */
export function asciiEscape(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c <= 0xffff) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return out;
}
