// Small programs compiled to CPython's exact dis text, positions and marshal bytes (or compile error); expectations
// come from the oracle.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ophisMarshal, ophisOutcome } from "../scripts/snippet-outcome.js";

const root = new URL("fixtures/snippets/", import.meta.url);
const cases = readdirSync(root).sort();

describe("dis text of committed snippets", () => {
  it("has at least 40 cases", () => expect(cases.length).toBeGreaterThanOrEqual(40));
  it.each(cases)("%s", (name) => {
    const source = readFileSync(new URL(`${name}/input.py`, root), "utf8");
    const expected = readFileSync(new URL(`${name}/expected.dis`, root), "utf8");
    expect(ophisOutcome(source)).toBe(expected);
    const withPositions = readFileSync(new URL(`${name}/expected.positions.dis`, root), "utf8");
    expect(ophisOutcome(source, true)).toBe(withPositions);
    const marshal = readFileSync(new URL(`${name}/expected.marshal.hex`, root), "utf8");
    expect(ophisMarshal(source)).toBe(marshal);
  });
});
