// ast.parse: CPython 3.14's parser over a str or the bytes of a source file.

import { PyException } from "./errors.js";
import type { ModNode } from "./nodes/generated/unions.js";
import { decodeSource, detectEncoding } from "./parser/lexer-bridge.js";
import { runParser } from "./parser/run.js";

export interface ParseOptions {
  filename?: string;
  /** "exec" (Module), "eval" (Expression), "single" (Interactive) or "func_type" (FunctionType). */
  mode?: "exec" | "eval" | "single" | "func_type";
  /** `# type:` comments read into `type_comment` fields and `type_ignores` (ast.parse's type_comments=True). */
  typeComments?: boolean;
  /** `[3, minor]` or `minor`: the "only supported in Python 3.x and greater" errors of older versions. */
  featureVersion?: [3, number] | number | null;
  /** Above 0: `__debug__` folded, simple `%` formatting made f-strings, pattern constants folded; 2 drops docstrings. */
  optimize?: number;
  /** Receives the parser's SyntaxWarnings (invalid escape sequences); without it they are dropped. */
  warn?: WarnCallback;
}

/** Where compile-time warnings go: category name, message and the position they point at. */
export type WarnCallback = (
  category: string,
  message: string,
  lineno: number,
  col_offset: number,
  end_lineno: number,
  end_col_offset: number,
) => void;

/** The text CPython's tokenizer reads: bytes decoded by their BOM or coding cookie, newlines made "\n". */
function sourceText(source: string | Uint8Array): string {
  let text: string;
  if (typeof source === "string" ? source.indexOf("\0") >= 0 : source.indexOf(0) >= 0) {
    const msg = "source code string cannot contain null bytes";
    throw new PyException("SyntaxError", [msg], {
      msg,
      filename: null,
      lineno: null,
      offset: null,
      endLineno: null,
      endOffset: null,
      text: null,
    });
  }
  if (typeof source === "string") {
    text = source;
  } else {
    const { encoding } = detectEncoding(source);
    const hasBom = source.length >= 3 && source[0] === 0xef && source[1] === 0xbb && source[2] === 0xbf;
    const body = hasBom ? source.subarray(3) : source;
    const decoded = decodeSource(body, encoding === "utf-8-sig" ? "utf-8" : encoding);
    text = typeof decoded === "string" ? decoded : decoded.join("");
  }
  if (text.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
  return text;
}

/** ast.parse(source, filename, mode, ...): the tree of a source text. */
export function parse(source: string | Uint8Array, options: ParseOptions = {}): ModNode {
  const filename = options.filename ?? "<unknown>";
  const fv = options.featureVersion;
  if (Array.isArray(fv) && fv[0] !== 3) {
    const msg = `Unsupported major version: ${fv[0]}`;
    throw new PyException("ValueError", [msg]);
  }
  const featureVersion = fv === null || fv === undefined ? 14 : typeof fv === "number" ? fv : fv[1];
  const text = sourceText(source);
  return runParser(text, {
    filename,
    mode: options.mode ?? "exec",
    featureVersion: featureVersion < 0 ? 14 : featureVersion,
    typeComments: options.typeComments === true,
    optimize: options.optimize ?? -1,
    warn: options.warn,
  });
}
