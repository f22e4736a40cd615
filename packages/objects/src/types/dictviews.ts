// dict_keys, dict_values and dict_items: live views of a dict, with the set operations of keys and items views.
import { newError, PyObject, PyType, T } from "../core.js";
import type { PyDict } from "../dict.js";
import { defineGetSets, defineMethods } from "../functions.js";
import { False, newInt, pyBool, True } from "../int.js";
import { nativeIterator } from "../iterators.js";
import { getIter, isEqual, iterate, iterNext, repr, reprGuard } from "../protocols.js";
import { newTuple, PyTuple } from "../sequences.js";
import { isAnySet, PySet } from "../set.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr } from "../str.js";
import { PyMappingProxy } from "./classes.js";
import { makeSet, updateSet } from "./sets.js";

T.dict_keys = new PyType(T.type, "dict_keys", [T.object]);
T.dict_values = new PyType(T.type, "dict_values", [T.object]);
T.dict_items = new PyType(T.type, "dict_items", [T.object]);

export class PyDictView extends PyObject {
  constructor(
    type: PyType,
    readonly target: PyDict,
  ) {
    super(type);
  }
}

type Kind = "key" | "value" | "item";

function pick(kind: Kind, e: { key: PyObject; value: PyObject }): PyObject {
  return kind === "key" ? e.key : kind === "value" ? e.value : newTuple([e.key, e.value]);
}

/** An iterator over a dict that raises when the dict is resized underneath it, as dictiter_iternext does. */
export function dictIterator(d: PyDict, kind: Kind, reverse = false): PyObject {
  const size = d.size;
  const version = d.version;
  const entries = d.entryList();
  if (reverse) entries.reverse();
  let i = 0;
  let broken = false;
  const name = reverse ? `dict_reverse${kind}iterator` : `dict_${kind}iterator`;
  return nativeIterator(
    name,
    () => {
      if (broken) throw newError("RuntimeError", "dictionary changed size during iteration");
      if (d.size !== size) {
        broken = true;
        throw newError("RuntimeError", "dictionary changed size during iteration");
      }
      if (d.version !== version) {
        broken = true;
        throw newError("RuntimeError", "dictionary keys changed during iteration");
      }
      if (i >= entries.length) return undefined;
      const e = entries[i++];
      return pick(kind, kind === "key" ? e : { key: e.key, value: d.get(e.key) ?? e.value });
    },
    () => Math.max(0, entries.length - i),
  );
}

function view(self: PyObject): PyDictView {
  return self as PyDictView;
}

function isSetLike(o: PyObject): boolean {
  return isAnySet(o) || o.type === T.dict_keys || o.type === T.dict_items;
}

/** Whether an item (key, value) pair is in the dict. */
function itemIn(d: PyDict, x: PyObject): boolean {
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const v = d.get(x.items[0]);
  return v !== undefined && isEqual(v, x.items[1]);
}

function viewContains(self: PyObject, x: PyObject): boolean {
  const v = view(self);
  return self.type === T.dict_items ? itemIn(v.target, x) : v.target.get(x) !== undefined;
}

function lengthOf(o: PyObject): number {
  if (o instanceof PyDictView) return o.target.size;
  if (isAnySet(o)) return o.used;
  let n = 0;
  for (const _ of iterate(o)) n++;
  return n;
}

/** all_contained_in: every element of a is in b. */
function allIn(a: PyObject, b: PyObject): boolean {
  for (const x of iterate(a)) if (!containsAny(b, x)) return false;
  return true;
}

function containsAny(container: PyObject, x: PyObject): boolean {
  if (container instanceof PyDictView) return viewContains(container, x);
  if (isAnySet(container)) return container.has(x);
  for (const y of iterate(container)) if (isEqual(y, x)) return true;
  return false;
}

function compare(op: string) {
  return (self: PyObject, [other]: PyObject[]) => {
    if (!isSetLike(other)) return NotImplemented;
    const a = lengthOf(self);
    const b = lengthOf(other);
    switch (op) {
      case "eq":
        return pyBool(a === b && allIn(self, other));
      case "ne":
        return pyBool(!(a === b && allIn(self, other)));
      case "lt":
        return pyBool(a < b && allIn(self, other));
      case "le":
        return pyBool(a <= b && allIn(self, other));
      case "gt":
        return pyBool(a > b && allIn(other, self));
      default:
        return pyBool(a >= b && allIn(other, self));
    }
  };
}

/** A set of the left operand's elements, then the operation with the right one (dictviews_or and friends). */
function setOp(fn: (left: PySet, right: PyObject) => void) {
  return (self: PyObject, [other]: PyObject[]) => {
    const result = makeSet(T.set, self);
    fn(result, other);
    return result;
  };
}
function reflectedSetOp(fn: (left: PySet, right: PyObject) => void) {
  return (self: PyObject, [other]: PyObject[]) => {
    const result = makeSet(T.set, other);
    fn(result, self);
    return result;
  };
}

function discardAll(s: PySet, other: PyObject): void {
  for (const x of iterate(other)) s.discard(x);
}
function toggleAll(s: PySet, other: PyObject): void {
  const o = makeSet(T.set, other);
  for (const [k, h] of o.entries()) if (!s.discard(k, h)) s.add(k, h);
}

/** _PyDictView_Intersect: keeps the elements of `other` found in the view. */
function intersect(viewObj: PyObject, other: PyObject): PyObject {
  const result = new PySet(T.set);
  const it = getIter(other);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (viewContains(viewObj, x)) result.add(x);
  return result;
}

const setLike = {
  __or__: setOp(updateSet),
  __ror__: reflectedSetOp(updateSet),
  __sub__: setOp(discardAll),
  __rsub__: reflectedSetOp(discardAll),
  __xor__: setOp(toggleAll),
  __rxor__: reflectedSetOp(toggleAll),
  __and__: (self: PyObject, [other]: PyObject[]) => intersect(self, other),
  __rand__: (self: PyObject, [other]: PyObject[]) => intersect(self, other),
  __eq__: compare("eq"),
  __ne__: compare("ne"),
  __lt__: compare("lt"),
  __le__: compare("le"),
  __gt__: compare("gt"),
  __ge__: compare("ge"),
  isdisjoint: (self: PyObject, [other]: PyObject[]) => {
    for (const x of iterate(other)) if (viewContains(self, x)) return False;
    return True;
  },
  __contains__: (self: PyObject, [x]: PyObject[]) => pyBool(viewContains(self, x)),
};

function viewRepr(self: PyObject, kind: Kind): string {
  const name = self.type.name;
  return reprGuard(self, "...", () => {
    const items = view(self)
      .target.entryList()
      .map((e) => repr(pick(kind, e)));
    return `${name}([${items.join(", ")}])`;
  });
}

for (const [type, kind] of [
  [T.dict_keys, "key"],
  [T.dict_values, "value"],
  [T.dict_items, "item"],
] as [PyType, Kind][]) {
  defineMethods(type, {
    ...(kind === "value" ? {} : setLike),
    __len__: (self) => newInt(view(self).target.size),
    __iter__: (self) => dictIterator(view(self).target, kind),
    __reversed__: (self) => dictIterator(view(self).target, kind, true),
    __repr__: (self) => newStr(viewRepr(self, kind)),
  });
  if (kind !== "value") type.setAttr("__hash__", None);
  // view.mapping: a read-only proxy of the very dict the view looks at.
  defineGetSets(type, { mapping: [(self) => new PyMappingProxy(view(self).target)] });
}
