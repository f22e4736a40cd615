// What ast.parse does to the tree after parsing (CPython 3.14's Python/future.c and Python/ast_preprocess.c):
// the `from __future__` checks, always, and with optimize > 0 the few foldings the AST optimizer still does.
import { AST } from "../nodes/ast.js";
import {
  Constant,
  type ConstantValue,
  type Expr,
  FormattedValue,
  JoinedStr,
  type ModNode,
  Pass,
  PyComplex,
  type StmtNode,
} from "../nodes/index.js";
import { ParseAbort, syntaxError } from "./errors.js";

/** CPython's known `__future__` features; `annotations` changes what the optimizer visits. */
const FUTURE_FEATURES = new Set([
  "nested_scopes",
  "generators",
  "division",
  "absolute_import",
  "with_statement",
  "print_function",
  "unicode_literals",
  "barry_as_FLUFL",
  "generator_stop",
  "annotations",
]);

/** The first statement's string constant, as `_PyAST_GetDocString`. */
function isDocstring(body: readonly StmtNode[]): boolean {
  if (body.length === 0) return false;
  const s = body[0];
  return s.nodeType === "Expr" && s.value.nodeType === "Constant" && typeof s.value.value === "string";
}

/**
 * `future_parse`: the `from __future__ import` statements at the top of a module (after a docstring) are checked;
 * "braces" and unknown names raise. Returns whether `annotations` was imported.
 */
function futureAnnotations(mod: ModNode, filename: string): boolean {
  if (mod.nodeType !== "Module" && mod.nodeType !== "Interactive") return false;
  const body = mod.body;
  let annotations = false;
  for (let i = isDocstring(body) ? 1 : 0; i < body.length; i++) {
    const s = body[i];
    if (s.nodeType !== "ImportFrom" || s.level !== 0 || s.module !== "__future__") break;
    for (const alias of s.names) {
      const name = alias.name;
      if (name === "annotations") annotations = true;
      if (FUTURE_FEATURES.has(name)) continue;
      const msg = name === "braces" ? "not a chance" : `future feature ${name} is not defined`;
      // PyErr_RangedSyntaxLocationObject: byte columns plus one, and no text (it is read from the file).
      throw new ParseAbort(
        syntaxError(
          "SyntaxError",
          msg,
          filename,
          alias.lineno,
          alias.col_offset + 1,
          null,
          alias.end_lineno ?? alias.lineno,
          (alias.end_col_offset ?? 0) + 1,
        ),
      );
    }
  }
  return annotations;
}

/** `_PyCompile_AstPreprocess` as ast.parse runs it: the future checks, then (optimize > 0) the foldings. */
export function preprocess(mod: ModNode, filename: string, optimize: number): void {
  const annotations = futureAnnotations(mod, filename);
  if (optimize <= 0) return;
  new Folder(optimize, annotations).mod(mod);
}

type Node = AST & { [field: string]: unknown };

const BODY_OWNERS = new Set(["FunctionDef", "AsyncFunctionDef", "ClassDef"]);

/** `astfold_*`: a walk over every expression, replacing nodes in place as `make_const` and COPY_NODE do. */
class Folder {
  constructor(
    readonly optimize: number,
    readonly futureAnnotations: boolean,
  ) {}

  mod(mod: ModNode): void {
    switch (mod.nodeType) {
      case "Module":
        this.body(mod.body);
        break;
      case "Interactive":
        this.list(mod.body);
        break;
      case "Expression":
        mod.body = this.node(mod.body as unknown as Node) as never;
        break;
      default:
        // FunctionType trees are left alone.
        break;
    }
  }

  /** `astfold_body`: at -OO the docstring goes (a lone one becomes `pass`); a string that then leads is wrapped. */
  body(stmts: StmtNode[]): void {
    let docstring = isDocstring(stmts);
    if (docstring && this.optimize >= 2) {
      const st = stmts[0];
      if (stmts.length === 1) {
        stmts[0] = new Pass({
          lineno: st.lineno,
          col_offset: st.col_offset,
          end_lineno: st.lineno,
          end_col_offset: st.col_offset + 4,
        });
      } else {
        stmts.splice(0, 1);
      }
      docstring = false;
    }
    this.list(stmts);
    if (!docstring && isDocstring(stmts)) {
      const st = stmts[0] as Expr;
      st.value = new JoinedStr({
        values: [st.value],
        lineno: st.lineno,
        col_offset: st.col_offset,
        end_lineno: st.end_lineno,
        end_col_offset: st.end_col_offset,
      });
    }
  }

