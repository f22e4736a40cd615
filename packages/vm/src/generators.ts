// Generators, and what coroutines and async generators share with them: a suspended frame resumed by
// send/throw/close, each resumption running the eval loop on that frame.
import { CO, Op } from "@ophis/bytecode";
import {
  callMethod,
  callObject,
  defineGetSets,
  defineMethods,
  E,
  getAttr,
  getAttrOrUndefined,
  getIter,
  identity,
  None,
  newError,
  newStr,
  PyBaseException,
  type PyObject,
  PyObject as PyObjectClass,
  PyStopIteration,
  PyStr,
  PyTraceback,
  PyTuple,
  PyType,
  pyBool,
  rangeArgs,
  runtime,
  T,
  typeError,
} from "@ophis/objects";
import { asPyException } from "./errors.js";
import { run } from "./eval.js";
import type { Frame } from "./frame.js";
import { threadState } from "./thread.js";

T.generator = new PyType(T.type, "generator", [T.object]);

export interface SendResult {
  done: boolean;
  value: PyObject;
}

/** What throw() was given: an exception class or instance, then the optional value and traceback. */
export interface ThrowArgs {
  typ: PyObject;
  val: PyObject | null;
  tb: PyObject | null;
}

export class PyGenerator extends PyObjectClass {
  running = false;
  started = false;
  finished = false;
  /** The exception this frame was handling when it last suspended: its own sys.exception(). */
  handled: PyObject | null = null;
  name: PyObject;
  qualname: PyObject;
  constructor(
    readonly frame: Frame,
    type: PyType = T.generator,
  ) {
    super(type);
    this.name = newStr(frame.func?.name ?? frame.code.co_name);
    this.qualname = newStr(frame.func?.qualname ?? frame.code.co_qualname);
  }

  /** How messages name this kind of object: "generator", "coroutine" or "async generator". */
  get kind(): string {
    return "generator";
  }

  get suspended(): boolean {
    return this.started && !this.finished && !this.running;
  }

  /**
   * gen_send_ex2: resumes with `value` (or raises `exc` at the suspension point); the yielded value, or done with
   * the return value. `closing` is close()'s resumption, which an exhausted coroutine allows.
   */
  resume(value: PyObject, exc: PyBaseException | null, closing = false): SendResult {
    const v = this.step(value, exc, closing);
    return { done: this.finished, value: v };
  }

  /** As resume, without the result object: the yielded value, or the return value once `finished` is set. */
  step(value: PyObject, exc: PyBaseException | null, closing = false): PyObject {
    if (!this.started && !exc && value !== None)
      throw typeError(`can't send non-None value to a just-started ${this.kind}`);
    if (this.running) throw newError("ValueError", `${this.kind} already executing`);
    if (this.finished) {
      if (this.kind === "coroutine" && !closing)
        throw newError("RuntimeError", "cannot reuse already awaited coroutine");
      if (exc) throw exc;
      return None;
    }
    const ts = threadState();
    const outer = ts.handled;
    if (this.handled !== null) ts.handled = this.handled;
    this.running = true;
    this.started = true;
    const frame = this.frame;
    frame.suspended = false;
    if (exc) {
      if (this.handled !== null && exc !== this.handled) exc.context = this.handled;
      // The eval loop takes a pending exception as already recorded: the suspended line is this frame's entry.
      exc.addTraceback(frame, frame.lasti);
    } else frame.stack.push(value);
    try {
      const v = run(ts, frame, exc);
      if (!frame.suspended) this.finished = true;
      return v;
    } catch (e) {
      this.finished = true;
      throw e;
    } finally {
      this.running = false;
      this.handled = ts.handled === outer ? null : ts.handled;
      ts.handled = outer;
    }
  }

  sendRaw(v: PyObject): SendResult {
    return this.resume(v, null);
  }

  /** _PyGen_yf: what a suspended `yield from` or `await` is delegating to, else null. */
  delegate(): PyObject | null {
    if (!this.suspended) return null;
    const f = this.frame;
    if (f.prepared.ops[f.lasti] !== Op.YIELD_VALUE || f.prepared.args[f.lasti] !== 1) return null;
    return f.stack[f.stack.length - 1] ?? null;
  }

