// The AST preprocessor's printf-style rewrite (ast_preprocess.c's optimize_format): `"%s-%r" % (a, b)` with
// only %s/%r/%a conversions compiles as the f-string f"{a!s}-{b!r}".
import type * as A from "@ophis/ast";

const MAXDIGITS = 3;
const PERCENT = 37;

/** A node made by the rewrite: it has no source position, as in CPython. */
function unplaced<T extends { nodeType: string }>(node: T): T {
  return { ...node, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
}

function constant(value: string): A.Constant {
  return unplaced({ nodeType: "Constant", value, kind: null }) as unknown as A.Constant;
}

/** parse_literal: text up to the next lone '%', with '%%' read as '%'. */
function parseLiteral(fmt: string, pos: { at: number }): A.Constant | null {
  const start = pos.at;
  let p = start;
  while (p < fmt.length) {
    if (fmt.charCodeAt(p) !== PERCENT) p++;
    else if (p + 1 < fmt.length && fmt.charCodeAt(p + 1) === PERCENT) p += 2;
    else break;
  }
  pos.at = p;
  if (p === start) return null;
  return constant(fmt.slice(start, p).replaceAll("%%", "%"));
}

/** simple_format_arg_parse and parse_format: one conversion after '%', or null when it is not simple. */
function parseFormat(fmt: string, pos: { at: number }, arg: A.ExprNode): A.FormattedValue | null {
  let p = pos.at;
  let ch = "";
  const next = (): boolean => {
    if (p >= fmt.length) return false;
    ch = fmt[p++];
    return true;
  };
  let leftJustify = false;
  for (;;) {
    if (!next()) return null;
    if (ch === "-") leftJustify = true;
    else if (ch !== "+" && ch !== " " && ch !== "#" && ch !== "0") break;
  }
  let width = -1;
  let prec = -1;
  const isDigit = (): boolean => ch >= "0" && ch <= "9";
  if (isDigit()) {
    width = 0;
    let digits = 0;
    while (isDigit()) {
      width = width * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === ".") {
    if (!next()) return null;
    prec = 0;
    let digits = 0;
    while (isDigit()) {
      prec = prec * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch !== "s" && ch !== "r" && ch !== "a") return null;
  pos.at = p;
  let spec = "";
  if (!leftJustify && width > 0) spec += ">";
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += "." + String(prec);
  const formatSpec =
    spec === ""
      ? null
      : (unplaced({ nodeType: "JoinedStr", values: [constant(spec)] }) as unknown as A.JoinedStr);
  return {
    nodeType: "FormattedValue",
    value: arg,
    conversion: ch.charCodeAt(0),
    format_spec: formatSpec,
    lineno: arg.lineno,
    col_offset: arg.col_offset,
    end_lineno: arg.end_lineno,
    end_col_offset: arg.end_col_offset,
  } as unknown as A.FormattedValue;
}

/** optimize_format: the f-string equal to `fmt % (elts...)`, or null to keep the `%` operation. */
export function percentFormatAsFString(e: A.BinOp): A.JoinedStr | null {
  const lhs = e.left;
  const rhs = e.right;
  if (e.op.nodeType !== "Mod" || lhs.nodeType !== "Constant" || typeof lhs.value !== "string") return null;
  if (rhs.nodeType !== "Tuple" || rhs.elts.some((x) => x.nodeType === "Starred")) return null;
  const fmt = lhs.value;
  const elts = rhs.elts;
  const values: A.ExprNode[] = [];
  const pos = { at: 0 };
  let count = 0;
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit) values.push(lit);
    if (pos.at >= fmt.length) break;
    if (count >= elts.length) return null;
    pos.at++;
    const value = parseFormat(fmt, pos, elts[count]);
    count++;
    if (!value) return null;
    values.push(value);
  }
  if (count < elts.length) return null;
  return { ...e, nodeType: "JoinedStr", values } as unknown as A.JoinedStr;
}
