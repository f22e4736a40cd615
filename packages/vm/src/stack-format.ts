// One traceback entry as Lib/traceback.py 3.14 formats it: the File line, the source lines and PEP 657 carets.
import { Assign, BinOp, Call, Expr, type expr, Name, parse, Return, Subscript } from "@ophis/ast";

/** Source text by filename, as linecache would read it. */
export type SourceLookup = (filename: string) => string | null;

/** What traceback.FrameSummary holds: the place of one instruction (columns in UTF-8 bytes). */
export interface FrameSummary {
  filename: string;
  lineno: number | null;
  endLineno: number | null;
  colno: number | null;
  endColno: number | null;
  name: string;
}

const RECURSIVE_CUTOFF = 3;

function rstrip(s: string): string {
  return s.replace(/\s+$/u, "");
}

function isBlank(s: string): boolean {
  return /^\s+$/u.test(s);
}

/** textwrap.dedent, with its exact margin rule (common leading spaces/tabs of the lexically smallest and largest lines). */
export function dedent(text: string): string {
  const lines = text.split("\n");
  const nonBlank = lines.filter((l) => l && !isBlank(l));
  let l1 = "";
  let l2 = "";
  if (nonBlank.length) {
    const ordered = [...nonBlank].sort();
    l1 = ordered[0];
    l2 = ordered[ordered.length - 1];
  }
  let margin = 0;
  for (let i = 0; i < l1.length; i++) {
    margin = i;
    const c = l1[i];
    if (c !== l2[i] || (c !== " " && c !== "\t")) break;
  }
  return lines.map((l) => (isBlank(l) ? "" : l.slice(margin))).join("\n");
}

/** str.splitlines(keepends=True) for the separators source text can hold. */
function splitKeepEnds(text: string): string[] {
  return text.match(/[^\n\r]*(\r\n|\n|\r)|[^\n\r]+$/g) ?? [];
}

/** textwrap.indent with a predicate accepting every line. */
function indentAll(text: string, prefix: string): string {
  return splitKeepEnds(text)
    .map((l) => prefix + l)
    .join("");
}

