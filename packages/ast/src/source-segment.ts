// getSourceSegment: the source text of a node, from its UTF-8 byte columns (as CPython counts them).
import type { AST } from "./nodes/ast.js";

/** Splits like the Python parser: at \r\n, \n and \r only (not \f or \v), keeping the ends. */
export function splitLinesNoFf(source: string, maxLines?: number): string[] {
  const lines: string[] = [];
  let start = 0;
  // CPython's regex also yields a final empty match at the end of the text.
  while (maxLines === undefined || lines.length < maxLines) {
    let end = start;
    while (end < source.length && source[end] !== "\n" && source[end] !== "\r") end++;
    if (end < source.length) end += source[end] === "\r" && source[end + 1] === "\n" ? 2 : 1;
    lines.push(source.slice(start, end));
    if (start === source.length) break;
    start = end;
  }
  return lines;
}

/** `line.encode()[start:end].decode()`, computed on the string: byte columns become UTF-16 offsets. */
function bytesSlice(line: string, start: number, end?: number): string {
  return line.slice(utf16Column(line, start), end === undefined ? undefined : utf16Column(line, end));
}

/** Every character but \f and \t becomes a space, so that a padded first line keeps its columns. */
function padWhitespace(text: string): string {
  return text.replace(/[^\f\t]/gu, " ");
}

interface Located {
  lineno?: number;
  col_offset?: number;
  end_lineno?: number | null;
  end_col_offset?: number | null;
}

/**
 * The text of `source` that produced `node`, or null without a full position. With `padded`, a
 * multi-line segment's first line is padded with spaces to its original column.
 */
export function getSourceSegment(
  source: string,
  node: AST,
  options: { padded?: boolean } = {},
): string | null {
  const n = node as unknown as Located;
  if (n.end_lineno === null || n.end_col_offset === null) return null;
  if (n.lineno === undefined || n.col_offset === undefined) return null;
  if (n.end_lineno === undefined || n.end_col_offset === undefined) return null;
  const lineno = n.lineno - 1;
  const endLineno = n.end_lineno - 1;
  const lines = splitLinesNoFf(source, endLineno + 1);
  if (endLineno === lineno) return bytesSlice(lines[lineno], n.col_offset, n.end_col_offset);
  const padding = options.padded ? padWhitespace(bytesSlice(lines[lineno], 0, n.col_offset)) : "";
  const first = padding + bytesSlice(lines[lineno], n.col_offset);
  const last = bytesSlice(lines[endLineno], 0, n.end_col_offset);
  return [first, ...lines.slice(lineno + 1, endLineno), last].join("");
}

/** Converts a UTF-8 byte column of `line` to a UTF-16 offset (for editors, which count UTF-16 units). */
export function utf16Column(line: string, byteColumn: number): number {
  let bytes = 0;
  let i = 0;
  while (i < line.length && bytes < byteColumn) {
    const cp = line.codePointAt(i)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}
