// Property: code Ophis compiles from generated programs survives marshal and .pyc round trips unchanged.

import { type CodeObject, dumps, loads, readPyc, writePyc } from "@ophis/bytecode";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../src/index.js";
import { sameBytes, sameCode } from "./code-tree.js";
import { program } from "./programs.js";

function compiled(source: string): CodeObject {
  return compile(source, "gen.py", "exec");
}

describe("marshal of compiled code", () => {
  it("loads(dumps(code)) equals the code, and dumps again to the same bytes", () => {
    let checked = 0;
    fc.assert(
      fc.property(program, (source) => {
        const code = compiled(source);
        const bytes = dumps(code);
        const back = loads(bytes) as CodeObject;
        checked++;
        return sameCode(back, code) && sameBytes(dumps(back), bytes);
      }),
      // A fixed seed keeps CI reproducible; this one found the unbounded `b"" * <huge>` fold
      // (snippets/repeat-fold-overflow).
      { numRuns: 300, seed: 20261124 },
    );
    console.log(`marshal round trip: ${checked} compiled programs`);
    expect(checked).toBeGreaterThanOrEqual(300);
  });

  it("readPyc(writePyc(code)) gives back the code and its header", () => {
    fc.assert(
      fc.property(program, fc.nat(), fc.nat(), (source, mtime, sourceSize) => {
        const code = compiled(source);
        const validation = { kind: "timestamp", mtime: mtime >>> 0, sourceSize: sourceSize >>> 0 } as const;
        const pyc = readPyc(writePyc(code, validation));
        return sameCode(pyc.code, code) && JSON.stringify(pyc.validation) === JSON.stringify(validation);
      }),
      { numRuns: 100, seed: 20261124 },
    );
  });
});
