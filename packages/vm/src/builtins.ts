// The builtins module: functions, types, constants and exception classes of CPython 3.14.
import {
  asciiEscape,
  calculateMetaclass,
  callMethod,
  callObject,
  checkSortKeywords,
  classHooks,
  defineMethods,
  delAttr,
  descrGet,
  E,
  Ellipsis,
  EXCEPTION_ALIASES,
  exactArgs,
  False,
  getAttr,
  getAttrOrUndefined,
  getIter,
  hashOf,
  identity,
  index,
  intFrom,
  isCallable,
  isEqual,
  isInstance,
  isSubclass,
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
  numericBuiltins,
  PyBaseException,
  PyBuiltinFunction,
  PyCell,
  PyClassMethod,
  PyDict,
  type PyFloat,
  PyFunction,
  type PyInt,
  PyList,
  type PyObject,
  PyObject as PyObjectClass,
  PyProperty,
  PyStaticMethod,
  PyStr,
  PyTuple,
  PyType,
  pyBool,
  rangeArgs,
  repr,
  richCompare,
  setAttr,
  setBoolOf,
  sortList,
  splitKeywords,
  str,
  T,
  True,
  toArray,
  truthy,
  typeError,
  unaryOp,
} from "@ophis/objects";
import { builtinAiter, builtinAnext } from "./async-generators.js";
import { frameForCall, run } from "./eval.js";
import { fastCompare } from "./fast-paths.js";
import { formatValueOp } from "./formatting.js";
import { builtinSum } from "./sum.js";
import type { ThreadState } from "./thread.js";

/** Where print() and input() go: set by the Interpreter from its host streams. */
export interface Streams {
  write(text: string): void;
  writeErr(text: string): void;
  readLine(): string | null;
  /** print()'s pieces, for a sys.stdout replaced by an object that sees each write() call. */
  writeParts?(parts: string[]): void;
}

function fn(
  name: string,
  f: (args: PyObject[], kw: readonly string[] | null) => PyObject,
): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f);
}

