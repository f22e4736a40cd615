// Unicode properties as CPython's own unicodedata has them (the tables are generated from CPython).
import { PRINTABLE, XID_CONTINUE, XID_START } from "./generated/unicode.js";

/** True when `cp` lies in one of the [first, last + 1) ranges of `table` (binary search). */
export function inRanges(table: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = table.length;
  // Find the number of range bounds <= cp; an odd count means cp is inside a range.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

/** Py_UNICODE_ISPRINTABLE: str.isprintable() of one code point. */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  return cp >= 0x80 && inRanges(PRINTABLE, cp);
}

/** May start an identifier (PEP 3131: XID_Start, or '_'). */
export function isIdentifierStart(cp: number): boolean {
  if (cp < 0x80) return cp === 0x5f || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  return inRanges(XID_START, cp);
}

/** May continue an identifier (XID_Continue). */
export function isIdentifierContinue(cp: number): boolean {
  if (cp < 0x80) return isIdentifierStart(cp) || (cp >= 0x30 && cp <= 0x39);
  return inRanges(XID_CONTINUE, cp);
}
