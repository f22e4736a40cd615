// Source encodings: tokenize.detect_encoding (PEP 263 cookie, UTF-8 BOM), Python codec names, and decoding.
import { bareSyntaxError, PyException } from "./errors.js";

/** A codec Python knows under some name: how to decode, and (for untokenize) how to encode. */
interface Codec {
  /** Python's canonical module name (encodings.<name>). */
  readonly name: string;
  decode(bytes: Uint8Array, strict: boolean): string;
}

const ALIASES: Record<string, string> = {
  utf8: "utf_8",
  u8: "utf_8",
  utf: "utf_8",
  utf8_ucs2: "utf_8",
  utf8_ucs4: "utf_8",
  cp65001: "utf_8",
  latin: "latin_1",
  latin1: "latin_1",
  l1: "latin_1",
  iso8859_1: "latin_1",
  iso_8859_1: "latin_1",
  iso_8859_1_1987: "latin_1",
  iso_ir_100: "latin_1",
  ibm819: "latin_1",
  cp819: "latin_1",
  "8859": "latin_1",
  csisolatin1: "latin_1",
  "646": "ascii",
  "ansi_x3.4_1968": "ascii",
  ansi_x3_4_1968: "ascii",
  "ansi_x3.4_1986": "ascii",
  cp367: "ascii",
  csascii: "ascii",
  ibm367: "ascii",
  iso646_us: "ascii",
  "iso_646.irv_1991": "ascii",
  iso_ir_6: "ascii",
  us: "ascii",
  us_ascii: "ascii",
  u32: "utf_32",
  utf32: "utf_32",
  utf_32le: "utf_32_le",
  utf_32be: "utf_32_be",
  u16: "utf_16",
  utf16: "utf_16",
  utf_16le: "utf_16_le",
  unicodelittleunmarked: "utf_16_le",
  utf_16be: "utf_16_be",
  unicodebigunmarked: "utf_16_be",
  macroman: "mac_roman",
  macintosh: "mac_roman",
  cskoi8r: "koi8_r",
  csshiftjis: "shift_jis",
  shiftjis: "shift_jis",
  sjis: "shift_jis",
  s_jis: "shift_jis",
  eucjp: "euc_jp",
  ujis: "euc_jp",
  u_jis: "euc_jp",
  euckr: "euc_kr",
  korean: "euc_kr",
  ksc5601: "euc_kr",
  ks_c_5601: "euc_kr",
  ks_c_5601_1987: "euc_kr",
  ksx1001: "euc_kr",
  ks_x_1001: "euc_kr",
  "936": "gbk",
  cp936: "gbk",
  ms936: "gbk",
  chinese: "gb2312",
  csiso58gb231280: "gb2312",
  euc_cn: "gb2312",
  euccn: "gb2312",
  eucgb2312_cn: "gb2312",
  gb2312_1980: "gb2312",
  gb2312_80: "gb2312",
  iso_ir_58: "gb2312",
  gb18030_2000: "gb18030",
  big5_tw: "big5",
  csbig5: "big5",
  "932": "cp932",
  ms932: "cp932",
  mskanji: "cp932",
  ms_kanji: "cp932",
  "949": "cp949",
  ms949: "cp949",
  uhc: "cp949",
  csiso2022jp: "iso2022_jp",
  iso2022jp: "iso2022_jp",
  iso_2022_jp: "iso2022_jp",
};

/** Python codec module -> WHATWG label for TextDecoder (those not decoded by hand below). */
const DECODER_LABELS: Record<string, string> = {
  utf_16: "utf-16le",
  utf_16_le: "utf-16le",
  utf_16_be: "utf-16be",
  koi8_r: "koi8-r",
  koi8_u: "koi8-u",
  mac_roman: "macintosh",
  mac_cyrillic: "x-mac-cyrillic",
  shift_jis: "shift_jis",
  cp932: "shift_jis",
  euc_jp: "euc-jp",
  iso2022_jp: "iso-2022-jp",
  euc_kr: "euc-kr",
  cp949: "euc-kr",
  gbk: "gbk",
  gb2312: "gbk",
  gb18030: "gb18030",
  big5: "big5",
  cp866: "ibm866",
  cp874: "windows-874",
};
for (let n = 1250; n <= 1258; n++) {
  DECODER_LABELS[`cp${n}`] = `windows-${n}`;
  ALIASES[`windows_${n}`] = `cp${n}`;
}
for (const n of [2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16]) {
  DECODER_LABELS[`iso8859_${n}`] = `iso-8859-${n}`;
  ALIASES[`iso_8859_${n}`] = `iso8859_${n}`;
  ALIASES[`iso8859${n}`] = `iso8859_${n}`;
}

