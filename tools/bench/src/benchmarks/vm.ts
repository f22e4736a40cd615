// Run Python programs under Ophis and under CPython (python3.13 on the machine): one benchmark per program,
// plus `ophis -c pass` against `python3 -c pass` for start-up.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startChild } from "../child.js";
import { pythonScript } from "../corpus.js";
import type { Benchmark, Contender, Result, Slot } from "../harness.js";
import { inProcess } from "../harness.js";
import { median } from "../report.js";

const programsDir = fileURLToPath(new URL("../../programs/", import.meta.url));
const ophisCli = fileURLToPath(new URL("../../../../apps/repl/bin/ophis.js", import.meta.url));
const pythonEnv = { PYENV_VERSION: process.env.PYENV_VERSION ?? "3.13.0" };

/** The slice of @ophis/vm's API used here. */
interface OphisVm {
  Interpreter: new (options: {
    host: {
      stdout(t: string): void;
      stderr(t: string): void;
      readLine(): string | null;
      readFile(p: string): Uint8Array | null;
    };
  }) => { runSource(source: string, filename: string): { exitCode: number } };
}

function runUnderOphis(vm: OphisVm, source: string, filename: string): { output: string; status: number } {
  let output = "";
  const interp = new vm.Interpreter({
    host: {
      stdout: (t) => {
        output += t;
      },
      stderr: (t) => {
        output += t;
      },
      readLine: () => null,
      readFile: () => null,
    },
  });
  const status = interp.runSource(source, filename).exitCode;
  return { output, status };
}

async function ophisSlot(file: string, expected: string | null): Promise<Slot> {
  const specifier = "@ophis/vm";
  let vm: OphisVm;
  try {
    vm = (await import(specifier)) as OphisVm;
  } catch (error) {
    return { name: "ophis", unavailable: (error as Error).message.split("\n")[0] };
  }
  const source = readFileSync(file, "utf8");
  const first = runUnderOphis(vm, source, file);
  if (expected !== null && first.output !== expected)
    return {
      name: "ophis",
      unavailable: `printed ${JSON.stringify(first.output)}, CPython ${JSON.stringify(expected)}`,
    };
  return inProcess("ophis", () => {
    const { status } = runUnderOphis(vm, source, file);
    return { items: 1, failures: status === 0 ? 0 : 1 };
  });
}

async function cpythonSlot(file: string): Promise<{ slot: Slot; output: string | null }> {
  try {
    const { contender, greeting } = await startChild<{ version: string; output: string }>("cpython", {
      command: "python3",
      args: [pythonScript("run_program.py"), file],
      env: pythonEnv,
    });
    contender.name = `cpython ${greeting.version}`;
    return { slot: contender, output: greeting.output };
  } catch (error) {
    return { slot: { name: "cpython", unavailable: (error as Error).message }, output: null };
  }
}

function programBenchmark(name: string): Benchmark {
  const file = `${programsDir}${name}.py`;
  const description = readFileSync(file, "utf8").split("\n")[0].replace(/^#\s*/, "");
  return {
    name: `vm-${name}`,
    description,
    async prepare() {
      const cpython = await cpythonSlot(file);
      return {
        unit: "runs",
        input: `tools/bench/programs/${name}.py`,
        slots: [await ophisSlot(file, cpython.output), cpython.slot],
      };
    },
  };
}

/** The interpreter binary itself: pyenv's `python3` is a shell shim whose own start-up would be counted. */
function pythonBinary(): string {
  const r = spawnSync("pyenv", ["which", "python3"], {
    env: { ...process.env, ...pythonEnv },
    encoding: "utf8",
  });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : "python3";
}

/** A whole process start, `-c pass`, timed from outside (start-up is the thing measured). */
function startupContender(name: string, command: string, args: string[], env?: NodeJS.ProcessEnv): Contender {
  return {
    name,
    async measure() {
      const start = performance.now();
      const r = spawnSync(command, args, { env: { ...process.env, ...env }, stdio: "ignore" });
      const seconds = (performance.now() - start) / 1000;
      return { seconds, items: 1, failures: r.status === 0 ? 0 : 1 };
    },
  };
}

export const startupBenchmark: Benchmark = {
  name: "vm-startup",
  description: "start the interpreter and run `-c pass` (process start-up included)",
  async prepare() {
    return {
      unit: "starts",
      input: "-c pass",
      slots: [
        startupContender("ophis", process.execPath, [ophisCli, "-c", "pass"]),
        startupContender("cpython", pythonBinary(), ["-c", "pass"]),
      ],
    };
  },
};

export const vmBenchmarks: Benchmark[] = [
  ...readdirSync(programsDir)
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((f) => programBenchmark(f.slice(0, -3))),
  startupBenchmark,
];

/** Ophis's time as a multiple of CPython's for each program, their geometric mean and the worst. */
export function vmSummary(results: Result[]): string | null {
  const rows: [string, number][] = [];
  for (const r of results) {
    if (!r.benchmark.name.startsWith("vm-") || r.measured.length < 2) continue;
    const [ophis, cpython] = r.measured;
    rows.push([
      r.benchmark.name,
      median(ophis.samples.map((s) => s.seconds)) / median(cpython.samples.map((s) => s.seconds)),
    ]);
  }
  if (rows.length === 0) return null;
  const programs = rows.filter(([name]) => name !== "vm-startup");
  const geomean = Math.exp(programs.reduce((a, [, x]) => a + Math.log(x), 0) / Math.max(1, programs.length));
  const worst = programs.reduce((a, b) => (b[1] > a[1] ? b : a), programs[0] ?? ["none", 0]);
  return [
    "vm summary (Ophis time / CPython time, lower is better):",
    ...rows.map(([name, x]) => `  ${name.padEnd(16)} ${x.toFixed(2)}x`),
    `  geometric mean over ${programs.length} programs: ${geomean.toFixed(2)}x; worst: ${worst[0]} ${worst[1].toFixed(2)}x`,
  ].join("\n");
}
