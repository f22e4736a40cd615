// A thread's state: its frame stack, recursion depth, the exception being handled, and the eval breaker.
import { newError, type PyObject, T } from "@ophis/objects";
import type { Frame } from "./frame.js";
import { matchOp } from "./match.js";

/** What an embedder can set to stop runaway code: an abort signal and an instruction budget. */
export interface Limits {
  signal?: { aborted: boolean };
  /** Eval-breaker checks (calls and backward jumps) allowed before the program is stopped. */
  budget?: number;
}

export class ThreadState {
  frame: Frame | null = null;
  depth = 0;
  recursionLimit = 1000;
  /** sys.exception(): the exception an except block is handling, or null. */
  handled: PyObject | null = null;
  /** True when the eval loop must call checkBreaker at RESUME and backward jumps. */
  breaker = false;
  limits: Limits = {};
  private ticks = 0;
  readonly objectGetattribute: PyObject = T.object.attrs.get("__getattribute__")!;
  importName: (frame: Frame, name: string, fromlist: PyObject, level: number) => PyObject = () => {
    throw newError("ImportError", "no import system installed");
  };
  /** IMPORT_FROM: set by the Interpreter to its import system. */
  importFrom: (mod: PyObject, name: string) => PyObject = () => {
    throw newError("ImportError", "no import system installed");
  };
  /** INTRINSIC_PRINT ('single' mode expression statements): set by the Interpreter to call sys.displayhook. */
  displayhook: (value: PyObject) => void = () => {
    throw newError("RuntimeError", "lost sys.displayhook");
  };
  /** INTRINSIC_IMPORT_STAR: set by the Interpreter to its import system. */
  importStar: (frame: Frame, mod: PyObject) => void = () => {
    throw newError("ImportError", "no import system installed");
  };

  setLimits(limits: Limits): void {
    this.limits = limits;
    this.ticks = 0;
    this.breaker = limits.signal !== undefined || limits.budget !== undefined;
  }

  /** The eval breaker: raises KeyboardInterrupt when aborted or out of budget. */
  checkBreaker(): void {
    const { signal, budget } = this.limits;
    if (signal?.aborted) throw newError("KeyboardInterrupt", null);
    if (budget !== undefined && ++this.ticks > budget)
      throw newError("KeyboardInterrupt", "instruction budget exhausted");
  }

  matchOp(op: number, oparg: number, stack: (PyObject | null)[]): void {
    matchOp(op, oparg, stack);
  }
}

let current: ThreadState | null = null;

export function threadState(): ThreadState {
  if (!current) current = new ThreadState();
  return current;
}

export function setThreadState(ts: ThreadState): void {
  current = ts;
}
