// tokenize.untokenize: tokens back to source (Lib/tokenize.py's Untokenizer, full and (type, string) compat modes).
import { lookupCodec } from "./encoding.js";
import { PyException } from "./errors.js";
import { tok } from "./token.js";
import type { TokenInfo } from "./tokenizer.js";

/** What untokenize accepts: TokenInfo objects, 5-element rows, or (type, string) pairs. */
export type UntokenizeInput =
  | TokenInfo
  | readonly [number, string]
  | readonly [number, string, readonly [number, number], readonly [number, number], string];

interface Full {
  type: number;
  string: string;
  start: readonly [number, number];
  end: readonly [number, number];
  line: string;
}

/** Python's len(t) for the shapes accepted. */
function arity(t: UntokenizeInput): number {
  return Array.isArray(t) ? t.length : 5;
}

function asFull(t: UntokenizeInput): Full {
  if (Array.isArray(t)) {
    const [type, string, start, end, line] = t as unknown as [
      number,
      string,
      [number, number],
      [number, number],
      string,
    ];
    return { type, string, start, end, line };
  }
  return t as TokenInfo;
}

function typeAndString(t: UntokenizeInput): [number, string] {
  if (Array.isArray(t)) return [t[0] as number, t[1] as string];
  const info = t as TokenInfo;
  return [info.type, info.string];
}

/** str.isspace for one character. */
function isSpace(ch: string): boolean {
  return /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(ch);
}

/** Occurrences of `sub` in `s`, not overlapping (str.count). */
function count(s: string, sub: string): number {
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** str.splitlines()[-1] (the text has at least one character here). */
function lastLine(s: string): string {
  const parts = s.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/);
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  return parts[parts.length - 1];
}

function popIndent(indents: string[]): void {
  if (indents.length === 0) throw new PyException("IndexError", ["pop from empty list"]);
  indents.pop();
}

class Untokenizer {
  readonly tokens: string[] = [];
  prevRow = 1;
  prevCol = 0;
  prevType: number | null = null;
  prevLine = "";
  encoding: string | null = null;

  addWhitespace(start: readonly [number, number]): void {
    const [row, col] = start;
    if (row < this.prevRow || (row === this.prevRow && col < this.prevCol)) {
      throw new PyException("ValueError", [
        `start (${row},${col}) precedes previous end (${this.prevRow},${this.prevCol})`,
      ]);
    }
    this.addBackslashContinuation(start);
    const colOffset = col - this.prevCol;
    if (colOffset) this.tokens.push(" ".repeat(Math.max(0, colOffset)));
  }

  /** Rows skipped without a newline token were backslash continuations: restore them. */
  addBackslashContinuation(start: readonly [number, number]): void {
    const rowOffset = start[0] - this.prevRow;
    if (rowOffset === 0) return;
    const newline = this.prevLine.endsWith("\r\n") ? "\r\n" : "\n";
    const line = this.prevLine.replace(/[\\\r\n]+$/, "");
    // The trailing whitespace, collected from the end (so reversed, as CPython does).
    let ws = "";
    const chars = Array.from(line);
    for (let i = chars.length - 1; i >= 0 && isSpace(chars[i]); i--) ws += chars[i];
    this.tokens.push(ws + `\\${newline}`.repeat(Math.max(0, rowOffset)));
    this.prevCol = 0;
  }

  /** Doubles `{` and `}` of a literal part, except the braces of a \N{...} escape. */
  escapeBrackets(token: string): string {
    const characters: string[] = [];
    let consumeUntilNextBracket = false;
    for (const character of token) {
      if (character === "}") {
        if (consumeUntilNextBracket) consumeUntilNextBracket = false;
        else characters.push(character);
      }
      if (character === "{") {
        let backslashes = 0;
        for (let i = characters.length - 2; i >= 0 && characters[i] === "\\"; i--) backslashes++;
        if (backslashes % 2 === 0 || characters[characters.length - 1] !== "N") characters.push(character);
        else consumeUntilNextBracket = true;
      }
      characters.push(character);
    }
    return characters.join("");
  }

  untokenize(iterable: Iterable<UntokenizeInput>): string {
    const it = iterable[Symbol.iterator]();
    const indents: string[] = [];
    let startline = false;
    for (let next = it.next(); !next.done; next = it.next()) {
      const t = next.value;
      if (arity(t) === 2) {
        this.compat(t, it);
        break;
      }
      const { type, start, line } = asFull(t);
      let { string: token, end } = asFull(t);
      if (type === tok.ENCODING) {
        this.encoding = token;
        continue;
      }
      if (type === tok.ENDMARKER) break;
      if (type === tok.INDENT) {
        indents.push(token);
        continue;
      } else if (type === tok.DEDENT) {
        popIndent(indents);
        [this.prevRow, this.prevCol] = end;
        continue;
      } else if (type === tok.NEWLINE || type === tok.NL) {
        startline = true;
      } else if (startline && indents.length > 0) {
        const indent = indents[indents.length - 1];
        if (start[1] >= indent.length) {
          this.tokens.push(indent);
          this.prevCol = indent.length;
        }
        startline = false;
      } else if (type === tok.FSTRING_MIDDLE || type === tok.TSTRING_MIDDLE) {
        if (token.includes("{") || token.includes("}")) {
          token = this.escapeBrackets(token);
          const last = lastLine(token);
          end = [end[0], end[1] + count(last, "{{") + count(last, "}}")];
        }
      }
      this.addWhitespace(start);
      this.tokens.push(token);
      [this.prevRow, this.prevCol] = end;
      if (type === tok.NEWLINE || type === tok.NL) {
        this.prevRow += 1;
        this.prevCol = 0;
      }
      this.prevType = type;
      this.prevLine = line;
    }
    return this.tokens.join("");
  }

