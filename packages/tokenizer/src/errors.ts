// PyException, the one error type this package throws, and constructors for the Python exceptions tokenize raises.
import { reprValue } from "./pyrepr.js";

/** The attributes a Python SyntaxError (or subclass) carries; null where Python has None. */
export interface SyntaxErrorFields {
  msg: string;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  endLineno: number | null;
  endOffset: number | null;
  text: string | null;
}

const SYNTAX_ERROR_TYPES = new Set(["SyntaxError", "IndentationError", "TabError", "IncompleteInputError"]);

/**
 * A Python exception: `pyType` is its qualified name without "builtins." and `args` its JSON-like `e.args`
 * (tuples as arrays). SyntaxError and subclasses also carry their attributes (msg, filename, lineno, ...).
 */
export class PyException extends Error {
  readonly pyType: string;
  readonly args: unknown[];
  readonly msg?: string;
  readonly filename?: string | null;
  readonly lineno?: number | null;
  readonly offset?: number | null;
  readonly endLineno?: number | null;
  readonly endOffset?: number | null;
  readonly text?: string | null;

  constructor(pyType: string, args: unknown[], fields?: SyntaxErrorFields) {
    super(pyStr(pyType, args, fields));
    this.name = pyType;
    this.pyType = pyType;
    this.args = args;
    if (fields !== undefined) {
      this.msg = fields.msg;
      this.filename = fields.filename;
      this.lineno = fields.lineno;
      this.offset = fields.offset;
      this.endLineno = fields.endLineno;
      this.endOffset = fields.endOffset;
      this.text = fields.text;
    }
  }

  /** True for SyntaxError and its subclasses. */
  get isSyntaxError(): boolean {
    return SYNTAX_ERROR_TYPES.has(this.pyType);
  }
}

/** str(e) as Python computes it for these exception types. */
function pyStr(pyType: string, args: unknown[], fields?: SyntaxErrorFields): string {
  if (fields !== undefined) {
    // SyntaxError.__str__: "msg (file, line N)" when both are known.
    const file =
      fields.filename === null ? null : fields.filename.slice(fields.filename.lastIndexOf("/") + 1);
    if (file !== null && fields.lineno !== null) return `${fields.msg} (${file}, line ${fields.lineno})`;
    if (file !== null) return `${fields.msg} (${file})`;
    if (fields.lineno !== null) return `${fields.msg} (line ${fields.lineno})`;
    return fields.msg;
  }
  if (pyType === "UnicodeDecodeError" || pyType === "UnicodeEncodeError")
    return unicodeErrorStr(pyType, args);
  if (args.length === 0) return "";
  if (args.length === 1) return typeof args[0] === "string" ? args[0] : reprValue(args[0]);
  return reprValue(args);
}