  /**
   * _gen_throw: passes the exception down to the iterator a `yield from`/`await` delegates to, then raises it
   * here if that one could not take it. `closeOnGenExit` closes the delegate instead for GeneratorExit; async
   * generators' athrow()/aclose() pass false so their awaits can finish.
   */
  throwInto(args: ThrowArgs, closeOnGenExit: boolean): SendResult {
    const yf = this.delegate();
    if (yf === null) return this.resume(None, normalizeThrow(args));
    if (closeOnGenExit && matchesClass(args.typ, E.GeneratorExit)) {
      const closed = this.whileDelegating(() => closeIter(yf));
      return this.resume(None, closed.error ?? normalizeThrow(args));
    }
    const thrown = this.whileDelegating(() => throwToDelegate(yf, args, closeOnGenExit));
    if (thrown.error) return this.resume(None, thrown.error);
    const r = thrown.value;
    if (r === null) return this.resume(None, normalizeThrow(args));
    // The delegate finished: its return value arrives as a StopIteration, which CLEANUP_THROW turns into the
    // value of the `yield from`/`await`.
    if (r.done) return this.resume(None, stopIterationWith(r.value, false) as PyBaseException);
    return r;
  }

  /** Runs `body` marked as executing, as CPython does while a delegate works: its result, or what it raised. */
  private whileDelegating<R>(
    body: () => R,
  ): { value: R; error: null } | { value: null; error: PyBaseException } {
    this.running = true;
    try {
      return { value: body(), error: null };
    } catch (e) {
      return { value: null, error: asPyException(e) };
    } finally {
      this.running = false;
    }
  }

  /** gen_close: GeneratorExit at the suspension point; the return value if the frame returns instead. */
  close(): PyObject {
    if (!this.started) {
      this.started = true;
      this.finished = true;
      return None;
    }
    if (this.finished) return None;
    const yf = this.delegate();
    const exc = yf === null ? null : this.whileDelegating(() => closeIter(yf)).error;
    try {
      const r = this.resume(None, exc ?? (newError("GeneratorExit", null) as PyBaseException), true);
      if (!r.done) throw newError("RuntimeError", `${this.kind} ignored GeneratorExit`);
      return r.value;
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(E.GeneratorExit)) return None;
      throw e;
    }
  }
}

/** Throws into what a `yield from`/`await` delegates to; null when it has no throw method. */
function throwToDelegate(yf: PyObject, args: ThrowArgs, closeOnGenExit: boolean): SendResult | null {
  if (yf instanceof PyGenerator && (yf.type === T.generator || yf.type === T.coroutine))
    return yf.throwInto(args, closeOnGenExit);
  const meth = getAttrOrUndefined(yf, "throw");
  if (meth === undefined) return null;
  // The arguments go on as given: a missing value ends the list, as PyObject_CallFunctionObjArgs's NULL does.
  const callArgs = [args.typ];
  if (args.val !== null) {
    callArgs.push(args.val);
    if (args.tb !== null) callArgs.push(args.tb);
  }
  return { done: false, value: callObject(meth, callArgs) };
}

/** gen_close_iter: closes what a `yield from`/`await` was delegating to. */
function closeIter(yf: PyObject): void {
  if (yf instanceof PyGenerator && (yf.type === T.generator || yf.type === T.coroutine)) {
    yf.close();
    return;
  }
  const meth = getAttrOrUndefined(yf, "close");
  if (meth !== undefined) callObject(meth, []);
}

function matchesClass(typ: PyObject, cls: PyType): boolean {
  if (typ instanceof PyType) return typ.isSubtype(cls);
  return typ instanceof PyBaseException && typ.type.isSubtype(cls);
}

/** The exception throw(typ, val, tb) raises, checked as `raise` checks it. */
function normalizeThrow({ typ, val, tb }: ThrowArgs): PyBaseException {
  const traceback = tb === None ? null : tb;
  if (traceback !== null && !(traceback instanceof PyTraceback))
    throw typeError("throw() third argument must be a traceback object");
  let exc: PyBaseException;
  if (typ instanceof PyType && typ.isSubtype(E.BaseException)) {
    let made: PyObject;
    if (val instanceof PyBaseException && val.type.isSubtype(typ)) made = val;
    else if (val === null || val === None) made = callObject(typ, []);
    else if (val instanceof PyTuple) made = callObject(typ, [...val.items]);
    else made = callObject(typ, [val]);
    if (!(made instanceof PyBaseException))
      throw typeError(
        `calling ${typ.name} should have returned an instance of BaseException, not ${made.type.name}`,
      );
    exc = made;
  } else if (typ instanceof PyBaseException) {
    if (val !== null && val !== None) throw typeError("instance exception may not have a separate value");
    exc = typ;
  } else
    throw typeError(
      `exceptions must be classes or instances deriving from BaseException, not ${typ.type.name}`,
    );
  if (traceback instanceof PyTraceback) exc.traceback = traceback;
  return exc;
}

/** The arguments of a throw() method: 1 to 3 of them. */
export function throwArgs(name: string, args: PyObject[], kwnames: readonly string[] | null): ThrowArgs {
  rangeArgs(name, args, kwnames, 1, 3);
  return { typ: args[0], val: args[1] ?? null, tb: args[2] ?? null };
}

