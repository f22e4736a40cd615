// Async generators (`async def` with `yield`), the asend/athrow awaitables that drive them, and `async for`.
import { CO } from "@ophis/bytecode";
import {
  callMethod,
  defineGetSets,
  defineMethods,
  E,
  exactArgs,
  None,
  newError,
  newStr,
  PyBaseException,
  type PyObject,
  PyObject as PyObjectClass,
  PyType,
  rangeArgs,
  T,
  typeError,
} from "@ophis/objects";
import { awaitableIter } from "./coroutines.js";
import type { Frame } from "./frame.js";
import {
  address,
  defineFrameAttributes,
  PyGenerator,
  registerGeneratorKind,
  reprOf,
  type SendResult,
  stopIterationWith,
  type ThrowArgs,
  throwArgs,
} from "./generators.js";

T.async_generator = new PyType(T.type, "async_generator", [T.object]);
T.async_generator_asend = new PyType(T.type, "async_generator_asend", [T.object]);
T.async_generator_athrow = new PyType(T.type, "async_generator_athrow", [T.object]);
T.async_generator_wrapped_value = new PyType(T.type, "async_generator_wrapped_value", [T.object]);

export class PyAsyncGenerator extends PyGenerator {
  /** ag_running: an asend/athrow awaitable is part way through driving the generator. */
  runningAsync = false;
  /** The generator finished, or aclose() began: a later athrow()/aclose() ends at once. */
  closed = false;
  constructor(frame: Frame) {
    super(frame, T.async_generator);
  }

  override get kind(): string {
    return "async generator";
  }
}

registerGeneratorKind(CO.ASYNC_GENERATOR, (frame) => new PyAsyncGenerator(frame));

/** What an async generator's `yield` hands out (INTRINSIC_ASYNC_GEN_WRAP), told apart from what its awaits yield. */
class PyWrappedValue extends PyObjectClass {
  constructor(readonly value: PyObject) {
    super(T.async_generator_wrapped_value);
  }
}

export function wrapAsyncGenValue(v: PyObject): PyObject {
  return new PyWrappedValue(v);
}

enum State {
  Init,
  Iter,
  Closed,
}

function isExc(e: unknown, name: string): boolean {
  return e instanceof PyBaseException && e.type.isSubtype(E[name]);
}

/**
 * async_gen_unwrap_value: a value the generator yielded completes the awaitable (StopIteration carrying it);
 * anything its awaits yield passes through to whoever drives the awaitable.
 */
function unwrap(g: PyAsyncGenerator, step: () => SendResult): PyObject {
  let r: SendResult;
  try {
    r = step();
  } catch (e) {
    if (isExc(e, "StopAsyncIteration") || isExc(e, "GeneratorExit")) g.closed = true;
    g.runningAsync = false;
    throw e;
  }
  if (r.done) {
    g.closed = true;
    g.runningAsync = false;
    throw newError("StopAsyncIteration", null);
  }
  if (r.value instanceof PyWrappedValue) {
    g.runningAsync = false;
    throw stopIterationWith(r.value.value, true);
  }
  return r.value;
}

/** The awaitable of __anext__() and asend(value). */
class PyASend extends PyObjectClass {
  state = State.Init;
  constructor(
    readonly gen: PyAsyncGenerator,
    readonly sendval: PyObject,
  ) {
    super(T.async_generator_asend);
  }

  send(arg: PyObject): PyObject {
    if (this.state === State.Closed)
      throw newError("RuntimeError", "cannot reuse already awaited __anext__()/asend()");
    const g = this.gen;
    if (this.state === State.Init) {
      if (g.runningAsync) {
        this.state = State.Closed;
        throw newError("RuntimeError", "anext(): asynchronous generator is already running");
      }
      if (arg === None) arg = this.sendval;
      this.state = State.Iter;
    }
    g.runningAsync = true;
    try {
      return unwrap(g, () => g.resume(arg, null));
    } catch (e) {
      this.state = State.Closed;
      throw e;
    }
  }

  throw(args: ThrowArgs): PyObject {
    if (this.state === State.Closed)
      throw newError("RuntimeError", "cannot reuse already awaited __anext__()/asend()");
    const g = this.gen;
    if (this.state === State.Init) {
      if (g.runningAsync) {
        this.state = State.Closed;
        throw newError("RuntimeError", "anext(): asynchronous generator is already running");
      }
      this.state = State.Iter;
      g.runningAsync = true;
    }
    try {
      return unwrap(g, () => g.throwInto(args, true));
    } catch (e) {
      g.runningAsync = false;
      this.state = State.Closed;
      throw e;
    }
  }
}

/** The awaitable of athrow(...) and, with no arguments, of aclose(). */
class PyAThrow extends PyObjectClass {
  state = State.Init;
  constructor(
    readonly gen: PyAsyncGenerator,
    readonly args: ThrowArgs | null,
  ) {
    super(T.async_generator_athrow);
  }

  private alreadyRunning(): PyObject {
    this.state = State.Closed;
    return newError(
      "RuntimeError",
      `${this.args ? "athrow" : "aclose"}(): asynchronous generator is already running`,
    );
  }

