// Calling any object (PyObject_Vectorcall): Python functions through the VM, natives directly, types by __new__/__init__.
import { newError, type PyObject, PyType, T } from "./core.js";
import { PyDict } from "./dict.js";
import { PyBuiltinFunction, PyFunction, PyMethod, PyMethodDescr, PyStaticMethod } from "./functions.js";
import { runtime } from "./runtime.js";
import { None } from "./singletons.js";

/** Calls `callable` with positional `args`; when kwnames is set, the last kwnames.length args are keywords. */
export function callObject(
  callable: PyObject,
  args: PyObject[],
  kwnames: readonly string[] | null = null,
): PyObject {
  if (callable instanceof PyFunction) return runtime.callFunction(callable, args, kwnames);
  if (callable instanceof PyBuiltinFunction) return callable.fn(args, kwnames);
  if (callable instanceof PyMethod) return callObject(callable.func, [callable.self, ...args], kwnames);
  if (callable instanceof PyType) {
    const metaCall = callable.type.lookup("__call__");
    if (metaCall === typeCallDescr || metaCall === undefined) return callType(callable, args, kwnames);
  }
  if (callable instanceof PyMethodDescr) {
    if (args.length === 0)
      throw newError(
        "TypeError",
        `unbound method ${callable.owner.name}.${callable.name}() needs an argument`,
      );
    return callable.fn(args[0], args.slice(1), kwnames);
  }
  const call = callable.type.lookup("__call__");
  if (call === undefined) throw newError("TypeError", `'${callable.type.tpName}' object is not callable`);
  if (call instanceof PyMethodDescr) return call.fn(callable, args, kwnames);
  return callObject(call, [callable, ...args], kwnames);
}

/** A private type flag: instances of this heap class have no __dict__ (it declares __slots__ without one). */
export const NO_INSTANCE_DICT = 1 << 29;

/** Instances of classes defined in Python get their __dict__ whichever builtin __new__ allocated them. */
export function giveInstanceDict(o: PyObject): void {
  if (o.dict === null && o.type.heap && !(o.type.flags & NO_INSTANCE_DICT)) o.dict = new PyDict();
}

/** Set by types.ts to type.__call__'s descriptor, so calls to ordinary classes skip the generic path. */
let typeCallDescr: PyObject | undefined;
export function setTypeCall(descr: PyObject): void {
  typeCallDescr = descr;
}

/** type.__call__: obj = cls.__new__(cls, ...); if isinstance(obj, cls): obj.__init__(...). */
export function callType(type: PyType, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  if (type === T.type && args.length === 1 && kwnames === null) return args[0].type;
  let newFn = type.lookup("__new__");
  if (newFn instanceof PyStaticMethod) newFn = newFn.func;
  if (newFn === undefined) throw newError("TypeError", `cannot create '${type.name}' instances`);
  const obj = callObject(newFn, [type, ...args], kwnames);
  if (!obj.type.isSubtype(type)) return obj;
  giveInstanceDict(obj);
  const init = obj.type.lookup("__init__");
  if (init === undefined) return obj;
  const result =
    init instanceof PyMethodDescr ? init.fn(obj, args, kwnames) : callObject(init, [obj, ...args], kwnames);
  if (result !== None)
    throw newError("TypeError", `__init__() should return None, not '${result.type.name}'`);
  return obj;
}