/** encodings.normalize_encoding, then the alias table: the codec module a name designates. */
function codecModuleName(name: string): string {
  const norm = name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return ALIASES[norm] ?? ALIASES[norm.replace(/\./g, "_")] ?? norm;
}

class DecodeError extends Error {}

function decodeLatin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

function decodeAscii(bytes: Uint8Array, strict: boolean): string {
  let s = "";
  for (const b of bytes) {
    if (b >= 0x80) {
      if (strict) throw new DecodeError();
      s += "\ufffd";
    } else s += String.fromCharCode(b);
  }
  return s;
}

function textDecoderCodec(name: string, label: string, stripBom = false): Codec {
  const decoders = new Map<boolean, TextDecoder>();
  return {
    name,
    decode(bytes, strict) {
      try {
        let decoder = decoders.get(strict);
        if (decoder === undefined) {
          decoder = new TextDecoder(label, { fatal: strict, ignoreBOM: !stripBom });
          decoders.set(strict, decoder);
        }
        return decoder.decode(bytes);
      } catch {
        throw new DecodeError();
      }
    },
  };
}

/** cp1252's bytes 0x80-0x9F (Node's TextDecoder reads "windows-1252" as Latin-1); 0 where undefined. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

function decodeCp1252(bytes: Uint8Array, strict: boolean): string {
  let s = "";
  for (const b of bytes) {
    if (b < 0x80 || b >= 0xa0) s += String.fromCharCode(b);
    else if (CP1252_HIGH[b - 0x80] !== 0) s += String.fromCharCode(CP1252_HIGH[b - 0x80]);
    else if (strict) throw new DecodeError();
    else s += "\ufffd";
  }
  return s;
}

/** UTF-32 (with BOM detection, little-endian by default, as Python on little-endian machines). */
function utf32Decoder(order: "bom" | "le" | "be"): (bytes: Uint8Array, strict: boolean) => string {
  return (bytes, strict) => {
    let little = order !== "be";
    let i = 0;
    if (order === "bom" && bytes.length >= 4) {
      if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) i = 4;
      else if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) {
        little = false;
        i = 4;
      }
    }
    let s = "";
    for (; i + 4 <= bytes.length; i += 4) {
      const cp = little
        ? (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)) >>> 0
        : ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        if (strict) throw new DecodeError();
        s += "\ufffd";
      } else s += String.fromCodePoint(cp);
    }
    if (i < bytes.length) {
      if (strict) throw new DecodeError();
      s += "\ufffd";
    }
    return s;
  };
}

const codecCache = new Map<string, Codec | null>();

/** codecs.lookup(name): the codec, or null where Python raises LookupError (or we cannot decode it). */
export function lookupCodec(name: string): Codec | null {
  const module = codecModuleName(name);
  let codec = codecCache.get(module);
  if (codec !== undefined) return codec;
  if (module === "utf_8") codec = textDecoderCodec(module, "utf-8");
  else if (module === "utf_8_sig") codec = textDecoderCodec(module, "utf-8", true);
  else if (module === "latin_1") codec = { name: module, decode: (b) => decodeLatin1(b) };
  else if (module === "ascii") codec = { name: module, decode: decodeAscii };
  else if (module === "cp1252") codec = { name: module, decode: decodeCp1252 };
  else if (module === "utf_32") codec = { name: module, decode: utf32Decoder("bom") };
  else if (module === "utf_32_le") codec = { name: module, decode: utf32Decoder("le") };
  else if (module === "utf_32_be") codec = { name: module, decode: utf32Decoder("be") };
  else if (DECODER_LABELS[module] !== undefined) {
    try {
      new TextDecoder(DECODER_LABELS[module]);
      codec = textDecoderCodec(module, DECODER_LABELS[module]);
    } catch {
      codec = null;
    }
  } else codec = null;
  codecCache.set(module, codec);
  return codec;
}

/** Decodes with errors="replace" (what the tokenizer does with each line it reads). */
export function decodeReplacing(bytes: Uint8Array, encoding: string): string {
  const codec = lookupCodec(encoding);
  if (codec === null) throw new PyException("LookupError", [`unknown encoding: ${encoding}`]);
  return codec.decode(bytes, false);
}

/** Decodes with errors="strict"; null when the bytes are not valid in that encoding. */
export function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  const codec = lookupCodec(encoding);
  if (codec === null) return null;
  try {
    return codec.decode(bytes, true);
  } catch (e) {
    if (e instanceof DecodeError) return null;
    throw e;
  }
}

/** The lines `readline` of io.BytesIO returns: each up to and including its b"\n". */
export function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let from = 0;
  while (from < bytes.length) {
    let to = bytes.indexOf(0x0a, from);
    to = to < 0 ? bytes.length : to + 1;
    lines.push(bytes.subarray(from, to));
    from = to;
  }
  return lines;
}

