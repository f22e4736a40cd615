// types.GenericAlias: what subscripting a builtin class gives (list[int]); __class_getitem__ of the builtin containers.
import { getAttr } from "../attributes.js";
import { callObject } from "../call.js";
import { PyObject, PyType, T } from "../core.js";
import { defineGetSets, defineMethods, PyBuiltinFunction, PyClassMethod } from "../functions.js";
import { intFrom, pyBool } from "../int.js";
import { hashOf, isEqual, repr, typeSubscript } from "../protocols.js";
import { newTuple, PyTuple } from "../sequences.js";
import { Ellipsis, NotImplemented } from "../singletons.js";
import { newStr, PyStr } from "../str.js";

T.GenericAlias = new PyType(T.type, "GenericAlias", [T.object]);
T.GenericAlias.attrs.set("__module__", newStr("types"));
T.GenericAlias.setDottedName("types.GenericAlias");

export class PyGenericAlias extends PyObject {
  constructor(
    readonly origin: PyObject,
    readonly args: PyTuple,
  ) {
    super(T.GenericAlias);
  }
}

/** ga_repr_item: classes by (module-qualified) name, ... literally, anything else by repr. */
function itemRepr(o: PyObject): string {
  if (o === Ellipsis) return "...";
  if (o instanceof PyGenericAlias) return aliasRepr(o);
  if (o instanceof PyType) {
    const m = o.attrs.get("__module__");
    const mod = m instanceof PyStr ? m.value : "builtins";
    return mod === "builtins" ? o.qualname : `${mod}.${o.qualname}`;
  }
  return repr(o);
}

function aliasRepr(a: PyGenericAlias): string {
  const args = a.args.items.length ? a.args.items.map(itemRepr).join(", ") : "()";
  return `${itemRepr(a.origin)}[${args}]`;
}

function alias(o: PyObject): PyGenericAlias {
  return o as PyGenericAlias;
}

defineMethods(T.GenericAlias, {
  __repr__: (self) => newStr(aliasRepr(alias(self))),
  __call__: (self, args, kw) => {
    const result = callObject(alias(self).origin, args, kw);
    try {
      if (result.dict) result.dict.setStr("__orig_class__", self);
    } catch {
      // Builtin results cannot carry __orig_class__; CPython ignores that too.
    }
    return result;
  },
  __eq__: (self, [o]) => {
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    return pyBool(isEqual(alias(self).origin, o.origin) && isEqual(alias(self).args, o.args));
  },
  __hash__: (self) => intFrom(BigInt(hashOf(alias(self).origin)) ^ BigInt(hashOf(alias(self).args))),
  __getattr__: (self, [name]) => getAttr(alias(self).origin, (name as PyStr).value),
  __mro_entries__: (self) => newTuple([alias(self).origin]),
});
defineGetSets(T.GenericAlias, {
  __origin__: [(self) => alias(self).origin],
  __args__: [(self) => alias(self).args],
  __parameters__: [() => newTuple([])],
});

function makeAlias(origin: PyObject, item: PyObject): PyObject {
  return new PyGenericAlias(origin, item instanceof PyTuple ? item : newTuple([item]));
}
typeSubscript.alias = makeAlias;

const classGetItem = new PyClassMethod(
  new PyBuiltinFunction("__class_getitem__", ([cls, item]) => makeAlias(cls, item)),
);
for (const name of [
  "list",
  "tuple",
  "dict",
  "set",
  "frozenset",
  "enumerate",
  "dict_keys",
  "dict_values",
  "dict_items",
  "memoryview",
]) {
  const t = T[name];
  if (t) t.setAttr("__class_getitem__", classGetItem);
}
