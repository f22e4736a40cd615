// The builtins module: functions, types, constants and exception classes of CPython 3.14.
import {
  BINARY_OPERATORS,
  binaryOp,
  callObject,
  defineMethods,
  delAttr,
  E,
  Ellipsis,
  EXCEPTION_ALIASES,
  False,
  getAttr,
  getAttrOrUndefined,
  getIter,
  hashOf,
  identity,
  index,
  intFrom,
  isCallable,
  iterate,
  iterNext,
  len,
  None,
  NotImplemented,
  nativeIterator,
  newError,
  newFloat,
  newInt,
  newList,
  newStr,
  newTuple,
  PyBuiltinFunction,
  PyCell,
  PyClassMethod,
  PyDict,
  PyFloat,
  PyFunction,
  PyInt,
  PyList,
  PyMethod,
  type PyObject,
  PyObject as PyObjectClass,
  PyProperty,
  PyStaticMethod,
  PyStr,
  PyTuple,
  PyType,
  pyBool,
  repr,
  richCompare,
  setAttr,
  sortList,
  splitKeywords,
  str,
  T,
  True,
  truthy,
  typeError,
  unaryOp,
} from "@ophis/objects";
import { frameForCall, run } from "./eval.js";
import { asciiRepr, formatValueOp } from "./formatting.js";
import type { ThreadState } from "./thread.js";

/** Where print() and input() go: set by the Interpreter from its host streams. */
export interface Streams {
  write(text: string): void;
  writeErr(text: string): void;
  readLine(): string | null;
}

function fn(
  name: string,
  f: (args: PyObject[], kw: readonly string[] | null) => PyObject,
): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f);
}

function minMax(name: string, op: "__lt__" | "__gt__") {
  return fn(name, (args, kw) => {
    const { positional, keywords } = splitKeywords(args, kw);
    const key = keywords.get("key");
    const dflt = keywords.get("default");
    const items = positional.length === 1 ? [...iterate(positional[0])] : positional;
    if (positional.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      throw newError("ValueError", `${name}() iterable argument is empty`);
    }
    let best = items[0];
    let bestKey = key && key !== None ? callObject(key, [best]) : best;
    for (let i = 1; i < items.length; i++) {
      const k = key && key !== None ? callObject(key, [items[i]]) : items[i];
      if (truthy(richCompare(k, bestKey, op))) {
        best = items[i];
        bestKey = k;
      }
    }
    return best;
  });
}

T.super = new PyType(T.type, "super", [T.object]);

/** super(cls, obj): attribute lookup starting after cls in type(obj).__mro__. */
function superLookup(cls: PyType, obj: PyObject, name: string): PyObject {
  const start = obj instanceof PyType && obj.isSubtype(cls) ? obj : obj.type;
  const mro = start.mro;
  const i = mro.indexOf(cls);
  for (let j = i + 1; j < mro.length; j++) {
    const v = mro[j].attrs.get(name);
    if (v === undefined) continue;
    if (v instanceof PyFunction) return obj instanceof PyType && start === obj ? v : new PyMethod(v, obj);
    const get = v.type.lookup("__get__");
    if (v instanceof PyClassMethod) return new PyMethod(v.func, start);
    if (v instanceof PyStaticMethod) return v.func;
    if (get !== undefined && !(v instanceof PyType))
      return callObject(get, [v, obj instanceof PyType && start === obj ? None : obj, start]);
    if ((v as { fn?: unknown }).fn !== undefined && v.type === T.method_descriptor) {
      const d = v as unknown as {
        fn: (s: PyObject, a: PyObject[], k: readonly string[] | null) => PyObject;
        name: string;
      };
      return new PyBuiltinFunction(d.name, (a, k) => d.fn(obj, a, k), obj);
    }
    return v;
  }
  throw newError("AttributeError", `'super' object has no attribute '${name}'`);
}

