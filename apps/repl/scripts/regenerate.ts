// Asks CPython 3.14 (the oracle) for every conformance program's stdout, stderr and exit status, and commits them.
// Usage: npm run fixtures -w ophis [-- area/name ...]   (no names: every program without an answer; --all: all)
// A folder program (<area>/<name>/main.py) sends its other files along, so CPython imports and reads them too.
import { Oracle } from "@ophis/oracle";
import { listPrograms, MAIN, readExpected, writeExpected } from "../test/programs-support.js";

const args = process.argv.slice(2);
const all = args.includes("--all");
const only = new Set(args.filter((a) => !a.startsWith("--")));
const programs = listPrograms().filter((p) =>
  only.size ? only.has(p.id) : all || readExpected(p.id) === null,
);
const oracle = await Oracle.start();
const answers = oracle.run(
  programs.map((p) => ({ source: p.source, filename: MAIN, stdin: p.stdin, files: p.files })),
);
programs.forEach((p, i) => {
  const a = answers[i];
  // The oracle runs each program in /tmp/oracle_run_<n>/: report paths as `python main.py` would.
  const clean = (s: string) => s.replace(/\/tmp\/oracle_run_\d+\//g, "");
  writeExpected(p.id, { stdout: clean(a.stdout), stderr: clean(a.stderr), status: a.status });
});
console.log(`wrote CPython's answers for ${programs.length} programs`);
