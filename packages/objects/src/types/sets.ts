// set and frozenset methods and operators, with setobject.c's algorithms so results come out in CPython's order.
import { noKeywords, rangeArgs } from "../args.js";
import { E, newError, PyObject, type PyType, T, typeError } from "../core.js";
import { PyDict } from "../dict.js";
import { defineMethods, PyBuiltinFunction, PyStaticMethod } from "../functions.js";
import { False, intFrom, newInt, pyBool, True } from "../int.js";
import { nativeIterator } from "../iterators.js";
import { iterate, repr, reprGuard } from "../protocols.js";
import { type Hash, hashKey, isAnySet, PySet } from "../set.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr } from "../str.js";

/** A set (or frozenset) of `type` holding the items of `iterable` (make_new_set). */
export function makeSet(type: PyType, iterable: PyObject | null = null): PySet {
  const s = new PySet(type);
  if (iterable !== null) updateSet(s, iterable);
  return s;
}

/** BUILD_SET: a new set with the items added in order. */
export function newSet(items: PyObject[]): PySet {
  const s = new PySet(T.set);
  for (const x of items) s.add(x);
  return s;
}

export function setAdd(set: PyObject, v: PyObject): void {
  (set as PySet).add(v);
}

/** set_update_internal: merges sets, presizes for dicts, else adds what the iterable yields. */
export function updateSet(s: PySet, other: PyObject): void {
  if (isAnySet(other)) return s.merge(other);
  if (other instanceof PyDict && other.type === T.dict) {
    if ((s.fill + other.size) * 5 >= s.mask * 3) s.resize((s.used + other.size) * 2);
    for (const e of other.entryList()) s.add(e.key);
    return;
  }
  for (const x of iterate(other)) s.add(x);
}

/** make_new_set_basetype: results of operations on subclasses are plain sets or frozensets. */
function baseType(t: PyType): PyType {
  if (t === T.set || t === T.frozenset) return t;
  return t.isSubtype(T.set) ? T.set : T.frozenset;
}

function copyOf(s: PySet): PySet {
  return makeSet(baseType(s.type), s);
}

/** A set argument, or a temporary set of an iterable's items. */
function asSet(o: PyObject): PySet {
  return isAnySet(o) ? o : makeSet(T.set, o);
}

/** The hash of a key, letting a set stand for the equal frozenset (as set_contains_key does). */
function keyHash(key: PyObject): [PyObject, Hash] {
  try {
    return [key, hashKey(key)];
  } catch (e) {
    if (
      key instanceof PySet &&
      key.type.isSubtype(T.set) &&
      e instanceof PyObject &&
      e.type.isSubtype(E.TypeError)
    ) {
      const frozen = makeSet(T.frozenset, key);
      return [frozen, hashKey(frozen)];
    }
    throw e;
  }
}

function keyError(key: PyObject): PyObject {
  const err = newError("KeyError", null);
  (err as unknown as { args: PyObject[] }).args = [key];
  return err;
}

function intersection(so: PySet, other: PyObject): PySet {
  if (so === other) return copyOf(so);
  const result = new PySet(baseType(so.type));
  if (isAnySet(other)) {
    let [small, large] = [other, so];
    if (other.used > so.used) [small, large] = [so, other];
    for (const [k, h] of small.entries()) if (large.has(k, h)) result.add(k, h);
    return result;
  }
  for (const k of iterate(other)) {
    const h = hashKey(k);
    if (so.has(k, h)) result.add(k, h);
  }
  return result;
}

function differenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) return so.clear();
  if (isAnySet(other)) for (const [k, h] of other.entries()) so.discard(k, h);
  else for (const k of iterate(other)) so.discard(k);
  so.compact();
}

function difference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (isAnySet(other)) otherSize = other.used;
  else if (other instanceof PyDict && other.type === T.dict) otherSize = other.size;
  else {
    const r = copyOf(so);
    differenceUpdate(r, other);
    return r;
  }
  if (so.used >> 2 > otherSize) {
    const r = copyOf(so);
    differenceUpdate(r, other);
    return r;
  }
  const result = new PySet(baseType(so.type));
  const inOther = (k: PyObject, h: Hash) =>
    isAnySet(other) ? other.has(k, h) : (other as PyDict).get(k) !== undefined;
  for (const [k, h] of so.entries()) if (!inOther(k, h)) result.add(k, h);
  return result;
}

function symmetricUpdate(so: PySet, other: PyObject): void {
  if (so === other) return so.clear();
  const o = isAnySet(other) ? other : makeSet(baseType(so.type), other);
  for (const [k, h] of o.entries()) if (!so.discard(k, h)) so.add(k, h);
}

