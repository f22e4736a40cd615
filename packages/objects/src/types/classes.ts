// Class creation (type_new): metaclass choice, __slots__ and member descriptors, __set_name__, __init_subclass__.
import { descrGet } from "../attributes.js";
import { callObject, NO_INSTANCE_DICT } from "../call.js";
import { newError, PyObject, PyType, T, typeError } from "../core.js";
import { PyDict } from "../dict.js";
import { defineMethods, PyClassMethod, PyFunction, PyGetSetDescr, PyStaticMethod } from "../functions.js";
import { iterate, repr } from "../protocols.js";
import { PyTuple } from "../sequences.js";
import { None } from "../singletons.js";
import { newStr, PyStr } from "../str.js";

export { NO_INSTANCE_DICT };

/** _PyType_CalculateMetaclass: the most derived of meta and the bases' metaclasses, or a conflict error. */
export function calculateMetaclass(meta: PyType, bases: readonly PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = b.type;
    if (winner.isSubtype(t)) continue;
    if (t.isSubtype(winner)) {
      winner = t;
      continue;
    }
    throw typeError(
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

T.member_descriptor = new PyType(T.type, "member_descriptor", [T.object]);

/** A __slots__ entry: the value lives beside the object, keyed by the descriptor. */
export class PyMemberDescr extends PyObject {
  readonly values = new WeakMap<PyObject, PyObject>();
  constructor(
    readonly name: string,
    readonly owner: PyType,
  ) {
    super(T.member_descriptor);
  }
}

function slotMissing(o: PyObject, name: string, deleting = false): PyObject {
  const err = newError(
    "AttributeError",
    deleting ? name : `'${o.type.tpName}' object has no attribute '${name}'`,
  );
  (err as { attrName?: string; attrObj?: PyObject }).attrName = name;
  (err as { attrName?: string; attrObj?: PyObject }).attrObj = o;
  return err;
}

function checkOwner(d: PyMemberDescr, o: PyObject): void {
  if (!o.type.isSubtype(d.owner))
    throw typeError(
      `descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${o.type.name}' object`,
    );
}

defineMethods(T.member_descriptor, {
  __get__: (self, [o]) => {
    const d = self as PyMemberDescr;
    if (o === None) return d;
    checkOwner(d, o);
    const v = d.values.get(o);
    if (v === undefined) throw slotMissing(o, d.name);
    return v;
  },
  __set__: (self, [o, v]) => {
    const d = self as PyMemberDescr;
    checkOwner(d, o);
    d.values.set(o, v);
    return None;
  },
  __delete__: (self, [o]) => {
    const d = self as PyMemberDescr;
    checkOwner(d, o);
    if (!d.values.delete(o)) throw slotMissing(o, d.name, true);
    return None;
  },
  __repr__: (self) => {
    const d = self as PyMemberDescr;
    return newStr(`<member '${d.name}' of '${d.owner.name}' objects>`);
  },
});

/** The names __slots__ declares (a string is one name). */
function slotNames(slots: PyObject): string[] {
  const items = slots instanceof PyStr ? [slots] : [...iterate(slots)];
  return items.map((s) => {
    if (!(s instanceof PyStr)) throw typeError(`__slots__ items must be strings, not '${s.type.name}'`);
    if (!/^[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*$/.test(s.value))
      throw typeError("__slots__ must be identifiers");
    return s.value;
  });
}

const UNACCEPTABLE_BASES = new Set([
  "bool",
  "NoneType",
  "range",
  "slice",
  "function",
  "NotImplementedType",
  "ellipsis",
  "memoryview",
]);

/** Creates a class (type_new): bases checked, namespace copied, slots laid out, then __set_name__ and __init_subclass__. */
export function newClass(
  meta: PyType,
  name: string,
  bases: PyType[],
  ns: PyDict,
  kwargs: Map<string, PyObject> = new Map(),
): PyType {
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError("bases must be types");
    if (!b.heap && UNACCEPTABLE_BASES.has(b.name) && T[b.name] === b)
      throw typeError(`type '${b.name}' is not an acceptable base type`);
  }
  for (let i = 0; i < bases.length; i++)
    if (bases.indexOf(bases[i]) !== i) throw typeError(`duplicate base class ${bases[i].name}`);
  const cls = new PyType(meta, name, bases.length ? bases : [T.object], true);
  for (const e of ns.entries()) {
    if (!(e.key instanceof PyStr)) continue;
    let v = e.value;
    const key = e.key.value;
    if ((key === "__init_subclass__" || key === "__class_getitem__") && v instanceof PyFunction)
      v = new PyClassMethod(v);
    if (key === "__new__" && v instanceof PyFunction) v = new PyStaticMethod(v);
    cls.attrs.set(key, v);
  }
  const qual = ns.getStr("__qualname__");
  if (qual !== undefined) {
    if (!(qual instanceof PyStr)) throw typeError(`type __qualname__ must be a str, not ${qual.type.name}`);
    cls.qualname = qual.value;
    cls.attrs.delete("__qualname__");
  }
  cls.attrs.delete("__classcell__");
  cls.attrs.delete("__classdictcell__");
  if (!cls.attrs.has("__module__")) {
    const mod = classHooks.callerModule();
    if (mod !== undefined) cls.attrs.set("__module__", mod);
  }
  if (!cls.attrs.has("__doc__")) cls.attrs.set("__doc__", None);
  if (cls.attrs.get("__eq__") !== undefined && !cls.attrs.has("__hash__")) cls.attrs.set("__hash__", None);
  const slots = ns.getStr("__slots__");
  if (slots !== undefined) layoutSlots(cls, slotNames(slots));
  addDictDescriptors(cls);
  cls.resetMro();
  for (const [k, v] of [...cls.attrs]) {
    const setName = v.type.lookup("__set_name__");
    if (setName === undefined) continue;
    try {
      callObject(setName, [v, cls, newStr(k)]);
    } catch (e) {
      if (e instanceof PyObject)
        addNote(e, `Error calling __set_name__ on '${v.type.name}' instance '${k}' in '${name}'`);
      throw e;
    }
  }
  initSubclass(cls, kwargs);
  return cls;
}

function addNote(e: PyObject, note: string): void {
  const add = e.type.lookup("add_note");
  if (add !== undefined) callObject(add, [e, newStr(note)]);
}

function layoutSlots(cls: PyType, names: string[]): void {
  let wantsDict = false;
  for (const n of names) {
    if (n === "__dict__") {
      wantsDict = true;
      continue;
    }
    if (n === "__weakref__") continue;
    if (cls.attrs.has(n)) throw newError("ValueError", `'${n}' in __slots__ conflicts with class variable`);
    cls.attrs.set(n, new PyMemberDescr(n, cls));
  }
  const basesHaveNoDict = cls.bases.every((b) => !b.heap || (b.flags & NO_INSTANCE_DICT) !== 0);
  if (!wantsDict && basesHaveNoDict) cls.flags |= NO_INSTANCE_DICT;
}

/** What the VM tells class creation: the __name__ of the calling code's globals (for __module__). */
export const classHooks: { callerModule: () => PyObject | undefined } = { callerModule: () => undefined };

/** Classes whose instances gain a __dict__ (or weak references) here expose them through descriptors. */
function addDictDescriptors(cls: PyType): void {
  if (cls.flags & NO_INSTANCE_DICT) return;
  const inherited = cls.bases.some((b) => b.lookup("__dict__") !== undefined);
  if (!inherited && !cls.attrs.has("__dict__")) cls.attrs.set("__dict__", DICT_DESCR(cls));
  if (!cls.bases.some((b) => b.lookup("__weakref__") !== undefined) && !cls.attrs.has("__weakref__"))
    cls.attrs.set("__weakref__", new PyGetSetDescr("__weakref__", cls, () => None));
}

function DICT_DESCR(cls: PyType): PyGetSetDescr {
  return new PyGetSetDescr(
    "__dict__",
    cls,
    (o) => {
      if (o.dict === null) o.dict = new PyDict();
      return o.dict;
    },
    (o, v) => {
      if (v === null) throw typeError("cannot delete __dict__");
      if (!(v instanceof PyDict))
        throw typeError(`__dict__ must be set to a dictionary, not a '${v.type.name}'`);
      o.dict = v;
    },
  );
}

/** super(cls, cls).__init_subclass__(**kwargs). */
function initSubclass(cls: PyType, kwargs: Map<string, PyObject>): void {
  for (let i = 1; i < cls.mro.length; i++) {
    const f = cls.mro[i].attrs.get("__init_subclass__");
    if (f === undefined) continue;
    const bound = descrGet(f, null, cls);
    const names = [...kwargs.keys()];
    callObject(bound, [...kwargs.values()], names.length ? names : null);
    return;
  }
}

T.mappingproxy = new PyType(T.type, "mappingproxy", [T.object]);

/** A read-only view of a class namespace: a snapshot dict behind mappingproxy's methods. */
export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyDict) {
    super(T.mappingproxy);
  }
}

