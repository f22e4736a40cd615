// Differential property: generated expression programs print the same under Ophis and under CPython 3.14.
import { Oracle } from "@ophis/oracle";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { program } from "./programs.js";
import { runOphis } from "./support.js";

/**
 * Programs (from a fixed seed, so every run checks the same ones) that may still differ from CPython; this
 * ceiling only goes down as the VM catches up.
 */
const MAX_MISMATCHES = 0;
const SEED = 20261124;

describe("generated programs against CPython", () => {
  it("print what CPython prints", async () => {
    const oracle = await Oracle.start();
    const programs = fc.sample(program, { numRuns: 150, seed: SEED });
    const answers = oracle.run(programs.map((source) => ({ source, filename: "main.py" })));
    const mismatches: string[] = [];
    programs.forEach((source, i) => {
      const ours = runOphis(source);
      const theirs = answers[i];
      const same = ours.stdout === theirs.stdout && ours.status === theirs.status;
      if (!same)
        mismatches.push(
          `--- program\n${source}\n--- cpython\n${theirs.stdout}${theirs.stderr}\n--- ophis\n${ours.stdout}${ours.stderr}`,
        );
    });
    console.log(`differential: ${programs.length - mismatches.length}/${programs.length} programs identical`);
    for (const m of mismatches) console.log(m);
    expect(mismatches.length).toBeLessThanOrEqual(MAX_MISMATCHES);
  });
});
