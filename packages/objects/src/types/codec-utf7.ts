// The utf-7 codec (RFC 2152): direct ASCII, and base64 runs of UTF-16 units between '+' and '-'.
import { type DecodeContext, decodeFailure } from "./codec-handlers.js";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

enum Char {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Plus = 43,
  Minus = 45,
}

/** Characters written as themselves: RFC 2152's set D, set O and the four whitespace characters. */
const DIRECT = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'(),-./:?!\"#$%&*;<=>@[]^_`{|}")
  DIRECT[c.charCodeAt(0)] = 1;
for (const c of [Char.Tab, Char.LineFeed, Char.CarriageReturn, Char.Space]) DIRECT[c] = 1;

/** Each ASCII character's value as a base64 digit, or -1. */
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let v = 0; v < 64; v++) BASE64_VALUE[BASE64.charCodeAt(v)] = v;

function isBase64(c: number): boolean {
  return c < 128 && BASE64_VALUE[c] >= 0;
}

export function encodeUtf7(chars: number[]): number[] {
  const out: number[] = [];
  let inShift = false;
  let bits = 0;
  let buffer = 0;
  const pushUnit = (u: number) => {
    buffer = (buffer << 16) | u;
    bits += 16;
    while (bits >= 6) {
      out.push(BASE64.charCodeAt((buffer >> (bits - 6)) & 63));
      bits -= 6;
    }
    buffer &= (1 << bits) - 1;
  };
  for (const c of chars) {
    const direct = c < 128 && DIRECT[c] === 1;
    if (inShift && direct) {
      if (bits > 0) out.push(BASE64.charCodeAt((buffer << (6 - bits)) & 63));
      bits = 0;
      buffer = 0;
      inShift = false;
      // A character outside the base64 alphabet ends the run by itself; '-' and base64 characters need a '-'.
      if (isBase64(c) || c === Char.Minus) out.push(Char.Minus);
      out.push(c);
    } else if (!inShift && c === Char.Plus) out.push(Char.Plus, Char.Minus);
    else if (!inShift && direct) out.push(c);
    else {
      if (!inShift) {
        out.push(Char.Plus);
        inShift = true;
      }
      if (c >= 0x10000) {
        pushUnit(0xd800 | ((c - 0x10000) >> 10));
        pushUnit(0xdc00 | (c & 0x3ff));
      } else pushUnit(c);
    }
  }
  if (bits > 0) out.push(BASE64.charCodeAt((buffer << (6 - bits)) & 63));
  if (inShift) out.push(Char.Minus);
  return out;
}

export function decodeUtf7(data: Uint8Array, errors: string): string {
  const ctx: DecodeContext = { encoding: "utf7", data, errors };
  const n = data.length;
  let out = "";
  let inShift = false;
  let bits = 0;
  let buffer = 0;
  /** A high surrogate waiting for the unit after it. */
  let surrogate = 0;
  let shiftStart = 0;
  let i = 0;
  const fail = (start: number, end: number, reason: string) => {
    const [rep, next] = decodeFailure(ctx, start, end, reason);
    out += rep;
    i = next;
  };
  for (;;) {
    while (i < n) {
      const c = data[i];
      if (inShift) {
        if (isBase64(c)) {
          buffer = (buffer << 6) | BASE64_VALUE[c];
          bits += 6;
          i++;
          if (bits >= 16) {
            const unit = buffer >> (bits - 16);
            bits -= 16;
            buffer &= (1 << bits) - 1;
            if (surrogate) {
              if (unit >= 0xdc00 && unit <= 0xdfff) {
                out += String.fromCharCode(surrogate, unit);
                surrogate = 0;
                continue;
              }
              out += String.fromCharCode(surrogate);
              surrogate = 0;
            }
            if (unit >= 0xd800 && unit <= 0xdbff) surrogate = unit;
            else out += String.fromCharCode(unit);
          }
          continue;
        }
        // Leaving the base64 run: at most five zero bits may be left over.
        inShift = false;
        if (bits >= 6) {
          i++;
          fail(shiftStart, i, "partial character in shift sequence");
          continue;
        }
        if (bits > 0 && buffer !== 0) {
          i++;
          fail(shiftStart, i, "non-zero padding bits in shift sequence");
          continue;
        }
        if (surrogate && c < 128 && c !== Char.Plus) out += String.fromCharCode(surrogate);
        surrogate = 0;
        if (c === Char.Minus) i++;
      } else if (c === Char.Plus) {
        shiftStart = i;
        i++;
        if (i < n && data[i] === Char.Minus) {
          i++;
          out += "+";
        } else if (i < n && !isBase64(data[i])) {
          i++;
          fail(shiftStart, i, "ill-formed sequence");
        } else {
          inShift = true;
          surrogate = 0;
          bits = 0;
          buffer = 0;
        }
      } else if (c < 128) {
        out += String.fromCharCode(c);
        i++;
      } else {
        i++;
        fail(i - 1, i, "unexpected special character");
      }
    }
    // At the end inside a run, a waiting surrogate or leftover bits that are not zero padding are an error.
    if (!inShift) break;
    inShift = false;
    if (!(surrogate || bits >= 6 || (bits > 0 && buffer !== 0))) break;
    fail(shiftStart, n, "unterminated shift sequence");
    if (i >= n) break;
  }
  return out;
}
