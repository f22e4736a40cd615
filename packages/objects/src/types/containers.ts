// tuple and list: sequence methods, comparisons, slicing and slice assignment, with CPython's messages.
import { exactArgs, rangeArgs, splitKeywords } from "../args.js";
import { newError, type PyObject, type PyType, T, typeError } from "../core.js";
import { defineMethods, PyBuiltinFunction, PyStaticMethod } from "../functions.js";
import { False, intFrom, newInt, PyInt, pyBool, True } from "../int.js";
import { nativeIterator } from "../iterators.js";
import {
  hashOf,
  index,
  isEqual,
  iterate,
  repr,
  reprGuard,
  richCompare,
  ssizeIndex,
  toArray,
  truthy,
} from "../protocols.js";
import { newTuple, PyList, PySlice, PyTuple } from "../sequences.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr } from "../str.js";
import { calculateSuggestion } from "../suggestions.js";
import { sliceIndices } from "./slices.js";
import { sortList } from "./sort.js";
import { repeatCount as sequenceRepeatCount } from "./text.js";

export { sortList };

export function newList(items: PyObject[]): PyList {
  return new PyList(items);
}

function items(o: PyObject): readonly PyObject[] {
  return (o as PyTuple | PyList).items;
}

function seqIndex(i: PyObject, n: number, what: string): number {
  let k = ssizeIndex(i, "IndexError");
  if (k < 0) k += n;
  if (k < 0 || k >= n) throw newError("IndexError", `${what} index out of range`);
  return k;
}

function seqRepr(o: PyObject, open: string, close: string): string {
  const xs = items(o);
  return reprGuard(o, `${open}...${close}`, () => {
    const inner = xs.map(repr).join(", ");
    return open + inner + (xs.length === 1 && open === "(" ? "," : "") + close;
  });
}

function seqCompare(op: string) {
  return (self: PyObject, [other]: PyObject[]): PyObject => {
    if (
      other instanceof PyList !== self instanceof PyList ||
      !(other instanceof PyList || other instanceof PyTuple)
    )
      return NotImplemented;
    const a = items(self);
    const b = items(other);
    let i = 0;
    while (i < a.length && i < b.length && isEqual(a[i], b[i])) i++;
    if (i >= a.length || i >= b.length) {
      const c = a.length - b.length;
      const r = {
        __lt__: c < 0,
        __le__: c <= 0,
        __eq__: c === 0,
        __ne__: c !== 0,
        __gt__: c > 0,
        __ge__: c >= 0,
      }[op];
      return pyBool(r!);
    }
    if (op === "__eq__") return False;
    if (op === "__ne__") return True;
    return richCompare(a[i], b[i], op);
  };
}

function getSlice(xs: readonly PyObject[], key: PySlice): PyObject[] {
  const [start, , step, count] = sliceIndices(key, xs.length);
  const out: PyObject[] = [];
  for (let i = 0, j = start; i < count; i++, j += step) out.push(xs[j]);
  return out;
}

function seqIter(o: PyObject, typeName: string): PyObject {
  let i = 0;
  return nativeIterator(typeName, () => {
    const xs = items(o);
    return i < xs.length ? xs[i++] : undefined;
  });
}

const sequenceCommon = {
  __len__: (self: PyObject) => newInt(items(self).length),
  __contains__: (self: PyObject, [x]: PyObject[]) => pyBool(items(self).some((y) => isEqual(y, x))),
  __eq__: seqCompare("__eq__"),
  __ne__: seqCompare("__ne__"),
  __lt__: seqCompare("__lt__"),
  __le__: seqCompare("__le__"),
  __gt__: seqCompare("__gt__"),
  __ge__: seqCompare("__ge__"),
  count: (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
    exactArgs(self instanceof PyList ? "list.count" : "tuple.count", args, kw, 1);
    let n = 0;
    for (const y of [...items(self)]) if (isEqual(y, args[0])) n++;
    return newInt(n);
  },
  index: (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
    rangeArgs("index", args, kw, 1, 3);
    const xs = items(self);
    const start = args.length > 1 ? clampBound(args[1], xs.length) : 0;
    const stop = args.length > 2 ? clampBound(args[2], xs.length) : xs.length;
    for (let i = start; i < stop && i < items(self).length; i++)
      if (isEqual(items(self)[i], args[0])) return newInt(i);
    throw newError(
      "ValueError",
      self instanceof PyList ? "list.index(x): x not in list" : "tuple.index(x): x not in tuple",
    );
  },
};

/** A start/stop argument of index(): negative counts from the end, both clamped to the sequence. */
function clampBound(o: PyObject, n: number): number {
  let v = Number(sliceIndex(o));
  if (v < 0) v = Math.max(0, v + n);
  return Math.min(v, n);
}

