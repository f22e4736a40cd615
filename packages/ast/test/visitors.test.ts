// NodeVisitor, NodeTransformer, compare, copyLocation and iterFields on the snippet trees, against CPython.
import { Oracle } from "@ophis/oracle";
import { beforeAll, describe, expect, it } from "vitest";
import * as ast from "../src/index.js";
import { fromTagged, loadSnippets } from "./support.js";

const snippets = loadSnippets().filter((s) => !s.expected.error);
const tree = (i: number) => fromTagged(snippets[i].expected.tree) as ast.AST;

// The same transformation on both sides: names upper-cased, `pass` removed, every
// `x` expression statement doubled, and a visitor counting Name nodes.
const PROGRAM = `
import ast, json, sys
class T(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)
    def visit_Pass(self, node):
        return None
    def visit_Expr(self, node):
        self.generic_visit(node)
        if isinstance(node.value, ast.Name):
            return [node, ast.Expr(value=ast.Constant(value=1))]
        return node
class Count(ast.NodeVisitor):
    def __init__(self): self.names = 0
    def visit_Name(self, node):
        self.names += 1
        self.generic_visit(node)
out = []
for request in json.load(sys.stdin):
    tree = ast.parse(request["source"], mode=request.get("mode", "exec"), type_comments=request.get("type_comments", False))
    c = Count(); c.visit(tree)
    fields = [[name, type(value).__name__] for name, value in ast.iter_fields(tree)]
    children = [type(n).__name__ for n in ast.iter_child_nodes(tree)]
    new = T().visit(tree)
    out.append([ast.dump(new, include_attributes=True), c.names, fields, children])
print(json.dumps(out))
`;

class Upper extends ast.NodeTransformer {
  visit_Name(node: ast.Name): ast.TransformResult {
    return ast.copyLocation(new ast.Name({ id: node.id.toUpperCase(), ctx: node.ctx }), node);
  }
  visit_Pass(): ast.TransformResult {
    return null;
  }
  visit_Expr(node: ast.Expr): ast.TransformResult {
    this.genericVisit(node);
    if (node.value.nodeType === "Name")
      return [node, new ast.Expr({ value: new ast.Constant({ value: 1n }) })];
    return node;
  }
}

class Count extends ast.NodeVisitor {
  names = 0;
  visit_Name(node: ast.Name): void {
    this.names++;
    this.genericVisit(node);
  }
}

let expected: [string, number, [string, string][], string[]][];

beforeAll(async () => {
  const oracle = await Oracle.start();
  const requests = snippets.map((s) => ({ source: s.source, ...s.options }));
  const [result] = oracle.run([{ source: PROGRAM, stdin: JSON.stringify(requests) }]);
  expect(result.stderr).toBe("");
  expected = JSON.parse(result.stdout);
});

describe.each(snippets.map((s, i) => ({ name: s.name, i })))("$name", ({ i }) => {
  it("NodeVisitor, iterFields, iterChildNodes", () => {
    const counter = new Count();
    counter.visit(tree(i));
    expect(counter.names).toBe(expected[i][1]);
    const pyType = (v: unknown) =>
      v instanceof ast.AST ? v.nodeType : Array.isArray(v) ? "list" : "NoneType";
    expect([...ast.iterFields(tree(i))].map(([name, value]) => [name, pyType(value)])).toEqual(
      expected[i][2],
    );
    expect([...ast.iterChildNodes(tree(i))].map((n) => n.nodeType)).toEqual(expected[i][3]);
  });

  it("NodeTransformer with copyLocation", () => {
    const transformed = new Upper().visit(tree(i)) as ast.AST;
    expect(ast.dump(transformed, { includeAttributes: true })).toBe(expected[i][0]);
  });

  it("compare", () => {
    expect(ast.compare(tree(i), tree(i), { compareAttributes: true })).toBe(true);
    const moved = ast.incrementLineno(tree(i), 1);
    // TypeIgnore's lineno is a field, so moving it changes the tree itself.
    const hasTypeIgnore = [...ast.walk(tree(i))].some((n) => n.nodeType === "TypeIgnore");
    expect(ast.compare(tree(i), moved)).toBe(!hasTypeIgnore);
    const hasLines = [...ast.walk(tree(i))].some((n) => n._attributes.includes("lineno"));
    expect(ast.compare(tree(i), moved, { compareAttributes: true })).toBe(!hasLines);
    const renamed = new Upper().visit(tree(i)) as ast.AST;
    const changed = ast.dump(renamed) !== ast.dump(tree(i));
    expect(ast.compare(tree(i), renamed)).toBe(!changed);
  });
});
