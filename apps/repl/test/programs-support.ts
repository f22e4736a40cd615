// The conformance programs (tests/programs/<area>/<name>.py) and CPython's committed answers beside them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Host, Interpreter } from "@ophis/vm";

export const PROGRAMS_DIR = new URL("../../../tests/programs/", import.meta.url).pathname;

/** What a program printed and how it ended: the same shape for Ophis and for CPython. */
export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

export interface Program {
  /** "area/name", e.g. "basics/arithmetic". */
  id: string;
  source: string;
  /** Text given to the program as standard input, from <name>.stdin when present. */
  stdin: string;
}

export function listPrograms(): Program[] {
  const out: Program[] = [];
  for (const area of readdirSync(PROGRAMS_DIR, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const f of readdirSync(join(PROGRAMS_DIR, area.name)).sort()) {
      if (!f.endsWith(".py")) continue;
      const base = join(PROGRAMS_DIR, area.name, f.slice(0, -3));
      out.push({
        id: `${area.name}/${f.slice(0, -3)}`,
        source: readFileSync(`${base}.py`, "utf8"),
        stdin: existsSync(`${base}.stdin`) ? readFileSync(`${base}.stdin`, "utf8") : "",
      });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

function expectedPath(id: string): string {
  return join(PROGRAMS_DIR, `${id}.expected.json`);
}

export function readExpected(id: string): Outcome | null {
  const p = expectedPath(id);
  return existsSync(p) ? (JSON.parse(readFileSync(p, "utf8")) as Outcome) : null;
}

export function writeExpected(id: string, outcome: Outcome): void {
  writeFileSync(expectedPath(id), `${JSON.stringify(outcome, null, 1)}\n`);
}

/** The file name both interpreters run the program under, as `python main.py` in the program's directory. */
export const MAIN = "main.py";

/** Runs a program under Ophis in this process, with a budget so a runaway loop ends. */
export function runOphis(program: Program): Outcome {
  let stdout = "";
  let stderr = "";
  const lines = program.stdin.split(/(?<=\n)/).filter(Boolean);
  const host: Host = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readLine: () => lines.shift() ?? null,
    readFile: () => null,
  };
  const interp = new Interpreter({ host, argv: [MAIN], limits: { budget: 50_000_000 } });
  const { exitCode } = interp.runSource(program.source, MAIN);
  return { stdout, stderr, status: exitCode };
}