  compat(first: UntokenizeInput, rest: Iterator<UntokenizeInput>): void {
    const indents: string[] = [];
    const tokens = this.tokens;
    const firstType = typeAndString(first)[0];
    let startline = firstType === tok.NEWLINE || firstType === tok.NL;
    let prevstring = false;
    let inFStringOrTString = 0;
    for (let t: UntokenizeInput | undefined = first; t !== undefined; ) {
      let [toknum, tokval] = typeAndString(t);
      const next = rest.next();
      t = next.done ? undefined : next.value;
      if (toknum === tok.ENCODING) {
        this.encoding = tokval;
        continue;
      }
      if (toknum === tok.NAME || toknum === tok.NUMBER) tokval += " ";
      // Two strings in a row need a space between them.
      if (toknum === tok.STRING) {
        if (prevstring) tokval = ` ${tokval}`;
        prevstring = true;
      } else {
        prevstring = false;
      }
      if (toknum === tok.FSTRING_START || toknum === tok.TSTRING_START) inFStringOrTString++;
      else if (toknum === tok.FSTRING_END || toknum === tok.TSTRING_END) inFStringOrTString--;
      if (toknum === tok.INDENT) {
        indents.push(tokval);
        continue;
      } else if (toknum === tok.DEDENT) {
        popIndent(indents);
        continue;
      } else if (toknum === tok.NEWLINE || toknum === tok.NL) {
        startline = true;
      } else if (startline && indents.length > 0) {
        tokens.push(indents[indents.length - 1]);
        startline = false;
      } else if (toknum === tok.FSTRING_MIDDLE || toknum === tok.TSTRING_MIDDLE) {
        tokval = this.escapeBrackets(tokval);
      }
      // `{{` or `}}` would read as an escape inside an f-string or t-string.
      if (
        (tokval === "{" || tokval === "}") &&
        tokens.length > 0 &&
        tokens[tokens.length - 1] === tokval &&
        inFStringOrTString
      ) {
        tokval = ` ${tokval}`;
      }
      if (
        (toknum === tok.STRING || toknum === tok.FSTRING_START) &&
        (this.prevType === tok.STRING || this.prevType === tok.FSTRING_END)
      ) {
        tokens.push(" ");
      }
      tokens.push(tokval);
      this.prevType = toknum;
    }
  }
}

/**
 * tokenize.untokenize: source text from tokens; bytes in the ENCODING token's encoding when the stream has one.
 */
export function untokenize(tokens: Iterable<UntokenizeInput>): string | Uint8Array {
  const ut = new Untokenizer();
  const out = ut.untokenize(tokens);
  if (ut.encoding !== null) return encode(out, ut.encoding);
  return out;
}

/** str.encode(encoding) for the encodings tokenize reports. */
export function encode(text: string, encoding: string): Uint8Array {
  const codec = lookupCodec(encoding);
  if (codec === null) throw new PyException("LookupError", [`unknown encoding: ${encoding}`]);
  if (codec.name === "utf_8" || codec.name === "utf_8_sig") {
    const bad = text.search(/\p{Cs}/u);
    if (bad >= 0) {
      const index = Array.from(text.slice(0, bad)).length;
      throw new PyException("UnicodeEncodeError", [
        "utf-8",
        text,
        index,
        index + 1,
        "surrogates not allowed",
      ]);
    }
    const body = new TextEncoder().encode(text);
    if (codec.name === "utf_8") return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  // Single-byte codecs: invert the decoding table.
  const table = new Map<number, number>();
  for (let b = 255; b >= 0; b--) {
    const ch = codec.decode(new Uint8Array([b]), false);
    if (ch.length === 1 && ch !== "\ufffd") table.set(ch.charCodeAt(0), b);
  }
  const limit = codec.name === "ascii" ? 128 : 256;
  const cps = Array.from(text);
  const out = new Uint8Array(cps.length);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i].codePointAt(0) ?? 0;
    const b = table.get(cp);
    if (b === undefined) {
      const reason =
        codec.name === "ascii" || codec.name === "latin_1"
          ? `ordinal not in range(${limit})`
          : "character maps to <undefined>";
      const name = codec.name === "latin_1" ? "latin-1" : codec.name === "ascii" ? "ascii" : encoding;
      throw new PyException("UnicodeEncodeError", [name, text, i, i + 1, reason]);
    }
    out[i] = b;
  }
  return out;
}
