// Generators: a suspended frame resumed by send/throw/close; each resumption runs the eval loop on that frame.
import {
  defineMethods,
  E,
  identity,
  None,
  newError,
  newStr,
  PyBaseException,
  type PyObject,
  PyObject as PyObjectClass,
  PyType,
  runtime,
  T,
} from "@ophis/objects";
import { run } from "./eval.js";
import type { Frame } from "./frame.js";
import { threadState } from "./thread.js";

T.generator = new PyType(T.type, "generator", [T.object]);

export class PyGenerator extends PyObjectClass {
  running = false;
  started = false;
  finished = false;
  constructor(readonly frame: Frame) {
    super(T.generator);
  }

  /** Resumes with `value` (or raises `exc` at the yield point): the yielded value, or done with the return value. */
  resume(value: PyObject, exc: PyBaseException | null): { done: boolean; value: PyObject } {
    const v = this.step(value, exc);
    return { done: this.finished, value: v };
  }

  /** As resume, without the result object: the yielded value, or the return value once `finished` is set. */
  step(value: PyObject, exc: PyBaseException | null): PyObject {
    if (this.finished) {
      if (exc) throw exc;
      return None;
    }
    if (this.running) throw newError("ValueError", "generator already executing");
    this.running = true;
    this.started = true;
    const frame = this.frame;
    frame.suspended = false;
    if (!exc) frame.stack.push(value);
    try {
      const v = run(threadState(), frame, exc);
      if (!frame.suspended) this.finished = true;
      return v;
    } catch (e) {
      this.finished = true;
      if (e instanceof PyBaseException && e.type.isSubtype(E.StopIteration)) {
        const err = newError("RuntimeError", "generator raised StopIteration") as PyBaseException;
        err.cause = e;
        err.context = e;
        err.suppressContext = true;
        throw err;
      }
      throw e;
    } finally {
      this.running = false;
    }
  }

  sendRaw(v: PyObject): { done: boolean; value: PyObject } {
    return this.resume(v, null);
  }
}

// next() on a generator without a StopIteration to raise and absorb (iterNext and FOR_ITER call this).
runtime.generatorNext = (gen) => {
  const g = gen as PyGenerator;
  const v = g.step(None, null);
  return g.finished ? undefined : v;
};

export function makeGenerator(frame: Frame): PyGenerator {
  return new PyGenerator(frame);
}

function stopIteration(value: PyObject): PyObject {
  const e = newError("StopIteration", null) as PyBaseException;
  if (value !== None) e.args = [value];
  return e;
}

defineMethods(T.generator, {
  __iter__: (self) => self,
  __next__: (self) => {
    const r = (self as PyGenerator).resume(None, null);
    if (r.done) throw stopIteration(r.value);
    return r.value;
  },
  send: (self, [v]) => {
    const g = self as PyGenerator;
    if (!g.started && v !== None)
      throw newError("TypeError", "can't send non-None value to a just-started generator");
    const r = g.resume(v, null);
    if (r.done) throw stopIteration(r.value);
    return r.value;
  },
  throw: (self, [exc]) => {
    const e = exc instanceof PyBaseException ? exc : null;
    if (!e)
      throw newError(
        "TypeError",
        "exceptions must be classes or instances deriving from BaseException, not " + exc.type.name,
      );
    const r = (self as PyGenerator).resume(None, e);
    if (r.done) throw stopIteration(r.value);
    return r.value;
  },
  close: (self) => {
    const g = self as PyGenerator;
    if (g.finished) return None;
    try {
      const r = g.resume(None, newError("GeneratorExit", null) as PyBaseException);
      if (!r.done) throw newError("RuntimeError", "generator ignored GeneratorExit");
    } catch (e) {
      if (
        e instanceof PyBaseException &&
        (e.type.isSubtype(E.GeneratorExit) || e.type.isSubtype(E.StopIteration))
      )
        return None;
      throw e;
    }
    return None;
  },
  __repr__: (self) =>
    newStr(
      `<generator object ${(self as PyGenerator).frame.func?.qualname ?? "?"} at 0x${identity(self).toString(16).padStart(12, "0")}>`,
    ),
});
