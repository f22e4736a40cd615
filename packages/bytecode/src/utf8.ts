// UTF-8 with lone surrogates allowed ("surrogatepass"), as marshal writes Python str.
import { PyException } from "@ophis/tokenizer";

/** Encodes UTF-16 text, lone surrogates as 3-byte sequences. */
export function encodeUtf8Surrogatepass(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return new Uint8Array(out);
}

/** Decodes UTF-8 allowing encoded surrogates; malformed input raises UnicodeDecodeError as CPython names it. */
export function decodeUtf8Surrogatepass(b: Uint8Array): string {
  let s = "";
  let i = 0;
  const fail = (reason: string): never => {
    throw new PyException("UnicodeDecodeError", ["utf-8", bytesArg(b), i, i + 1, reason]);
  };
  while (i < b.length) {
    const c = b[i];
    let cp: number;
    let n: number;
    if (c < 0x80) {
      cp = c;
      n = 1;
    } else if (c >= 0xc2 && c < 0xe0) {
      cp = c & 31;
      n = 2;
    } else if (c >= 0xe0 && c < 0xf0) {
      cp = c & 15;
      n = 3;
    } else if (c >= 0xf0 && c < 0xf5) {
      cp = c & 7;
      n = 4;
    } else {
      return fail("invalid start byte");
    }
    if (i + n > b.length) fail("unexpected end of data");
    for (let k = 1; k < n; k++) {
      const cc = b[i + k];
      if ((cc & 0xc0) !== 0x80) fail("invalid continuation byte");
      cp = (cp << 6) | (cc & 63);
    }
    if ((n === 3 && cp < 0x800) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff)))
      fail("invalid continuation byte");
    s += String.fromCodePoint(cp);
    i += n;
  }
  return s;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Bytes as exception args carry them: `{ bytes: base64 }`. */
function bytesArg(b: Uint8Array): { bytes: string } {
  let out = "";
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
    out += i + 1 < b.length ? BASE64[(n >> 6) & 63] : "=";
    out += i + 2 < b.length ? BASE64[n & 63] : "=";
  }
  return { bytes: out };
}
