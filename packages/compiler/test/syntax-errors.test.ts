// Compile-time SyntaxErrors: message and range as CPython's, for every committed snippet (expectations from the oracle).
import { readdirSync, readFileSync } from "node:fs";
import { PyException } from "@ophis/tokenizer";
import { describe, expect, it } from "vitest";
import { compile } from "../src/index.js";

const root = new URL("fixtures/syntax-errors/", import.meta.url);
const cases = readdirSync(root).sort();
/** Cases whose error differs from CPython's; the list must only shrink. */
const knownFailures = new Set(
  readFileSync(new URL("fixtures/syntax-errors-known-failures.txt", import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean),
);

function outcome(source: string): unknown {
  try {
    compile(source, "<test>", "exec");
    return { compiles: true };
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    return {
      type: err.pyType,
      msg: err.msg,
      lineno: err.lineno,
      offset: err.offset,
      end_lineno: err.endLineno,
      end_offset: err.endOffset,
    };
  }
}

describe("compile-time SyntaxErrors", () => {
  it("has at least 60 cases", () => expect(cases.length).toBeGreaterThanOrEqual(60));
  it("matches CPython's errors, apart from the known failures", () => {
    const failing: string[] = [];
    for (const name of cases) {
      const source = readFileSync(new URL(`${name}/input.py`, root), "utf8");
      const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), "utf8"));
      const want =
        "error" in expected
          ? {
              type: expected.error.type,
              msg: expected.error.msg,
              lineno: expected.error.lineno,
              offset: expected.error.offset,
              end_lineno: expected.error.end_lineno,
              end_offset: expected.error.end_offset,
            }
          : { compiles: true };
      if (JSON.stringify(outcome(source)) !== JSON.stringify(want)) failing.push(name);
    }
    console.log(`syntax errors: ${cases.length - failing.length}/${cases.length} match`);
    expect(failing).toEqual([...knownFailures].sort());
  });
});
