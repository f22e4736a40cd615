// The SyntaxWarning CPython's string decoding gives for the first invalid escape of a str or bytes literal.
import type { Parser } from "./parser.js";

/** Escapes both str and bytes literals accept, after the backslash (newline, \\, quotes, \a \b \f \n \r \t \v, \x). */
const COMMON_ESCAPES = "\n\\'\"abfnrtvx";

/**
 * The first escape the decoder accepts but warns about: an unknown letter after the backslash, or an octal
 * escape above \377. Only the first is reported, as _PyUnicode_DecodeUnicodeEscapeInternal2 records one.
 */
function firstInvalidEscape(body: string, bytes: boolean): { at: number; message: string } | null {
  const n = body.length;
  for (let i = body.indexOf("\\"); i >= 0 && i + 1 < n; i = body.indexOf("\\", i)) {
    const c = body[i + 1];
    if (c >= "0" && c <= "7") {
      let j = i + 1;
      let value = 0;
      while (j < n && j < i + 4 && body[j] >= "0" && body[j] <= "7")
        value = value * 8 + (body.charCodeAt(j++) - 0x30);
      if (value > 0o377)
        return { at: i, message: invalidEscape(value.toString(8), "invalid octal escape sequence") };
      i = j;
      continue;
    }
    // A backslash before a non-ASCII character is kept as a plain backslash, without a warning.
    if (c.charCodeAt(0) >= 0x80) {
      i += 1;
      continue;
    }
    if (COMMON_ESCAPES.includes(c) || (!bytes && (c === "N" || c === "u" || c === "U"))) {
      i += 2;
      continue;
    }
    return { at: i, message: invalidEscape(c, "invalid escape sequence") };
  }
  return null;
}

function invalidEscape(text: string, what: string): string {
  return `"\\${text}" is an ${what}. Such sequences will not work in the future. Did you mean "\\\\${text}"? A raw string is also an option.`;
}

/**
 * warn_invalid_escape_sequence: reports the first invalid escape of a literal body that starts at
 * (lineno, col); the warning's line is the escape's own, which differs in a multi-line string.
 */
export function warnInvalidEscape(
  p: Parser,
  body: string,
  bytes: boolean,
  lineno: number,
  col: number,
): void {
  if (p.warn === undefined || body.indexOf("\\") < 0) return;
  const found = firstInvalidEscape(body, bytes);
  if (found === null) return;
  const key = `${lineno}:${col}`;
  // The second pass of the parser (after an error) decodes the same literals again.
  if (p.warnedAt.has(key)) return;
  p.warnedAt.add(key);
  let line = lineno;
  for (let k = body.indexOf("\n"); k >= 0 && k < found.at; k = body.indexOf("\n", k + 1)) line++;
  p.warn("SyntaxWarning", found.message, line, col, line, col);
}