  send(arg: PyObject): PyObject {
    if (this.state === State.Closed)
      throw newError("RuntimeError", "cannot reuse already awaited aclose()/athrow()");
    const g = this.gen;
    if (g.finished) {
      this.state = State.Closed;
      throw newError("StopIteration", null);
    }
    if (this.state === State.Init) {
      if (g.runningAsync) throw this.alreadyRunning();
      if (g.closed) {
        this.state = State.Closed;
        throw newError("StopAsyncIteration", null);
      }
      if (arg !== None)
        throw newError("RuntimeError", "can't send non-None value to a just-started coroutine");
      this.state = State.Iter;
      g.runningAsync = true;
      if (this.args === null) {
        g.closed = true;
        return this.closing(() => g.throwInto(GENERATOR_EXIT, false));
      }
      const args = this.args;
      try {
        return unwrap(g, () => g.throwInto(args, false));
      } catch (e) {
        g.runningAsync = false;
        this.state = State.Closed;
        throw e;
      }
    }
    if (this.args) return unwrap(g, () => g.resume(arg, null));
    return this.closing(() => g.resume(arg, null));
  }

  /** aclose()'s step: the generator ending completes it; yielding a value instead is an error. */
  private closing(step: () => SendResult): PyObject {
    const g = this.gen;
    let r: SendResult;
    try {
      r = step();
    } catch (e) {
      g.runningAsync = false;
      this.state = State.Closed;
      if (isExc(e, "StopAsyncIteration") || isExc(e, "GeneratorExit")) throw newError("StopIteration", null);
      throw e;
    }
    if (r.done) {
      g.runningAsync = false;
      this.state = State.Closed;
      throw newError("StopIteration", null);
    }
    if (r.value instanceof PyWrappedValue) {
      g.runningAsync = false;
      this.state = State.Closed;
      throw newError("RuntimeError", "async generator ignored GeneratorExit");
    }
    return r.value;
  }

  throw(targs: ThrowArgs): PyObject {
    if (this.state === State.Closed)
      throw newError("RuntimeError", "cannot reuse already awaited aclose()/athrow()");
    const g = this.gen;
    if (this.state === State.Init) {
      if (g.runningAsync) throw this.alreadyRunning();
      this.state = State.Iter;
      g.runningAsync = true;
    }
    if (this.args) return unwrap(g, () => g.throwInto(targs, true));
    let r: SendResult;
    try {
      r = g.throwInto(targs, true);
    } catch (e) {
      if (isExc(e, "StopAsyncIteration") || isExc(e, "GeneratorExit")) throw newError("StopIteration", null);
      throw e;
    }
    if (r.done) throw newError("StopIteration", null);
    if (r.value instanceof PyWrappedValue) {
      g.runningAsync = false;
      this.state = State.Closed;
      throw newError("RuntimeError", "async generator ignored GeneratorExit");
    }
    return r.value;
  }
}

const GENERATOR_EXIT: ThrowArgs = { typ: E.GeneratorExit, val: null, tb: null };

/** close() of an asend/athrow awaitable: GeneratorExit thrown in, which must end it. */
function closeAwaitable(o: PyASend | PyAThrow): PyObject {
  if (o.state === State.Closed) return None;
  try {
    o.throw(GENERATOR_EXIT);
  } catch (e) {
    if (isExc(e, "StopIteration") || isExc(e, "StopAsyncIteration") || isExc(e, "GeneratorExit")) return None;
    throw e;
  }
  throw newError("RuntimeError", "coroutine ignored GeneratorExit");
}

function agen(o: PyObject): PyAsyncGenerator {
  return o as PyAsyncGenerator;
}

defineFrameAttributes(T.async_generator, "ag", (g) => (g as PyAsyncGenerator).runningAsync);
defineGetSets(T.async_generator, {
  ag_await: [(self) => agen(self).delegate() ?? None],
});

defineMethods(T.async_generator, {
  __aiter__: (self) => self,
  __anext__: (self) => new PyASend(agen(self), None),
  asend: (self, args, kwnames) => {
    if (args.length !== 1 || kwnames?.length)
      throw typeError(`async_generator.asend() takes exactly one argument (${args.length} given)`);
    return new PyASend(agen(self), args[0]);
  },
  athrow: (self, args, kwnames) => new PyAThrow(agen(self), throwArgs("athrow", args, kwnames)),
  aclose: (self) => new PyAThrow(agen(self), null),
  __repr__: (self) => reprOf(self, "async_generator"),
});

/** The protocol both awaitables share: each is its own iterator, driven by send/throw/close. */
function defineAwaitable(type: PyType, name: string): void {
  const it = (o: PyObject) => o as PyASend | PyAThrow;
  defineMethods(type, {
    __await__: (self) => self,
    __iter__: (self) => self,
    __next__: (self) => it(self).send(None),
    send: (self, args, kwnames) => {
      if (args.length !== 1 || kwnames?.length)
        throw typeError(`${name}.send() takes exactly one argument (${args.length} given)`);
      return it(self).send(args[0]);
    },
    throw: (self, args, kwnames) => it(self).throw(throwArgs("throw", args, kwnames)),
    close: (self) => closeAwaitable(it(self)),
    __repr__: (self) => newStr(`<${name} object at ${address(self)}>`),
  });
}

