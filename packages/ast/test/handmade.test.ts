// Trees no parser makes (NaN, tuple and frozenset constants, odd strings, missing positions), built
// here, rebuilt inside CPython 3.14 from the same JSON, and dumped/unparsed by both.
import { Oracle } from "@ophis/oracle";
import { beforeAll, describe, expect, it } from "vitest";
import * as ast from "../src/index.js";
import { toTagged } from "./support.js";

const { Constant, Expr, Module, Name, JoinedStr, FormattedValue, Interpolation, TemplateStr } = ast;

/** The oracle's tagged JSON of a tree; numbers in `int` fields are Python ints, elsewhere floats. */
function tagNode(value: unknown, isInt = false): unknown {
  if (value instanceof ast.AST) {
    const out: Record<string, unknown> = { _type: value.nodeType };
    const record = value as unknown as Record<string, unknown>;
    const spec = ast.classSpec(value.nodeType);
    for (const f of [...spec.fields, ...spec.attributes]) {
      if (record[f.name] !== undefined) out[f.name] = tagNode(record[f.name], f.type === "int");
    }
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => tagNode(v, isInt));
  if (isInt && typeof value === "number") return value;
  return toTagged(value as ast.LiteralValue);
}

const c = (value: ast.ConstantValue) => new Constant({ value });
const expr = (value: ast.ExprNode) => new Module({ body: [new Expr({ value })] });
const strs = ["a'b\"c", "'''\"\"\"", "ends with '", 'ends with "', "\x00\n\t\\", "\ud800", "\u2028 é 😀", ""];

const CASES: [string, ast.AST][] = [
  ["nan", expr(c(Number.NaN))],
  ["inf", expr(c(Number.POSITIVE_INFINITY))],
  ["negative zero", expr(c(-0))],
  ["floats", expr(new ast.Tuple({ elts: [1e16, 1e-5, 123.456, 5e-324, 2 ** 60].map(c) }))],
  ["complex with real part", expr(c(new ast.PyComplex(1, -2)))],
  ["complex inf", expr(c(new ast.PyComplex(-0, Number.POSITIVE_INFINITY)))],
  ["tuple constant", expr(c(new ast.PyTuple([1n, 2.5, "a", null, ast.Ellipsis])))],
  ["one-tuple constant", expr(c(new ast.PyTuple([1n])))],
  ["frozenset constant", expr(c(new ast.PyFrozenSet([1n])))],
  ["big int", expr(c(2n ** 200n))],
  ...strs.map((s): [string, ast.AST] => [`str ${JSON.stringify(s)}`, expr(c(s))]),
  ...strs.map((s): [string, ast.AST] => [
    `docstring ${JSON.stringify(s)}`,
    new Module({ body: [new Expr({ value: c(s) }), new ast.Pass()] }),
  ]),
  ...strs.map((s): [string, ast.AST] => [
    `f-string ${JSON.stringify(s)}`,
    expr(
      new JoinedStr({
        values: [c(s), new FormattedValue({ value: new Name({ id: "x" }), conversion: 114 }), c("'")],
      }),
    ),
  ]),
  ["bytes", expr(c(new Uint8Array([0, 39, 34, 92, 127, 128, 255])))],
  [
    "interpolation without str",
    expr(
      new TemplateStr({
        values: [new Interpolation({ value: new Name({ id: "y" }), str: null, conversion: -1 })],
      }),
    ),
  ],
  ["name without positions", new Name({ id: "x", lineno: 3 })],
  ["set without items", expr(new ast.Set())],
  ["unary of constant", expr(new ast.UnaryOp({ op: ast.USub(), operand: c(-1n) }))],
  ["attribute of bool", expr(new ast.Attribute({ value: c(true), attr: "real" }))],
];

const PROGRAM = `
import ast, json, sys
def untag(v):
    if isinstance(v, list): return [untag(x) for x in v]
    if not isinstance(v, dict): return v
    if "_type" in v: return getattr(ast, v["_type"])(**{k: untag(x) for k, x in v.items() if k != "_type"})
    if "int" in v: return int(v["int"])
    if "float" in v: return float(v["float"])
    if "complex" in v: return complex(float(v["complex"][0]), float(v["complex"][1]))
    if "bytes" in v: return bytes(v["bytes"])
    if "ellipsis" in v: return ...
    if "tuple" in v: return tuple(untag(x) for x in v["tuple"])
    if "frozenset" in v: return frozenset(untag(x) for x in v["frozenset"])
    raise TypeError(v)
out = []
for tagged in json.load(sys.stdin):
    tree = untag(tagged)
    try: text = ast.unparse(tree)
    except Exception as e: text = "error: " + type(e).__name__
    out.append([ast.dump(tree, include_attributes=True, indent=2), ast.dump(tree, annotate_fields=False, show_empty=True), text, repr(tree)])
print(json.dumps(out))
`;

let expected: [string, string, string, string][];

beforeAll(async () => {
  const oracle = await Oracle.start();
  const [result] = oracle.run([{ source: PROGRAM, stdin: JSON.stringify(CASES.map(([, t]) => tagNode(t))) }]);
  expect(result.stderr).toBe("");
  expected = JSON.parse(result.stdout);
});

describe("hand-built trees", () => {
  it.each(CASES.map(([name, tree], i) => ({ name, tree, i })))("$name", ({ tree, i }) => {
    const [dumped, positional, unparsed, repr] = expected[i];
    expect(ast.dump(tree, { includeAttributes: true, indent: 2 })).toBe(dumped);
    expect(ast.dump(tree, { annotateFields: false, showEmpty: true })).toBe(positional);
    let text: string;
    try {
      text = ast.unparse(tree);
    } catch {
      text = "error";
    }
    expect(text).toBe(unparsed.startsWith("error") ? "error" : unparsed);
    expect(ast.nodeRepr(tree)).toBe(repr);
  });
});
