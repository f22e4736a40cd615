// The shapes source (src/parser/shapes.ts) makes every node class the parser can make, so its parse keeps them all alive.
import { describe, expect, it } from "vitest";
import { AST, CLASS_SPECS, parse } from "../src/index.js";
import { SHAPES_SOURCE } from "../src/parser/shapes.js";

// Made once per parse of their own modes, never by an exec parse.
const ROOT_MODES = new Set(["Interactive", "Expression", "FunctionType"]);

/** Every node class name in the tree under `node`, the node's own included. */
function classesIn(node: AST, found: Set<string>): Set<string> {
  found.add(node.nodeType);
  for (const field of CLASS_SPECS.get(node.nodeType)?.fields ?? []) {
    const value = (node as unknown as Record<string, unknown>)[field.name];
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child instanceof AST) classesIn(child, found);
    }
  }
  return found;
}

describe("SHAPES_SOURCE", () => {
  // Singleton kinds (Load, Add, ...) are one shared instance each, alive for good without a parse holding them.
  const expected = [...CLASS_SPECS.values()]
    .filter((spec) => !spec.abstract && !spec.singleton && !ROOT_MODES.has(spec.name))
    .map((spec) => spec.name);

  it("covers every concrete node class but the root modes", () => {
    const found = classesIn(parse(SHAPES_SOURCE, { typeComments: true }), new Set());
    expect(expected.filter((name) => !found.has(name))).toEqual([]);
    expect(expected).toEqual(
      expect.arrayContaining(["Module", "Name", "MatchAs", "ParamSpec", "TypeIgnore"]),
    );
  });
});
