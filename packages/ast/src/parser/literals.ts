// Decoding of string, bytes and number literals (Parser/string_parser.c, parsenumber in Parser/pegen.c).
import { lookupCharacterName } from "@ophis/tokenizer";
import { PyComplex } from "../nodes/index.js";
import type { Parser } from "./parser.js";

/** A UnicodeDecodeError of the 'unicodeescape' codec, as the message it becomes. */
function unicodeEscapeError(start: number, end: number, reason: string, firstByte: number): string {
  if (end === start + 1) {
    return `(unicode error) 'unicodeescape' codec can't decode byte 0x${firstByte.toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
  }
  return `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return 16;
}

/**
 * `decode_unicode_with_escapes`: the escapes of a str literal's body. Throws a message string on a bad escape;
 * positions in it count the body as CPython rewrites it (each non-ASCII character as a 10-byte \U escape).
 */
export function decodeUnicodeEscapes(s: string): string {
  if (s.indexOf("\\") < 0) return s;
  let out = "";
  let i = 0;
  const n = s.length;
  // Byte position in CPython's rewritten buffer, for messages.
  let pos = 0;
  let runStart = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 0x5c) {
      i++;
      pos += c < 0x80 ? 1 : (c & 0xfc00) === 0xdc00 ? 0 : 10;
      continue;
    }
    out += s.slice(runStart, i);
    const escStart = pos;
    i++;
    pos++;
    if (i >= n) {
      out += "\\";
      runStart = i;
      break;
    }
    const e = s.charCodeAt(i);
    if (e >= 0x80) {
      // A backslash before a non-ASCII character stays a backslash.
      out += "\\";
      pos += 5;
      runStart = i;
      continue;
    }
    i++;
    pos++;
    switch (e) {
      case 0x0a:
        break;
      case 0x5c:
        out += "\\";
        break;
      case 0x27:
        out += "'";
        break;
      case 0x22:
        out += '"';
        break;
      case 0x62:
        out += "\b";
        break;
      case 0x66:
        out += "\f";
        break;
      case 0x74:
        out += "\t";
        break;
      case 0x6e:
        out += "\n";
        break;
      case 0x72:
        out += "\r";
        break;
      case 0x76:
        out += "\v";
        break;
      case 0x61:
        out += "\x07";
        break;
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37: {
        let v = e - 0x30;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = s.charCodeAt(i);
          if (d < 0x30 || d > 0x37) break;
          v = (v << 3) + d - 0x30;
          i++;
          pos++;
        }
        out += String.fromCodePoint(v);
        break;
      }
      case 0x78:
      case 0x75:
      case 0x55: {
        const count = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
        const reason =
          e === 0x78
            ? "truncated \\xXX escape"
            : e === 0x75
              ? "truncated \\uXXXX escape"
              : "truncated \\UXXXXXXXX escape";
        let v = 0;
        for (let k = 0; k < count; k++) {
          const d = i < n ? hexValue(s.charCodeAt(i)) : 16;
          if (d === 16) throw unicodeEscapeError(escStart, pos, reason, 0x5c);
          v = v * 16 + d;
          i++;
          pos++;
        }
        if (v > 0x10ffff) throw unicodeEscapeError(escStart, pos, "illegal Unicode character", 0x5c);
        out += String.fromCodePoint(v);
        break;
      }
      case 0x4e: {
        const malformed = "malformed \\N character escape";
        if (i >= n || s.charCodeAt(i) !== 0x7b) throw unicodeEscapeError(escStart, pos, malformed, 0x5c);
        const close = s.indexOf("}", i + 1);
        if (close < 0) throw unicodeEscapeError(escStart, pos + (n - i), malformed, 0x5c);
        const name = s.slice(i + 1, close);
        if (name.length === 0) throw unicodeEscapeError(escStart, pos + 1, malformed, 0x5c);
        const cp = lookupCharacterName(name);
        const consumed = close + 1 - i;
        if (cp === undefined)
          throw unicodeEscapeError(escStart, pos + consumed, "unknown Unicode character name", 0x5c);
        i = close + 1;
        pos += consumed;
        out += String.fromCodePoint(cp);
        break;
      }
      default:
        // An invalid escape keeps its backslash (CPython warns).
        out += "\\" + String.fromCharCode(e);
    }
    runStart = i;
  }
  return out + s.slice(runStart);
}