/** min and max; `which` is op's COMPARE_OP index, for the comparison shortcut on exact ints, floats and strs. */
function minMax(name: string, op: "__lt__" | "__gt__", which: number) {
  return fn(name, (args, kw) => {
    const { positional, keywords } = splitKeywords(args, kw);
    const key = keywords.get("key");
    const dflt = keywords.get("default");
    for (const k of keywords.keys())
      if (k !== "key" && k !== "default")
        throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    if (positional.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    if (dflt !== undefined && positional.length > 1)
      throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    const items = positional.length === 1 ? toArray(positional[0]) : positional;
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      throw newError("ValueError", `${name}() iterable argument is empty`);
    }
    let best = items[0];
    let bestKey = key && key !== None ? callObject(key, [best]) : best;
    for (let i = 1; i < items.length; i++) {
      const k = key && key !== None ? callObject(key, [items[i]]) : items[i];
      const better = fastCompare(k, bestKey, which) ?? richCompare(k, bestKey, op);
      if (better === True || (better !== False && truthy(better))) {
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
    // Bound as attribute lookup would bind it: no instance when super's second argument is the class itself.
    return descrGet(v, obj instanceof PyType && start === obj ? null : obj, start);
  }
  throw newError("AttributeError", `'super' object has no attribute '${name}'`);
}

export function makeBuiltins(ts: ThreadState, streams: Streams): PyDict {
  superThread = ts;
  classHooks.callerModule = () => ts.frame?.globals.getStr("__name__");
  // bool(x) needs truth testing, which the number types cannot import without a cycle.
  setBoolOf((o) => pyBool(truthy(o)));
  const b = new PyDict();
  const set = (name: string, v: PyObject) => b.setStr(name, v);

  for (const name of [
    "object",
    "type",
    "int",
    "bool",
    "float",
    "complex",
    "str",
    "tuple",
    "list",
    "dict",
    "range",
    "slice",
    "set",
    "frozenset",
    "bytes",
    "bytearray",
    "memoryview",
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
      // CPython writes each argument, separator and the end as separate write() calls.
      const parts: string[] = [];
      positional.forEach((o, i) => {
        if (i) parts.push(sep);
        parts.push(str(o));
      });
      parts.push(end);
      if (file && file !== None) {
        const write = getAttr(file, "write");
        for (const part of parts) callObject(write, [newStr(part)]);
      } else if (streams.writeParts) streams.writeParts(parts);
      else streams.write(parts.join(""));
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
    fn("ascii", ([o]) => newStr(asciiEscape(repr(o)))),
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
    fn("abs", ([o]) => {
      // Exact ints below 2**53 and exact floats need no __abs__ lookup and call.
      if (o.type === T.int && typeof (o as PyInt).value === "number")
        return newInt(Math.abs((o as PyInt).value as number));
      if (o.type === T.float) return newFloat(Math.abs((o as PyFloat).value));
      return unaryOp(o, "__abs__");
    }),
  );
  set(
    "iter",
    fn("iter", (args, kw) => {
      rangeArgs("iter", args, kw, 1, 2);
      if (args.length === 1) return getIter(args[0]);
      const [callable, sentinel] = args;
      if (!isCallable(callable)) throw typeError("iter(v, w): v must be callable");
      let done = false;
      // callable_iterator: calls until the result equals the sentinel (or StopIteration is raised).
      return nativeIterator("callable_iterator", () => {
        if (done) return undefined;
        let v: PyObject;
        try {
          v = callObject(callable, []);
        } catch (e) {
          if (e instanceof PyObjectClass && e.type.isSubtype(E.StopIteration)) {
            done = true;
            return undefined;
          }
          throw e;
        }
        if (isEqual(v, sentinel)) {
          done = true;
          return undefined;
        }
        return v;
      });
    }),
  );
  set(
    "next",
    fn("next", (args) => {
      const it = args[0];
      const step = it.type.lookup("__next__");
      if (step === undefined) throw typeError(`'${it.type.name}' object is not an iterator`);
      // Call __next__ itself so a StopIteration keeps its value when there is no default.
      try {
        return callMethod(step, it, []);
      } catch (e) {
        if (args.length > 1 && e instanceof PyBaseException && e.type.isSubtype(E.StopIteration))
          return args[1];
        throw e;
      }
    }),
  );
  set(
    "isinstance",
    fn("isinstance", (args, kw) => {
      exactArgs("isinstance", args, kw, 2);
      return pyBool(isInstance(args[0], args[1]));
    }),
  );
  set(
    "issubclass",
    fn("issubclass", (args, kw) => {
      exactArgs("issubclass", args, kw, 2);
      return pyBool(isSubclass(args[0], args[1]));
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
  set("min", minMax("min", "__lt__", 0));
  set("max", minMax("max", "__gt__", 4));
  set("sum", fn("sum", builtinSum));
  set("aiter", fn("aiter", builtinAiter));
  set("anext", fn("anext", builtinAnext));
  set(
    "sorted",
    fn("sorted", (args, kw) => {
      const { positional, keywords } = splitKeywords(args, kw);
      if (positional.length !== 1) throw typeError(`sorted expected 1 argument, got ${positional.length}`);
      checkSortKeywords(keywords);
      const list = newList(toArray(positional[0]));
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
      if (
        items === null &&
        (o.type.lookup("__getitem__") === undefined || o.type.lookup("__len__") === undefined)
      )
        throw typeError(`'${o.type.name}' object is not reversible`);
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
  // hex, oct, bin, chr, ord, divmod, pow and round live with the number types.
  for (const [name, f] of Object.entries(numericBuiltins)) set(name, fn(name, f));
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
        // A function frame has no namespace dict: its fast locals are what dir() lists.
        const l = ts.frame?.locals ?? localsOf(ts);
        if (l instanceof PyDict) for (const e of l.entries()) names.add(str(e.key));
      } else {
        // dir(o) is sorted(type(o).__dir__(o)).
        const o = args[0];
        const d = o.type.lookup("__dir__");
        if (d === undefined) throw typeError("object does not provide __dir__");
        for (const n of iterate(callObject(d, [o]))) names.add(str(n));
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

/** __build_class__(func, name, *bases, metaclass=None, **kwds): runs the body in a fresh namespace, calls the metaclass. */
function buildClass(ts: ThreadState, args: PyObject[], kw: readonly string[] | null): PyObject {
  const { positional, keywords } = splitKeywords(args, kw);
  const [body, nameObj, ...bases] = positional;
  if (!(body instanceof PyFunction)) throw typeError("__build_class__: func must be a function");
  if (!(nameObj instanceof PyStr)) throw typeError("__build_class__: name is not a string");
  let meta: PyObject = keywords.get("metaclass") ?? (bases.length ? bases[0].type : T.type);
  keywords.delete("metaclass");
  if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);
  const kwNames = [...keywords.keys()];
  const kwValues = [...keywords.values()];
  const prepare = getAttrOrUndefined(meta, "__prepare__");
  const ns = prepare
    ? callObject(prepare, [nameObj, newTuple(bases), ...kwValues], kwNames.length ? kwNames : null)
    : new PyDict();
  if (ns.type.lookup("__getitem__") === undefined) {
    const who = meta instanceof PyType ? meta.name : "<metaclass>";
    throw typeError(`${who}.__prepare__() must return a mapping, not ${ns.type.name}`);
  }
  const frame = frameForCall(body, [], null, ns);
  const cell = run(ts, frame);
  const cls = callObject(meta, [nameObj, newTuple(bases), ns, ...kwValues], kwNames.length ? kwNames : null);
  if (cell instanceof PyCell) cell.contents = cls;
  return cls;
}

/** The thread whose frame a zero-argument super() inspects; set by makeBuiltins. */
let superThread: ThreadState | null = null;

/** super() without arguments: __class__ from the calling frame's cell, the instance from its first argument. */
function zeroArgSuper(): PyObject {
  const frame = superThread?.frame;
  if (!frame) throw newError("RuntimeError", "super(): no current frame");
  const code = frame.code;
  if (code.co_argcount === 0 && (code.co_flags & 0x4) === 0)
    throw newError("RuntimeError", "super(): no arguments");
  let first = frame.localsplus[0];
  if (first instanceof PyCell) first = first.contents;
  if (first === null) throw newError("RuntimeError", "super(): arg[0] deleted");
  const i = code.co_localsplusnames.lastIndexOf("__class__");
  if (i < 0) throw newError("RuntimeError", "super(): __class__ cell not found");
  const cell = frame.localsplus[i];
  const cls = cell instanceof PyCell ? cell.contents : null;
  if (cls === null) throw newError("RuntimeError", "super(): empty __class__ cell");
  if (!(cls instanceof PyType)) throw newError("RuntimeError", "super(): __class__ is not a type");
  return superObject(cls, first);
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
      if (args.length === 1) return zeroArgSuper();
      const [, cls, obj] = args;
      if (!(cls instanceof PyType))
        throw typeError(`super() argument 1 must be a type, not ${cls.type.name}`);
      if (obj === undefined) return superObject(cls, None);
      if (!obj.type.isSubtype(cls) && !(obj instanceof PyType && obj.isSubtype(cls)))
        throw typeError(
          `super(type, obj): obj (${obj instanceof PyType ? `type ${obj.name}` : `instance of ${obj.type.name}`}) is not an instance or subtype of type (${cls.name}).`,
        );
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
