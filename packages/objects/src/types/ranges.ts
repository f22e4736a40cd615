// range and slice objects: range's sequence methods, equality and hash; slice's constructor, indices and repr.
import { exactArgs, rangeArgs } from "../args.js";
import { newError, type PyObject, T, typeError } from "../core.js";
import { defineGetSets, defineMethods, PyBuiltinFunction, PyStaticMethod } from "../functions.js";
import { intFrom, newInt, PyInt, pyBool } from "../int.js";
import { nativeIterator } from "../iterators.js";
import { hashOf, index, isEqual, repr, richCompare } from "../protocols.js";
import { newTuple, PyRange, PySlice } from "../sequences.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr } from "../str.js";
import { sliceIndices } from "./slices.js";

function range(o: PyObject): PyRange {
  return o as PyRange;
}

function rangeIter(start: number, step: number, n: number): PyObject {
  let v = start;
  let left = n;
  return nativeIterator(
    "range_iterator",
    () => {
      if (left <= 0) return undefined;
      left--;
      const out = newInt(v);
      v += step;
      return out;
    },
    () => Math.max(0, left),
  );
}

/** The position of the int x in r, or -1. */
function intPosition(r: PyRange, x: number): number {
  const k = (x - r.start) / r.step;
  return Number.isInteger(k) && k >= 0 && k < r.length ? k : -1;
}

function isExactInt(x: PyObject): x is PyInt {
  return x instanceof PyInt && (x.type === T.int || x.type === T.bool);
}

function rangeEqual(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  return a.length === 1 || a.step === b.step;
}

function indexArg(o: PyObject): number {
  return Number(index(o));
}

defineMethods(T.range, {
  __repr__: (self) => {
    const r = range(self);
    return newStr(r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`);
  },
  __len__: (self) => newInt(range(self).length),
  __bool__: (self) => pyBool(range(self).length > 0),
  __iter__: (self) => rangeIter(range(self).start, range(self).step, range(self).length),
  __reversed__: (self) => {
    const r = range(self);
    return rangeIter(r.start + (r.length - 1) * r.step, -r.step, r.length);
  },
  __getitem__: (self, [i]) => {
    const r = range(self);
    if (i instanceof PySlice) {
      const [start, stop, step] = sliceIndices(i, r.length);
      return new PyRange(r.start + start * r.step, r.start + stop * r.step, step * r.step);
    }
    if (!(i instanceof PyInt) && i.type.lookup("__index__") === undefined)
      throw typeError(`range indices must be integers or slices, not ${i.type.name}`);
    let k = indexArg(i);
    if (k < 0) k += r.length;
    if (k < 0 || k >= r.length) throw newError("IndexError", "range object index out of range");
    return newInt(r.start + k * r.step);
  },
  __contains__: (self, [x]) => {
    const r = range(self);
    if (isExactInt(x)) return pyBool(intPosition(r, Number(x.value)) >= 0);
    for (let k = 0, v = r.start; k < r.length; k++, v += r.step)
      if (isEqual(newInt(v), x)) return pyBool(true);
    return pyBool(false);
  },
  __eq__: (self, [o]) => (o.type === T.range ? pyBool(rangeEqual(range(self), range(o))) : NotImplemented),
  __ne__: (self, [o]) => (o.type === T.range ? pyBool(!rangeEqual(range(self), range(o))) : NotImplemented),
  __hash__: (self) => {
    const r = range(self);
    const n = r.length;
    const parts =
      n === 0
        ? [newInt(0), None, None]
        : n === 1
          ? [newInt(1), newInt(r.start), None]
          : [newInt(n), newInt(r.start), newInt(r.step)];
    return intFrom(hashOf(newTuple(parts)));
  },
  count: (self, args, kw) => {
    exactArgs("range.count", args, kw, 1);
    const r = range(self);
    const x = args[0];
    if (isExactInt(x)) return newInt(intPosition(r, Number(x.value)) >= 0 ? 1 : 0);
    let n = 0;
    for (let k = 0, v = r.start; k < r.length; k++, v += r.step) if (isEqual(newInt(v), x)) n++;
    return newInt(n);
  },
  index: (self, args, kw) => {
    exactArgs("range.index", args, kw, 1);
    const r = range(self);
    const x = args[0];
    if (isExactInt(x)) {
      const k = intPosition(r, Number(x.value));
      if (k >= 0) return newInt(k);
    } else
      for (let k = 0, v = r.start; k < r.length; k++, v += r.step)
        if (isEqual(newInt(v), x)) return newInt(k);
    throw newError("ValueError", "range.index(x): x not in range");
  },
});

defineGetSets(T.range, {
  start: [(self) => newInt(range(self).start)],
  stop: [(self) => newInt(range(self).stop)],
  step: [(self) => newInt(range(self).step)],
});

T.range.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      const rest = args.slice(1);
      if (kw?.length) throw typeError("range() takes no keyword arguments");
      rangeArgs("range", rest, null, 1, 3);
      const n = rest.map(indexArg);
      if (n.length === 1) return new PyRange(0, n[0], 1);
      if (n[2] === 0) throw newError("ValueError", "range() arg 3 must not be zero");
      return new PyRange(n[0], n[1], n[2] ?? 1);
    }),
  ),
);

function slice(o: PyObject): PySlice {
  return o as PySlice;
}

function sliceTuple(o: PyObject): PyObject {
  const s = slice(o);
  return newTuple([s.start, s.stop, s.step]);
}

function sliceCompare(op: string) {
  return (self: PyObject, [o]: PyObject[]) =>
    o.type === T.slice ? richCompare(sliceTuple(self), sliceTuple(o), op) : NotImplemented;
}

defineMethods(T.slice, {
  __repr__: (self) => {
    const s = slice(self);
    return newStr(`slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`);
  },
  __eq__: sliceCompare("__eq__"),
  __ne__: sliceCompare("__ne__"),
  __lt__: sliceCompare("__lt__"),
  __le__: sliceCompare("__le__"),
  __gt__: sliceCompare("__gt__"),
  __ge__: sliceCompare("__ge__"),
  __hash__: (self) => intFrom(hashOf(sliceTuple(self))),
  indices: (self, args, kw) => {
    exactArgs("indices", args, kw, 1);
    const n = indexArg(args[0]);
    if (n < 0) throw newError("ValueError", "length should not be negative");
    const [start, stop, step] = sliceIndices(slice(self), n);
    return newTuple([newInt(start), newInt(stop), newInt(step)]);
  },
});
defineGetSets(T.slice, {
  start: [(self) => slice(self).start],
  stop: [(self) => slice(self).stop],
  step: [(self) => slice(self).step],
});
T.slice.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      const rest = args.slice(1);
      if (kw?.length) throw typeError("slice() takes no keyword arguments");
      rangeArgs("slice", rest, null, 1, 3);
      if (rest.length === 1) return new PySlice(None, rest[0], None);
      return new PySlice(rest[0], rest[1], rest[2] ?? None);
    }),
  ),
);