defineAwaitable(T.async_generator_asend, "async_generator_asend");
defineAwaitable(T.async_generator_athrow, "async_generator_athrow");

/** GET_AITER: what `async for` iterates, from __aiter__. */
export function getAIter(o: PyObject): PyObject {
  const getter = o.type.lookup("__aiter__");
  if (getter === undefined)
    throw typeError(`'async for' requires an object with __aiter__ method, got ${o.type.name}`);
  const it = callMethod(getter, o, []);
  if (it.type.lookup("__anext__") === undefined)
    throw typeError(
      `'async for' received an object from __aiter__ that does not implement __anext__: ${it.type.name}`,
    );
  return it;
}

/** GET_ANEXT: the awaitable for the next round of `async for`. */
export function getANext(aiter: PyObject): PyObject {
  if (aiter instanceof PyAsyncGenerator && aiter.type === T.async_generator) return new PyASend(aiter, None);
  const getter = aiter.type.lookup("__anext__");
  if (getter === undefined)
    throw typeError(`'async for' requires an iterator with __anext__ method, got ${aiter.type.name}`);
  const next = callMethod(getter, aiter, []);
  try {
    return awaitableIter(next);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    const err = typeError(`'async for' received an invalid object from __anext__: ${next.type.name}`);
    (err as PyBaseException).cause = e;
    (err as PyBaseException).context = e;
    (err as PyBaseException).suppressContext = true;
    throw err;
  }
}

/**
 * END_ASYNC_FOR, the handler around each round of `async for`: StopAsyncIteration ends the loop (the async
 * iterator and the exception are popped); any other exception is returned for the eval loop to raise again.
 */
export function endAsyncFor(stack: (PyObject | null)[]): PyBaseException | null {
  const exc = stack.pop() as PyBaseException;
  if (!exc.type.isSubtype(E.StopAsyncIteration)) return exc;
  stack.pop();
  return null;
}

T.anext_awaitable = new PyType(T.type, "anext_awaitable", [T.object]);

/** What anext(it, default) returns: the __anext__() awaitable, with StopAsyncIteration turned into the default. */
class PyANextAwaitable extends PyObjectClass {
  constructor(
    readonly wrapped: PyObject,
    readonly fallback: PyObject,
  ) {
    super(T.anext_awaitable);
  }

  /** The iterator under the awaitable (a coroutine's own one comes from its __await__). */
  iterator(): PyObject {
    const it = awaitableIter(this.wrapped);
    if (it.type.lookup("__next__") !== undefined) return it;
    const awaited = callMethod(it.type.lookup("__await__")!, it, []);
    if (awaited.type.lookup("__next__") === undefined) throw typeError("__await__ returned a non-iterable");
    return awaited;
  }

  /** Calls `method` of the iterator; its StopAsyncIteration becomes the default value, as a return. */
  proxy(method: string, args: PyObject[]): PyObject {
    const it = this.iterator();
    try {
      return callMethod(it.type.lookup(method) ?? missing(it, method), it, args);
    } catch (e) {
      if (isExc(e, "StopAsyncIteration")) throw stopIterationWith(this.fallback, true);
      throw e;
    }
  }
}

function missing(o: PyObject, name: string): never {
  throw newError("AttributeError", `'${o.type.name}' object has no attribute '${name}'`);
}

function anextAwaitable(o: PyObject): PyANextAwaitable {
  return o as PyANextAwaitable;
}

defineMethods(T.anext_awaitable, {
  __await__: (self) => self,
  __iter__: (self) => self,
  __next__: (self) => anextAwaitable(self).proxy("__next__", []),
  send: (self, args) => anextAwaitable(self).proxy("send", args),
  throw: (self, args) => anextAwaitable(self).proxy("throw", args),
  close: (self) => anextAwaitable(self).proxy("close", []),
});

/** aiter(async_iterable). */
export function builtinAiter(args: PyObject[], kwnames: readonly string[] | null): PyObject {
  exactArgs("aiter", args, kwnames, 1);
  const o = args[0];
  const getter = o.type.lookup("__aiter__");
  if (getter === undefined) throw typeError(`'${o.type.name}' object is not an async iterable`);
  const it = callMethod(getter, o, []);
  if (it.type.lookup("__anext__") === undefined)
    throw typeError(`aiter() returned not an async iterator of type '${it.type.name}'`);
  return it;
}

/** anext(async_iterator[, default]). */
export function builtinAnext(args: PyObject[], kwnames: readonly string[] | null): PyObject {
  rangeArgs("anext", args, kwnames, 1, 2);
  const it = args[0];
  const getter = it.type.lookup("__anext__");
  if (getter === undefined) throw typeError(`'${it.type.name}' object is not an async iterator`);
  const awaitable = callMethod(getter, it, []);
  return args.length === 1 ? awaitable : new PyANextAwaitable(awaitable, args[1]);
}
