// Unparsing constants, docstrings, f-strings and t-strings: quote selection that avoids backslashes.
import { type ConstantValue, PyComplex, PyEllipsis, PyTuple } from "../nodes/constant.js";
import type { Constant, FormattedValue, Interpolation } from "../nodes/generated/expr.js";
import type { ExprNode } from "../nodes/generated/unions.js";
import { hexEscape, isPrintable, reprConstant, reprStr } from "../repr.js";
import { next, Precedence } from "./precedence.js";
import { Unparser, type Visitors } from "./unparser.js";

const SINGLE_QUOTES = ["'", '"'];
const MULTI_QUOTES = ['"""', "'''"];
const ALL_QUOTES = [...SINGLE_QUOTES, ...MULTI_QUOTES];

// An AST float of inf stands for an overflowing literal such as 1e999: written back as one.
const INFSTR = "1e309";

/** `c.encode("unicode_escape")` for a backslash or a code point that is not printable. */
function unicodeEscape(ch: string): string {
  switch (ch) {
    case "\\":
      return "\\\\";
    case "\t":
      return "\\t";
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
  }
  return hexEscape(ch.codePointAt(0)!);
}

/**
 * Escapes a string for a literal, choosing among `quoteTypes` those it can use without escaping
 * quotes: returns the escaped body and the usable quotes, best first (CPython's _str_literal_helper).
 */
export function strLiteralHelper(
  string: string,
  quoteTypes: readonly string[] = ALL_QUOTES,
  escapeSpecialWhitespace = false,
): [string, string[]] {
  let escaped = "";
  for (const ch of string) {
    // \n and \t are not printable, but stay literal unless asked (multi-line strings keep them).
    if (!escapeSpecialWhitespace && (ch === "\n" || ch === "\t")) escaped += ch;
    else if (ch === "\\" || !isPrintable(ch.codePointAt(0)!)) escaped += unicodeEscape(ch);
    else escaped += ch;
  }
  let possible = [...quoteTypes];
  if (escaped.includes("\n")) possible = possible.filter((q) => MULTI_QUOTES.includes(q));
  possible = possible.filter((q) => !escaped.includes(q));
  if (possible.length === 0) {
    // No quote fits: fall back to repr, keeping a quote of quoteTypes (triple quotes for docstrings).
    const repr = reprStr(string);
    const quote = quoteTypes.find((q) => q.includes(repr[0])) ?? repr[0];
    return [repr.slice(1, -1), [quote]];
  }
  if (escaped.length > 0) {
    const last = escaped[escaped.length - 1];
    // Prefer a quote that differs from the last character (stable: '''"''' over """\"""").
    possible.sort((a, b) => Number(a[0] === last) - Number(b[0] === last));
    if (possible[0][0] === last) escaped = `${escaped.slice(0, -1)}\\${last}`;
  }
  return [escaped, possible];
}

export function writeStrAvoidingBackslashes(u: Unparser, string: string, quoteTypes = ALL_QUOTES): void {
  const [body, quotes] = strLiteralHelper(string, quoteTypes);
  u.write(`${quotes[0]}${body}${quotes[0]}`);
}

export function writeDocstring(u: Unparser, node: Constant): void {
  u.fill("", false);
  if (node.kind === "u") u.write("u");
  writeStrAvoidingBackslashes(u, node.value as string, MULTI_QUOTES);
}

/** repr of a constant, with infinities and NaNs spelled as literals that evaluate to them. */
export function writeConstant(u: Unparser, value: ConstantValue): void {
  if (typeof value === "number" || value instanceof PyComplex) {
    u.write(reprConstant(value).replaceAll("inf", INFSTR).replaceAll("nan", `(${INFSTR}-${INFSTR})`));
  } else {
    u.write(reprConstant(value));
  }
}

