// The standard error handlers (strict, ignore, replace, ...) as the built-in codecs call them on a failing range.
import { characterName } from "@ophis/tokenizer";
import { newError, typeError } from "../core.js";
import { unicodeDecodeError, unicodeEncodeError } from "./unicode-errors.js";

const HANDLERS = new Set([
  "strict",
  "ignore",
  "replace",
  "backslashreplace",
  "xmlcharrefreplace",
  "surrogateescape",
  "surrogatepass",
  "namereplace",
]);

function checkHandler(errors: string): void {
  if (!HANDLERS.has(errors)) throw newError("LookupError", `unknown error handler name '${errors}'`);
}

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, "0");
}

/** `\xNN`, `\uNNNN` or `\UNNNNNNNN`: the shortest of the three that holds `c`. */
export function charEscape(c: number): string {
  if (c <= 0xff) return `\\x${hex(c, 2)}`;
  if (c <= 0xffff) return `\\u${hex(c, 4)}`;
  return `\\U${hex(c, 8)}`;
}

export function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/** How surrogatepass writes one code unit for the codec an error names, or null for codecs it does not know. */
interface UnitLayout {
  size: 2 | 3 | 4;
  bigEndian: boolean;
}

function unitLayout(encoding: string): UnitLayout | null {
  switch (encoding.toLowerCase()) {
    case "utf-8":
    case "utf8":
      return { size: 3, bigEndian: true };
    case "utf-16":
    case "utf-16-le":
    case "utf-16le":
      return { size: 2, bigEndian: false };
    case "utf-16-be":
    case "utf-16be":
      return { size: 2, bigEndian: true };
    case "utf-32":
    case "utf-32-le":
    case "utf-32le":
      return { size: 4, bigEndian: false };
    case "utf-32-be":
    case "utf-32be":
      return { size: 4, bigEndian: true };
  }
  return null;
}

/** A failing byte range while decoding: the replacement text and where decoding resumes. */
export interface DecodeContext {
  /** The codec name errors report ('utf-16-le', 'utf7', 'unicodeescape', ...). */
  encoding: string;
  data: Uint8Array;
  errors: string;
}

/** unicode_decode_call_errorhandler: applies ctx.errors to data[start:end]; returns [replacement, resume position]. */
export function decodeFailure(
  ctx: DecodeContext,
  start: number,
  end: number,
  reason: string,
): [string, number] {
  const { data, errors } = ctx;
  checkHandler(errors);
  const fail = () => unicodeDecodeError(ctx.encoding, data, start, end, reason);
  switch (errors) {
    case "ignore":
      return ["", end];
    case "replace":
      return ["\ufffd", end];
    case "backslashreplace": {
      let out = "";
      for (let i = start; i < end; i++) out += `\\x${hex(data[i], 2)}`;
      return [out, end];
    }
    case "surrogateescape": {
      // Only bytes >= 0x80 escape, at most four at a time; decoding goes on after the ones taken.
      let out = "";
      let i = start;
      while (i < end && i - start < 4 && data[i] >= 0x80) out += String.fromCharCode(0xdc00 + data[i++]);
      if (i === start) throw fail();
      return [out, i];
    }
    case "surrogatepass": {
      const layout = unitLayout(ctx.encoding);
      if (layout === null || data.length - start < layout.size) throw fail();
      const c = readUnit(data, start, layout);
      if (!isSurrogate(c)) throw fail();
      return [String.fromCharCode(c), start + layout.size];
    }
    case "xmlcharrefreplace":
    case "namereplace":
      throw typeError("don't know how to handle UnicodeDecodeError in error callback");
  }
  throw fail();
}

function readUnit(data: Uint8Array, at: number, { size, bigEndian }: UnitLayout): number {
  if (size === 3) {
    const [a, b, c] = [data[at], data[at + 1], data[at + 2]];
    if ((a & 0xf0) !== 0xe0 || (b & 0xc0) !== 0x80 || (c & 0xc0) !== 0x80) return -1;
    return ((a & 0x0f) << 12) | ((b & 0x3f) << 6) | (c & 0x3f);
  }
  let c = 0;
  for (let k = 0; k < size; k++) c = c * 256 + data[bigEndian ? at + k : at + size - 1 - k];
  return c;
}

