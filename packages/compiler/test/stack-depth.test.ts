// Stack effects: the table agrees with dis.stack_effect everywhere, and with the co_stacksize compilers compute.
import { type CodeObject, loads } from "@ophis/bytecode";
import { stackEffect } from "@ophis/dis";
import { Oracle, stdlibCorpus } from "@ophis/oracle";
import { PyException } from "@ophis/tokenizer";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../src/index.js";
import { codeTree } from "./code-tree.js";
import { program } from "./programs.js";
import { type Simulation, simulateStackDepth } from "./stack-simulation.js";

/** CPython 3.14 never writes a zero co_stacksize: `def f(): raise` reaches depth 0 and gets 1. */
const stacksize = (sim: Simulation) => ("maxDepth" in sim ? Math.max(sim.maxDepth, 1) : sim);

/** Every opcode number CPython knows or refuses, up to past the last pseudo-instruction. */
const OPCODES = Array.from({ length: 300 }, (_, i) => i);
/**
 * Small arguments one by one (counts, flags, packed bits), then ones that need EXTENDED_ARG, and negative ones.
 * Nothing past a C int: there CPython's answer depends on the width of C long (the oracle's is 32 bits).
 */
const OPARGS: (number | null)[] = [
  null,
  -(2 ** 31),
  -1,
  ...Array.from({ length: 301 }, (_, i) => i),
  511,
  1000,
  65_535,
  65_536,
  2 ** 24,
  2 ** 31 - 1,
];
const JUMPS = [null, true, false] as const;
/** A fixed seed: the same programs on every run, so a failure here is a change in Ophis, not in the sample. */
const SEED = 3_140_000;
const RUNS = 200;

const PROGRAM = `
import dis, json, sys
def effect(op, arg, jump):
    try: return dis.stack_effect(op, arg, jump=jump)
    except ValueError as e: return "ValueError: " + str(e)
ops, args = ${JSON.stringify(OPCODES)}, ${JSON.stringify(OPARGS).replaceAll("null", "None")}
json.dump([[[effect(op, a, j) for j in (None, True, False)] for a in args] for op in ops], sys.stdout)
`;

function ours(op: number, arg: number | null, jump: boolean | null): number | string {
  try {
    return stackEffect(op, arg, jump);
  } catch (error) {
    if (!(error instanceof PyException)) throw error;
    return `${error.pyType}: ${String(error.args[0])}`;
  }
}

let oracle: Oracle;
beforeAll(async () => {
  oracle = await Oracle.start();
});

describe("dis.stack_effect", () => {
  it("answers as CPython's for every opcode, argument and jump, errors included", () => {
    const [answer] = oracle.run([{ source: PROGRAM }]);
    expect(answer.stderr).toBe("");
    const theirs = JSON.parse(answer.stdout) as (number | string)[][][];
    const differing: string[] = [];
    let compared = 0;
    OPCODES.forEach((op, i) => {
      OPARGS.forEach((arg, j) => {
        JUMPS.forEach((jump, k) => {
          compared++;
          const mine = ours(op, arg, jump);
          if (mine !== theirs[i][j][k]) differing.push(`${op} ${arg} ${jump}: ${mine} vs ${theirs[i][j][k]}`);
        });
      });
    });
    console.log(`stack_effect: ${compared - differing.length}/${compared} combinations as CPython's`);
    expect(differing.slice(0, 20)).toEqual([]);
  });
});

describe("co_stacksize", () => {
  it("is what the table's effects reach along every path of CPython's code for the stdlib corpus", {
    timeout: 600_000,
  }, () => {
    let checked = 0;
    const differing: string[] = [];
    for (const file of stdlibCorpus()) {
      const [answer] = oracle.marshal([file.bytes], { filename: file.path });
      if (!("bytes" in answer)) continue;
      for (const code of codeTree(loads(answer.bytes) as CodeObject)) {
        checked++;
        const sim = stacksize(simulateStackDepth(code));
        if (sim !== code.co_stacksize)
          differing.push(`${file.path}:${code.co_qualname}: ${JSON.stringify(sim)} vs ${code.co_stacksize}`);
      }
    }
    console.log(`co_stacksize: ${checked - differing.length}/${checked} CPython code objects as simulated`);
    expect(differing.slice(0, 20)).toEqual([]);
  });

  // CPython sizes the stack before it drops handlers that nothing can reach any more (a try whose body cannot
  // raise) and code after a return inside try/finally, so generated programs can ask for more than the final
  // bytecode reaches: the simulation must never exceed it, and be the same over Ophis's code as over CPython's.
  it("bounds what the table's effects reach in generated programs, Ophis's and CPython's alike", () => {
    let checked = 0;
    let exact = 0;
    const differing: string[] = [];
    fc.assert(
      fc.property(program, (source) => {
        const [answer] = oracle.marshal([source], { filename: "gen.py" });
        if (!("bytes" in answer))
          throw new Error(`CPython refused the program: ${answer.error.str}\n${source}`);
        const theirs = codeTree(loads(answer.bytes) as CodeObject);
        const mine = codeTree(compile(source, "gen.py", "exec"));
        expect(mine.length).toBe(theirs.length);
        mine.forEach((code, i) => {
          checked++;
          const where = `${code.co_qualname} in\n${source}`;
          const simulated = stacksize(simulateStackDepth(code));
          expect(simulated, where).toBeLessThanOrEqual(code.co_stacksize);
          expect(stacksize(simulateStackDepth(theirs[i])), where).toBeLessThanOrEqual(theirs[i].co_stacksize);
          if (simulated === code.co_stacksize) exact++;
          if (code.co_stacksize !== theirs[i].co_stacksize)
            differing.push(`${code.co_stacksize} vs CPython's ${theirs[i].co_stacksize}: ${where}`);
        });
      }),
      { numRuns: RUNS, seed: SEED },
    );
    console.log(
      `co_stacksize: ${checked} code objects of ${RUNS} generated programs, ${exact} exactly as simulated, ${checked - differing.length} as CPython's`,
    );
    expect(differing.slice(0, 3)).toEqual([]);
  });
});
