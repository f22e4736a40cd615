// Properties of unparse on generated trees: parse(unparse(t)) is t, and CPython's unparser agrees with ours.
import { lineDiff, Oracle } from "@ophis/oracle";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dump } from "../src/dump.js";
import { walk } from "../src/helpers.js";
import { NODE_TABLE } from "../src/nodes/table.js";
import { parse } from "../src/parse.js";
import { unparse } from "../src/unparse/unparser.js";
import { module } from "./generators.js";

describe("unparse round trip on generated trees", () => {
  it("dump(parse(unparse(t))) equals dump(t)", () => {
    fc.assert(
      fc.property(module, (tree) => {
        const text = unparse(tree);
        const expected = dump(tree, { indent: 1 });
        const actual = dump(parse(text), { indent: 1 });
        if (actual !== expected) expect.fail(`${text}\n${lineDiff(expected, actual)}`);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("unparse against CPython on generated trees", () => {
  it("CPython unparses our text to the same text, and parses it to the same tree", async () => {
    const texts = fc.sample(module, { numRuns: 150, seed: 314 }).map((tree) => unparse(tree));
    const oracle = await Oracle.start();
    const unparsed = oracle.astUnparse(texts);
    const dumped = oracle.astDump(texts, { include_attributes: true });
    texts.forEach((text, i) => {
      expect(unparsed[i], text).toEqual({ unparse: text });
      expect(dumped[i], text).toEqual({ dump: dump(parse(text), { includeAttributes: true }) });
    });
  });
});

describe("the tree generator", () => {
  it("produces every concrete node kind but the other modes' roots and TypeIgnore", () => {
    const seen = new Set<string>();
    for (const tree of fc.sample(module, { numRuns: 1000, seed: 1 }))
      for (const node of walk(tree)) seen.add(node.nodeType);
    const kinds = NODE_TABLE.flatMap((spec) =>
      spec.kind === "sum" ? Object.keys(spec.constructors) : [spec.name],
    );
    expect(kinds.filter((kind) => !seen.has(kind))).toEqual([
      "Interactive",
      "Expression",
      "FunctionType",
      "TypeIgnore",
    ]);
  });
});
