// Unicode character classes and case mappings as CPython's str methods define them (Objects/unicodectype.c), from
// tables generated from CPython itself, so they follow its Unicode version rather than the JS engine's.
import { inRanges, isIdentifierContinue, isIdentifierStart, isPrintable } from "@ophis/tokenizer";
import {
  ALPHA,
  CASED,
  DECIMAL,
  DIGIT,
  IGNORABLE,
  LOWER,
  NUMERIC,
  SPACE,
  TITLE,
  TOFOLD_MULTI,
  TOFOLD_RUNS,
  TOLOWER_MULTI,
  TOLOWER_RUNS,
  TOTITLE_MULTI,
  TOTITLE_RUNS,
  TOUPPER_MULTI,
  TOUPPER_RUNS,
  UPPER,
} from "../generated/unicode.js";

/** ASCII text maps the same under every Unicode version: the engine's own case mapping is exact for it. */
const RE_ASCII = /^[\0-\x7f]*$/;

const cpOf = (ch: string): number => ch.codePointAt(0)!;

/** The code point `cp` maps to through [first, last, stride, delta] runs (itself when no run covers it). */
function mapThroughRuns(runs: readonly number[], cp: number): number {
  let lo = 0;
  let hi = runs.length / 4;
  // The last run whose first code point is <= cp.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[mid * 4] <= cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return cp;
  const at = (lo - 1) * 4;
  const first = runs[at];
  const stride = runs[at + 2];
  if (cp > runs[at + 1] || (stride === 0 ? cp !== first : (cp - first) % stride !== 0)) return cp;
  return cp + runs[at + 3];
}

function mapper(runs: readonly number[], multi: Readonly<Record<number, string>>): (ch: string) => string {
  return (ch) => {
    const cp = cpOf(ch);
    const mapped = mapThroughRuns(runs, cp);
    if (mapped !== cp) return String.fromCodePoint(mapped);
    return multi[cp] ?? ch;
  };
}

const upperChar = mapper(TOUPPER_RUNS, TOUPPER_MULTI);
const lowerChar = mapper(TOLOWER_RUNS, TOLOWER_MULTI);
export const titleChar = mapper(TOTITLE_RUNS, TOTITLE_MULTI);
const foldChar = mapper(TOFOLD_RUNS, TOFOLD_MULTI);

/** str.isspace's definition: bidirectional class WS, B or S, or category Zs. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return inRanges(SPACE, c);
}

/** The line boundaries of str.splitlines. */
export function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

export const isAlpha = (ch: string): boolean => inRanges(ALPHA, cpOf(ch));
export const isDecimal = (ch: string): boolean => inRanges(DECIMAL, cpOf(ch));

/**
 * The value of a decimal digit (what int() and float() read from any script), or -1: Unicode's decimal digits
 * come in runs of ten starting at zero, so the offset in the run is the value.
 */
export function decimalValue(cp: number): number {
  let lo = 0;
  let hi = DECIMAL.length >> 1;
  // The last range starting at or before cp.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (DECIMAL[2 * mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return -1;
  const first = DECIMAL[2 * lo - 2];
  return cp < DECIMAL[2 * lo - 1] ? (cp - first) % 10 : -1;
}
export const isDigit = (ch: string): boolean => inRanges(DIGIT, cpOf(ch));
export const isNumeric = (ch: string): boolean => inRanges(NUMERIC, cpOf(ch));
export const isAlnum = (ch: string): boolean => isAlpha(ch) || isNumeric(ch);
export const isUpper = (ch: string): boolean => inRanges(UPPER, cpOf(ch));
export const isLower = (ch: string): boolean => inRanges(LOWER, cpOf(ch));
export const isTitle = (ch: string): boolean => inRanges(TITLE, cpOf(ch));
export const isCased = (ch: string): boolean => inRanges(CASED, cpOf(ch));
const isCaseIgnorable = (ch: string): boolean => inRanges(IGNORABLE, cpOf(ch));
export const isPrintableChar = (ch: string): boolean => isPrintable(cpOf(ch));

export function isIdentifier(text: string): boolean {
  let first = true;
  for (const ch of text) {
    if (first) {
      if (!isIdentifierStart(cpOf(ch))) return false;
      first = false;
    } else if (!isIdentifierContinue(cpOf(ch))) return false;
  }
  return !first;
}

/** Lowercases cps[i], applying the Final_Sigma rule to capital sigma as CPython does. */
function lowerAt(cps: string[], i: number): string {
  const ch = cps[i];
  if (ch !== "\u03a3") return lowerChar(ch);
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j])) j--;
  const before = j >= 0 && isCased(cps[j]);
  let k = i + 1;
  while (k < cps.length && isCaseIgnorable(cps[k])) k++;
  const after = k < cps.length && isCased(cps[k]);
  return before && !after ? "\u03c2" : "\u03c3";
}

export function upper(text: string): string {
  if (RE_ASCII.test(text)) return text.toUpperCase();
  let out = "";
  for (const ch of text) out += upperChar(ch);
  return out;
}

export function lower(text: string): string {
  if (RE_ASCII.test(text)) return text.toLowerCase();
  const cps = Array.from(text);
  let out = "";
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

export function casefold(text: string): string {
  let out = "";
  for (const ch of text) out += foldChar(ch);
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
    else if (isLower(ch)) out += upperChar(ch);
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