  list(items: unknown[]): void {
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (x instanceof AST) items[i] = this.node(x as Node);
    }
  }

  /** One node, its children first; the node to put in its place. */
  node(n: Node): AST {
    const kind = n.nodeType as string;
    switch (kind) {
      case "Name":
        if (n.id === "__debug__" && (n.ctx as AST).nodeType === "Load")
          return makeConst(n, this.optimize === 0);
        return n;
      case "MatchValue":
        n.value = foldMatchConst(n.value as Node);
        return n;
      case "MatchMapping": {
        const keys = n.keys as Node[];
        for (let i = 0; i < keys.length; i++) keys[i] = foldMatchConst(keys[i]) as Node;
        this.list(n.patterns as unknown[]);
        return n;
      }
    }
    const skipAnnotations = this.futureAnnotations;
    for (const field of n._fields) {
      if (skipAnnotations && (field === "annotation" || field === "returns")) continue;
      if (field === "body" && BODY_OWNERS.has(kind)) {
        this.body(n.body as StmtNode[]);
        continue;
      }
      const v = n[field];
      if (Array.isArray(v)) this.list(v);
      else if (v instanceof AST) n[field] = this.node(v as Node);
    }
    if (kind === "BinOp") return foldBinOp(n);
    return n;
  }
}

/** `make_const`: a Constant where the node was, at its position. */
function makeConst(n: AST & { lineno?: number }, value: ConstantValue): Constant {
  const a = n as unknown as {
    lineno: number;
    col_offset: number;
    end_lineno: number;
    end_col_offset: number;
  };
  return new Constant({
    value,
    lineno: a.lineno,
    col_offset: a.col_offset,
    end_lineno: a.end_lineno,
    end_col_offset: a.end_col_offset,
  });
}

/** `fold_const_match_patterns`: `-NUMBER` and `real ± imag` in patterns become one constant. */
function foldMatchConst(n: Node): AST {
  if (n.nodeType === "UnaryOp") {
    const operand = n.operand as Node;
    if ((n.op as AST).nodeType === "USub" && operand.nodeType === "Constant") {
      return makeConst(n, negate(operand.value as ConstantValue));
    }
    return n;
  }
  if (n.nodeType === "BinOp") {
    const op = (n.op as AST).nodeType;
    const right = n.right as Node;
    if ((op === "Add" || op === "Sub") && right.nodeType === "Constant") {
      n.left = foldMatchConst(n.left as Node);
      const left = n.left as Node;
      if (left.nodeType === "Constant") {
        return makeConst(n, addReal(left.value as ConstantValue, right.value as ConstantValue, op === "Sub"));
      }
    }
  }
  return n;
}

function negate(v: ConstantValue): ConstantValue {
  if (typeof v === "bigint") return -v;
  if (typeof v === "number") return -v;
  if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
  return v;
}

/** real ± complex with 3.14's mixed-mode rule: the real part meets the real part only. */
function addReal(l: ConstantValue, r: ConstantValue, sub: boolean): ConstantValue {
  const lr = typeof l === "bigint" ? Number(l) : l instanceof PyComplex ? l.real : (l as number);
  const li = l instanceof PyComplex ? l.imag : null;
  if (r instanceof PyComplex) {
    if (li !== null) return new PyComplex(sub ? lr - r.real : lr + r.real, sub ? li - r.imag : li + r.imag);
    return new PyComplex(sub ? lr - r.real : lr + r.real, sub ? -r.imag : r.imag);
  }
  if (typeof l === "bigint" && typeof r === "bigint") return sub ? l - r : l + r;
  const rr = typeof r === "bigint" ? Number(r) : (r as number);
  return sub ? lr - rr : lr + rr;
}

