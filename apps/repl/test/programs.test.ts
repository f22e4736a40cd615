// The conformance suite: every program under tests/programs prints what CPython 3.14 printed (stdout, stderr, status).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listPrograms, PROGRAMS_DIR, readExpected, runOphis } from "./programs-support.js";

/** Programs whose output still differs from CPython's; the list must only shrink. */
const knownFailures = new Set(
  readFileSync(`${PROGRAMS_DIR}known-failures.txt`, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#")),
);
const programs = listPrograms();

describe("conformance programs", () => {
  it("has CPython's answer committed for every program", () => {
    expect(programs.length).toBeGreaterThan(0);
    expect(programs.filter((p) => readExpected(p.id) === null).map((p) => p.id)).toEqual([]);
  });

  for (const program of programs) {
    const expected = readExpected(program.id);
    const known = knownFailures.has(program.id);
    it(`${program.id}${known ? " (known failure: must still differ)" : ""}`, () => {
      const actual = runOphis(program);
      if (known) expect(actual).not.toEqual(expected);
      else expect(actual).toEqual(expected);
    });
  }

  it("lists only programs that exist as known failures", () => {
    const ids = new Set(programs.map((p) => p.id));
    expect([...knownFailures].filter((id) => !ids.has(id))).toEqual([]);
  });
});
