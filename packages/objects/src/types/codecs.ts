// The built-in codecs str.encode and bytes.decode use: utf-8, ascii and latin-1 with the standard error handlers.
import { newError, typeError } from "../core.js";

/** A codec's canonical name from what the user wrote (case, '-' and '_' and spaces ignored, as the codec registry does). */
export function codecName(encoding: string): string | null {
  const key = encoding.toLowerCase().replace(/[-_ ]/g, "");
  if (key === "utf8" || key === "u8" || key === "utf" || key === "cp65001") return "utf-8";
  if (key === "ascii" || key === "usascii" || key === "646" || key === "us") return "ascii";
  if (["latin1", "latin", "iso88591", "88591", "cp819", "l1", "iso885911987", "8859"].includes(key))
    return "latin-1";
  return null;
}

function unknownEncoding(encoding: string): never {
  throw newError("LookupError", `unknown encoding: ${encoding}`);
}

const HANDLERS = [
  "strict",
  "ignore",
  "replace",
  "backslashreplace",
  "xmlcharrefreplace",
  "surrogateescape",
  "surrogatepass",
  "namereplace",
];

function checkHandler(errors: string): void {
  if (!HANDLERS.includes(errors)) throw newError("LookupError", `unknown error handler name '${errors}'`);
}

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, "0");
}

function charEscape(c: number): string {
  if (c <= 0xff) return `\\x${hex(c, 2)}`;
  if (c <= 0xffff) return `\\u${hex(c, 4)}`;
  return `\\U${hex(c, 8)}`;
}

function charRepr(c: number): string {
  if (c >= 0x20 && c < 0x7f) return `'${String.fromCharCode(c)}'`;
  return `'${charEscape(c)}'`;
}

/** str.encode: the bytes of `text` in `encoding`, applying the `errors` handler to what cannot be encoded. */
export function encodeText(text: string, encoding: string, errors: string): Uint8Array {
  const codec = codecName(encoding);
  if (codec === null) unknownEncoding(encoding);
  const cps = Array.from(text, (ch) => ch.codePointAt(0)!);
  const out: number[] = [];
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : 0x110000;
  const reason = codec === "utf-8" ? "surrogates not allowed" : `ordinal not in range(${limit})`;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const bad = codec === "utf-8" ? c >= 0xd800 && c <= 0xdfff : c >= limit;
    if (!bad) {
      pushChar(out, c, codec);
      continue;
    }
    // A run of unencodable characters is reported (and handled) together.
    let j = i;
    while (
      j + 1 < cps.length &&
      (codec === "utf-8" ? cps[j + 1] >= 0xd800 && cps[j + 1] <= 0xdfff : cps[j + 1] >= limit)
    )
      j++;
    if (errors === "strict" || !HANDLERS.includes(errors)) {
      if (errors !== "strict") checkHandler(errors);
      const where =
        i === j ? `character ${charRepr(c)} in position ${i}` : `characters in position ${i}-${j}`;
      throw newError("UnicodeEncodeError", `'${codec}' codec can't encode ${where}: ${reason}`);
    }
    for (let k = i; k <= j; k++) {
      const d = cps[k];
      if (errors === "ignore") continue;
      let rep: string;
      if (errors === "replace") rep = "?";
      else if (errors === "backslashreplace") rep = charEscape(d);
      else if (errors === "xmlcharrefreplace") rep = `&#${d};`;
      else if (errors === "surrogateescape" && d >= 0xdc80 && d <= 0xdcff) {
        out.push(d - 0xdc00);
        continue;
      } else if (errors === "surrogatepass" && codec === "utf-8") {
        pushChar(out, d, "utf-8", true);
        continue;
      } else {
        const where =
          i === j ? `character ${charRepr(c)} in position ${i}` : `characters in position ${i}-${j}`;
        throw newError("UnicodeEncodeError", `'${codec}' codec can't encode ${where}: ${reason}`);
      }
      for (const ch of rep) pushChar(out, ch.charCodeAt(0), codec);
    }
    i = j;
  }
  return Uint8Array.from(out);
}

function pushChar(out: number[], c: number, codec: string, allowSurrogate = false): void {
  if (codec !== "utf-8" || c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
  else if (c < 0x10000) {
    void allowSurrogate;
    out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  } else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

/** One UTF-8 sequence at `i`: [code point, length] or [-1, bad length, reason]. */
function utf8At(b: Uint8Array, i: number): [number, number, string?] {
  const c = b[i];
  if (c < 0x80) return [c, 1];
  let need: number;
  let min: number;
  let cp: number;
  if (c >= 0xc2 && c <= 0xdf) {
    need = 1;
    cp = c & 0x1f;
    min = 0x80;
  } else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    cp = c & 0x0f;
    min = 0x800;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    cp = c & 0x07;
    min = 0x10000;
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
  return cp < min ? [-1, 1, "invalid start byte"] : [cp, need + 1];
}

/** bytes.decode: the text of `bytes` in `encoding`, applying the `errors` handler to undecodable bytes. */
export function decodeBytes(bytes: Uint8Array, encoding: string, errors: string): string {
  const codec = codecName(encoding);
  if (codec === null) unknownEncoding(encoding);
  if (codec === "latin-1") {
    let s = "";
    for (const c of bytes) s += String.fromCharCode(c);
    return s;
  }
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    let cp: number;
    let len: number;
    let reason: string | undefined;
    if (codec === "ascii") {
      cp = bytes[i] < 0x80 ? bytes[i] : -1;
      len = 1;
      reason = "ordinal not in range(128)";
    } else [cp, len, reason] = utf8At(bytes, i);
    if (cp >= 0) {
      out += String.fromCodePoint(cp);
      i += len;
      continue;
    }
    const bad = bytes.subarray(i, i + len);
    if (
      errors === "strict" ||
      !["ignore", "replace", "backslashreplace", "surrogateescape"].includes(errors)
    ) {
      if (errors !== "strict") checkHandler(errors);
      const where =
        len === 1 ? `byte 0x${hex(bytes[i], 2)} in position ${i}` : `bytes in position ${i}-${i + len - 1}`;
      throw newError("UnicodeDecodeError", `'${codec}' codec can't decode ${where}: ${reason}`);
    }
    if (errors === "replace") out += "\ufffd";
    else if (errors === "backslashreplace") for (const c of bad) out += `\\x${hex(c, 2)}`;
    else if (errors === "surrogateescape") for (const c of bad) out += String.fromCharCode(0xdc00 + c);
    i += len;
  }
  return out;
}

/** The encoding/errors arguments must be str. */
export function textArg(o: { type: { name: string } } & object, fname: string, pname: string): string {
  if (!("value" in o) || typeof (o as { value: unknown }).value !== "string")
    throw typeError(`${fname}() argument '${pname}' must be str, not ${o.type.name}`);
  return (o as { value: string }).value;
}
