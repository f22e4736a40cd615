// Every .py file of CPython 3.14's standard library parses exactly as CPython's ast.parse does (dump with positions).
import {
  astFixtures,
  committedDumpOptions,
  expectedParse,
  lineDiff,
  Oracle,
  parseText,
  readDigests,
  sha256,
  stdlibCorpus,
} from "@ophis/oracle";
import { describe, expect, it } from "vitest";
import { dump } from "../src/dump.js";
import { parse } from "../src/parse.js";
import { parseOutcome } from "./parser-support.js";

const files = stdlibCorpus();
const digests = readDigests(astFixtures.corpusDigests);
let oracle: Promise<Oracle> | undefined;

describe("stdlib corpus, through ast.parse(bytes)", () => {
  it("has a committed CPython digest for every corpus file", () => {
    expect(files.length).toBeGreaterThan(500);
    expect(files.map((f) => f.path).filter((p) => !digests.has(p))).toEqual([]);
  });

  it.each(files.map((f) => [f.path, f] as const))("%s", async (_path, file) => {
    const ours = parseText(
      parseOutcome(() => dump(parse(file.bytes), { includeAttributes: true, indent: 1 })),
    );
    if (sha256(ours) === digests.get(file.path)) return;
    oracle ??= Oracle.start();
    const theirs = parseText(expectedParse((await oracle).astDump([file.bytes], committedDumpOptions)[0]));
    expect.fail(
      sha256(theirs) === digests.get(file.path)
        ? lineDiff(theirs, ours)
        : `the committed digest is stale: run npm run oracle:fixtures -- ast-corpus\n${lineDiff(theirs, ours)}`,
    );
  });
});
