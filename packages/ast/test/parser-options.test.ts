// ast.parse with options (test/fixtures/parse-options/<case>/{input.py, options.json}): type_comments, feature_version,
// optimize and modes "single" and "func_type" give exactly CPython 3.14's tree or SyntaxError (expected.json, from the oracle).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ExpectedParse, listCases, readExpected } from "@ophis/oracle";
import { describe, expect, it } from "vitest";
import { dump } from "../src/dump.js";
import { type ParseOptions, parse } from "../src/parse.js";
import { parseOutcome } from "./parser-support.js";

const suite = join(import.meta.dirname, "fixtures", "parse-options");

/** options.json holds ast.parse's keyword arguments, as the oracle takes them. */
interface PyOptions {
  mode?: ParseOptions["mode"];
  type_comments?: boolean;
  feature_version?: number;
  optimize?: number;
}

const cases = listCases(suite).map((c) => ({
  ...c,
  options: JSON.parse(readFileSync(join(c.dir, "options.json"), "utf8")) as PyOptions,
  expected: readExpected<ExpectedParse>(c.dir),
}));

const FIELDS = ["type", "msg", "lineno", "offset", "end_lineno", "end_offset"] as const;

function comparable(outcome: ExpectedParse): unknown {
  if ("dump" in outcome) return { dump: outcome.dump };
  return Object.fromEntries(FIELDS.map((k) => [k, outcome.error[k] ?? null]));
}

/** Our options for a case; feature_version goes in as [3, minor] so both spellings are exercised (with the unit test). */
function ours(o: PyOptions): ParseOptions {
  const fv = o.feature_version;
  return {
    mode: o.mode,
    typeComments: o.type_comments,
    featureVersion: fv === undefined ? undefined : [3, fv],
    optimize: o.optimize,
  };
}

describe("ast.parse options", () => {
  it("has CPython's answer for every case, and enough of each kind", () => {
    expect(cases.filter((c) => c.expected === undefined).map((c) => c.name)).toEqual([]);
    const count = (prefix: string) => cases.filter((c) => c.name.startsWith(prefix)).length;
    expect(count("tc-")).toBeGreaterThanOrEqual(40);
    expect(count("fv-")).toBeGreaterThanOrEqual(20);
    expect(count("opt-")).toBeGreaterThanOrEqual(10);
  });

  it("takes a bare minor version, and refuses a major version other than 3", () => {
    const src = "match x:\n    case 1: pass\n";
    expect(() => parse(src, { featureVersion: 9 })).toThrow(
      "Pattern matching is only supported in Python 3.10",
    );
    expect(() => parse(src, { featureVersion: [3, 9] })).toThrow(
      "Pattern matching is only supported in Python 3.10",
    );
    expect(parse(src, { featureVersion: 10 }).nodeType).toBe("Module");
    expect(() => parse("x", { featureVersion: [2, 7] as never })).toThrow("Unsupported major version: 2");
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const got = parseOutcome(() =>
      dump(parse(c.input, ours(c.options)), { includeAttributes: true, indent: 1 }),
    );
    expect(comparable(got)).toEqual(comparable(c.expected as ExpectedParse));
  });
});