function writeUnit(out: number[], c: number, { size, bigEndian }: UnitLayout): void {
  if (size === 3) {
    out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    return;
  }
  const bytes: number[] = [];
  for (let k = 0; k < size; k++) bytes.push((c >>> (8 * k)) & 0xff);
  out.push(...(bigEndian ? bytes.reverse() : bytes));
}

/** A failing run of characters while encoding: what to put in their place (text to encode, or raw bytes). */
export interface EncodeContext {
  encoding: string;
  /** The text, and the same as code points; errors report positions in it. */
  text: string;
  chars: number[];
  errors: string;
}

export type Replacement = { text: string; bytes?: undefined } | { bytes: number[]; text?: undefined };

/** The UnicodeEncodeError for chars[start:end], to raise when a replacement cannot be written. */
export function encodeFailure(ctx: EncodeContext, start: number, end: number, reason: string) {
  return unicodeEncodeError(ctx.encoding, ctx.text, start, end, reason);
}

/** unicode_encode_call_errorhandler: applies ctx.errors to chars[start:end]; returns the replacement and resume position. */
export function encodeReplacement(
  ctx: EncodeContext,
  start: number,
  end: number,
  reason: string,
): [Replacement, number] {
  const { chars, errors } = ctx;
  checkHandler(errors);
  const run = chars.slice(start, end);
  switch (errors) {
    case "ignore":
      return [{ text: "" }, end];
    case "replace":
      return [{ text: "?".repeat(run.length) }, end];
    case "backslashreplace":
      return [{ text: run.map(charEscape).join("") }, end];
    case "xmlcharrefreplace":
      return [{ text: run.map((c) => `&#${c};`).join("") }, end];
    case "surrogateescape": {
      // The escapable prefix is written; the rest of the run fails from the first character that is not one.
      const ok = run.findIndex((c) => c < 0xdc80 || c > 0xdcff);
      if (ok === 0) throw encodeFailure(ctx, start, end, reason);
      if (ok > 0) return [{ bytes: run.slice(0, ok).map((c) => c - 0xdc00) }, start + ok];
      return [{ bytes: run.map((c) => c - 0xdc00) }, end];
    }
    case "surrogatepass": {
      const layout = unitLayout(ctx.encoding);
      if (layout === null || !run.every(isSurrogate)) throw encodeFailure(ctx, start, end, reason);
      const bytes: number[] = [];
      for (const c of run) writeUnit(bytes, c, layout);
      return [{ bytes }, end];
    }
    case "namereplace": {
      const text = run.map((c) => {
        const name = characterName(c);
        return name === undefined ? charEscape(c) : `\\N{${name}}`;
      });
      return [{ text: text.join("") }, end];
    }
  }
  throw encodeFailure(ctx, start, end, reason);
}

/** How an encoder writes characters and which it cannot: the frame every built-in encoder shares. */
export interface Encoder {
  /** True for characters this codec cannot write. */
  cannot(c: number): boolean;
  write(out: number[], c: number): void;
  reason: string;
  /** Whether failing characters are handled a run at a time (ascii, latin-1, utf-8) or one by one (utf-16, utf-32). */
  runs: boolean;
  /** Whether a handler's text replacement may hold `c` (utf-8, utf-16 and utf-32 take only ASCII). */
  replacementOk(c: number): boolean;
  /** utf-16 and utf-32 take handler bytes only in whole code units. */
  unit: number;
}

/** Encodes ctx.chars, handing each failing run to the error handler and checking what it gives back. */
export function encodeWith(ctx: EncodeContext, enc: Encoder, out: number[] = []): number[] {
  const { chars } = ctx;
  for (let i = 0; i < chars.length; ) {
    const c = chars[i];
    if (!enc.cannot(c)) {
      enc.write(out, c);
      i++;
      continue;
    }
    let j = i + 1;
    if (enc.runs) while (j < chars.length && enc.cannot(chars[j])) j++;
    const [rep, next] = encodeReplacement(ctx, i, j, enc.reason);
    if (rep.bytes !== undefined) {
      if (rep.bytes.length % enc.unit !== 0) throw encodeFailure(ctx, i, j, enc.reason);
      for (const b of rep.bytes) out.push(b);
    } else
      for (const ch of rep.text) {
        const r = ch.codePointAt(0)!;
        if (!enc.replacementOk(r)) throw encodeFailure(ctx, i, j, enc.reason);
        enc.write(out, r);
      }
    i = next;
  }
  return out;
}
