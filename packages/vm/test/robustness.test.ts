// Bad input never crashes the host: any source gives output or a Python exception, runaway code stops.
import { stdlibCorpus } from "@ophis/oracle";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runOphis } from "./support.js";

/**
 * A run that ended the way a Python program ends: a status and, on failure, a traceback's last line — but not
 * the SystemError Ophis makes of a JS exception escaping its own code, which is the crash this test looks for.
 */
function endedProperly(source: string | Uint8Array): boolean {
  const r = runOphis(source, 200_000);
  if (r.status === 0) return true;
  const last = r.stderr.trimEnd().split("\n").at(-1) ?? "";
  return /^[A-Za-z_][\w.]*(: |$)/.test(last) && !last.startsWith("SystemError: internal error in Ophis");
}

describe("robustness", () => {
  it("runs arbitrary text to output or a Python exception", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => endedProperly(s)),
      { numRuns: 300 },
    );
  });

  it("runs mutated standard-library files to output or a Python exception", () => {
    const files = stdlibCorpus().slice(0, 120);
    const mutation = fc.record({
      file: fc.integer({ min: 0, max: files.length - 1 }),
      at: fc.nat(),
      cut: fc.integer({ min: 0, max: 40 }),
      insert: fc.uint8Array({ maxLength: 8 }),
    });
    fc.assert(
      fc.property(mutation, ({ file, at, cut, insert }) => {
        const bytes = files[file].bytes;
        const i = at % (bytes.length + 1);
        const mutated = new Uint8Array([...bytes.subarray(0, i), ...insert, ...bytes.subarray(i + cut)]);
        return endedProperly(mutated);
      }),
      { numRuns: 120 },
    );
  });

  it("raises RecursionError for unbounded recursion, never a JS RangeError", () => {
    const r = runOphis("def f(n):\n    return f(n + 1)\nf(0)\n");
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe("RecursionError: maximum recursion depth exceeded");
  });

  it("ends a runaway loop with KeyboardInterrupt when the budget is spent", () => {
    const r = runOphis("n = 0\nwhile True:\n    n += 1\n", 10_000);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^KeyboardInterrupt/m);
  });
});