export function makeBuiltins(ts: ThreadState, streams: Streams): PyDict {
  const b = new PyDict();
  const set = (name: string, v: PyObject) => b.setStr(name, v);

  for (const name of [
    "object",
    "type",
    "int",
    "bool",
    "float",
    "str",
    "tuple",
    "list",
    "dict",
    "range",
    "set",
    "frozenset",
    "bytes",
  ])
    set(name, T[name]);
  for (const [name, t] of Object.entries(E)) set(name, t);
  for (const [alias, target] of Object.entries(EXCEPTION_ALIASES)) set(alias, E[target]);
  set("None", None);
  set("True", True);
  set("False", False);
  set("NotImplemented", NotImplemented);
  set("Ellipsis", Ellipsis);
  set("__debug__", True);
  set("property", T.property);
  set("classmethod", T.classmethod);
  set("staticmethod", T.staticmethod);
  set("super", T.super);

  set(
    "print",
    fn("print", (args, kw) => {
      const { positional, keywords } = splitKeywords(args, kw);
      const sepObj = keywords.get("sep");
      const endObj = keywords.get("end");
      const file = keywords.get("file");
      for (const k of keywords.keys())
        if (!["sep", "end", "file", "flush"].includes(k))
          throw typeError(`print() got an unexpected keyword argument '${k}'`);
      if (sepObj && sepObj !== None && !(sepObj instanceof PyStr))
        throw typeError(`sep must be None or a string, not ${sepObj.type.name}`);
      if (endObj && endObj !== None && !(endObj instanceof PyStr))
        throw typeError(`end must be None or a string, not ${endObj.type.name}`);
      const sep = sepObj instanceof PyStr ? sepObj.value : " ";
      const end = endObj instanceof PyStr ? endObj.value : "\n";
      const text = positional.map(str).join(sep) + end;
      if (file && file !== None) callObject(getAttr(file, "write"), [newStr(text)]);
      else streams.write(text);
      return None;
    }),
  );
  set(
    "input",
    fn("input", (args) => {
      if (args.length) streams.write(str(args[0]));
      const line = streams.readLine();
      if (line === null) throw newError("EOFError", "EOF when reading a line");
      return newStr(line.replace(/\r?\n$/, ""));
    }),
  );
  set(
    "len",
    fn("len", (args) => {
      if (args.length !== 1) throw typeError(`len() takes exactly one argument (${args.length} given)`);
      return newInt(len(args[0]));
    }),
  );
  set(
    "repr",
    fn("repr", ([o]) => newStr(repr(o))),
  );
  set(
    "ascii",
    fn("ascii", ([o]) => newStr(asciiRepr(repr(o)))),
  );
  set(
    "format",
    fn("format", ([v, spec]) => formatValueOp(v, spec ?? newStr(""))),
  );
  set(
    "id",
    fn("id", ([o]) => intFrom(identity(o))),
  );
  set(
    "hash",
    fn("hash", ([o]) => intFrom(hashOf(o))),
  );
  set(
    "callable",
    fn("callable", ([o]) => pyBool(isCallable(o))),
  );
  set(
    "abs",
    fn("abs", ([o]) => unaryOp(o, "__abs__")),
  );
  set(
    "iter",
    fn("iter", (args) => getIter(args[0])),
  );
  set(
    "next",
    fn("next", (args) => {
      const it = args[0];
      if (it.type.lookup("__next__") === undefined)
        throw typeError(`'${it.type.name}' object is not an iterator`);
      const v = iterNext(it);
      if (v !== undefined) return v;
      if (args.length > 1) return args[1];
      throw newError("StopIteration", null);
    }),
  );
  set(
    "isinstance",
    fn("isinstance", ([o, cls]) => pyBool(isInstance(o, cls))),
  );
  set(
    "issubclass",
    fn("issubclass", ([c, cls]) => {
      if (!(c instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
      const test = (k: PyObject): boolean =>
        k instanceof PyTuple ? k.items.some(test) : k instanceof PyType && c.isSubtype(k);
      return pyBool(test(cls));
    }),
  );
  set(
    "getattr",
    fn("getattr", (args) => {
      const name = args[1];
      if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.type.name}'`);
      if (args.length > 2) return getAttrOrUndefined(args[0], name.value) ?? args[2];
      return getAttr(args[0], name.value);
    }),
  );
  set(
    "setattr",
    fn("setattr", ([o, name, v]) => {
      setAttr(o, (name as PyStr).value, v);
      return None;
    }),
  );
  set(
    "delattr",
    fn("delattr", ([o, name]) => {
      delAttr(o, (name as PyStr).value);
      return None;
    }),
  );
  set(
    "hasattr",
    fn("hasattr", ([o, name]) => pyBool(getAttrOrUndefined(o, (name as PyStr).value) !== undefined)),
  );
  set("min", minMax("min", "__lt__"));
  set("max", minMax("max", "__gt__"));
  set(
    "sum",
    fn("sum", (args) => {
      let acc: PyObject = args[1] ?? newInt(0);
      if (acc instanceof PyStr) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
      for (const x of iterate(args[0])) acc = binaryOp(acc, x, BINARY_OPERATORS[0]);
      return acc;
    }),
  );
  set(
    "sorted",
    fn("sorted", (args, kw) => {
      const { positional, keywords } = splitKeywords(args, kw);
      if (positional.length !== 1) throw typeError(`sorted expected 1 argument, got ${positional.length}`);
      const list = newList([...iterate(positional[0])]);
      const key = keywords.get("key");
      const reverse = keywords.get("reverse");
      sortList(list, key && key !== None ? key : null, reverse ? truthy(reverse) : false);
      return list;
    }),
  );
  set(
    "reversed",
    fn("reversed", ([o]) => {
      const rev = o.type.lookup("__reversed__");
      if (rev !== undefined) return callObject(rev, [o]);
      const items = o instanceof PyList || o instanceof PyTuple ? [...o.items] : null;
      if (items === null) {
        const n = len(o);
        const getitem = o.type.lookup("__getitem__")!;
        let i = n;
        return nativeIterator("reversed", () => (i > 0 ? callObject(getitem, [o, newInt(--i)]) : undefined));
      }
      let i = items.length;
      return nativeIterator(o instanceof PyList ? "list_reverseiterator" : "reversed", () =>
        i > 0 ? items[--i] : undefined,
      );
    }),
  );
  set(
    "enumerate",
    fn("enumerate", (args, kw) => {
      const { positional, keywords } = splitKeywords(args, kw);
      const it = getIter(positional[0]);
      let i = Number(index(positional[1] ?? keywords.get("start") ?? newInt(0)));
      return nativeIterator("enumerate", () => {
        const v = iterNext(it);
        return v === undefined ? undefined : newTuple([newInt(i++), v]);
      });
    }),
  );
  set(
    "zip",
    fn("zip", (args, kw) => {
      const { positional, keywords } = splitKeywords(args, kw);
      const strict = keywords.get("strict");
      const its = positional.map(getIter);
      return nativeIterator("zip", () => {
        if (its.length === 0) return undefined;
        const out: PyObject[] = [];
        for (let k = 0; k < its.length; k++) {
          const v = iterNext(its[k]);
          if (v === undefined) {
            if (strict && truthy(strict)) {
              if (k > 0)
                throw newError(
                  "ValueError",
                  `zip() argument ${k + 1} is shorter than argument${k > 1 ? `s 1-${k}` : " 1"}`,
                );
              for (let j = 1; j < its.length; j++)
                if (iterNext(its[j]) !== undefined)
                  throw newError(
                    "ValueError",
                    `zip() argument ${j + 1} is longer than argument${j > 1 ? `s 1-${j}` : " 1"}`,
                  );
            }
            return undefined;
          }
          out.push(v);
        }
        return newTuple(out);
      });
    }),
  );
  set(
    "map",
    fn("map", ([f, ...iterables]) => {
      const its = iterables.map(getIter);
      return nativeIterator("map", () => {
        const xs: PyObject[] = [];
        for (const it of its) {
          const v = iterNext(it);
          if (v === undefined) return undefined;
          xs.push(v);
        }
        return callObject(f, xs);
      });
    }),
  );
  set(
    "filter",
    fn("filter", ([f, iterable]) => {
      const it = getIter(iterable);
      return nativeIterator("filter", () => {
        for (;;) {
          const v = iterNext(it);
          if (v === undefined) return undefined;
          if (truthy(f === None ? v : callObject(f, [v]))) return v;
        }
      });
    }),
  );
  set(
    "any",
    fn("any", ([o]) => {
      for (const x of iterate(o)) if (truthy(x)) return True;
      return False;
    }),
  );
  set(
    "all",
    fn("all", ([o]) => {
      for (const x of iterate(o)) if (!truthy(x)) return False;
      return True;
    }),
  );
  set(
    "chr",
    fn("chr", ([i]) => {
      const n = Number(index(i));
      if (n < 0 || n > 0x10ffff) throw newError("ValueError", "chr() arg not in range(0x110000)");
      return newStr(String.fromCodePoint(n));
    }),
  );
  set(
    "ord",
    fn("ord", ([c]) => {
      if (!(c instanceof PyStr))
        throw typeError(`ord() expected string of length 1, but ${c.type.name} found`);
      if (c.length !== 1)
        throw typeError(`ord() expected a character, but string of length ${c.length} found`);
      return newInt(c.value.codePointAt(0)!);
    }),
  );
  set(
    "divmod",
    fn("divmod", ([a, c]) =>
      newTuple([binaryOp(a, c, BINARY_OPERATORS[2]), binaryOp(a, c, BINARY_OPERATORS[6])]),
    ),
  );
  set(
    "pow",
    fn("pow", ([a, c]) => binaryOp(a, c, BINARY_OPERATORS[8])),
  );
  set(
    "round",
    fn("round", (args) => {
      const [x, nd] = args;
      if (x instanceof PyFloat) {
        if (nd === undefined || nd === None) {
          const r = roundHalfEven(x.value);
          if (!Number.isFinite(r))
            throw newError(
              Number.isNaN(r) ? "ValueError" : "OverflowError",
              Number.isNaN(r)
                ? "cannot convert float NaN to integer"
                : "cannot convert float infinity to integer",
            );
          return intFrom(BigInt(r));
        }
        const digits = Number(index(nd));
        const m = 10 ** digits;
        return newFloat(roundHalfEven(x.value * m) / m);
      }
      if (x instanceof PyInt) return x;
      const m = x.type.lookup("__round__");
      if (m === undefined) throw typeError(`type ${x.type.name} doesn't define __round__ method`);
      return callObject(m, nd === undefined ? [x] : [x, nd]);
    }),
  );
  set(
    "globals",
    fn("globals", () => ts.frame?.globals ?? new PyDict()),
  );
  set(
    "locals",
    fn("locals", () => ts.frame?.locals ?? localsOf(ts)),
  );
  set(
    "vars",
    fn("vars", (args) => {
      if (args.length === 0) return ts.frame?.locals ?? localsOf(ts);
      const d = getAttrOrUndefined(args[0], "__dict__");
      if (d === undefined) throw typeError("vars() argument must have __dict__ attribute");
      return d;
    }),
  );
  set(
    "dir",
    fn("dir", (args) => {
      const names = new Set<string>();
      if (args.length === 0) {
        const l = ts.frame?.locals;
        if (l instanceof PyDict) for (const e of l.entries()) names.add(str(e.key));
      } else {
        const o = args[0];
        if (o.dict) for (const e of (o.dict as PyDict).entries()) names.add(str(e.key));
        const t = o instanceof PyType ? o : o.type;
        for (const c of t.mro) for (const k of c.attrs.keys()) names.add(k);
      }
      return newList([...names].sort().map(newStr));
    }),
  );
  set(
    "__build_class__",
    fn("__build_class__", (args, kw) => buildClass(ts, args, kw)),
  );
  return b;
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function localsOf(ts: ThreadState): PyDict {
  const d = new PyDict();
  const f = ts.frame;
  if (!f) return d;
  f.code.co_localsplusnames.forEach((name, i) => {
    let v = f.localsplus[i];
    if (v instanceof PyCell) v = v.contents;
    if (v !== null) d.setStr(name, v);
  });
  return d;
}

function isInstance(o: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => isInstance(o, c));
  if (!(cls instanceof PyType))
    throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  return o.type.isSubtype(cls);
}

/** __build_class__(func, name, *bases, metaclass=None, **kwds): runs the body in a fresh namespace, calls the metaclass. */
function buildClass(ts: ThreadState, args: PyObject[], kw: readonly string[] | null): PyObject {
  const { positional, keywords } = splitKeywords(args, kw);
  const [body, nameObj, ...bases] = positional;
  if (!(body instanceof PyFunction)) throw typeError("__build_class__: func must be a function");
  if (!(nameObj instanceof PyStr)) throw typeError("__build_class__: name is not a string");
  let meta: PyObject = keywords.get("metaclass") ?? (bases.length ? (bases[0] as PyType).type : T.type);
  keywords.delete("metaclass");
  for (const base of bases)
    if (meta instanceof PyType && base.type.isSubtype(meta)) meta = base.type as PyType;
  const kwNames = [...keywords.keys()];
  const kwValues = [...keywords.values()];
  const prepare = getAttrOrUndefined(meta, "__prepare__");
  const ns = prepare
    ? callObject(prepare, [nameObj, newTuple(bases), ...kwValues], kwNames.length ? kwNames : null)
    : new PyDict();
  const frame = frameForCall(body, [], null, ns);
  const cell = run(ts, frame);
  const cls = callObject(meta, [nameObj, newTuple(bases), ns, ...kwValues], kwNames.length ? kwNames : null);
  if (cell instanceof PyCell) cell.contents = cls;
  if (cls instanceof PyType) {
    for (const [k, v] of cls.attrs) {
      const setName = v.type.lookup("__set_name__");
      if (setName !== undefined) callObject(setName, [v, cls, newStr(k)]);
    }
    // super(cls, cls).__init_subclass__(**kwds)
    if (cls.mro.length > 1) callObject(superLookup(cls.mro[0], cls, "__init_subclass__"), [], null);
  }
  return cls;
}

const SUPER_DATA = new WeakMap<PyObject, { cls: PyType; obj: PyObject }>();

function superObject(cls: PyType, obj: PyObject): PyObject {
  const s = new PyObjectClass(T.super);
  SUPER_DATA.set(s, { cls, obj });
  return s;
}

T.super.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args) => {
      const [, cls, obj] = args;
      if (!(cls instanceof PyType)) throw newError("RuntimeError", "super(): __class__ cell not found");
      return superObject(cls, obj);
    }),
  ),
);
defineMethods(T.super, {
  __init__: () => None,
  __getattribute__: (self, [name]) => {
    const d = SUPER_DATA.get(self)!;
    return superLookup(d.cls, d.obj, (name as PyStr).value);
  },
  __repr__: (self) => {
    const d = SUPER_DATA.get(self)!;
    return newStr(`<super: <class '${d.cls.name}'>, <${d.obj.type.name} object>>`);
  },
});

