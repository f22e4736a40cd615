// Every code object compiled from the stdlib corpus, field by field and dis text by dis text, against CPython's.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { type CodeObject, loads } from "@ophis/bytecode";
import { disassemble } from "@ophis/dis";
import { Oracle, stdlibCorpus } from "@ophis/oracle";
import { beforeAll, describe, expect, it } from "vitest";
import { comparableDis } from "../../dis/test/comparable-text.js";
import { compile } from "../src/index.js";
import { pairTrees, sameBytes, sameConstants, sameStrings } from "./code-tree.js";

/**
 * CPython's side of the dis comparison is our dis of CPython's own code object: packages/dis proves that text
 * equal to CPython's dis.dis for every corpus file (its known-failure list is empty), so it stands for CPython's.
 */
const disText = (code: CodeObject, showCaches: boolean) => comparableDis(disassemble(code, { showCaches }));

type Check = (theirs: CodeObject, ours: CodeObject) => boolean;

/** What is compared per code object, in the order the figures are printed. */
const checks: Record<string, Check> = {
  dis: (a, b) => disText(a, false) === disText(b, false),
  dis_show_caches: (a, b) => disText(a, true) === disText(b, true),
  co_consts: (a, b) => sameConstants(a.co_consts, b.co_consts),
  co_names: (a, b) => sameStrings(a.co_names, b.co_names),
  co_localsplusnames: (a, b) => sameStrings(a.co_localsplusnames, b.co_localsplusnames),
  co_localspluskinds: (a, b) => sameBytes(a.co_localspluskinds, b.co_localspluskinds),
  co_flags: (a, b) => a.co_flags === b.co_flags,
  co_stacksize: (a, b) => a.co_stacksize === b.co_stacksize,
  co_linetable: (a, b) => sameBytes(a.co_linetable, b.co_linetable),
  co_exceptiontable: (a, b) => sameBytes(a.co_exceptiontable, b.co_exceptiontable),
  co_qualname: (a, b) => a.co_qualname === b.co_qualname,
  co_firstlineno: (a, b) => a.co_firstlineno === b.co_firstlineno,
  co_code: (a, b) => sameBytes(a.co_code, b.co_code),
};

/** Identical counts only rise: set OPHIS_UPDATE_FLOORS=1 to raise them to a new measurement. */
const floorsFile = new URL("fixtures/code-object-floors.json", import.meta.url);
const floors: Record<string, number> = existsSync(floorsFile)
  ? (JSON.parse(readFileSync(floorsFile, "utf8")) as Record<string, number>)
  : {};
const DIS_REQUIRED = 0.95;

let total = 0;
const identical = new Map<string, number>(Object.keys(checks).map((k) => [k, 0]));
let allFields = 0;
const firstMismatch = new Map<string, string>();

beforeAll(async () => {
  const oracle = await Oracle.start();
  for (const file of stdlibCorpus()) {
    const [answer] = oracle.marshal([file.bytes], { filename: file.path });
    if (!("bytes" in answer)) continue;
    let ours: CodeObject | null = null;
    try {
      ours = compile(file.bytes, file.path, "exec");
    } catch {
      // Counted below: every one of CPython's code objects for this file then differs.
    }
    for (const [theirs, mine] of pairTrees(loads(answer.bytes) as CodeObject, ours)) {
      total++;
      let all = mine !== null;
      for (const [name, check] of Object.entries(checks)) {
        if (mine !== null && check(theirs, mine)) {
          identical.set(name, (identical.get(name) ?? 0) + 1);
        } else {
          all = false;
          if (!firstMismatch.has(name)) firstMismatch.set(name, `${file.path}:${theirs.co_qualname}`);
        }
      }
      if (all) allFields++;
    }
  }
}, 600_000);

const percent = (n: number) => `${((n / total) * 100).toFixed(2)}%`;

describe("code objects of the stdlib corpus vs CPython 3.14", () => {
  it("match field by field, never below the committed floors", () => {
    const figures = [...identical].map(([name, n]) => `${name} identical ${n} (${percent(n)})`);
    console.log(
      `code objects: ${total} total, all fields identical ${allFields} (${percent(allFields)}), ${figures.join(", ")}`,
    );
    console.log(`first mismatch per field: ${JSON.stringify(Object.fromEntries(firstMismatch))}`);
    expect(total).toBeGreaterThan(10_000);
    if (process.env.OPHIS_UPDATE_FLOORS) {
      const measured: Record<string, number> = { all_fields: allFields, ...Object.fromEntries(identical) };
      for (const [name, n] of Object.entries(measured)) floors[name] = Math.max(n, floors[name] ?? 0);
      floors.total = total;
      writeFileSync(floorsFile, `${JSON.stringify(floors, null, 2)}\n`);
    }
    expect(total).toBe(floors.total);
    expect(allFields, "all_fields").toBeGreaterThanOrEqual(floors.all_fields);
    for (const [name, n] of identical) expect(n, name).toBeGreaterThanOrEqual(floors[name]);
  });

  it("prints CPython's dis text for at least 95% of code objects", () => {
    expect((identical.get("dis") ?? 0) / total).toBeGreaterThanOrEqual(DIS_REQUIRED);
    expect((identical.get("dis_show_caches") ?? 0) / total).toBeGreaterThanOrEqual(DIS_REQUIRED);
  });
});
