// The abstract object protocols (Objects/abstract.c, object.c): repr, str, hash, equality, truth, iteration, items.
import { callMethod, getAttrOrUndefined } from "./attributes.js";
import { callObject } from "./call.js";
import { E, newError, PyObject, PyType, T, typeError } from "./core.js";
import { PyFloat } from "./float.js";
import { PyBuiltinFunction, PyFunction, PyMethod } from "./functions.js";
import { False, PyInt, True } from "./int.js";
import { NATIVE_NEXT, nativeIterator, PyNativeIterator } from "./iterators.js";
import { runtime } from "./runtime.js";
import { PyTuple } from "./sequences.js";
import { None, NotImplemented } from "./singletons.js";
import { PyStr } from "./str.js";

/** Calls the special method `name` looked up on the type (never the instance), or returns undefined if absent. */
export function callSpecial(o: PyObject, name: string, args: PyObject[]): PyObject | undefined {
  const m = o.type.lookup(name);
  if (m === undefined || m === None) return undefined;
  return callMethod(m, o, args);
}

/** A guard against runaway recursion through repr of nested containers (Py_ReprEnter). */
const reprActive = new Set<PyObject>();

/** Runs `body` unless `o` is already being repr'd higher up the stack, in which case returns `recursive`. */
export function reprGuard(o: PyObject, recursive: string, body: () => string): string {
  if (reprActive.has(o)) return recursive;
  reprActive.add(o);
  try {
    return body();
  } finally {
    reprActive.delete(o);
  }
}

export function repr(o: PyObject): string {
  const r = callSpecial(o, "__repr__", []);
  if (!(r instanceof PyStr)) throw typeError(`__repr__ returned non-string (type ${r?.type.name})`);
  return r.value;
}

export function str(o: PyObject): string {
  if (o instanceof PyStr && o.type === T.str) return o.value;
  const r = callSpecial(o, "__str__", []);
  if (!(r instanceof PyStr)) throw typeError(`__str__ returned non-string (type ${r?.type.name})`);
  return r.value;
}

export function hashOf(o: PyObject): number | bigint {
  const m = o.type.lookup("__hash__");
  if (m === undefined || m === None) throw typeError(`unhashable type: '${o.type.name}'`);
  const h = callMethod(m, o, []);
  if (!(h instanceof PyInt)) throw typeError("__hash__ method should return an integer");
  return h.value === -1 ? -2 : h.value;
}

const SWAPPED: Record<string, string> = {
  __lt__: "__gt__",
  __le__: "__ge__",
  __eq__: "__eq__",
  __ne__: "__ne__",
  __gt__: "__lt__",
  __ge__: "__le__",
};
const SYMBOL: Record<string, string> = {
  __lt__: "<",
  __le__: "<=",
  __eq__: "==",
  __ne__: "!=",
  __gt__: ">",
  __ge__: ">=",
};