/** `PyBytes_DecodeEscape`: a bytes literal's body (ASCII) with its escapes. Throws a message string. */
export function decodeBytesEscapes(s: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  const n = s.length;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i++);
    if (raw || c !== 0x5c || i >= n) {
      out.push(c);
      continue;
    }
    const e = s.charCodeAt(i++);
    switch (e) {
      case 0x0a:
        break;
      case 0x5c:
        out.push(0x5c);
        break;
      case 0x27:
        out.push(0x27);
        break;
      case 0x22:
        out.push(0x22);
        break;
      case 0x62:
        out.push(8);
        break;
      case 0x66:
        out.push(12);
        break;
      case 0x74:
        out.push(9);
        break;
      case 0x6e:
        out.push(10);
        break;
      case 0x72:
        out.push(13);
        break;
      case 0x76:
        out.push(11);
        break;
      case 0x61:
        out.push(7);
        break;
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37: {
        let v = e - 0x30;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = s.charCodeAt(i);
          if (d < 0x30 || d > 0x37) break;
          v = (v << 3) + d - 0x30;
          i++;
        }
        out.push(v & 0xff);
        break;
      }
      case 0x78: {
        const d1 = i + 1 < n ? hexValue(s.charCodeAt(i)) : 16;
        const d2 = i + 1 < n ? hexValue(s.charCodeAt(i + 1)) : 16;
        if (d1 < 16 && d2 < 16) {
          out.push(d1 * 16 + d2);
          i += 2;
          break;
        }
        throw `(value error) invalid \\x escape at position ${i - 2}`;
      }
      default:
        out.push(0x5c, e);
    }
  }
  return Uint8Array.from(out);
}

/** The prefix letters of a string token (or an f-/t-string's START token) and where its quotes start. */
export interface StringPrefix {
  bytes: boolean;
  raw: boolean;
  quoteAt: number;
}

export function stringPrefix(s: string): StringPrefix {
  let bytes = false;
  let raw = false;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c === 0x62) bytes = true;
    else if (c === 0x72) raw = true;
    else if (c !== 0x75 && c !== 0x66 && c !== 0x74) break;
  }
  return { bytes, raw, quoteAt: i };
}

/** The body of a STRING token between its quotes. */
export function stringBody(s: string, quoteAt: number): string {
  const q = s.charCodeAt(quoteAt);
  const triple =
    s.length - quoteAt >= 6 && s.charCodeAt(quoteAt + 1) === q && s.charCodeAt(quoteAt + 2) === q;
  const k = triple ? 3 : 1;
  return s.slice(quoteAt + k, s.length - k);
}

/** `parsenumber`: an int (bigint), float or imaginary literal; throws a message for huge decimal ints. */
export function parseNumber(p: Parser, raw: string): bigint | number | PyComplex {
  const s = raw.indexOf("_") >= 0 ? raw.replaceAll("_", "") : raw;
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 0x6a) return new PyComplex(0, Number(s.slice(0, -1)));
  const c1 = s.length > 1 ? s.charCodeAt(1) | 0x20 : 0;
  if (s.charCodeAt(0) === 0x30 && (c1 === 0x78 || c1 === 0x6f || c1 === 0x62)) return BigInt(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e || (c | 0x20) === 0x65) return Number(s);
  }
  void p;
  if (s.length > 4300) {
    throw `Exceeds the limit (4300 digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit`;
  }
  return BigInt(s);
}
