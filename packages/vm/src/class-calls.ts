// Calling an ordinary class whose __init__ is a Python function without a nested eval loop (CPython's
// CALL_ALLOC_AND_ENTER_INIT): the instance is made here and __init__ runs as a frame of the same loop, whose
// RETURN_VALUE hands back the instance.
import { CO } from "@ophis/bytecode";
import { giveInstanceDict, None, PyFunction, type PyObject, type PyType, T, typeError } from "@ophis/objects";
import type { Frame } from "./frame.js";

const objectNew = T.object.attrs.get("__new__");
const NOT_PLAIN = CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR;

/**
 * The instance and __init__ to run for calling `type`, when type.__call__, object.__new__ and a plain Python
 * __init__ would do all the work; else null (the call takes the generic path).
 */
export function plainInit(type: PyType): PyFunction | null {
  if (type.type !== T.type || !type.heap || type.lookup("__new__") !== objectNew) return null;
  const init = type.lookup("__init__");
  if (!(init instanceof PyFunction) || init.code.code.co_flags & NOT_PLAIN) return null;
  // object.__new__ allocates through the nearest builtin base: only object itself is known to need nothing else.
  for (const t of type.mro) if (t.allocate !== null) return t === T.object ? init : null;
  return null;
}

/** A new instance of `type` as object.__new__ makes it (plainInit said yes). */
export function allocatePlain(type: PyType): PyObject {
  const o = T.object.allocate!(type);
  giveInstanceDict(o);
  return o;
}

/** What the CALL of a class gives once its __init__ frame returns `v`: the instance, or CPython's TypeError. */
export function initResult(frame: Frame, v: PyObject): PyObject {
  if (v !== None) throw typeError(`__init__() should return None, not '${v.type.name}'`);
  return frame.initSelf!;
}
