// The unicode_escape and raw_unicode_escape codecs: Python string-literal escapes over latin-1 bytes.
import { lookupCharacterName } from "@ophis/tokenizer";
import { type DecodeContext, decodeFailure } from "./codec-handlers.js";

enum Char {
  Backslash = 92,
  LineFeed = 10,
  Zero = 48,
  Seven = 55,
}

function hexDigits(c: number, width: number): number[] {
  return Array.from(c.toString(16).padStart(width, "0"), (d) => d.charCodeAt(0));
}

function pushEscape(out: number[], letter: string, c: number, width: number): void {
  out.push(Char.Backslash, letter.charCodeAt(0), ...hexDigits(c, width));
}

export function encodeUnicodeEscape(chars: number[]): number[] {
  const out: number[] = [];
  for (const c of chars) {
    if (c >= 0x10000) pushEscape(out, "U", c, 8);
    else if (c >= 0x100) pushEscape(out, "u", c, 4);
    else if (c === Char.Backslash) out.push(Char.Backslash, Char.Backslash);
    else if (c === 9) out.push(Char.Backslash, 0x74);
    else if (c === 10) out.push(Char.Backslash, 0x6e);
    else if (c === 13) out.push(Char.Backslash, 0x72);
    else if (c < 0x20 || c >= 0x7f) pushEscape(out, "x", c, 2);
    else out.push(c);
  }
  return out;
}

export function encodeRawUnicodeEscape(chars: number[]): number[] {
  const out: number[] = [];
  for (const c of chars) {
    if (c >= 0x10000) pushEscape(out, "U", c, 8);
    else if (c >= 0x100) pushEscape(out, "u", c, 4);
    else out.push(c);
  }
  return out;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** The one-letter escapes and what they stand for. */
const SIMPLE: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  b: "\b",
  f: "\f",
  t: "\t",
  n: "\n",
  r: "\r",
  v: "\v",
  a: "\x07",
};

const TRUNCATED: Record<string, [number, string]> = {
  x: [2, "truncated \\xXX escape"],
  u: [4, "truncated \\uXXXX escape"],
  U: [8, "truncated \\UXXXXXXXX escape"],
};

function char(c: number): string {
  return c < 0x10000 ? String.fromCharCode(c) : String.fromCodePoint(c);
}

export function decodeUnicodeEscape(data: Uint8Array, errors: string): string {
  const ctx: DecodeContext = { encoding: "unicodeescape", data, errors };
  const n = data.length;
  let out = "";
  let i = 0;
  while (i < n) {
    const c = data[i++];
    if (c !== Char.Backslash) {
      out += String.fromCharCode(c);
      continue;
    }
    const start = i - 1;
    let reason: string;
    if (i >= n) reason = "\\ at end of string";
    else {
      const e = data[i++];
      const letter = String.fromCharCode(e);
      if (e === Char.LineFeed) continue;
      if (letter in SIMPLE) {
        out += SIMPLE[letter];
        continue;
      }
      if (e >= Char.Zero && e <= Char.Seven) {
        let code = e - Char.Zero;
        for (let k = 0; k < 2 && i < n && data[i] >= Char.Zero && data[i] <= Char.Seven; k++)
          code = code * 8 + data[i++] - Char.Zero;
        out += String.fromCharCode(code);
        continue;
      }
      if (letter in TRUNCATED) {
        let count: number;
        [count, reason] = TRUNCATED[letter];
        let code = 0;
        for (; count > 0 && i < n; count--, i++) {
          const d = hexValue(data[i]);
          if (d < 0) break;
          code = code * 16 + d;
        }
        if (count === 0) {
          if (code < 0x110000) {
            out += char(code);
            continue;
          }
          reason = "illegal Unicode character";
        }
      } else if (letter === "N") {
        reason = "malformed \\N character escape";
        if (i < n && data[i] === 0x7b) {
          const close = data.indexOf(0x7d, i + 1);
          if (close < 0) i = n;
          else if (close > i + 1) {
            const cp = lookupCharacterName(String.fromCharCode(...data.subarray(i + 1, close)));
            i = close + 1;
            if (cp !== undefined) {
              out += char(cp);
              continue;
            }
            reason = "unknown Unicode character name";
          } else i++;
        }
      } else {
        out += `\\${letter}`;
        continue;
      }
    }
    const [rep, next] = decodeFailure(ctx, start, i, reason);
    out += rep;
    i = next;
  }
  return out;
}

export function decodeRawUnicodeEscape(data: Uint8Array, errors: string): string {
  const ctx: DecodeContext = { encoding: "rawunicodeescape", data, errors };
  const n = data.length;
  let out = "";
  let i = 0;
  while (i < n) {
    const c = data[i];
    if (c !== Char.Backslash) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    // \u and \U count only after an odd number of backslashes; the others stand for themselves.
    const from = i;
    while (i < n && data[i] === Char.Backslash) i++;
    const letter = i < n ? String.fromCharCode(data[i]) : "";
    if ((i - from) % 2 === 0 || (letter !== "u" && letter !== "U")) {
      out += "\\".repeat(i - from);
      continue;
    }
    out += "\\".repeat(i - from - 1);
    const start = i - 1;
    let [count, reason] = TRUNCATED[letter];
    i++;
    let code = 0;
    for (; count > 0 && i < n; count--, i++) {
      const d = hexValue(data[i]);
      if (d < 0) break;
      code = code * 16 + d;
    }
    if (count === 0) {
      if (code < 0x110000) {
        out += char(code);
        continue;
      }
      reason = "\\Uxxxxxxxx out of range";
    }
    const [rep, next] = decodeFailure(ctx, start, i, reason);
    out += rep;
    i = next;
  }
  return out;
}
