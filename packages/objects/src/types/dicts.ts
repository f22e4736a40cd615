// dict methods: lookups with KeyError and __missing__, views, updates from mappings and pairs, | and |=, popitem.
import { rangeArgs, splitKeywords } from "../args.js";
import { getAttrOrUndefined } from "../attributes.js";
import { callObject } from "../call.js";
import { E, newError, PyObject, type PyType, T, typeError } from "../core.js";
import { PyDict } from "../dict.js";
import { defineMethods, PyBuiltinFunction, PyClassMethod, PyStaticMethod } from "../functions.js";
import { False, newInt, True } from "../int.js";
import { isEqual, iterate, repr, reprGuard } from "../protocols.js";
import { newTuple } from "../sequences.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr } from "../str.js";
import { dictIterator, PyDictView } from "./dictviews.js";

function dictRepr(d: PyDict): string {
  return reprGuard(d, "{...}", () => {
    const parts: string[] = [];
    for (const e of d.entryList()) parts.push(`${repr(e.key)}: ${repr(e.value)}`);
    return `{${parts.join(", ")}}`;
  });
}

export function keyError(key: PyObject): PyObject {
  const err = newError("KeyError", null);
  (err as unknown as { args: PyObject[] }).args = [key];
  return err;
}

/** dict_update_arg: another dict, anything with keys(), or an iterable of pairs. */
export function dictUpdate(d: PyDict, src: PyObject): void {
  if (src instanceof PyDict && src.type.lookup("keys") === T.dict.attrs.get("keys")) {
    for (const e of src.entryList()) d.set(e.key, e.value);
    return;
  }
  const keys = getAttrOrUndefined(src, "keys");
  if (keys !== undefined) {
    const getitem = src.type.lookup("__getitem__");
    for (const k of iterate(callObject(keys, []))) {
      if (getitem === undefined) throw typeError(`'${src.type.tpName}' object is not subscriptable`);
      d.set(k, callObject(getitem, [src, k]));
    }
    return;
  }
  let i = 0;
  for (const pair of iterate(src)) {
    let kv: PyObject[];
    try {
      kv = [...iterate(pair)];
    } catch (e) {
      if (e instanceof PyObject && e.type.isSubtype(E.TypeError)) throw typeError("object is not iterable");
      throw e;
    }
    if (kv.length !== 2)
      throw newError(
        "ValueError",
        `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`,
      );
    d.set(kv[0], kv[1]);
    i++;
  }
}

function updateFromArgs(self: PyDict, name: string, args: PyObject[], kw: readonly string[] | null): void {
  const { positional, keywords } = splitKeywords(args, kw);
  if (positional.length > 1) throw typeError(`${name} expected at most 1 argument, got ${positional.length}`);
  if (positional.length) dictUpdate(self, positional[0]);
  for (const [k, v] of keywords) self.setStr(k, v);
}

function dict(self: PyObject): PyDict {
  return self as PyDict;
}

function plainCopy(d: PyDict): PyDict {
  const out = new PyDict();
  for (const e of d.entryList()) out.set(e.key, e.value);
  return out;
}

defineMethods(T.dict, {
  __repr__: (self) => newStr(dictRepr(dict(self))),
  __len__: (self) => newInt(dict(self).size),
  __getitem__: (self, [key]) => {
    const v = dict(self).get(key);
    if (v !== undefined) return v;
    const missing = self.type !== T.dict ? self.type.lookup("__missing__") : undefined;
    if (missing !== undefined) return callObject(missing, [self, key]);
    throw keyError(key);
  },
  __setitem__: (self, [key, value]) => {
    dict(self).set(key, value);
    return None;
  },
  __delitem__: (self, [key]) => {
    if (dict(self).delete(key) === undefined) throw keyError(key);
    return None;
  },
  __contains__: (self, [key]) => (dict(self).get(key) !== undefined ? True : False),
  __iter__: (self) => dictIterator(dict(self), "key"),
  __reversed__: (self) => dictIterator(dict(self), "key", true),
  __eq__: (self, [o]) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    return dictEqual(dict(self), o) ? True : False;
  },
  __ne__: (self, [o]) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    return dictEqual(dict(self), o) ? False : True;
  },
  __or__: (self, [o]) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const out = plainCopy(dict(self));
    dictUpdate(out, o);
    return out;
  },
  __ror__: (self, [o]) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const out = plainCopy(o);
    dictUpdate(out, self);
    return out;
  },
  __ior__: (self, [o]) => {
    dictUpdate(dict(self), o);
    return self;
  },
  __init__: (self, args, kw) => {
    updateFromArgs(dict(self), "dict", args, kw);
    return None;
  },
  get: (self, args, kw) => {
    rangeArgs("get", args, kw, 1, 2);
    return dict(self).get(args[0]) ?? args[1] ?? None;
  },
  keys: (self) => new PyDictView(T.dict_keys, dict(self)),
  values: (self) => new PyDictView(T.dict_values, dict(self)),
  items: (self) => new PyDictView(T.dict_items, dict(self)),
  pop: (self, args, kw) => {
    rangeArgs("pop", args, kw, 1, 2);
    const v = dict(self).delete(args[0]);
    if (v !== undefined) return v;
    if (args.length > 1) return args[1];
    throw keyError(args[0]);
  },
  popitem: (self) => {
    const entries = dict(self).entryList();
    const last = entries[entries.length - 1];
    if (last === undefined) throw newError("KeyError", "popitem(): dictionary is empty");
    dict(self).delete(last.key);
    return newTuple([last.key, last.value]);
  },
  setdefault: (self, args, kw) => {
    rangeArgs("setdefault", args, kw, 1, 2);
    const d = dict(self);
    const v = d.get(args[0]);
    if (v !== undefined) return v;
    d.set(args[0], args[1] ?? None);
    return args[1] ?? None;
  },
  update: (self, args, kw) => {
    updateFromArgs(dict(self), "update", args, kw);
    return None;
  },
  copy: (self) => plainCopy(dict(self)),
  clear: (self) => {
    dict(self).clear();
    return None;
  },
});

function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const e of a.entryList()) {
    const v = b.get(e.key);
    if (v === undefined || !isEqual(e.value, v)) return false;
  }
  return true;
}

T.dict.setAttr(
  "fromkeys",
  new PyClassMethod(
    new PyBuiltinFunction("fromkeys", (args, kw) => {
      rangeArgs("fromkeys", args.slice(1), kw, 1, 2);
      const [cls, iterable, value = None] = args;
      const d = callObject(cls, []);
      if (d instanceof PyDict && d.type === T.dict) {
        for (const k of iterate(iterable)) d.set(k, value);
        return d;
      }
      const setitem = d.type.lookup("__setitem__");
      for (const k of iterate(iterable)) callObject(setitem!, [d, k, value]);
      return d;
    }),
  ),
);
T.dict.allocate = (type) => new PyDict(type);
T.dict.setAttr(
  "__new__",
  new PyStaticMethod(new PyBuiltinFunction("__new__", (args) => new PyDict(args[0] as PyType))),
);
T.dict.setAttr("__hash__", None);