T.property.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      const { positional, keywords } = splitKeywords(args.slice(1), kw);
      const get = (i: number, k: string) => {
        const v = positional[i] ?? keywords.get(k) ?? None;
        return v === None ? null : v;
      };
      return new PyProperty(get(0, "fget"), get(1, "fset"), get(2, "fdel"), get(3, "doc"));
    }),
  ),
);
defineMethods(T.property, {
  __init__: () => None,
  setter: (self, [f]) => {
    const p = self as PyProperty;
    return new PyProperty(p.fget, f, p.fdel, p.doc);
  },
  getter: (self, [f]) => {
    const p = self as PyProperty;
    return new PyProperty(f, p.fset, p.fdel, p.doc);
  },
  deleter: (self, [f]) => {
    const p = self as PyProperty;
    return new PyProperty(p.fget, p.fset, f, p.doc);
  },
});
T.classmethod.setAttr(
  "__new__",
  new PyStaticMethod(new PyBuiltinFunction("__new__", ([, f]) => new PyClassMethod(f))),
);
T.staticmethod.setAttr(
  "__new__",
  new PyStaticMethod(new PyBuiltinFunction("__new__", ([, f]) => new PyStaticMethod(f))),
);
defineMethods(T.classmethod, { __init__: () => None });
defineMethods(T.staticmethod, { __init__: () => None });