/** A source file's lines as linecache keeps them (without their newlines); empty when it cannot be read. */
function sourceLines(sources: SourceLookup, filename: string): string[] {
  const text = sources(filename);
  return text === null ? [] : text.split(/\r\n|\r|\n/);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Characters (UTF-16 units here) in the first `offset` UTF-8 bytes of `line`. */
function byteToChar(line: string, offset: number): number {
  return decoder.decode(encoder.encode(line).slice(0, offset)).length;
}

/** East Asian wide or fullwidth characters, which a terminal shows two columns wide. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** traceback._display_width: the columns the first `offset` characters take on a terminal. */
function displayWidth(line: string, offset = line.length): number {
  if (/^[\x00-\x7f]*$/.test(line)) return offset;
  let width = 0;
  for (let i = 0; i < offset && i < line.length; i++) {
    const cp = line.codePointAt(i)!;
    width += isWide(cp) ? 2 : 1;
    if (cp > 0xffff) i++;
  }
  return width;
}

interface Anchors {
  leftEndLineno: number;
  leftEndOffset: number;
  rightStartLineno: number;
  rightStartOffset: number;
  primaryChar: string;
  secondaryChar: string;
}

/**
 * traceback._extract_caret_anchors_from_line_segment: for a binary operation the operator, for a subscript or
 * call the bracketed part, found by parsing the segment; null when the segment is none of those.
 */
function extractAnchors(segment: string): Anchors | null {
  let tree: ReturnType<typeof parse>;
  try {
    tree = parse(`(\n${segment}\n)`);
  } catch {
    return null;
  }
  const body = (tree as unknown as { body: unknown[] }).body;
  if (body.length !== 1) return null;
  const lines = segment.split(/\r\n|\r|\n/);
  const normalize = (lineno: number, offset: number) => byteToChar(lines[lineno], offset);
  const nextValid = (lineno: number, col: number): [number, number] => {
    while (lineno < lines.length && col >= lines[lineno].length) {
      col = 0;
      lineno++;
    }
    if (!(lineno < lines.length && col < lines[lineno].length)) throw new Error("no valid position");
    return [lineno, col];
  };
  const increment = (lineno: number, col: number) => nextValid(lineno, col + 1);
  const nextLine = (lineno: number) => nextValid(lineno + 1, 0);
  const incrementUntil = (lineno: number, col: number, stop: (ch: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[lineno][col];
      if (ch === "\\" || ch === "#") [lineno, col] = nextLine(lineno);
      else if (!stop(ch)) [lineno, col] = increment(lineno, col);
      else return [lineno, col];
    }
  };
  const endOf = (e: expr, forceValid = true): [number, number] => {
    const lineno = (e.end_lineno as number) - 2;
    const col = normalize(lineno, e.end_col_offset as number);
    return forceValid ? nextValid(lineno, col) : [lineno, col];
  };
  const anchors = (a: number, b: number, c: number, d: number): Anchors => ({
    leftEndLineno: a,
    leftEndOffset: b,
    rightStartLineno: c,
    rightStartOffset: d,
    primaryChar: "~",
    secondaryChar: "^",
  });
  const statement = body[0];
  if (!(statement instanceof Expr)) return null;
  const e = statement.value;
  try {
    if (e instanceof BinOp) {
      let [lineno, col] = endOf(e.left);
      [lineno, col] = incrementUntil(lineno, col, (ch) => !/\s/u.test(ch) && ch !== ")");
      let rightCol = col + 1;
      const right = e.right;
      if (
        rightCol < lines[lineno].length &&
        ((right.lineno as number) - 2 > lineno ||
          rightCol < normalize((right.lineno as number) - 2, right.col_offset as number)) &&
        !/\s/u.test(lines[lineno][rightCol]) &&
        lines[lineno][rightCol] !== "\\" &&
        lines[lineno][rightCol] !== "#"
      )
        rightCol++;
      return anchors(lineno, col, lineno, rightCol);
    }
    if (e instanceof Subscript || e instanceof Call) {
      const inner = e instanceof Subscript ? e.value : e.func;
      const open = e instanceof Subscript ? "[" : "(";
      let [leftLineno, leftCol] = endOf(inner);
      [leftLineno, leftCol] = incrementUntil(leftLineno, leftCol, (ch) => ch === open);
      const [rightLineno, rightCol] = endOf(e, false);
      return anchors(leftLineno, leftCol, rightLineno, rightCol);
    }
  } catch {
    return null;
  }
  return null;
}

/** StackSummary._should_show_carets: carets are left out when they would underline the whole statement. */
function shouldShowCarets(start: number, end: number, allLines: string[], anchors: Anchors | null): boolean {
  try {
    const tree = parse(allLines.join("\n"));
    const body = (tree as unknown as { body: unknown[] }).body;
    if (!body.length) return false;
    const statement = body[0];
    let value: expr | null = null;
    if (
      statement instanceof Return &&
      statement.value instanceof Call &&
      statement.value.func instanceof Name
    )
      value = statement.value;
    else if (
      statement instanceof Assign &&
      statement.value instanceof Call &&
      statement.targets.length === 1 &&
      statement.targets[0] instanceof Name
    )
      value = statement.value;
    if (
      value !== null &&
      value.lineno === 1 &&
      value.end_lineno === allLines.length &&
      value.col_offset === start &&
      value.end_col_offset === end
    )
      return false;
  } catch {
    // A segment that does not parse as a statement keeps the rules below.
  }
  if (anchors) return true;
  return (
    allLines[0].slice(0, start).trimStart() !== "" || rstrip(allLines[allLines.length - 1].slice(end)) !== ""
  );
}

/** StackSummary.format_frame_summary: the text of one entry. */
function formatFrameSummary(f: FrameSummary, sources: SourceLookup): string {
  let row = `  File "${f.filename}", line ${f.lineno ?? "None"}, in ${f.name}\n`;
  if (f.lineno === null) return row;
  const endLineno = f.endLineno ?? f.lineno;
  const lines = sourceLines(sources, f.filename);
  const original: string[] = [];
  for (let n = f.lineno; n <= endLineno; n++) original.push(rstrip(lines[n - 1] ?? ""));
  const originalText = `${original.join("\n")}\n`;
  const dedented = dedent(originalText);
  if (!dedented.trim()) return row;
  if (f.colno === null || f.endColno === null) return `${row}    ${original[0].trim()}\n`;
  const firstLine = original[0];
  const lastLine = original[endLineno - f.lineno];
  let start = byteToChar(firstLine, f.colno);
  let end = byteToChar(lastLine, f.endColno);
  const allLines = dedented.split(/\r\n|\r|\n/).slice(0, endLineno - f.lineno + 1);
  const dedentChars = firstLine.length - allLines[0].length;
  start = Math.max(0, start - dedentChars);
  end = Math.max(0, end - dedentChars);
  const dpStart = displayWidth(allLines[0], start);
  const dpEnd = displayWidth(allLines[allLines.length - 1], end);
  let segment = allLines.join("\n");
  segment = segment.slice(start, segment.length - (allLines[allLines.length - 1].length - end));
  const anchors = extractAnchors(segment);
  const showCarets = shouldShowCarets(start, end, allLines, anchors);

  const significant = new Set([0, allLines.length - 1]);
  let leftEnd = 0;
  let rightStart = 0;
  if (anchors) {
    leftEnd = anchors.leftEndOffset + (anchors.leftEndLineno === 0 ? start : 0);
    rightStart = anchors.rightStartOffset + (anchors.rightStartLineno === 0 ? start : 0);
    leftEnd = displayWidth(allLines[anchors.leftEndLineno], leftEnd);
    rightStart = displayWidth(allLines[anchors.rightStartLineno], rightStart);
    for (const base of [anchors.leftEndLineno, anchors.rightStartLineno])
      for (let n = base - 1; n <= base + 1; n++) significant.add(n);
  }
  significant.delete(-1);
  significant.delete(allLines.length);

  const result: string[] = [];
  const outputLine = (lineno: number) => {
    const line = allLines[lineno];
    result.push(`${line}\n`);
    if (!showCarets) return;
    const numSpaces = line.length - line.trimStart().length;
    const numCarets = lineno === allLines.length - 1 ? dpEnd : displayWidth(line);
    let carets = "";
    for (let col = 0; col < numCarets; col++) {
      if (col < numSpaces || (lineno === 0 && col < dpStart)) carets += " ";
      else if (
        anchors &&
        (lineno > anchors.leftEndLineno || (lineno === anchors.leftEndLineno && col >= leftEnd)) &&
        (lineno < anchors.rightStartLineno || (lineno === anchors.rightStartLineno && col < rightStart))
      )
        carets += anchors.secondaryChar;
      else carets += anchors ? anchors.primaryChar : "^";
    }
    result.push(`${carets}\n`);
  };
  const sorted = [...significant].sort((a, b) => a - b);
  sorted.forEach((lineno, i) => {
    if (i) {
      const diff = lineno - sorted[i - 1];
      if (diff === 2) outputLine(lineno - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(lineno);
  });
  row += indentAll(dedent(result.join("")), "    ");
  return row;
}

/** StackSummary.format: every entry, collapsing runs of the same line past three into "[Previous line repeated]". */
export function formatStack(stack: FrameSummary[], sources: SourceLookup): string {
  let out = "";
  let last: FrameSummary | null = null;
  let count = 0;
  const repeated = () => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
    }
  };
  for (const f of stack) {
    if (
      last === null ||
      last.filename !== f.filename ||
      last.lineno === null ||
      last.lineno !== f.lineno ||
      last.name !== f.name
    ) {
      repeated();
      last = f;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += formatFrameSummary(f, sources);
  }
  repeated();
  return out;
}
