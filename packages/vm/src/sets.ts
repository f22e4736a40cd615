// set and frozenset (first version: insertion order; CPython's hash-table order is not reproduced yet).
import {
  defineMethods,
  iterate,
  None,
  NotImplemented,
  nativeIterator,
  newError,
  newInt,
  newStr,
  PyBuiltinFunction,
  PyDict,
  type PyObject,
  PyStaticMethod,
  PyType,
  pyBool,
  repr,
  reprGuard,
  T,
} from "@ophis/objects";

T.set = new PyType(T.type, "set", [T.object]);
T.frozenset = new PyType(T.type, "frozenset", [T.object]);

export class PySet extends PyDict {}

export function newSet(items: PyObject[], type: PyType = T.set): PySet {
  const s = new PySet(type);
  for (const x of items) s.set(x, None);
  return s;
}

export function setAdd(set: PyObject, v: PyObject): void {
  (set as PySet).set(v, None);
}

function keys(s: PyObject): PyObject[] {
  return (s as PySet).entryList().map((e) => e.key);
}

function isSet(o: PyObject): o is PySet {
  return o instanceof PySet;
}

const methods = {
  __repr__: (self: PyObject) => {
    const ks = keys(self);
    const name = self.type.name;
    if (ks.length === 0) return newStr(`${name}()`);
    const inner = reprGuard(self, "...", () => `{${ks.map(repr).join(", ")}}`);
    return newStr(self.type === T.set ? inner : `${name}(${inner})`);
  },
  __len__: (self: PyObject) => newInt((self as PySet).size),
  __contains__: (self: PyObject, [x]: PyObject[]) => pyBool((self as PySet).get(x) !== undefined),
  __iter__: (self: PyObject) => {
    const ks = keys(self);
    let i = 0;
    return nativeIterator("set_iterator", () => (i < ks.length ? ks[i++] : undefined));
  },
  __or__: (self: PyObject, [o]: PyObject[]) =>
    isSet(o) ? newSet([...keys(self), ...keys(o)], self.type) : NotImplemented,
  __and__: (self: PyObject, [o]: PyObject[]) =>
    isSet(o)
      ? newSet(
          keys(self).filter((k) => (o as PySet).get(k) !== undefined),
          self.type,
        )
      : NotImplemented,
  __sub__: (self: PyObject, [o]: PyObject[]) =>
    isSet(o)
      ? newSet(
          keys(self).filter((k) => (o as PySet).get(k) === undefined),
          self.type,
        )
      : NotImplemented,
  __xor__: (self: PyObject, [o]: PyObject[]) =>
    isSet(o)
      ? newSet(
          [
            ...keys(self).filter((k) => (o as PySet).get(k) === undefined),
            ...keys(o).filter((k) => (self as PySet).get(k) === undefined),
          ],
          self.type,
        )
      : NotImplemented,
  __eq__: (self: PyObject, [o]: PyObject[]) =>
    isSet(o)
      ? pyBool((self as PySet).size === o.size && keys(self).every((k) => o.get(k) !== undefined))
      : NotImplemented,
  __le__: (self: PyObject, [o]: PyObject[]) =>
    isSet(o) ? pyBool(keys(self).every((k) => o.get(k) !== undefined)) : NotImplemented,
  __ge__: (self: PyObject, [o]: PyObject[]) =>
    isSet(o) ? pyBool(keys(o).every((k) => (self as PySet).get(k) !== undefined)) : NotImplemented,
};

defineMethods(T.set, {
  ...methods,
  add: (self, [x]) => {
    (self as PySet).set(x, None);
    return None;
  },
  discard: (self, [x]) => {
    (self as PySet).delete(x);
    return None;
  },
  remove: (self, [x]) => {
    if ((self as PySet).delete(x) === undefined) {
      const e = newError("KeyError", null);
      (e as unknown as { args: PyObject[] }).args = [x];
      throw e;
    }
    return None;
  },
  update: (self, args) => {
    for (const a of args) for (const x of iterate(a)) (self as PySet).set(x, None);
    return None;
  },
});
defineMethods(T.frozenset, methods);
T.set.setAttr("__hash__", None);
for (const t of [T.set, T.frozenset])
  t.setAttr(
    "__new__",
    new PyStaticMethod(
      new PyBuiltinFunction("__new__", (args) =>
        newSet(args.length > 1 ? [...iterate(args[1])] : [], args[0] as PyType),
      ),
    ),
  );