/** `fold_binop`: only `'...' % (a, b)` with simple %s/%r/%a units becomes an f-string. */
function foldBinOp(n: Node): AST {
  const lhs = n.left as Node;
  const rhs = n.right as Node;
  if (lhs.nodeType !== "Constant" || typeof lhs.value !== "string") return n;
  if ((n.op as AST).nodeType !== "Mod" || rhs.nodeType !== "Tuple") return n;
  const elts = rhs.elts as Node[];
  for (const e of elts) if (e.nodeType === "Starred") return n;
  return optimizeFormat(n, lhs.value, elts);
}

const NOPOS = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
/** Widths and precisions of more than two digits are left to run time (as C's MAXDIGITS check does). */
const MAXVALUE = 10;
const F_LJUST = 1;

function optimizeFormat(n: Node, fmt: string, elts: Node[]): AST {
  const values: AST[] = [];
  let pos = 0;
  let cnt = 0;
  for (;;) {
    // parse_literal: up to a lone '%', with "%%" made '%'.
    const start = pos;
    let hasPercents = false;
    while (pos < fmt.length) {
      if (fmt.charCodeAt(pos) !== 0x25) pos++;
      else if (pos + 1 < fmt.length && fmt.charCodeAt(pos + 1) === 0x25) {
        hasPercents = true;
        pos += 2;
      } else break;
    }
    if (pos > start) {
      let s = fmt.slice(start, pos);
      if (hasPercents) s = s.replaceAll("%%", "%");
      values.push(new Constant({ value: s, ...NOPOS }));
    }
    if (pos >= fmt.length) break;
    if (cnt >= elts.length) return n; // more format units than items
    pos++;
    const unit = parseFormatUnit(fmt, pos);
    if (unit === null) return n;
    pos = unit.pos;
    const arg = elts[cnt++] as Node & {
      lineno: number;
      col_offset: number;
      end_lineno: number;
      end_col_offset: number;
    };
    const spec = unit.spec;
    if (spec !== 0x73 && spec !== 0x72 && spec !== 0x61) return n; // only %s, %r, %a
    let text = "";
    if (!(unit.flags & F_LJUST) && unit.width > 0) text += ">";
    if (unit.width >= 0) text += String(unit.width);
    if (unit.prec >= 0) text += `.${unit.prec}`;
    values.push(
      new FormattedValue({
        value: arg as never,
        conversion: spec,
        format_spec: text === "" ? null : new Constant({ value: text, ...NOPOS }),
        lineno: arg.lineno,
        col_offset: arg.col_offset,
        end_lineno: arg.end_lineno,
        end_col_offset: arg.end_col_offset,
      }),
    );
  }
  if (cnt < elts.length) return n; // more items than format units
  const a = n as unknown as {
    lineno: number;
    col_offset: number;
    end_lineno: number;
    end_col_offset: number;
  };
  return new JoinedStr({
    values: values as never,
    lineno: a.lineno,
    col_offset: a.col_offset,
    end_lineno: a.end_lineno,
    end_col_offset: a.end_col_offset,
  });
}

/** `simple_format_arg_parse`: flags, width and precision (two digits at most), then the spec char. */
function parseFormatUnit(
  fmt: string,
  pos: number,
): { pos: number; spec: number; flags: number; width: number; prec: number } | null {
  let flags = 0;
  let width = -1;
  let prec = -1;
  let ch: number;
  const len = fmt.length;
  if (pos >= len) return null;
  ch = fmt.charCodeAt(pos++);
  for (;;) {
    if (ch === 0x2d) flags |= F_LJUST;
    else if (ch !== 0x2b && ch !== 0x20 && ch !== 0x23 && ch !== 0x30) break;
    if (pos >= len) return null;
    ch = fmt.charCodeAt(pos++);
  }
  if (ch >= 0x30 && ch <= 0x39) {
    width = 0;
    while (ch >= 0x30 && ch <= 0x39) {
      if (width >= MAXVALUE) return null;
      width = width * 10 + (ch - 0x30);
      if (pos >= len) return null;
      ch = fmt.charCodeAt(pos++);
    }
  }
  if (ch === 0x2e) {
    if (pos >= len) return null;
    ch = fmt.charCodeAt(pos++);
    prec = 0;
    while (ch >= 0x30 && ch <= 0x39) {
      if (prec >= MAXVALUE) return null;
      prec = prec * 10 + (ch - 0x30);
      if (pos >= len) return null;
      ch = fmt.charCodeAt(pos++);
    }
  }
  return { pos, spec: ch, flags, width, prec };
}
