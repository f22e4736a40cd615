// A thread's state: its frame stack, recursion depth, the exception being handled, and the eval breaker.
import { E, getAttr, len, newError, type PyObject, T } from "@ophis/objects";
import type { Frame } from "./frame.js";
import { newSet, setAdd } from "./sets.js";

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

  importFrom(mod: PyObject, name: string): PyObject {
    try {
      return getAttr(mod, name);
    } catch (e) {
      if (e instanceof Object && (e as PyObject).type?.isSubtype(E.AttributeError)) {
        const modName = (mod.dict?.getStr("__name__") as { value?: string } | undefined)?.value ?? "?";
        throw newError("ImportError", `cannot import name '${name}' from '${modName}' (unknown location)`);
      }
      throw e;
    }
  }

  newSet(items: PyObject[]): PyObject {
    return newSet(items);
  }

  setAdd(set: PyObject, v: PyObject): void {
    setAdd(set, v);
  }

  len(o: PyObject): number {
    return len(o);
  }

  matchOp(op: number, _oparg: number, _stack: (PyObject | null)[]): void {
    throw newError("SystemError", `match statements are not executed by Ophis yet (opcode ${op})`);
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
