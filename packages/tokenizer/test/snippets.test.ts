// Hand-written snippets probing every corner of tokenization, against CPython's committed answers.
import { decodeUtf8, type ExpectedSnippet, listCases, readExpected, tokenizerFixtures } from "@ophis/oracle";
import { generateTokens, tokenize } from "@ophis/tokenizer";
import { describe, expect, it } from "vitest";
import { collect } from "./support.js";

const cases = listCases(tokenizerFixtures.snippets).map((c) => ({
  ...c,
  expected: readExpected<ExpectedSnippet>(c.dir),
}));

describe("tokenizer snippets", () => {
  it("cover at least 300 valid and 80 invalid inputs, all with CPython's expectations", () => {
    expect(cases.filter((c) => c.expected === undefined).map((c) => c.name)).toEqual([]);
    const invalid = cases.filter((c) => c.expected?.tokenize.error !== undefined);
    expect(cases.length - invalid.length).toBeGreaterThanOrEqual(300);
    expect(invalid.length).toBeGreaterThanOrEqual(80);
  });

  describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it("tokenize(bytes) matches CPython", () => {
      expect(collect(() => tokenize(c.input))).toEqual(c.expected?.tokenize);
    });
    const text = decodeUtf8(c.input);
    if (text !== null) {
      it("generateTokens(text) matches CPython", () => {
        expect(collect(() => generateTokens(text))).toEqual(c.expected?.generate_tokens);
      });
    }
  });
});
