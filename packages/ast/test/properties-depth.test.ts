// Very deep trees: the ast functions raise CPython's RecursionError, never a JS RangeError.
import { Oracle } from "@ophis/oracle";
import { beforeAll, describe, expect, it } from "vitest";
import * as ast from "../src/index.js";

const trees: [string, () => ast.ModNode][] = [
  // Deep enough that every recursive walk overflows the JS stack, whatever the JIT makes of its frames.
  ["a unary chain 200000 deep, built by hand", () => unaryChain(200_000)],
  ["an attribute chain 30000 long", () => ast.parse(`x${".a".repeat(30_000)}`)],
];

function unaryChain(depth: number): ast.ModNode {
  let e: ast.ExprNode = new ast.Constant({ value: 1n });
  for (let i = 0; i < depth; i++) e = new ast.UnaryOp({ op: ast.USub(), operand: e });
  return new ast.Module({ body: [new ast.Expr({ value: e })], type_ignores: [] });
}

let cpythonMessage: string;
beforeAll(async () => {
  // CPython's recursion limit is lower than our stack, so a tree 1500 deep is enough to see its error.
  const program = [
    "import ast",
    "e = ast.Constant(1)",
    "for _ in range(1500): e = ast.UnaryOp(ast.USub(), e)",
    "for f in (ast.dump, ast.unparse, ast.NodeVisitor().visit):",
    "    try: f(ast.Module([ast.Expr(e)], []))",
    "    except RecursionError as error: print(error)",
  ].join("\n");
  const [answer] = (await Oracle.start()).run([{ source: program }]);
  const messages = new Set(answer.stdout.trim().split("\n"));
  expect(messages.size).toBe(1);
  [cpythonMessage] = messages;
});

function recursionError(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (error instanceof ast.PyException && error.pyType === "RecursionError") return String(error.args[0]);
    throw error;
  }
  return "no error";
}

describe.each(trees)("%s", (_name, build) => {
  const tree = build();

  it("dump and unparse raise CPython's RecursionError", () => {
    expect(recursionError(() => ast.dump(tree))).toBe(cpythonMessage);
    expect(recursionError(() => ast.dump(tree, { indent: 2, includeAttributes: true }))).toBe(cpythonMessage);
    expect(recursionError(() => ast.unparse(tree))).toBe(cpythonMessage);
  });

  it("walk is iterative and sees every node", () => {
    const kinds = new Set<string>();
    let count = 0;
    for (const node of ast.walk(tree)) {
      kinds.add(node.nodeType);
      count++;
    }
    expect(count).toBeGreaterThan(10_000);
    expect(kinds.has("Module")).toBe(true);
  });

  it("NodeVisitor raises RecursionError", () => {
    expect(recursionError(() => new ast.NodeVisitor().visit(tree))).toBe(cpythonMessage);
  });
  it("NodeTransformer raises RecursionError", () => {
    expect(recursionError(() => new ast.NodeTransformer().visit(tree))).toBe(cpythonMessage);
  });
  it("compare raises RecursionError", () => {
    expect(recursionError(() => ast.compare(tree, tree))).toBe(cpythonMessage);
  });
  it("fixMissingLocations raises RecursionError", () => {
    expect(recursionError(() => ast.fixMissingLocations(tree))).toBe(cpythonMessage);
  });
});
