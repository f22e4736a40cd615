// Every .py file of CPython 3.14's standard library tokenizes exactly as CPython's tokenize.tokenize does.
import {
  comparable,
  lineDiff,
  Oracle,
  readDigests,
  sha256,
  stdlibCorpus,
  tokenizerFixtures,
  tokenStreamText,
} from "@ophis/oracle";
import { tokenize } from "@ophis/tokenizer";
import { describe, expect, it } from "vitest";
import { collect } from "./support.js";

const files = stdlibCorpus();
const digests = readDigests(tokenizerFixtures.corpusDigests);
let oracle: Promise<Oracle> | undefined;

describe("stdlib corpus, through tokenize(bytes)", () => {
  it("has a committed CPython digest for every corpus file", () => {
    expect(files.length).toBeGreaterThan(500);
    expect(files.map((f) => f.path).filter((p) => !digests.has(p))).toEqual([]);
  });

  it.each(files.map((f) => [f.path, f] as const))("%s", async (_path, file) => {
    const { tokens, error } = collect(() => tokenize(file.bytes));
    const ours = tokenStreamText(tokens, error);
    if (sha256(ours) === digests.get(file.path)) return;
    oracle ??= Oracle.start();
    const expected = comparable((await oracle).tokens([file.bytes])[0]);
    const theirs = tokenStreamText(expected.tokens, expected.error);
    expect.fail(
      sha256(theirs) === digests.get(file.path)
        ? lineDiff(theirs, ours)
        : `the committed digest is stale: run npm run oracle:fixtures -- tokenizer-corpus\n${lineDiff(theirs, ours)}`,
    );
  });
});
