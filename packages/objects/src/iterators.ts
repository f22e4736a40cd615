// Native iterators (list_iterator, range_iterator, dict_keyiterator ...): a type name and a next() closure.
import { newError, PyObject, PyType, registerType, T } from "./core.js";
import { PyMethodDescr } from "./functions.js";

const iteratorTypes = new Map<string, PyType>();

/** The iterator type of that name, created once (its __iter__/__next__ are defined in builtin-types). */
export function iteratorType(name: string): PyType {
  let t = iteratorTypes.get(name);
  if (!t) {
    t = new PyType(T.type, name, [T.object]);
    t.setAttr("__iter__", NATIVE_ITER);
    t.setAttr("__next__", NATIVE_NEXT);
    iteratorTypes.set(name, t);
    registerType(T, name, t);
  }
  return t;
}

/** __iter__ and __next__ shared by every native iterator type. */
export const NATIVE_ITER = new PyMethodDescr("__iter__", T.object, (self) => self);
export const NATIVE_NEXT = new PyMethodDescr("__next__", T.object, (self) => {
  const v = (self as PyNativeIterator).step();
  if (v === undefined) throw newError("StopIteration", null);
  return v;
});

export class PyNativeIterator extends PyObject {
  /** Returns the next item, or undefined when exhausted (StopIteration without allocating it). */
  constructor(
    type: PyType,
    readonly step: () => PyObject | undefined,
    /** What __length_hint__ reports, when known. */
    readonly remaining: (() => number) | null = null,
  ) {
    super(type);
  }
}

export function nativeIterator(
  typeName: string,
  step: () => PyObject | undefined,
  remaining: (() => number) | null = null,
): PyNativeIterator {
  return new PyNativeIterator(iteratorType(typeName), step, remaining);
}
