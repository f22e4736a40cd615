// tuple, list, dict and range methods.
import { exactArgs, rangeArgs, splitKeywords } from "../args.js";
import { callObject } from "../call.js";
import { newError, type PyObject, type PyType, T, typeError } from "../core.js";
import { PyDict } from "../dict.js";
import { defineMethods, PyBuiltinFunction, PyStaticMethod } from "../functions.js";
import { False, intFrom, newInt, PyInt, pyBool, True } from "../int.js";
import { nativeIterator } from "../iterators.js";
import { hashOf, index, isEqual, iterate, repr, reprGuard, richCompare, truthy } from "../protocols.js";
import { newTuple, PyList, PyRange, PySlice, PyTuple } from "../sequences.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr } from "../str.js";
import { sliceIndices } from "./slices.js";

export function newList(items: PyObject[]): PyList {
  return new PyList(items);
}

function items(o: PyObject): readonly PyObject[] {
  return (o as PyTuple | PyList).items;
}

function seqIndex(i: PyObject, n: number, what: string): number {
  let k = Number(index(i));
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
    if (other.type.solid !== self.type.solid) return NotImplemented;
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
  count: (self: PyObject, [x]: PyObject[]) => newInt(items(self).filter((y) => isEqual(y, x)).length),
  index: (self: PyObject, [x]: PyObject[]) => {
    const i = items(self).findIndex((y) => isEqual(y, x));
    if (i < 0)
      throw newError(
        "ValueError",
        self.type.solid === T.list ? `${repr(x)} is not in list` : "tuple.index(x): x not in tuple",
      );
    return newInt(i);
  },
};

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
    if (key instanceof PySlice) return newTuple(getSlice(xs, key));
    if (!(key instanceof PyInt) && key.type.lookup("__index__") === undefined)
      throw typeError(`tuple indices must be integers or slices, not ${key.type.name}`);
    return xs[seqIndex(key, xs.length, "tuple")];
  },
  __add__: (self, [o]) => {
    if (!(o instanceof PyTuple))
      throw typeError(`can only concatenate tuple (not "${o.type.name}") to tuple`);
    return newTuple([...items(self), ...o.items]);
  },
  __mul__: (self, [n]) =>
    n instanceof PyInt ? newTuple(repeat(items(self), Number(n.value))) : NotImplemented,
  __rmul__: (self, [n]) =>
    n instanceof PyInt ? newTuple(repeat(items(self), Number(n.value))) : NotImplemented,
  __iter__: (self) => seqIter(self, "tuple_iterator"),
});

function repeat(xs: readonly PyObject[], n: number): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i < n; i++) out.push(...xs);
  return out;
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
      const values = [...iterate(value)];
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
    xs.splice(seqIndex(key, xs.length, "list assignment"), 1);
    return None;
  },
  __add__: (self, [o]) => {
    if (!(o instanceof PyList)) throw typeError(`can only concatenate list (not "${o.type.name}") to list`);
    return newList([...listItems(self), ...o.items]);
  },
  __iadd__: (self, [o]) => {
    listItems(self).push(...iterate(o));
    return self;
  },
  __mul__: (self, [n]) =>
    n instanceof PyInt ? newList(repeat(listItems(self), Number(n.value))) : NotImplemented,
  __rmul__: (self, [n]) =>
    n instanceof PyInt ? newList(repeat(listItems(self), Number(n.value))) : NotImplemented,
  __iter__: (self) => seqIter(self, "list_iterator"),
  __init__: (self, args, kw) => {
    rangeArgs("list", args, kw, 0, 1);
    (self as PyList).items = args.length ? [...iterate(args[0])] : [];
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
  insert: (self, [i, x]) => {
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
  remove: (self, [x]) => {
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
    const key = keywords.get("key");
    const reverse = keywords.get("reverse");
    sortList(self as PyList, key && key !== None ? key : null, reverse ? truthy(reverse) : false);
    return None;
  },
});
T.list.allocate = (type) => new PyList([], type);

/** list.sort: stable, with key and reverse, comparing with < as CPython (reverse keeps stability). */
export function sortList(list: PyList, key: PyObject | null, reverse: boolean): void {
  const xs = list.items;
  const keys = key ? xs.map((x) => callObject(key, [x])) : xs;
  const order = xs.map((_, i) => i);
  if (reverse) order.reverse();
  const less = (a: PyObject, b: PyObject) => truthy(richCompare(a, b, "__lt__"));
  order.sort((i, j) => (less(keys[i], keys[j]) ? -1 : less(keys[j], keys[i]) ? 1 : 0));
  if (reverse) order.reverse();
  list.items = order.map((i) => xs[i]);
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
      const xs = args.length > 1 ? [...iterate(args[1])] : [];
      return type === T.tuple ? newTuple(xs) : new PyTuple(xs, type);
    }),
  ),
);

function dictRepr(d: PyDict): string {
  return reprGuard(
    d,
    "{...}",
    () =>
      `{${d
        .entryList()
        .map((e) => `${repr(e.key)}: ${repr(e.value)}`)
        .join(", ")}}`,
  );
}

function keyError(key: PyObject): PyObject {
  const err = newError("KeyError", null);
  (err as unknown as { args: PyObject[] }).args = [key];
  return err;
}