function unicodeErrorStr(pyType: string, args: unknown[]): string {
  const [encoding, object, start, end, reason] = args as [string, unknown, number, number, string];
  if (pyType === "UnicodeDecodeError") {
    const bytes = bytesOfArg(object as unknown as { bytes: string });
    if (end === start + 1) {
      return `'${encoding}' codec can't decode byte 0x${bytes[start].toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const text = [...(object as string)];
  if (end === start + 1) {
    const cp = text[start].codePointAt(0) ?? 0;
    const esc =
      cp <= 0xff
        ? `\\x${cp.toString(16).padStart(2, "0")}`
        : cp <= 0xffff
          ? `\\u${cp.toString(16).padStart(4, "0")}`
          : `\\U${cp.toString(16).padStart(8, "0")}`;
    return `'${encoding}' codec can't encode character '${esc}' in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A bytes object as it appears in `args`: `{ bytes: base64 }` (JSON has no bytes). */
export function bytesArg(bytes: Uint8Array): { bytes: string } {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? BASE64[n & 63] : "=";
  }
  return { bytes: out };
}

/** The bytes of a `{ bytes: base64 }` argument. */
export function bytesOfArg(arg: { bytes: string }): Uint8Array {
  const clean = arg.bytes.replace(/=+$/, "");
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of clean) {
    acc = (acc << 6) | BASE64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return new Uint8Array(out);
}

/** A SyntaxError (or subclass) built from the (msg, (filename, lineno, offset, text, end_lineno, end_offset)) args. */
export function syntaxErrorWithLocation(
  pyType: string,
  msg: string,
  filename: string | null,
  lineno: number | null,
  offset: number | null,
  text: string | null,
  endLineno: number | null,
  endOffset: number | null,
): PyException {
  return new PyException(pyType, [msg, [filename, lineno, offset, text, endLineno, endOffset]], {
    msg,
    filename,
    lineno,
    offset,
    endLineno,
    endOffset,
    text,
  });
}

/** A SyntaxError raised with a message alone, as `raise SyntaxError(msg)` (detect_encoding does so). */
export function bareSyntaxError(msg: string): PyException {
  return new PyException("SyntaxError", [msg], {
    msg,
    filename: null,
    lineno: null,
    offset: null,
    endLineno: null,
    endOffset: null,
    text: null,
  });
}

/** tokenize.TokenError(msg, (lineno, offset)), what a plain SyntaxError from the C tokenizer becomes. */
export function tokenError(msg: string, lineno: number | null, offset: number | null): PyException {
  return new PyException("tokenize.TokenError", [msg, [lineno, offset]]);
}

/** Messages of the C tokenizer (Parser/lexer/lexer.c, Python/Python-tokenize.c) with their exact wording. */
export const Msg = {
  nullBytes: "source code cannot contain null bytes",
  invalidToken: "invalid token",
  eofInStatement: "unexpected EOF in multi-line statement",
  dedent: "unindent does not match any outer indentation level",
  tabSpace: "inconsistent use of tabs and spaces in indentation",
  tooDeep: "too many levels of indentation",
  lineCont: "unexpected character after line continuation character",
  unknown: "unknown tokenization error",
  invalidLiteral: (kind: string) => `invalid ${kind} literal`,
  invalidDigit: (digit: string, kind: string) => `invalid digit '${digit}' in ${kind} literal`,
  leadingZeros:
    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
  incompatiblePrefixes: (a: string, b: string) => `'${a}' and '${b}' prefixes are incompatible`,
  unterminatedString: (line: number) => `unterminated string literal (detected at line ${line})`,
  unterminatedStringEscapedQuote: (line: number) =>
    `unterminated string literal (detected at line ${line}); perhaps you escaped the end quote?`,
  unterminatedTriple: (line: number) =>
    `unterminated triple-quoted string literal (detected at line ${line})`,
  unterminatedFString: (p: string, line: number) =>
    `unterminated ${p}-string literal (detected at line ${line})`,
  unterminatedTripleFString: (p: string, line: number) =>
    `unterminated triple-quoted ${p}-string literal (detected at line ${line})`,
  fstringExpectingBrace: (p: string) => `${p}-string: expecting '}'`,
  fstringSingleBrace: (p: string) => `${p}-string: single '}' is not allowed`,
  fstringUnmatched: (p: string, c: string) => `${p}-string: unmatched '${c}'`,
  fstringTooDeep: (p: string) => `${p}-string: expressions nested too deeply`,
  fstringNewlineInSpec: (p: string) =>
    `${p}-string: newlines are not allowed in format specifiers for single quoted ${p}-strings`,
  tooManyNestedFStrings: "too many nested f-strings or t-strings",
  tooManyParens: "too many nested parentheses",
  unmatched: (c: string) => `unmatched '${c}'`,
  parenMismatch: (close: string, open: string) =>
    `closing parenthesis '${close}' does not match opening parenthesis '${open}'`,
  parenMismatchOnLine: (close: string, open: string, line: number) =>
    `closing parenthesis '${close}' does not match opening parenthesis '${open}' on line ${line}`,
  invalidCharacter: (ch: string, cp: number) => `invalid character '${ch}' (U+${hex4(cp)})`,
  nonPrintable: (cp: number) => `invalid non-printable character U+${hex4(cp)}`,
  invalidEscape: (c: string) =>
    `"\\${c}" is an invalid escape sequence. Did you mean "\\\\${c}"? A raw string is also an option.`,
  eofInMultiLineString: "EOF in multi-line string",
} as const;

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, "0");
}
