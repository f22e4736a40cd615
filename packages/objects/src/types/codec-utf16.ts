// The utf-16 and utf-32 codecs, in either byte order, with or without a byte order mark.
import {
  type DecodeContext,
  decodeFailure,
  type EncodeContext,
  type Encoder,
  encodeWith,
  isSurrogate,
} from "./codec-handlers.js";

function unitWriter(size: 2 | 4, bigEndian: boolean): (out: number[], c: number) => void {
  if (size === 2)
    return bigEndian ? (out, c) => out.push(c >> 8, c & 0xff) : (out, c) => out.push(c & 0xff, c >> 8);
  return bigEndian
    ? (out, c) => out.push(c >>> 24, (c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff)
    : (out, c) => out.push(c & 0xff, (c >> 8) & 0xff, (c >> 16) & 0xff, c >>> 24);
}

function wideEncoder(size: 2 | 4, bigEndian: boolean): Encoder {
  const unit = unitWriter(size, bigEndian);
  const write =
    size === 4
      ? unit
      : (out: number[], c: number) => {
          if (c < 0x10000) unit(out, c);
          else {
            unit(out, 0xd800 | ((c - 0x10000) >> 10));
            unit(out, 0xdc00 | (c & 0x3ff));
          }
        };
  return {
    cannot: isSurrogate,
    write,
    reason: "surrogates not allowed",
    runs: false,
    replacementOk: (c) => c < 0x80,
    unit: size,
  };
}

/** utf-16 and utf-32 encoders: `bigEndian` null writes a byte order mark and then little-endian units. */
export function encodeWide(ctx: EncodeContext, size: 2 | 4, bigEndian: boolean | null): number[] {
  const enc = wideEncoder(size, bigEndian === true);
  const out: number[] = [];
  if (bigEndian === null) enc.write(out, 0xfeff);
  return encodeWith(ctx, enc, out);
}

/** The byte order a leading mark gives, and how many bytes it takes; little-endian with no mark. */
function byteOrderMark(data: Uint8Array, size: 2 | 4): [bigEndian: boolean, skip: number] {
  if (data.length < size) return [false, 0];
  const le = data[0] === 0xff && data[1] === 0xfe;
  const be = size === 2 ? data[0] === 0xfe && data[1] === 0xff : data[2] === 0xfe && data[3] === 0xff;
  if (size === 4) {
    if (le && data[2] === 0 && data[3] === 0) return [false, 4];
    if (be && data[0] === 0 && data[1] === 0) return [true, 4];
    return [false, 0];
  }
  return le ? [false, 2] : be ? [true, 2] : [false, 0];
}

function codecLabel(size: 2 | 4, bigEndian: boolean): string {
  return `utf-${size * 8}-${bigEndian ? "be" : "le"}`;
}

/** utf-16 decoding: `bigEndian` null reads the byte order from a leading mark. */
export function decodeUtf16(data: Uint8Array, errors: string, bigEndian: boolean | null): string {
  let skip = 0;
  if (bigEndian === null) [bigEndian, skip] = byteOrderMark(data, 2);
  const ctx: DecodeContext = { encoding: codecLabel(2, bigEndian), data, errors };
  const unitAt = bigEndian
    ? (i: number) => (data[i] << 8) | data[i + 1]
    : (i: number) => data[i] | (data[i + 1] << 8);
  const n = data.length;
  let out = "";
  for (let i = skip; i < n; ) {
    let start: number;
    let end: number;
    let reason: string;
    if (n - i < 2) {
      [start, end, reason] = [i, n, "truncated data"];
    } else {
      const c = unitAt(i);
      if (!isSurrogate(c)) {
        out += String.fromCharCode(c);
        i += 2;
        continue;
      }
      if (c >= 0xdc00) [start, end, reason] = [i, i + 2, "illegal encoding"];
      else if (n - i < 4) [start, end, reason] = [i, n, "unexpected end of data"];
      else {
        const d = unitAt(i + 2);
        if (d >= 0xdc00 && d <= 0xdfff) {
          out += String.fromCharCode(c, d);
          i += 4;
          continue;
        }
        [start, end, reason] = [i, i + 2, "illegal UTF-16 surrogate"];
      }
    }
    const [rep, next] = decodeFailure(ctx, start, end, reason);
    out += rep;
    i = next;
  }
  return out;
}

/** utf-32 decoding: `bigEndian` null reads the byte order from a leading mark. */
export function decodeUtf32(data: Uint8Array, errors: string, bigEndian: boolean | null): string {
  let skip = 0;
  if (bigEndian === null) [bigEndian, skip] = byteOrderMark(data, 4);
  const ctx: DecodeContext = { encoding: codecLabel(4, bigEndian), data, errors };
  const n = data.length;
  let out = "";
  for (let i = skip; i < n; ) {
    let reason: string;
    let end = i + 4;
    if (n - i < 4) {
      reason = "truncated data";
      end = n;
    } else {
      const c = bigEndian
        ? ((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) >>> 0
        : ((data[i + 3] << 24) | (data[i + 2] << 16) | (data[i + 1] << 8) | data[i]) >>> 0;
      if (c < 0xd800 || (c > 0xdfff && c < 0x110000)) {
        out += String.fromCodePoint(c);
        i += 4;
        continue;
      }
      reason =
        c >= 0x110000
          ? "code point not in range(0x110000)"
          : "code point in surrogate code point range(0xd800, 0xe000)";
    }
    const [rep, next] = decodeFailure(ctx, i, end, reason);
    out += rep;
    i = next;
  }
  return out;
}
