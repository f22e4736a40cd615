// The codecs CPython implements in C, by the names the codec registry accepts, for str.encode, bytes.decode and files.
import { newError, typeError } from "../core.js";
import {
  decodeRawUnicodeEscape,
  decodeUnicodeEscape,
  encodeRawUnicodeEscape,
  encodeUnicodeEscape,
} from "./codec-escapes.js";
import { decodeUtf7, encodeUtf7 } from "./codec-utf7.js";
import {
  decodeAscii,
  decodeLatin1,
  decodeUtf8,
  encodeAscii,
  encodeLatin1,
  encodeUtf8,
} from "./codec-utf8.js";
import { decodeUtf16, decodeUtf32, encodeWide } from "./codec-utf16.js";

/** Each codec by its module name in the encodings package, with the name this file uses for it. */
const MODULES: Record<string, string> = {
  utf_8: "utf-8",
  utf_8_sig: "utf-8-sig",
  ascii: "ascii",
  latin_1: "latin-1",
  utf_16: "utf-16",
  utf_16_le: "utf-16-le",
  utf_16_be: "utf-16-be",
  utf_32: "utf-32",
  utf_32_le: "utf-32-le",
  utf_32_be: "utf-32-be",
  utf_7: "utf-7",
  unicode_escape: "unicode-escape",
  raw_unicode_escape: "raw-unicode-escape",
};

/** encodings.aliases for these codecs: the other (normalised) names each module answers to. */
const ALIASES: Record<string, string> = {};
for (const [module, names] of Object.entries({
  ascii:
    "646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii",
  latin_1:
    "8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1",
  utf_16: "u16 utf16",
  utf_16_be: "unicodebigunmarked utf_16be",
  utf_16_le: "unicodelittleunmarked utf_16le",
  utf_32: "u32 utf32",
  utf_32_be: "utf_32be",
  utf_32_le: "utf_32le",
  utf_7: "u7 utf7 unicode_1_1_utf_7",
  utf_8: "u8 utf utf8 utf8_ucs2 utf8_ucs4 cp65001",
}))
  for (const alias of names.split(" ")) ALIASES[alias] = module;

function isAsciiAlnum(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "0" && c <= "9");
}

/**
 * encodings.normalize_encoding after the registry lowercases the name: runs of characters other than letters,
 * digits and '.' become one '_', and leading or trailing ones go.
 */
function normalizeEncoding(encoding: string): string {
  let out = "";
  let punct = false;
  for (const ch of encoding) {
    const c = ch >= "A" && ch <= "Z" ? ch.toLowerCase() : ch;
    if (isAsciiAlnum(c) || c === "." || /^[\p{L}\p{N}]$/u.test(c)) {
      if (punct && out) out += "_";
      if (c.charCodeAt(0) < 0x80) out += c;
      punct = false;
    } else punct = true;
  }
  return out;
}

/** A codec's name in this file ('utf-8', 'utf-16-le', 'unicode-escape', ...) from what the user wrote, or null. */
export function codecName(encoding: string): string | null {
  const norm = normalizeEncoding(encoding);
  const module = ALIASES[norm] ?? ALIASES[norm.replaceAll(".", "_")] ?? norm;
  return Object.hasOwn(MODULES, module) ? MODULES[module] : null;
}

function lookup(encoding: string): string {
  const codec = codecName(encoding);
  if (codec === null) throw newError("LookupError", `unknown encoding: ${encoding}`);
  return codec;
}

/** A lone surrogate: text the host's UTF-8 encoder would not write as Python does. */
const LONE_SURROGATE = /\p{Cs}/u;
/** The host's encoder (every JavaScript host has one; this package builds without DOM or Node types). */
declare class TextEncoder {
  encode(text: string): Uint8Array;
}
const utf8Encoder = new TextEncoder();

/** str.encode: the bytes of `text` in `encoding`, applying the `errors` handler to what cannot be encoded. */
export function encodeText(text: string, encoding: string, errors: string): Uint8Array {
  const codec = lookup(encoding);
  if (codec === "utf-8" && !LONE_SURROGATE.test(text)) return utf8Encoder.encode(text);
  const chars = Array.from(text, (ch) => ch.codePointAt(0)!);
  const ctx = (name: string) => ({ encoding: name, text, chars, errors });
  switch (codec) {
    case "utf-8":
      return Uint8Array.from(encodeUtf8(ctx("utf-8")));
    case "utf-8-sig":
      return Uint8Array.from(encodeUtf8(ctx("utf-8"), [0xef, 0xbb, 0xbf]));
    case "ascii":
      return Uint8Array.from(encodeAscii(ctx("ascii")));
    case "latin-1":
      return Uint8Array.from(encodeLatin1(ctx("latin-1")));
    case "utf-16":
      return Uint8Array.from(encodeWide(ctx("utf-16"), 2, null));
    case "utf-16-le":
    case "utf-16-be":
      return Uint8Array.from(encodeWide(ctx(codec), 2, codec.endsWith("be")));
    case "utf-32":
      return Uint8Array.from(encodeWide(ctx("utf-32"), 4, null));
    case "utf-32-le":
    case "utf-32-be":
      return Uint8Array.from(encodeWide(ctx(codec), 4, codec.endsWith("be")));
    case "utf-7":
      return Uint8Array.from(encodeUtf7(chars));
    case "unicode-escape":
      return Uint8Array.from(encodeUnicodeEscape(chars));
    default:
      return Uint8Array.from(encodeRawUnicodeEscape(chars));
  }
}

/** bytes.decode: the text of `bytes` in `encoding`, applying the `errors` handler to undecodable bytes. */
export function decodeBytes(bytes: Uint8Array, encoding: string, errors: string): string {
  const codec = lookup(encoding);
  switch (codec) {
    case "utf-8":
      return decodeUtf8({ encoding: "utf-8", data: bytes, errors });
    case "utf-8-sig": {
      const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      return decodeUtf8({ encoding: "utf-8", data: bom ? bytes.subarray(3) : bytes, errors });
    }
    case "ascii":
      return decodeAscii({ encoding: "ascii", data: bytes, errors });
    case "latin-1":
      return decodeLatin1(bytes);
    case "utf-16":
    case "utf-16-le":
    case "utf-16-be":
      return decodeUtf16(bytes, errors, codec === "utf-16" ? null : codec.endsWith("be"));
    case "utf-32":
    case "utf-32-le":
    case "utf-32-be":
      return decodeUtf32(bytes, errors, codec === "utf-32" ? null : codec.endsWith("be"));
    case "utf-7":
      return decodeUtf7(bytes, errors);
    case "unicode-escape":
      return decodeUnicodeEscape(bytes, errors);
    default:
      return decodeRawUnicodeEscape(bytes, errors);
  }
}

/** The encoding/errors arguments must be str. */
export function textArg(o: { type: { name: string } } & object, fname: string, pname: string): string {
  if (!("value" in o) || typeof (o as { value: unknown }).value !== "string")
    throw typeError(`${fname}() argument '${pname}' must be str, not ${o.type.name}`);
  return (o as { value: string }).value;
}
