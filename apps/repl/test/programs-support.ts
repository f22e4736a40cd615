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
  /** The program's other files (modules, packages, data), by path relative to main.py's directory. */
  files: Record<string, string>;
}

/** Every file under `dir` except main.py, by relative path. */
function folderFiles(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== "__pycache__") Object.assign(out, folderFiles(join(dir, entry.name), `${rel}/`));
    } else if (rel !== MAIN) out[rel] = readFileSync(join(dir, entry.name), "utf8");
  }
  return out;
}

/** Programs are <area>/<name>.py, or folders <area>/<name>/ holding main.py and the modules it imports. */
export function listPrograms(): Program[] {
  const out: Program[] = [];
  for (const area of readdirSync(PROGRAMS_DIR, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const entry of readdirSync(join(PROGRAMS_DIR, area.name), { withFileTypes: true })) {
      const folder = entry.isDirectory() && existsSync(join(PROGRAMS_DIR, area.name, entry.name, MAIN));
      if (!folder && !entry.name.endsWith(".py")) continue;
      const name = folder ? entry.name : entry.name.slice(0, -3);
      const base = join(PROGRAMS_DIR, area.name, name);
      out.push({
        id: `${area.name}/${name}`,
        source: readFileSync(folder ? join(base, MAIN) : `${base}.py`, "utf8"),
        stdin: existsSync(`${base}.stdin`) ? readFileSync(`${base}.stdin`, "utf8") : "",
        files: folder ? folderFiles(base) : {},
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

/** Where Ophis sees a program's files; removed from its output as the oracle's working directory is from CPython's. */
export const PROGRAM_DIR = "/tmp/ophis_program";

/** A host whose file system is the program's files, in memory (writes stay there too). */
export function memoryHost(
  files: Map<string, Uint8Array>,
  stdin: string,
  out: { stdout: string; stderr: string },
): Host {
  const lines = stdin.split(/(?<=\n)/).filter(Boolean);
  const isDir = (path: string) => [...files.keys()].some((f) => f.startsWith(`${path.replace(/\/$/, "")}/`));
  return {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    readLine: () => lines.shift() ?? null,
    readFile: (path) => files.get(path) ?? null,
    stat: (path) => {
      const data = files.get(path);
      if (data !== undefined) return { isDirectory: false, mtime: 0, size: data.length };
      return isDir(path) ? { isDirectory: true, mtime: 0, size: 0 } : null;
    },
    writeFile: (path, data) => {
      files.set(path, data);
      return true;
    },
    cwd: () => PROGRAM_DIR,
  };
}

/** Runs a program under Ophis in this process, with a budget so a runaway loop ends. */
export function runOphis(program: Program): Outcome {
  const out = { stdout: "", stderr: "" };
  const encoder = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  files.set(`${PROGRAM_DIR}/${MAIN}`, encoder.encode(program.source));
  for (const [rel, text] of Object.entries(program.files))
    files.set(`${PROGRAM_DIR}/${rel}`, encoder.encode(text));
  const host = memoryHost(files, program.stdin, out);
  const main = `${PROGRAM_DIR}/${MAIN}`;
  const interp = new Interpreter({ host, argv: [main], limits: { budget: 50_000_000 } });
  const { exitCode } = interp.runFile(main);
  const clean = (s: string) => s.split(`${PROGRAM_DIR}/`).join("");
  return { stdout: clean(out.stdout), stderr: clean(out.stderr), status: exitCode };
}