function symmetric(so: PySet, other: PyObject): PySet {
  const result = makeSet(baseType(so.type), other);
  symmetricUpdate(result, so);
  return result;
}

function isSubset(so: PySet, other: PyObject): boolean {
  const o = asSet(other);
  if (so.used > o.used) return false;
  for (const [k, h] of so.entries()) if (!o.has(k, h)) return false;
  return true;
}

function isSuperset(so: PySet, other: PyObject): boolean {
  if (isAnySet(other)) return isSubset(other, so);
  for (const k of iterate(other)) if (!so.has(k)) return false;
  return true;
}

/** Binary operators accept only sets and frozensets on both sides. */
function binary(fn: (a: PySet, b: PySet) => PyObject) {
  return (self: PyObject, [o]: PyObject[]) => (isAnySet(self) && isAnySet(o) ? fn(self, o) : NotImplemented);
}
function reflected(fn: (a: PySet, b: PySet) => PyObject) {
  return (self: PyObject, [o]: PyObject[]) => (isAnySet(self) && isAnySet(o) ? fn(o, self) : NotImplemented);
}
function inplace(fn: (a: PySet, b: PySet) => void) {
  return (self: PyObject, [o]: PyObject[]) => {
    if (!isAnySet(o)) return NotImplemented;
    fn(self as PySet, o);
    return self;
  };
}

function setRepr(self: PySet): string {
  const name = self.type.name;
  if (self.used === 0) return `${name}()`;
  return reprGuard(self, `${name}(...)`, () => {
    const inner = `{${self.keyList().map(repr).join(", ")}}`;
    return self.type === T.set ? inner : `${name}(${inner})`;
  });
}

/** frozenset's hash: an order-independent mix of the entry hashes (frozenset_hash). */
function frozenHash(s: PySet): PyObject {
  const M = (1n << 64n) - 1n;
  const shuffle = (h: bigint) => ((h ^ 89869747n ^ ((h << 16n) & M)) * 3644798167n) & M;
  let hash = 0n;
  for (const [, h] of s.entries()) hash ^= shuffle(BigInt.asUintN(64, BigInt(h)));
  hash ^= ((BigInt(s.used) + 1n) * 1927868237n) & M;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M;
  if (hash === M) hash = 590923713n;
  return intFrom(BigInt.asIntN(64, hash));
}

const common = {
  __repr__: (self: PyObject) => newStr(setRepr(self as PySet)),
  __len__: (self: PyObject) => newInt((self as PySet).used),
  __contains__: (self: PyObject, [x]: PyObject[]) => {
    const [k, h] = keyHash(x);
    return pyBool((self as PySet).has(k, h));
  },
  __iter__: (self: PyObject) => {
    const s = self as PySet;
    const used = s.used;
    let j = 0;
    let broken = false;
    return nativeIterator("set_iterator", () => {
      if (broken) return undefined;
      if (s.used !== used) {
        broken = true;
        throw newError("RuntimeError", "Set changed size during iteration");
      }
      while (j <= s.mask) {
        const k = s.activeAt(j++);
        if (k !== null) return k;
      }
      broken = true;
      return undefined;
    });
  },
  __or__: binary((a, b) => {
    const r = copyOf(a);
    if (a !== b) updateSet(r, b);
    return r;
  }),
  __ror__: reflected((a, b) => {
    const r = copyOf(a);
    if (a !== b) updateSet(r, b);
    return r;
  }),
  __and__: binary(intersection),
  __rand__: reflected(intersection),
  __sub__: binary(difference),
  __rsub__: reflected(difference),
  __xor__: binary(symmetric),
  __rxor__: reflected(symmetric),
  __eq__: (self: PyObject, [o]: PyObject[]) =>
    isAnySet(o) ? pyBool((self as PySet).used === o.used && isSubset(self as PySet, o)) : NotImplemented,
  __ne__: (self: PyObject, [o]: PyObject[]) =>
    isAnySet(o) ? pyBool(!((self as PySet).used === o.used && isSubset(self as PySet, o))) : NotImplemented,
  __le__: binary((a, b) => pyBool(isSubset(a, b))),
  __lt__: binary((a, b) => pyBool(a.used < b.used && isSubset(a, b))),
  __ge__: binary((a, b) => pyBool(isSubset(b, a))),
  __gt__: binary((a, b) => pyBool(b.used < a.used && isSubset(b, a))),
  union: (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
    noKeywords("union", kw);
    const r = copyOf(self as PySet);
    for (const o of args) if (o !== self) updateSet(r, o);
    return r;
  },
  intersection: (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
    noKeywords("intersection", kw);
    if (!args.length) return copyOf(self as PySet);
    let r = self as PySet;
    for (const o of args) r = intersection(r, o);
    return r;
  },
  difference: (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
    noKeywords("difference", kw);
    if (!args.length) return copyOf(self as PySet);
    const r = difference(self as PySet, args[0]);
    for (const o of args.slice(1)) differenceUpdate(r, o);
    return r;
  },
  symmetric_difference: (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
    rangeArgs("symmetric_difference", args, kw, 1, 1);
    return symmetric(self as PySet, args[0]);
  },
  issubset: (self: PyObject, [o]: PyObject[]) => pyBool(isSubset(self as PySet, o)),
  issuperset: (self: PyObject, [o]: PyObject[]) => pyBool(isSuperset(self as PySet, o)),
  isdisjoint: (self: PyObject, [o]: PyObject[]) => {
    const s = self as PySet;
    if (isAnySet(o)) {
      const [small, large] = o.used < s.used ? [o, s] : [s, o];
      for (const [k, h] of small.entries()) if (large.has(k, h)) return False;
      return True;
    }
    for (const k of iterate(o)) if (s.has(k)) return False;
    return True;
  },
};