/** _PyEval_SliceIndex: an int, None is not allowed here, else __index__ with CPython's message. */
function sliceIndex(o: PyObject): number | bigint {
  if (!(o instanceof PyInt) && o.type.lookup("__index__") === undefined)
    throw typeError("slice indices must be integers or have an __index__ method");
  return index(o);
}

/** The repeat count of seq * n: CPython's sequence_repeat message when n is no integer. */
function repeatCount(n: PyObject): number | null {
  const k = sequenceRepeatCount(n);
  if (k !== undefined) return k;
  if (n.type.heap && n.type.lookup("__rmul__") !== undefined) return null;
  throw typeError(`can't multiply sequence by non-int of type '${n.type.name}'`);
}

defineMethods(T.tuple, {
  ...sequenceCommon,
  __repr__: (self) => newStr(seqRepr(self, "(", ")")),
  __hash__: (self) => {
    // tuplehash: xxHash-based, as CPython 3.8+.
    const P1 = 11400714785074694791n;
    const P2 = 14029467366897019727n;
    const P5 = 2870177450012600261n;
    const M = (1n << 64n) - 1n;
    let acc = P5;
    for (const x of items(self)) {
      const lane = BigInt.asUintN(64, BigInt(hashOf(x)));
      acc = (acc + lane * P2) & M;
      acc = ((acc << 31n) | (acc >> 33n)) & M;
      acc = (acc * P1) & M;
    }
    acc = (acc + (BigInt(items(self).length) ^ (P5 ^ 3527539n))) & M;
    if (acc === M) return newInt(1546275796);
    return intFrom(BigInt.asIntN(64, acc));
  },
  __getitem__: (self, [key]) => {
    const xs = items(self);
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, xs.length);
      if (self.type === T.tuple && start === 0 && step === 1 && count === xs.length) return self;
      return newTuple(getSlice(xs, key));
    }
    if (!(key instanceof PyInt) && key.type.lookup("__index__") === undefined)
      throw typeError(`tuple indices must be integers or slices, not ${key.type.name}`);
    return xs[seqIndex(key, xs.length, "tuple")];
  },
  __add__: (self, [o]) => {
    if (!(o instanceof PyTuple)) return NotImplemented;
    return newTuple([...items(self), ...o.items]);
  },
  __mul__: (self, [n]) => tupleRepeat(self, n),
  __rmul__: (self, [n]) => tupleRepeat(self, n),
  __iter__: (self) => seqIter(self, "tuple_iterator"),
});

function tupleRepeat(self: PyObject, n: PyObject): PyObject {
  const k = repeatCount(n);
  if (k === null) return NotImplemented;
  if (k === 1 && self.type === T.tuple) return self;
  return newTuple(repeat(items(self), k));
}

function listRepeat(self: PyObject, n: PyObject): PyObject {
  const k = repeatCount(n);
  return k === null ? NotImplemented : newList(repeat(listItems(self), k));
}

/** The most items a JS array of references holds (V8's FixedArray limit); longer results are a MemoryError. */
const MAX_ITEMS = 2 ** 27 - 1;

function repeat(xs: readonly PyObject[], n: number): PyObject[] {
  if (xs.length === 0 || n === 0) return [];
  if (xs.length * n > MAX_ITEMS) throw newError("MemoryError", null);
  const out: PyObject[] = new Array(xs.length * n);
  for (let i = 0, k = 0; i < n; i++) for (let j = 0; j < xs.length; j++) out[k++] = xs[j];
  return out;
}

/** The items assigned to a slice: any iterable, with CPython's message otherwise. */
function sliceValues(value: PyObject): PyObject[] {
  if (value instanceof PyList || value instanceof PyTuple) return [...value.items];
  if (value.type.lookup("__iter__") === undefined && value.type.lookup("__getitem__") === undefined)
    throw typeError("must assign iterable to extended slice");
  return [...iterate(value)];
}

function listItems(o: PyObject): PyObject[] {
  return (o as PyList).items;
}

