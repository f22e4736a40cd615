// Running a program under Ophis in this process, as the tests need it: captured streams and a budget.
import { Interpreter } from "@ophis/vm";

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

/** Runs `source` as main.py; an instruction budget ends runaway loops with KeyboardInterrupt. */
export function runOphis(source: string | Uint8Array, budget = 2_000_000): Outcome {
  let stdout = "";
  let stderr = "";
  const interp = new Interpreter({
    host: {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      readLine: () => null,
      readFile: () => null,
    },
    limits: { budget },
  });
  const { exitCode } = interp.runSource(source, "main.py");
  return { stdout, stderr, status: exitCode };
}