defineMethods(T.set, {
  ...common,
  __ior__: inplace((a, b) => updateSet(a, b)),
  __iand__: inplace((a, b) => swapBodies(a, intersection(a, b))),
  __isub__: inplace(differenceUpdate),
  __ixor__: inplace(symmetricUpdate),
  __init__: (self, args, kw) => {
    if (kw?.length) throw typeError(`${self.type.name}() takes no keyword arguments`);
    if (args.length > 1) throw typeError(`set expected at most 1 argument, got ${args.length}`);
    const s = self as PySet;
    if (s.used) s.clear();
    if (args.length) updateSet(s, args[0]);
    return None;
  },
  add: (self, args, kw) => {
    rangeArgs("add", args, kw, 1, 1);
    (self as PySet).add(args[0]);
    return None;
  },
  discard: (self, [x]) => {
    const [k, h] = keyHash(x);
    (self as PySet).discard(k, h);
    return None;
  },
  remove: (self, [x]) => {
    const [k, h] = keyHash(x);
    if (!(self as PySet).discard(k, h)) throw keyError(x);
    return None;
  },
  pop: (self) => {
    const v = (self as PySet).pop();
    if (v === undefined) throw newError("KeyError", "pop from an empty set");
    return v;
  },
  clear: (self) => {
    (self as PySet).clear();
    return None;
  },
  copy: (self) => copyOf(self as PySet),
  update: (self, args) => {
    for (const a of args) updateSet(self as PySet, a);
    return None;
  },
  intersection_update: (self, args) => {
    let r = self as PySet;
    for (const o of args) r = intersection(r, o);
    if (r !== self) swapBodies(self as PySet, r);
    return None;
  },
  difference_update: (self, args) => {
    for (const o of args) differenceUpdate(self as PySet, o);
    return None;
  },
  symmetric_difference_update: (self, [o]) => {
    symmetricUpdate(self as PySet, o);
    return None;
  },
});
T.set.setAttr("__hash__", None);

defineMethods(T.frozenset, {
  ...common,
  __hash__: (self) => frozenHash(self as PySet),
  copy: (self) => (self.type === T.frozenset ? self : copyOf(self as PySet)),
});

/** set_swap_bodies: `a` takes over `b`'s table (in-place intersection). */
function swapBodies(a: PySet, b: PySet): void {
  a.keys = b.keys;
  a.hashes = b.hashes;
  a.mask = b.mask;
  a.fill = b.fill;
  a.used = b.used;
}

T.set.allocate = (type) => new PySet(type);
T.frozenset.allocate = (type) => new PySet(type);
T.set.setAttr(
  "__new__",
  new PyStaticMethod(new PyBuiltinFunction("__new__", (args) => new PySet(args[0] as PyType))),
);
T.frozenset.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      const type = args[0] as PyType;
      if (kw?.length && type === T.frozenset) throw typeError("frozenset() takes no keyword arguments");
      if (args.length > 2) throw typeError(`frozenset expected at most 1 argument, got ${args.length - 1}`);
      const it = args[1];
      if (it !== undefined && type === T.frozenset && it.type === T.frozenset) return it;
      return makeSet(type, it ?? null);
    }),
  ),
);
