// Hooks the VM installs: the object model calls Python code through them without importing the VM.
import type { PyObject } from "./core.js";
import type { PyFunction } from "./functions.js";

export const runtime = {
  /** Runs a Python function to completion (a nested run of the eval loop) and returns its result. */
  callFunction(_fn: PyFunction, _args: PyObject[], _kwnames: readonly string[] | null): PyObject {
    throw new Error("no VM installed: @ophis/vm sets runtime.callFunction");
  },
  /** next() on an object of type T.generator: the yielded value, or undefined when it finishes. */
  generatorNext(_gen: PyObject): PyObject | undefined {
    throw new Error("no VM installed: @ophis/vm sets runtime.generatorNext");
  },
};
