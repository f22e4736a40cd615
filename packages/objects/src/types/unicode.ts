// Unicode character classes and case mappings as CPython's str methods define them (Objects/unicodectype.c).
import { isPrintable } from "@ophis/tokenizer";
import { CASEFOLD, DIGIT_EXTRA, NUMERIC_EXTRA, TITLECASE } from "./unicode-data.js";

const RE_ALPHA = /^\p{L}$/u;
const RE_DECIMAL = /^\p{Nd}$/u;
const RE_NUMBER = /^\p{N}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_CASED = /^\p{Cased}$/u;
const RE_CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;
const RE_ID_START = /^\p{XID_Start}$/u;
const RE_ID_CONTINUE = /^\p{XID_Continue}$/u;

function inRanges(c: number, ranges: readonly number[]): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (c >= ranges[i] && c <= ranges[i + 1]) return true;
  return false;
}

/** str.isspace's definition: bidirectional class WS, B or S, or category Zs. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** The line boundaries of str.splitlines. */
export function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

export const isAlpha = (ch: string): boolean => RE_ALPHA.test(ch);
export const isDecimal = (ch: string): boolean => RE_DECIMAL.test(ch);
export const isDigit = (ch: string): boolean =>
  RE_DECIMAL.test(ch) || inRanges(ch.codePointAt(0)!, DIGIT_EXTRA);
export const isNumeric = (ch: string): boolean =>
  RE_NUMBER.test(ch) || inRanges(ch.codePointAt(0)!, NUMERIC_EXTRA);
export const isAlnum = (ch: string): boolean => isAlpha(ch) || isNumeric(ch);
export const isUpper = (ch: string): boolean => RE_UPPER.test(ch);
export const isLower = (ch: string): boolean => RE_LOWER.test(ch);
export const isTitle = (ch: string): boolean => RE_TITLE.test(ch);
export const isCased = (ch: string): boolean => RE_CASED.test(ch);
export const isPrintableChar = (ch: string): boolean => isPrintable(ch.codePointAt(0)!);

export function isIdentifier(text: string): boolean {
  let first = true;
  for (const ch of text) {
    if (first) {
      if (ch !== "_" && !RE_ID_START.test(ch)) return false;
      first = false;
    } else if (!RE_ID_CONTINUE.test(ch)) return false;
  }
  return !first;
}

/** Lowercases cps[i], applying the Final_Sigma rule to capital sigma as CPython does. */
function lowerAt(cps: string[], i: number): string {
  const ch = cps[i];
  if (ch !== "\u03a3") return ch.toLowerCase();
  let j = i - 1;
  while (j >= 0 && RE_CASE_IGNORABLE.test(cps[j])) j--;
  const before = j >= 0 && RE_CASED.test(cps[j]);
  let k = i + 1;
  while (k < cps.length && RE_CASE_IGNORABLE.test(cps[k])) k++;
  const after = k < cps.length && RE_CASED.test(cps[k]);
  return before && !after ? "\u03c2" : "\u03c3";
}

export function titleChar(ch: string): string {
  return TITLECASE[ch.codePointAt(0)!] ?? ch.toUpperCase();
}

export function casefold(text: string): string {
  let out = "";
  for (const ch of text) out += CASEFOLD[ch.codePointAt(0)!] ?? ch.toLowerCase();
  return out;
}

export function title(text: string): string {
  const cps = Array.from(text);
  let out = "";
  let previousCased = false;
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    out += previousCased ? lowerAt(cps, i) : titleChar(ch);
    previousCased = isCased(ch);
  }
  return out;
}

export function capitalize(text: string): string {
  const cps = Array.from(text);
  let out = "";
  for (let i = 0; i < cps.length; i++) out += i === 0 ? titleChar(cps[i]) : lowerAt(cps, i);
  return out;
}

export function swapcase(text: string): string {
  const cps = Array.from(text);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    if (isUpper(ch)) out += lowerAt(cps, i);
    else if (isLower(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

/** str.isupper / islower / istitle (cased characters decide; uncased ones are ignored). */
export function textIsUpper(text: string): boolean {
  let cased = false;
  for (const ch of text) {
    if (isLower(ch) || isTitle(ch)) return false;
    if (!cased && isUpper(ch)) cased = true;
  }
  return cased;
}

export function textIsLower(text: string): boolean {
  let cased = false;
  for (const ch of text) {
    if (isUpper(ch) || isTitle(ch)) return false;
    if (!cased && isLower(ch)) cased = true;
  }
  return cased;
}

export function textIsTitle(text: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const ch of text) {
    if (isUpper(ch) || isTitle(ch)) {
      if (previousCased) return false;
      previousCased = true;
      cased = true;
    } else if (isLower(ch)) {
      if (!previousCased) return false;
      previousCased = true;
      cased = true;
    } else previousCased = false;
  }
  return cased;
}
