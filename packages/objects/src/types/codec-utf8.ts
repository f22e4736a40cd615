// The ascii, latin-1 and utf-8 codecs.
import {
  type DecodeContext,
  decodeFailure,
  type EncodeContext,
  type Encoder,
  encodeWith,
  isSurrogate,
} from "./codec-handlers.js";

function charmap(limit: number): Encoder {
  return {
    cannot: (c) => c >= limit,
    write: (out, c) => out.push(c),
    reason: `ordinal not in range(${limit})`,
    runs: true,
    replacementOk: (c) => c < limit,
    unit: 1,
  };
}

const ASCII = charmap(0x80);
const LATIN1 = charmap(0x100);

function writeUtf8(out: number[], c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

const UTF8: Encoder = {
  cannot: isSurrogate,
  write: writeUtf8,
  reason: "surrogates not allowed",
  runs: true,
  replacementOk: (c) => c < 0x80,
  unit: 1,
};

export function encodeAscii(ctx: EncodeContext): number[] {
  return encodeWith(ctx, ASCII);
}

export function encodeLatin1(ctx: EncodeContext): number[] {
  return encodeWith(ctx, LATIN1);
}

export function encodeUtf8(ctx: EncodeContext, out: number[] = []): number[] {
  return encodeWith(ctx, UTF8, out);
}

export function decodeLatin1(data: Uint8Array): string {
  let s = "";
  for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode(...data.subarray(i, i + 8192));
  return s;
}

export function decodeAscii(ctx: DecodeContext): string {
  const { data } = ctx;
  let out = "";
  for (let i = 0; i < data.length; ) {
    if (data[i] < 0x80) out += String.fromCharCode(data[i++]);
    else {
      const [rep, next] = decodeFailure(ctx, i, i + 1, "ordinal not in range(128)");
      out += rep;
      i = next;
    }
  }
  return out;
}

/** One UTF-8 sequence at `i`: [code point, length] or [-1, bad length, reason]. */
function utf8At(b: Uint8Array, i: number): [number, number, string] {
  const c = b[i];
  if (c < 0x80) return [c, 1, ""];
  let need: number;
  let cp: number;
  if (c >= 0xc2 && c <= 0xdf) {
    need = 1;
    cp = c & 0x1f;
  } else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    cp = c & 0x0f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    cp = c & 0x07;
  } else return [-1, 1, "invalid start byte"];
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return [-1, k, "unexpected end of data"];
    const d = b[i + k];
    // The second byte's valid range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
    let lo = 0x80;
    let hi = 0xbf;
    if (k === 1) {
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
      else if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    }
    if (d < lo || d > hi) return [-1, k, "invalid continuation byte"];
    cp = (cp << 6) | (d & 63);
  }
  return [cp, need + 1, ""];
}

/** The host's decoder (every JavaScript host has one; this package builds without DOM or Node types). */
declare class TextDecoder {
  constructor(label: string, options: { fatal: boolean; ignoreBOM: boolean });
  decode(data: Uint8Array): string;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeUtf8(ctx: DecodeContext, from = 0): string {
  const { data } = ctx;
  // The host's decoder accepts exactly the sequences CPython does, so valid input needs no second look.
  try {
    return strictUtf8.decode(data.subarray(from));
  } catch {}
  let out = "";
  for (let i = from; i < data.length; ) {
    const [cp, len, reason] = utf8At(data, i);
    if (cp >= 0) {
      out += cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      i += len;
      continue;
    }
    const [rep, next] = decodeFailure(ctx, i, i + len, reason);
    out += rep;
    i = next;
  }
  return out;
}