/** tokenize._get_normal_name: the spellings of UTF-8 and Latin-1 that the C tokenizer also normalizes. */
function normalName(orig: string): string {
  const enc = orig.slice(0, 12).toLowerCase().replace(/_/g, "-");
  if (enc === "utf-8" || enc.startsWith("utf-8-")) return "utf-8";
  if (
    enc === "latin-1" ||
    enc === "iso-8859-1" ||
    enc === "iso-latin-1" ||
    enc.startsWith("latin-1-") ||
    enc.startsWith("iso-8859-1-") ||
    enc.startsWith("iso-latin-1-")
  ) {
    return "iso-8859-1";
  }
  return orig;
}

// tokenize's cookie_re and blank_re, over bytes read as Latin-1 (so every byte is one char).
const COOKIE_RE = /^[ \t\f]*#[^\n]*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_RE = /^[ \t\f]*(?:[#\r\n]|$)/;

function hasNull(line: Uint8Array): boolean {
  return line.indexOf(0) >= 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * tokenize.detect_encoding over the lines of `bytes`: the encoding and the (at most two) lines read, the first
 * without its BOM. `filename` is what Python finds in `readline.__self__.name` (none for io.BytesIO).
 */
export function detectEncoding(
  bytes: Uint8Array,
  filename: string | null = null,
): { encoding: string; lines: Uint8Array[] } {
  let pos = 0;
  const readLine = (): Uint8Array => {
    if (pos >= bytes.length) return new Uint8Array(0);
    let to = bytes.indexOf(0x0a, pos);
    to = to < 0 ? bytes.length : to + 1;
    const line = bytes.subarray(pos, to);
    pos = to;
    return line;
  };
  const forFile = (msg: string) => (filename === null ? msg : `${msg} for ${reprFilename(filename)}`);

  let bomFound = false;
  let defaultEncoding = "utf-8";

  const check = (line: Uint8Array, encoding: string): void => {
    if (hasNull(line)) throw bareSyntaxError("source code cannot contain null bytes");
    if (decodeStrict(line, encoding) === null)
      throw bareSyntaxError(forFile("invalid or missing encoding declaration"));
  };

  const findCookie = (line: Uint8Array): string | null => {
    const match = COOKIE_RE.exec(decodeLatin1(line));
    if (match === null) return null;
    // The cookie matched ASCII bytes only, so Latin-1 and UTF-8 read it alike.
    const encoding = normalName(match[1]);
    if (lookupCodec(encoding) === null) {
      throw bareSyntaxError(
        filename === null
          ? `unknown encoding: ${encoding}`
          : `unknown encoding for ${reprFilename(filename)}: ${encoding}`,
      );
    }
    if (bomFound) {
      if (encoding !== "utf-8") {
        throw bareSyntaxError(
          filename === null
            ? "encoding problem: utf-8"
            : `encoding problem for ${reprFilename(filename)}: utf-8`,
        );
      }
      return `${encoding}-sig`;
    }
    return encoding;
  };

  let first = readLine();
  if (first.length >= 3 && first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) {
    bomFound = true;
    first = first.subarray(3);
    defaultEncoding = "utf-8-sig";
  }
  if (first.length === 0) return { encoding: defaultEncoding, lines: [] };

  let encoding = findCookie(first);
  if (encoding !== null) {
    check(first, encoding);
    return { encoding, lines: [first] };
  }
  if (!BLANK_RE.test(decodeLatin1(first))) {
    check(first, defaultEncoding);
    return { encoding: defaultEncoding, lines: [first] };
  }

  const second = readLine();
  if (second.length === 0) {
    check(first, defaultEncoding);
    return { encoding: defaultEncoding, lines: [first] };
  }
  encoding = findCookie(second);
  if (encoding !== null) {
    check(concat(first, second), encoding);
    return { encoding, lines: [first, second] };
  }
  check(concat(first, second), defaultEncoding);
  return { encoding: defaultEncoding, lines: [first, second] };
}

/** repr() of a file name as the messages show it. */
function reprFilename(name: string): string {
  return name.includes("'") && !name.includes('"')
    ? `"${name}"`
    : `'${name.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/**
 * The text the C tokenizer reads when given `encoding`: each line (split after b"\n") decoded on its own,
 * with errors="replace", the BOM already gone.
 */
export function decodeSource(bytes: Uint8Array, encoding: string): string | string[] {
  const enc = encoding === "utf-8-sig" ? "utf-8" : encoding;
  const codec = lookupCodec(enc);
  if (codec === null) throw new PyException("LookupError", [`unknown encoding: ${enc}`]);
  // UTF-8 never spans a b"\n", so the whole text decodes as the lines would.
  if (codec.name === "utf_8") return codec.decode(bytes, false);
  return splitLines(bytes).map((line) => codec.decode(line, false));
}