/**
 * The StopIteration carrying `value`. A generator returning None raises a bare StopIteration; an async
 * generator's yield always passes its value (`always`).
 */
export function stopIterationWith(value: PyObject, always: boolean): PyObject {
  const e = newError("StopIteration", null);
  if (always || value !== None) e.args = [value];
  return e;
}

/** The send/throw result as a method returns it: the yielded value, or StopIteration with the return value. */
export function yielded(r: SendResult): PyObject {
  if (r.done) throw stopIterationWith(r.value, false);
  return r.value;
}

/** PyIter_Send, for SEND: generators and coroutines resume directly, other iterators through __next__ or send. */
export function iterSend(receiver: PyObject, v: PyObject): SendResult {
  if (receiver instanceof PyGenerator) return receiver.sendRaw(v);
  try {
    const next = v === None ? receiver.type.lookup("__next__") : undefined;
    const value =
      next !== undefined ? callMethod(next, receiver, []) : callObject(getAttr(receiver, "send"), [v]);
    return { done: false, value };
  } catch (e) {
    if (e instanceof PyStopIteration) return { done: true, value: e.value };
    throw e;
  }
}

/** GET_YIELD_FROM_ITER: generators (and coroutines, in coroutine code) are delegated to as they are. */
export function yieldFromIter(frame: Frame, v: PyObject): PyObject {
  if (v.type === T.coroutine) {
    if (!(frame.code.co_flags & (CO.COROUTINE | CO.ITERABLE_COROUTINE)))
      throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    return v;
  }
  if (v.type === T.generator) return v;
  return getIter(v);
}

/** Makers for the other kinds of generator frame, registered by coroutines.ts and async-generators.ts. */
const kinds: [flag: number, make: (frame: Frame) => PyGenerator][] = [];

export function registerGeneratorKind(flag: number, make: (frame: Frame) => PyGenerator): void {
  kinds.push([flag, make]);
}

// next() on a plain generator without a result object or a StopIteration to raise and absorb (iterNext and
// FOR_ITER call this).
runtime.generatorNext = (gen) => {
  const g = gen as PyGenerator;
  const v = g.step(None, null);
  return g.finished ? undefined : v;
};

/** RETURN_GENERATOR: a generator, coroutine or async generator, as the code's flags say. */
export function makeGenerator(frame: Frame): PyGenerator {
  const flags = frame.code.co_flags;
  for (const [flag, make] of kinds) if (flags & flag) return make(frame);
  return new PyGenerator(frame);
}

export function address(o: PyObject): string {
  return `0x${identity(o).toString(16).padStart(12, "0")}`;
}

function gen(o: PyObject): PyGenerator {
  return o as PyGenerator;
}

/** The attributes generators and coroutines share, under their prefix (gi_, cr_, ag_). */
export function defineFrameAttributes(
  type: PyType,
  prefix: string,
  running: (g: PyGenerator) => boolean,
): void {
  defineGetSets(type, {
    [`${prefix}_frame`]: [(self) => (gen(self).finished ? None : gen(self).frame)],
    [`${prefix}_running`]: [(self) => pyBool(running(gen(self)))],
    [`${prefix}_code`]: [(self) => gen(self).frame.pycode],
    [`${prefix}_suspended`]: [(self) => pyBool(gen(self).suspended)],
    __name__: [(self) => gen(self).name, (self, v) => setName(self, v, "name")],
    __qualname__: [(self) => gen(self).qualname, (self, v) => setName(self, v, "qualname")],
  });
}

function setName(self: PyObject, v: PyObject | null, which: "name" | "qualname"): void {
  if (!(v instanceof PyStr)) throw typeError(`__${which}__ must be set to a string object`);
  gen(self)[which] = v;
}

export function reprOf(self: PyObject, what: string): PyObject {
  return newStr(`<${what} object ${(gen(self).qualname as PyStr).value} at ${address(self)}>`);
}

defineFrameAttributes(T.generator, "gi", (g) => g.running);
defineGetSets(T.generator, {
  gi_yieldfrom: [(self) => gen(self).delegate() ?? None],
});

defineMethods(T.generator, {
  __iter__: (self) => self,
  __next__: (self) => yielded(gen(self).resume(None, null)),
  send: (self, args, kwnames) => {
    if (args.length !== 1 || kwnames?.length)
      throw typeError(`generator.send() takes exactly one argument (${args.length} given)`);
    return yielded(gen(self).resume(args[0], null));
  },
  throw: (self, args, kwnames) => yielded(gen(self).throwInto(throwArgs("throw", args, kwnames), true)),
  close: (self) => gen(self).close(),
  __repr__: (self) => reprOf(self, "generator"),
});