/** PyObject_RichCompare: the reflected method first for a proper subclass, identity for ==/!= as last resort. */
export function richCompare(a: PyObject, b: PyObject, op: string): PyObject {
  const swapped = SWAPPED[op];
  let checkedReflected = false;
  if (a.type !== b.type && b.type.isSubtype(a.type) && b.type.lookup(swapped) !== undefined) {
    checkedReflected = true;
    const r = callSpecial(b, swapped, [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const r = callSpecial(a, op, [b]);
  if (r !== undefined && r !== NotImplemented) return r;
  if (!checkedReflected) {
    const r2 = callSpecial(b, swapped, [a]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  if (op === "__eq__") return a === b ? True : False;
  if (op === "__ne__") return a !== b ? True : False;
  throw typeError(`'${SYMBOL[op]}' not supported between instances of '${a.type.name}' and '${b.type.name}'`);
}

/** a == b as a JS boolean (identity implies equality, as PyObject_RichCompareBool). */
export function isEqual(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  return truthy(richCompare(a, b, "__eq__"));
}

/** bool(o): __bool__, then __len__, else true. */
export function truthy(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const t = o.type;
  const b = t.lookup("__bool__");
  if (b !== undefined) {
    const r = callMethod(b, o, []);
    if (r === True) return true;
    if (r === False) return false;
    throw typeError(`__bool__ should return bool, returned ${r.type.name}`);
  }
  const l = t.lookup("__len__");
  if (l !== undefined) return lengthFrom(callMethod(l, o, [])) !== 0;
  return true;
}

function lengthFrom(r: PyObject): number {
  if (!(r instanceof PyInt)) throw typeError(`'${r.type.tpName}' object cannot be interpreted as an integer`);
  const n = Number(r.value);
  if (n < 0) throw newError("ValueError", "__len__() should return >= 0");
  return n;
}

export function len(o: PyObject): number {
  const l = o.type.lookup("__len__");
  if (l === undefined) throw typeError(`object of type '${o.type.name}' has no len()`);
  return lengthFrom(callMethod(l, o, []));
}

/** iter(o): __iter__, or the old sequence protocol over __getitem__. */
export function getIter(o: PyObject): PyObject {
  const it = o.type.lookup("__iter__");
  if (it !== undefined && it !== None) {
    const r = callMethod(it, o, []);
    if (r.type.lookup("__next__") === undefined)
      throw typeError(`iter() returned non-iterator of type '${r.type.name}'`);
    return r;
  }
  if (o.type.lookup("__getitem__") !== undefined) {
    let i = 0;
    let done = false;
    return nativeIterator("iterator", () => {
      if (done) return undefined;
      try {
        return getItem(o, new PyInt(i++));
      } catch (e) {
        if (e instanceof PyObject && (e.type.isSubtype(E.IndexError) || e.type.isSubtype(E.StopIteration))) {
          done = true;
          return undefined;
        }
        throw e;
      }
    });
  }
  throw typeError(`'${o.type.tpName}' object is not iterable`);
}

/** next(it): the next item or undefined when the iterator is exhausted (StopIteration is absorbed). */
export function iterNext(it: PyObject): PyObject | undefined {
  if (it instanceof PyNativeIterator && it.type.lookup("__next__") === NATIVE_NEXT) return it.step();
  // T.generator is made by the VM; generators cannot be subclassed, so the exact type has the builtin __next__.
  if (it.type === T.generator) return runtime.generatorNext(it);
  const n = it.type.lookup("__next__");
  if (n === undefined) throw typeError(`'${it.type.name}' object is not an iterator`);
  try {
    return callMethod(n, it, []);
  } catch (e) {
    if (e instanceof PyObject && e.type.isSubtype(E.StopIteration)) return undefined;
    throw e;
  }
}

/** The items of any iterable, as [...iterate(o)] without a JS generator between them. */
export function toArray(o: PyObject): PyObject[] {
  const it = getIter(o);
  const items: PyObject[] = [];
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return items;
    items.push(v);
  }
}

/** Iterates any iterable as a JS generator. */
export function* iterate(o: PyObject): Generator<PyObject> {
  const it = getIter(o);
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return;
    yield v;
  }
}

/** type[X] is special-cased (type itself has no __class_getitem__); types/generic-alias.ts installs it. */
export const typeSubscript: { alias: ((origin: PyObject, key: PyObject) => PyObject) | null } = {
  alias: null,
};

export function getItem(o: PyObject, key: PyObject): PyObject {
  const m = o.type.lookup("__getitem__");
  if (m !== undefined) return callMethod(m, o, [key]);
  if (o instanceof PyType) {
    if (o === T.type && typeSubscript.alias) return typeSubscript.alias(o, key);
    const cg = getAttrOrUndefined(o, "__class_getitem__");
    if (cg !== undefined) return callObject(cg, [key]);
    throw typeError(`type '${o.name}' is not subscriptable`);
  }
  throw typeError(`'${o.type.tpName}' object is not subscriptable`);
}

export function setItem(o: PyObject, key: PyObject, value: PyObject): void {
  const m = o.type.lookup("__setitem__");
  if (m === undefined) throw typeError(`'${o.type.name}' object does not support item assignment`);
  callMethod(m, o, [key, value]);
}

export function delItem(o: PyObject, key: PyObject): void {
  const m = o.type.lookup("__delitem__");
  if (m === undefined) throw typeError(`'${o.type.name}' object doesn't support item deletion`);
  callMethod(m, o, [key]);
}

/** `item in container`: __contains__, else a scan of iter(container). */
export function contains(container: PyObject, item: PyObject): boolean {
  const m = container.type.lookup("__contains__");
  if (m !== undefined) return truthy(callMethod(m, container, [item]));
  if (container.type.lookup("__iter__") === undefined && container.type.lookup("__getitem__") === undefined)
    throw typeError(`argument of type '${container.type.name}' is not a container or iterable`);
  for (const v of iterate(container)) if (isEqual(v, item)) return true;
  return false;
}

/** operator.index(o): an int from an object with __index__. */
export function index(o: PyObject): number | bigint {
  if (o instanceof PyInt) return o.value;
  const m = o.type.lookup("__index__");
  if (m === undefined) throw typeError(`'${o.type.tpName}' object cannot be interpreted as an integer`);
  const r = callMethod(m, o, []);
  if (!(r instanceof PyInt)) throw typeError(`__index__ returned non-int (type ${r.type.name})`);
  return r.value;
}

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * PyNumber_AsSsize_t: `o` as an index that fits a 64-bit Py_ssize_t, else `error` ("cannot fit 'int' into an
 * index-sized integer"). Values beyond 2**53 come back approximate: they exceed every size a JS object can have.
 */
export function ssizeIndex(o: PyObject, error: string): number {
  const v = index(o);
  if (typeof v === "number") return v;
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)
    throw newError(error, "cannot fit 'int' into an index-sized integer");
  return Number(v);
}

export function isFloat(o: PyObject): o is PyFloat {
  return o instanceof PyFloat;
}

export function isCallable(o: PyObject): boolean {
  return (
    o instanceof PyBuiltinFunction ||
    o instanceof PyFunction ||
    o instanceof PyMethod ||
    o instanceof PyType ||
    o.type.lookup("__call__") !== undefined
  );
}

/** isinstance(o, cls) as PyObject_IsInstance: tuples recursively, exact type fast path, then __instancecheck__. */
export function isInstance(o: PyObject, cls: PyObject): boolean {
  if (o.type === cls) return true;
  if (cls instanceof PyTuple) return cls.items.some((c) => isInstance(o, c));
  if (cls instanceof PyType && cls.type === T.type) return o.type.isSubtype(cls) || classOf(o, cls);
  const check = cls.type.lookup("__instancecheck__");
  if (check !== undefined) return truthy(callMethod(check, cls, [o]));
  if (!(cls instanceof PyType))
    throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  return o.type.isSubtype(cls);
}

/** An object whose __class__ lies (proxies) counts as an instance of what it claims. */
function classOf(o: PyObject, cls: PyType): boolean {
  if (o.dict === null) return false;
  const c = getAttrOrUndefined(o, "__class__");
  return c !== undefined && c !== o.type && c instanceof PyType && c.isSubtype(cls);
}

/** issubclass(c, cls) as PyObject_IsSubclass: tuples recursively, then __subclasscheck__. */
export function isSubclass(c: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTuple) return cls.items.some((k) => isSubclass(c, k));
  if (cls instanceof PyType && cls.type === T.type) {
    if (!(c instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
    return c.isSubtype(cls);
  }
  const check = cls.type.lookup("__subclasscheck__");
  if (check !== undefined) return truthy(callMethod(check, cls, [c]));
  if (!(cls instanceof PyType))
    throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  if (!(c instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  return c.isSubtype(cls);
}