function dictUpdate(d: PyDict, src: PyObject): void {
  if (src instanceof PyDict) {
    for (const e of src.entryList()) d.set(e.key, e.value);
    return;
  }
  const keys = src.type.lookup("keys");
  if (keys !== undefined) {
    for (const k of iterate(callObject(keys, [src])))
      d.set(k, callObject(src.type.lookup("__getitem__")!, [src, k]));
    return;
  }
  let i = 0;
  for (const pair of iterate(src)) {
    const kv = [...iterate(pair)];
    if (kv.length !== 2)
      throw newError(
        "ValueError",
        `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`,
      );
    d.set(kv[0], kv[1]);
    i++;
  }
}

function dictView(
  d: PyDict,
  typeName: string,
  pick: (e: { key: PyObject; value: PyObject }) => PyObject,
): PyObject {
  const version = d.version;
  const entries = d.entryList();
  let i = 0;
  return nativeIterator(typeName, () => {
    if (d.version !== version) throw newError("RuntimeError", "dictionary changed size during iteration");
    return i < entries.length ? pick(entries[i++]) : undefined;
  });
}

defineMethods(T.dict, {
  __repr__: (self) => newStr(dictRepr(self as PyDict)),
  __len__: (self) => newInt((self as PyDict).size),
  __getitem__: (self, [key]) => {
    const v = (self as PyDict).get(key);
    if (v !== undefined) return v;
    const missing = self.type !== T.dict ? self.type.lookup("__missing__") : undefined;
    if (missing !== undefined) return callObject(missing, [self, key]);
    throw keyError(key);
  },
  __setitem__: (self, [key, value]) => {
    (self as PyDict).set(key, value);
    return None;
  },
  __delitem__: (self, [key]) => {
    if ((self as PyDict).delete(key) === undefined) throw keyError(key);
    return None;
  },
  __contains__: (self, [key]) => pyBool((self as PyDict).get(key) !== undefined),
  __iter__: (self) => dictView(self as PyDict, "dict_keyiterator", (e) => e.key),
  __eq__: (self, [o]) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const a = self as PyDict;
    if (a.size !== o.size) return False;
    for (const e of a.entryList()) {
      const v = o.get(e.key);
      if (v === undefined || !isEqual(e.value, v)) return False;
    }
    return True;
  },
  __init__: (self, args, kw) => {
    const { positional, keywords } = splitKeywords(args, kw);
    if (positional.length > 1) throw typeError(`dict expected at most 1 argument, got ${positional.length}`);
    if (positional.length) dictUpdate(self as PyDict, positional[0]);
    for (const [k, v] of keywords) (self as PyDict).setStr(k, v);
    return None;
  },
  get: (self, args, kw) => {
    rangeArgs("get", args, kw, 1, 2);
    return (self as PyDict).get(args[0]) ?? args[1] ?? None;
  },
  keys: (self) => newList((self as PyDict).entryList().map((e) => e.key)),
  values: (self) => newList((self as PyDict).entryList().map((e) => e.value)),
  items: (self) => newList((self as PyDict).entryList().map((e) => newTuple([e.key, e.value]))),
  pop: (self, args, kw) => {
    rangeArgs("pop", args, kw, 1, 2);
    const v = (self as PyDict).delete(args[0]);
    if (v !== undefined) return v;
    if (args.length > 1) return args[1];
    throw keyError(args[0]);
  },
  setdefault: (self, args) => {
    const d = self as PyDict;
    const v = d.get(args[0]);
    if (v !== undefined) return v;
    d.set(args[0], args[1] ?? None);
    return args[1] ?? None;
  },
  update: (self, args, kw) => {
    const { positional, keywords } = splitKeywords(args, kw);
    if (positional.length) dictUpdate(self as PyDict, positional[0]);
    for (const [k, v] of keywords) (self as PyDict).setStr(k, v);
    return None;
  },
  copy: (self) => {
    const d = new PyDict();
    for (const e of (self as PyDict).entryList()) d.set(e.key, e.value);
    return d;
  },
  clear: (self) => {
    (self as PyDict).clear();
    return None;
  },
});
T.dict.allocate = (type) => new PyDict(type);
T.dict.setAttr(
  "__new__",
  new PyStaticMethod(new PyBuiltinFunction("__new__", (args) => new PyDict(args[0] as PyType))),
);
T.dict.setAttr("__hash__", None);
T.list.setAttr("__hash__", None);

defineMethods(T.range, {
  __repr__: (self) => {
    const r = self as PyRange;
    return newStr(r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`);
  },
  __len__: (self) => newInt((self as PyRange).length),
  __iter__: (self) => {
    const r = self as PyRange;
    let v = r.start;
    let n = r.length;
    return nativeIterator("range_iterator", () => {
      if (n <= 0) return undefined;
      n--;
      const out = newInt(v);
      v += r.step;
      return out;
    });
  },
  __getitem__: (self, [i]) => {
    const r = self as PyRange;
    if (i instanceof PySlice) {
      const [start, stop, step] = sliceIndices(i, r.length);
      return new PyRange(r.start + start * r.step, r.start + stop * r.step, step * r.step);
    }
    return newInt(r.start + seqIndex(i, r.length, "range object") * r.step);
  },
  __contains__: (self, [x]) => {
    const r = self as PyRange;
    if (!(x instanceof PyInt)) return pyBool(false);
    const v = Number(x.value);
    const k = (v - r.start) / r.step;
    return pyBool(Number.isInteger(k) && k >= 0 && k < r.length);
  },
});
T.range.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      rangeArgs("range", args.slice(1), kw, 1, 3);
      const n = args.slice(1).map((a) => Number(index(a)));
      if (n.length === 1) return new PyRange(0, n[0], 1);
      if (n[2] === 0) throw newError("ValueError", "range() arg 3 must not be zero");
      return new PyRange(n[0], n[1], n[2] ?? 1);
    }),
  ),
);
