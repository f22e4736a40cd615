// Parser snippets (test/fixtures/parse/<case>/input.py): each parses, or fails, exactly as CPython 3.14's ast.parse.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { astFixtures, type ExpectedParse, listCases, readExpected } from "@ophis/oracle";
import { describe, expect, it } from "vitest";
import { dump } from "../src/dump.js";
import { parse } from "../src/parse.js";
import { parseOutcome } from "./parser-support.js";

const cases = listCases(astFixtures.snippets).map((c) => ({
  ...c,
  expected: readExpected<ExpectedParse>(c.dir),
}));
const valid = cases.filter((c) => c.expected !== undefined && "dump" in c.expected);
const invalid = cases.filter((c) => c.expected !== undefined && "error" in c.expected);

/** Cases known not to match CPython yet, one name a line ('#' comments); the list may only shrink. */
const knownFailures = new Set(
  readFileSync(join(astFixtures.snippets, "known-failures.txt"), "utf8")
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter((line) => line.length > 0),
);

const FIELDS = ["type", "msg", "lineno", "offset", "end_lineno", "end_offset"] as const;

/** What we compare: the dump, or the error's type, message and location (not its text). */
function comparable(outcome: ExpectedParse): unknown {
  if ("dump" in outcome) return { dump: outcome.dump };
  return Object.fromEntries(FIELDS.map((k) => [k, outcome.error[k] ?? null]));
}

function matches(c: (typeof cases)[number]): { ours: unknown; theirs: unknown; same: boolean } {
  const ours = comparable(parseOutcome(() => dump(parse(c.input), { includeAttributes: true, indent: 1 })));
  const theirs = comparable(c.expected as ExpectedParse);
  return { ours, theirs, same: JSON.stringify(ours) === JSON.stringify(theirs) };
}

describe("parser snippets", () => {
  it("has CPython's answer for every case, and enough of them", () => {
    expect(cases.filter((c) => c.expected === undefined).map((c) => c.name)).toEqual([]);
    expect(valid.length).toBeGreaterThanOrEqual(400);
    expect(invalid.length).toBeGreaterThanOrEqual(300);
  });

  it("lists only existing cases as known failures", () => {
    const names = new Set(cases.map((c) => c.name));
    expect([...knownFailures].filter((n) => !names.has(n))).toEqual([]);
  });

  it("matches CPython's SyntaxErrors for at least 95% of the invalid snippets", () => {
    const matching = invalid.filter((c) => matches(c).same).length;
    expect(matching / invalid.length).toBeGreaterThanOrEqual(0.95);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (name, c) => {
    const { ours, theirs, same } = matches(c);
    if (knownFailures.has(name)) {
      expect(same, `${name} now matches CPython: remove it from known-failures.txt`).toBe(false);
      return;
    }
    expect(ours).toEqual(theirs);
  });
});