/** Joins the pieces of an f-/t-string under one quote that none of them contains. */
function ftstringHelper(u: Unparser, parts: [value: string, isConstant: boolean][]): void {
  const newParts: string[] = [];
  let quoteTypes = [...ALL_QUOTES];
  let fallbackToRepr = false;
  for (const [part, isConstant] of parts) {
    let value = part;
    if (isConstant) {
      const [escaped, newQuoteTypes] = strLiteralHelper(value, quoteTypes, true);
      if (!newQuoteTypes.some((q) => quoteTypes.includes(q))) {
        fallbackToRepr = true;
        break;
      }
      value = escaped;
      quoteTypes = newQuoteTypes;
    } else {
      if (value.includes("\n")) quoteTypes = quoteTypes.filter((q) => MULTI_QUOTES.includes(q));
      const newQuoteTypes = quoteTypes.filter((q) => !value.includes(q));
      if (newQuoteTypes.length > 0) quoteTypes = newQuoteTypes;
    }
    newParts.push(value);
  }
  if (fallbackToRepr) {
    // No quote works for every part: repr the constant parts and use triple single quotes.
    quoteTypes = ["'''"];
    newParts.length = 0;
    for (const [value, isConstant] of parts) {
      // A leading '"' forces repr to pick single quotes; it is cut off again.
      newParts.push(isConstant ? reprStr(`"${value}`).slice(2, -1) : value);
    }
  }
  u.write(`${quoteTypes[0]}${newParts.join("")}${quoteTypes[0]}`);
}

function writeFtstring(u: Unparser, values: readonly ExprNode[], prefix: string): void {
  u.write(prefix);
  const parts: [string, boolean][] = [];
  for (const value of values) {
    const buffer = u.buffered(() => writeFtstringInner(u, value));
    parts.push([buffer.join(""), value.nodeType === "Constant"]);
  }
  ftstringHelper(u, parts);
}

function writeFtstringInner(u: Unparser, node: ExprNode, isFormatSpec = false): void {
  if (node.nodeType === "JoinedStr") {
    // Both the f-string itself and a format spec.
    for (const value of node.values) writeFtstringInner(u, value, isFormatSpec);
  } else if (node.nodeType === "Constant" && typeof node.value === "string") {
    let value = node.value.replaceAll("{", "{{").replaceAll("}", "}}");
    if (isFormatSpec) {
      value = value
        .replaceAll("\\", "\\\\")
        .replaceAll("'", "\\'")
        .replaceAll('"', '\\"')
        .replaceAll("\n", "\\n");
    }
    u.write(value);
  } else if (node.nodeType === "FormattedValue" || node.nodeType === "Interpolation") {
    writeInterpolation(u, node, node.nodeType === "Interpolation" && node.str !== null);
  } else {
    throw new Error(`ValueError: Unexpected node inside JoinedStr, ${node.nodeType}`);
  }
}

function unparseInterpolationValue(inner: ExprNode): string {
  const unparser = new Unparser();
  unparser.setPrecedence(next(Precedence.TEST), inner);
  return unparser.visit(inner);
}

function writeInterpolation(u: Unparser, node: FormattedValue | Interpolation, useStrAttr: boolean): void {
  u.delimit("{", "}", () => {
    const expr = useStrAttr ? String((node as Interpolation).str) : unparseInterpolationValue(node.value);
    // "{{" would read as an escaped brace.
    if (expr.startsWith("{")) u.write(" ");
    u.write(expr);
    if (node.conversion !== -1) u.write(`!${String.fromCodePoint(node.conversion)}`);
    if (node.format_spec) {
      u.write(":");
      writeFtstringInner(u, node.format_spec, true);
    }
  });
}

export const STRING_VISITORS: Visitors = {
  JoinedStr: (u, node) => writeFtstring(u, node.values, "f"),
  TemplateStr: (u, node) => writeFtstring(u, node.values, "t"),
  FormattedValue: (u, node) => writeInterpolation(u, node, false),
  // With `str` set to None, the value is unparsed instead.
  Interpolation: (u, node) => writeInterpolation(u, node, node.str !== null),
  Constant: (u, node) => {
    const value = node.value;
    if (value instanceof PyTuple) {
      u.delimit("(", ")", () => u.itemsView((item) => writeConstant(u, item), value.items));
    } else if (value instanceof PyEllipsis) {
      u.write("...");
    } else {
      if (node.kind === "u") u.write("u");
      writeConstant(u, value);
    }
  },
};
