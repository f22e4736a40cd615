// Every stdlib file unparses to CPython's text, and that text parses back to the same tree.
import { astFixtures, lineDiff, Oracle, readDigests, sha256, stdlibCorpus } from "@ophis/oracle";
import { describe, expect, it } from "vitest";
import { dump } from "../src/dump.js";
import { parse } from "../src/parse.js";
import { unparse } from "../src/unparse/unparser.js";

const files = stdlibCorpus();
const digests = readDigests(astFixtures.unparseDigests);
let oracle: Promise<Oracle> | undefined;

describe("stdlib corpus, through ast.unparse(ast.parse(bytes))", () => {
  it("has a committed CPython digest for every corpus file", () => {
    expect(files.length).toBeGreaterThan(500);
    expect(files.map((f) => f.path).filter((p) => !digests.has(p))).toEqual([]);
  });

  it.each(files.map((f) => [f.path, f] as const))("%s", async (_path, file) => {
    const ours = unparse(parse(file.bytes));
    if (sha256(ours) === digests.get(file.path)) return;
    oracle ??= Oracle.start();
    const [answer] = (await oracle).astUnparse([file.bytes]);
    const theirs = "unparse" in answer ? answer.unparse : JSON.stringify(answer.error);
    expect.fail(
      sha256(theirs) === digests.get(file.path)
        ? lineDiff(theirs, ours)
        : `the committed digest is stale: run npm run oracle:fixtures -- ast-unparse-corpus\n${lineDiff(theirs, ours)}`,
    );
  });
});

describe("stdlib corpus round trip: parse(unparse(tree)) is the same tree", () => {
  it.each(files.map((f) => [f.path, f] as const))("%s", (_path, file) => {
    const tree = parse(file.bytes);
    const expected = dump(tree, { indent: 1 });
    const actual = dump(parse(unparse(tree)), { indent: 1 });
    if (actual !== expected) expect.fail(lineDiff(expected, actual));
  });
});
