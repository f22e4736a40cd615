// Coroutines (`async def`): generator frames that are awaited rather than iterated, and what `await` accepts.
import { CO } from "@ophis/bytecode";
import {
  callMethod,
  defineGetSets,
  defineMethods,
  None,
  newError,
  newStr,
  type PyObject,
  PyObject as PyObjectClass,
  PyType,
  T,
  typeError,
} from "@ophis/objects";
import type { Frame } from "./frame.js";
import {
  address,
  defineFrameAttributes,
  PyGenerator,
  registerGeneratorKind,
  reprOf,
  throwArgs,
  yielded,
} from "./generators.js";

T.coroutine = new PyType(T.type, "coroutine", [T.object]);
T.coroutine_wrapper = new PyType(T.type, "coroutine_wrapper", [T.object]);

export class PyCoroutine extends PyGenerator {
  constructor(frame: Frame) {
    super(frame, T.coroutine);
  }

  override get kind(): string {
    return "coroutine";
  }
}

registerGeneratorKind(CO.COROUTINE, (frame) => new PyCoroutine(frame));

/** What coroutine.__await__() returns: an iterator that drives the coroutine. */
class PyCoroutineWrapper extends PyObjectClass {
  constructor(readonly coro: PyCoroutine) {
    super(T.coroutine_wrapper);
  }
}

/** A coroutine, or a generator marked by types.coroutine: awaited as it is. */
function isCoroutineLike(o: PyObject): boolean {
  if (o.type === T.coroutine) return true;
  return o.type === T.generator && ((o as PyGenerator).frame.code.co_flags & CO.ITERABLE_COROUTINE) !== 0;
}

/** _PyCoro_GetAwaitableIter: the iterator `await o` drives. */
export function awaitableIter(o: PyObject): PyObject {
  if (isCoroutineLike(o)) return o;
  const getter = o.type.lookup("__await__");
  if (getter === undefined) throw typeError(`'${o.type.name}' object can't be awaited`);
  const res = callMethod(getter, o, []);
  if (isCoroutineLike(res)) throw typeError("__await__() returned a coroutine");
  if (res.type.lookup("__next__") === undefined)
    throw typeError(`__await__() returned non-iterator of type '${res.type.name}'`);
  return res;
}

/** GET_AWAITABLE: `where` is 1 after __aenter__ and 2 after __aexit__, which name themselves in the error. */
export function getAwaitable(o: PyObject, where: number): PyObject {
  let it: PyObject;
  try {
    it = awaitableIter(o);
  } catch (e) {
    if (where !== 0 && o.type.lookup("__await__") === undefined)
      throw typeError(
        `'async with' received an object from ${where === 1 ? "__aenter__" : "__aexit__"} that does not implement __await__: ${o.type.name}`,
      );
    throw e;
  }
  if (it instanceof PyCoroutine && it.delegate() !== null)
    throw newError("RuntimeError", "coroutine is being awaited already");
  return it;
}

function coro(o: PyObject): PyCoroutine {
  return o as PyCoroutine;
}

defineFrameAttributes(T.coroutine, "cr", (c) => c.running);
defineGetSets(T.coroutine, {
  cr_await: [(self) => coro(self).delegate() ?? None],
  cr_origin: [() => None],
});

defineMethods(T.coroutine, {
  send: (self, args, kwnames) => {
    if (args.length !== 1 || kwnames?.length)
      throw typeError(`coroutine.send() takes exactly one argument (${args.length} given)`);
    return yielded(coro(self).resume(args[0], null));
  },
  throw: (self, args, kwnames) => yielded(coro(self).throwInto(throwArgs("throw", args, kwnames), true)),
  close: (self) => coro(self).close(),
  __await__: (self) => new PyCoroutineWrapper(coro(self)),
  __repr__: (self) => reprOf(self, "coroutine"),
});

function wrapped(o: PyObject): PyCoroutine {
  return (o as PyCoroutineWrapper).coro;
}

defineMethods(T.coroutine_wrapper, {
  __iter__: (self) => self,
  __next__: (self) => yielded(wrapped(self).resume(None, null)),
  send: (self, args, kwnames) => {
    if (args.length !== 1 || kwnames?.length)
      throw typeError(`coroutine_wrapper.send() takes exactly one argument (${args.length} given)`);
    return yielded(wrapped(self).resume(args[0], null));
  },
  throw: (self, args, kwnames) => yielded(wrapped(self).throwInto(throwArgs("throw", args, kwnames), true)),
  close: (self) => wrapped(self).close(),
  __repr__: (self) => newStr(`<coroutine_wrapper object at ${address(self)}>`),
});