function forward(name: string) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
    const m = (self as PyMappingProxy).mapping;
    return callObject(m.type.lookup(name)!, [m, ...args], kw);
  };
}

defineMethods(T.mappingproxy, {
  __getitem__: forward("__getitem__"),
  __contains__: forward("__contains__"),
  __iter__: forward("__iter__"),
  __len__: forward("__len__"),
  __eq__: forward("__eq__"),
  __or__: forward("__or__"),
  __reversed__: forward("__reversed__"),
  get: forward("get"),
  keys: forward("keys"),
  values: forward("values"),
  items: forward("items"),
  copy: forward("copy"),
  __repr__: (self) => newStr(`mappingproxy(${repr((self as PyMappingProxy).mapping)})`),
});

/** The object's class namespace as the mappingproxy type.__dict__ returns. */
export function classDict(t: PyType): PyObject {
  const d = new PyDict();
  for (const [k, v] of t.attrs) d.setStr(k, v);
  return new PyMappingProxy(d);
}

/** Errors raised while calling type(name, bases, ns) with bad arguments keep CPython's wording. */
export function checkTypeArgs(name: PyObject, bases: PyObject, ns: PyObject): void {
  if (!(name instanceof PyStr))
    throw typeError(`type.__new__() argument 1 must be str, not ${name.type.name}`);
  if (!(bases instanceof PyTuple))
    throw typeError(`type.__new__() argument 2 must be tuple, not ${bases.type.name}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${ns.type.name}`);
}