defineMethods(T.list, {
  ...sequenceCommon,
  __repr__: (self) => newStr(seqRepr(self, "[", "]")),
  __getitem__: (self, [key]) => {
    const xs = listItems(self);
    if (key instanceof PySlice) return newList(getSlice(xs, key));
    if (!(key instanceof PyInt) && key.type.lookup("__index__") === undefined)
      throw typeError(`list indices must be integers or slices, not ${key.type.name}`);
    return xs[seqIndex(key, xs.length, "list")];
  },
  __setitem__: (self, [key, value]) => {
    const xs = listItems(self);
    if (key instanceof PySlice) {
      const [start, stop, step, count] = sliceIndices(key, xs.length);
      const values = value === self ? [...xs] : sliceValues(value);
      if (step === 1) xs.splice(start, Math.max(0, stop - start), ...values);
      else {
        if (values.length !== count)
          throw newError(
            "ValueError",
            `attempt to assign sequence of size ${values.length} to extended slice of size ${count}`,
          );
        for (let i = 0, j = start; i < count; i++, j += step) xs[j] = values[i];
      }
      return None;
    }
    if (!(key instanceof PyInt) && key.type.lookup("__index__") === undefined)
      throw typeError(`list indices must be integers or slices, not ${key.type.name}`);
    xs[seqIndex(key, xs.length, "list assignment")] = value;
    return None;
  },
  __delitem__: (self, [key]) => {
    const xs = listItems(self);
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, xs.length);
      const drop = new Set<number>();
      for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
      (self as PyList).items = xs.filter((_, i) => !drop.has(i));
      return None;
    }
    if (!(key instanceof PyInt) && key.type.lookup("__index__") === undefined)
      throw typeError(`list indices must be integers or slices, not ${key.type.name}`);
    xs.splice(seqIndex(key, xs.length, "list assignment"), 1);
    return None;
  },
  __add__: (self, [o]) => {
    if (!(o instanceof PyList)) return NotImplemented;
    return newList([...listItems(self), ...o.items]);
  },
  __iadd__: (self, [o]) => {
    const xs = listItems(self);
    for (const v of [...iterate(o)]) xs.push(v);
    return self;
  },
  __mul__: (self, [n]) => listRepeat(self, n),
  __rmul__: (self, [n]) => listRepeat(self, n),
  __imul__: (self, [n]) => {
    const k = repeatCount(n);
    if (k === null) return NotImplemented;
    (self as PyList).items = repeat(listItems(self), k);
    return self;
  },
  __reversed__: (self) => {
    let i = listItems(self).length;
    return nativeIterator("list_reverseiterator", () => {
      const xs = listItems(self);
      if (i > xs.length) i = xs.length;
      return i > 0 ? xs[--i] : undefined;
    });
  },
  __iter__: (self) => seqIter(self, "list_iterator"),
  __init__: (self, args, kw) => {
    rangeArgs("list", args, kw, 0, 1);
    (self as PyList).items = args.length ? toArray(args[0]) : [];
    return None;
  },
  append: (self, args, kw) => {
    exactArgs("list.append", args, kw, 1);
    listItems(self).push(args[0]);
    return None;
  },
  extend: (self, [o]) => {
    listItems(self).push(...iterate(o));
    return None;
  },
  insert: (self, args, kw) => {
    exactArgs("insert", args, kw, 2);
    const [i, x] = args;
    const xs = listItems(self);
    let k = Number(index(i));
    if (k < 0) k = Math.max(0, k + xs.length);
    xs.splice(Math.min(k, xs.length), 0, x);
    return None;
  },
  pop: (self, args, kw) => {
    rangeArgs("pop", args, kw, 0, 1);
    const xs = listItems(self);
    if (xs.length === 0) throw newError("IndexError", "pop from empty list");
    const k = args.length ? seqIndex(args[0], xs.length, "pop") : xs.length - 1;
    return xs.splice(k, 1)[0];
  },
  remove: (self, args, kw) => {
    exactArgs("list.remove", args, kw, 1);
    const x = args[0];
    const xs = listItems(self);
    const i = xs.findIndex((y) => isEqual(y, x));
    if (i < 0) throw newError("ValueError", "list.remove(x): x not in list");
    xs.splice(i, 1);
    return None;
  },
  clear: (self) => {
    (self as PyList).items = [];
    return None;
  },
  copy: (self) => newList([...listItems(self)]),
  reverse: (self) => {
    listItems(self).reverse();
    return None;
  },
  sort: (self, args, kw) => {
    const { positional, keywords } = splitKeywords(args, kw);
    if (positional.length) throw typeError("sort() takes no positional arguments");
    checkSortKeywords(keywords);
    const key = keywords.get("key");
    const reverse = keywords.get("reverse");
    sortList(self as PyList, key && key !== None ? key : null, reverse ? truthy(reverse) : false);
    return None;
  },
});
T.list.allocate = (type) => new PyList([], type);

/** sort() and sorted() accept only key and reverse, suggesting the nearest name as CPython 3.14 does. */
export function checkSortKeywords(keywords: Map<string, PyObject>): void {
  for (const name of keywords.keys()) {
    if (name === "key" || name === "reverse") continue;
    const guess = calculateSuggestion(["key", "reverse"], name);
    throw typeError(
      `sort() got an unexpected keyword argument '${name}'${guess ? `. Did you mean '${guess}'?` : ""}`,
    );
  }
}

T.list.setAttr(
  "__new__",
  new PyStaticMethod(new PyBuiltinFunction("__new__", (args) => new PyList([], args[0] as PyType))),
);
T.tuple.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args) => {
      const type = args[0] as PyType;
      if (type === T.tuple && args[1]?.type === T.tuple) return args[1];
      const xs = args.length > 1 ? [...iterate(args[1])] : [];
      return type === T.tuple ? newTuple(xs) : new PyTuple(xs, type);
    }),
  ),
);

T.list.setAttr("__hash__", None);
