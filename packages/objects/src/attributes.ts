// Attribute access as CPython's PyObject_GenericGetAttr / type_getattro: descriptors, instance dicts, __getattr__.

import { callObject } from "./call.js";
import { E, newError, PyObject, PyType, T } from "./core.js";
import { PyDict } from "./dict.js";
import {
  PyBuiltinFunction,
  PyClassMethod,
  PyFunction,
  PyGetSetDescr,
  PyMethod,
  PyMethodDescr,
  PyProperty,
  PyStaticMethod,
} from "./functions.js";
import { None } from "./singletons.js";
import { PyStr } from "./str.js";

/** descriptor.__get__(instance, owner) for the kinds the object model knows, then for any type with __get__. */
export function descrGet(descr: PyObject, instance: PyObject | null, owner: PyType): PyObject {
  if (descr instanceof PyFunction) return instance === null ? descr : new PyMethod(descr, instance);
  if (descr instanceof PyMethodDescr) {
    if (instance === null) return descr;
    const fn = descr.fn;
    const self = instance;
    return new PyBuiltinFunction(
      descr.name,
      (args, kw) => fn(self, args, kw),
      self,
      `${descr.owner.name}.${descr.name}`,
    );
  }
  if (descr instanceof PyGetSetDescr) return instance === null ? descr : descr.get(instance);
  if (descr instanceof PyClassMethod) return new PyMethod(descr.func, owner);
  if (descr instanceof PyStaticMethod) return descr.func;
  if (descr instanceof PyProperty) {
    if (instance === null) return descr;
    if (!descr.fget) throw propertyError(descr, instance, "getter");
    return callObject(descr.fget, [instance]);
  }
  const get = descr.type.lookup("__get__");
  if (get === undefined) return descr;
  return callMethod(get, descr, [instance ?? None, owner]);
}

/** Names given to properties by __set_name__ (class attribute name), for error messages. */
export const propertyNames = new WeakMap<PyObject, string>();

/** The name a property reports in errors: the attribute it was assigned to, else its getter's __name__. */
function propertyName(p: PyProperty): string | null {
  const n = propertyNames.get(p);
  if (n !== undefined) return n;
  const f = p.fget;
  return f instanceof PyFunction ? f.name : null;
}

function propertyError(p: PyProperty, o: PyObject, what: string): PyObject {
  const name = propertyName(p);
  const owner = o instanceof PyType ? o.name : o.type.name;
  return newError(
    "AttributeError",
    name === null
      ? `property of '${owner}' object has no ${what}`
      : `property '${name}' of '${owner}' object has no ${what}`,
  );
}

/** True for data descriptors (defining __set__ or __delete__): they win over the instance dict. */
function isDataDescr(descr: PyObject): boolean {
  if (descr instanceof PyProperty || descr instanceof PyGetSetDescr) return true;
  if (descr instanceof PyFunction || descr instanceof PyMethodDescr) return false;
  const t = descr.type;
  if (t === T.str || t === T.int || t === T.NoneType) return false;
  return t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined;
}

/** Calls an unbound method found on a type with `self` first, without building a bound method. */
export function callMethod(method: PyObject, self: PyObject, args: PyObject[]): PyObject {
  if (method instanceof PyMethodDescr) return method.fn(self, args, null);
  if (method instanceof PyFunction) return callObject(method, [self, ...args]);
  return callObject(descrGet(method, self, self.type), args);
}

/** object.__getattribute__: type descriptors, then the instance dict, then non-data descriptors and class attributes. */
export function genericGetAttr(o: PyObject, name: string): PyObject | undefined {
  const type = o.type;
  const descr = type.lookup(name);
  if (descr !== undefined && isDataDescr(descr)) return descrGet(descr, o, type);
  if (o.dict) {
    const v = o.dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (descr !== undefined) return descrGet(descr, o, type);
  return undefined;
}

/** type.__getattribute__: metatype data descriptors, the class's MRO (binding with instance None), metatype attrs. */
function typeGetAttr(t: PyType, name: string): PyObject | undefined {
  const meta = t.type;
  const metaDescr = meta.lookup(name);
  if (metaDescr !== undefined && isDataDescr(metaDescr)) return descrGet(metaDescr, t, meta);
  const own = t.lookup(name);
  if (own !== undefined) return descrGet(own, null, t);
  if (metaDescr !== undefined) return descrGet(metaDescr, t, meta);
  return undefined;
}

/** Hooks for attributes computed natively (__class__, __dict__, __name__ ...), installed by the types that own them. */
export const specialAttrs: ((o: PyObject, name: string) => PyObject | undefined)[] = [];

function attributeError(o: PyObject, name: string): PyObject {
  if (o instanceof PyType)
    return newError("AttributeError", `type object '${o.name}' has no attribute '${name}'`);
  const err = newError("AttributeError", `'${o.type.tpName}' object has no attribute '${name}'`);
  (err as { attrName?: string; attrObj?: PyObject }).attrName = name;
  (err as { attrName?: string; attrObj?: PyObject }).attrObj = o;
  return err;
}

/** getattr(o, name) without a default: the attribute or undefined (AttributeError suppressed only if absent). */
export function getAttrOrUndefined(o: PyObject, name: string): PyObject | undefined {
  try {
    return lookupAttr(o, name);
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    return undefined;
  }
}

/** slot_tp_getattr_hook: __getattribute__ (the generic one, or an override), then __getattr__ on AttributeError. */
function lookupAttr(o: PyObject, name: string): PyObject {
  const type = o.type;
  const custom = type.lookup("__getattribute__");
  const fallback = type.lookup("__getattr__");
  if (
    custom !== undefined &&
    custom !== T.object.attrs.get("__getattribute__") &&
    !(o instanceof PyType && custom === T.type.attrs.get("__getattribute__"))
  ) {
    try {
      return callMethod(custom, o, [new PyStr(name)]);
    } catch (e) {
      if (fallback === undefined || !isAttributeError(e)) throw e;
      return callMethod(fallback, o, [new PyStr(name)]);
    }
  }
  const found = objectGetAttribute(o, name);
  if (found !== undefined) return found;
  if (fallback !== undefined) return callMethod(fallback, o, [new PyStr(name)]);
  throw attributeError(o, name);
}

/** type's data descriptors (__name__, __dict__, __mro__ ...), installed by types/object.ts. */
let typeDataAttr: (t: PyType, name: string) => PyObject | undefined = () => undefined;
export function setTypeDataAttr(f: (t: PyType, name: string) => PyObject | undefined): void {
  typeDataAttr = f;
}

/** object.__getattribute__ (type.__getattribute__ for classes), natively computed attributes included. */
export function objectGetAttribute(o: PyObject, name: string): PyObject | undefined {
  if (o instanceof PyType && name.startsWith("__")) {
    const v = typeDataAttr(o, name);
    if (v !== undefined) return v;
  }
  let found = o instanceof PyType ? typeGetAttr(o, name) : genericGetAttr(o, name);
  if (found === undefined)
    for (const hook of specialAttrs) {
      found = hook(o, name);
      if (found !== undefined) break;
    }
  return found;
}

/** The AttributeError CPython raises for a missing attribute (with name and obj set for suggestions). */
export function missingAttribute(o: PyObject, name: string): PyObject {
  return attributeError(o, name);
}

function isAttributeError(e: unknown): boolean {
  return e instanceof PyObject && e.type.isSubtype(E.AttributeError);
}

export function getAttr(o: PyObject, name: string): PyObject {
  return lookupAttr(o, name);
}

/** setattr(o, name, value): data descriptors first, then the instance dict (or the class dict for types). */
export function setAttr(o: PyObject, name: string, value: PyObject): void {
  const custom = o.type.lookup("__setattr__");
  if (custom !== undefined && custom !== T.object.attrs.get("__setattr__")) {
    callMethod(custom, o, [new PyStr(name), value]);
    return;
  }
  genericSetAttr(o, name, value);
}

export function genericSetAttr(o: PyObject, name: string, value: PyObject): void {
  if (o instanceof PyType) {
    if (!o.heap) throw newError("TypeError", `cannot set '${name}' attribute of immutable type '${o.name}'`);
    o.setAttr(name, value);
    return;
  }
  const descr = o.type.lookup(name);
  if (descr instanceof PyGetSetDescr) {
    if (!descr.set)
      throw newError(
        "AttributeError",
        `attribute '${name}' of '${descr.owner.name}' objects is not writable`,
      );
    descr.set(o, value);
    return;
  }
  if (descr instanceof PyProperty) {
    if (!descr.fset) throw propertyError(descr, o, "setter");
    callObject(descr.fset, [o, value]);
    return;
  }
  if (descr !== undefined && !(descr instanceof PyFunction) && !(descr instanceof PyMethodDescr)) {
    const set = descr.type.lookup("__set__");
    if (set !== undefined) {
      callMethod(set, descr, [o, value]);
      return;
    }
  }
  // A function's __dict__ is made on its first attribute, so plain functions carry none.
  if (o.dict === null && o instanceof PyFunction) o.dict = new PyDict();
  if (o.dict) {
    o.dict.setStr(name, value);
    return;
  }
  if (descr === undefined)
    throw newError(
      "AttributeError",
      `'${o.type.tpName}' object has no attribute '${name}' and no __dict__ for setting new attributes`,
    );
  throw newError("AttributeError", `'${o.type.name}' object attribute '${name}' is read-only`);
}

export function delAttr(o: PyObject, name: string): void {
  const custom = o.type.lookup("__delattr__");
  if (custom !== undefined && custom !== T.object.attrs.get("__delattr__")) {
    callMethod(custom, o, [new PyStr(name)]);
    return;
  }
  genericDelAttr(o, name);
}

/** object.__delattr__: data descriptors' __delete__, then the instance dict. */
export function genericDelAttr(o: PyObject, name: string): void {
  if (o instanceof PyType) {
    if (!o.heap)
      throw newError("TypeError", `cannot delete '${name}' attribute of immutable type '${o.name}'`);
    if (!o.deleteAttr(name)) throw attributeError(o, name);
    return;
  }
  const descr = o.type.lookup(name);
  if (descr instanceof PyGetSetDescr) {
    if (!descr.set)
      throw newError(
        "AttributeError",
        `attribute '${name}' of '${descr.owner.name}' objects is not writable`,
      );
    descr.set(o, null);
    return;
  }
  if (descr instanceof PyProperty) {
    if (!descr.fdel) throw propertyError(descr, o, "deleter");
    callObject(descr.fdel, [o]);
    return;
  }
  if (descr !== undefined && !(descr instanceof PyFunction) && !(descr instanceof PyMethodDescr)) {
    const del = descr.type.lookup("__delete__");
    if (del !== undefined) {
      callMethod(del, descr, [o]);
      return;
    }
    if (descr.type.lookup("__set__") !== undefined) throw newError("AttributeError", "__delete__");
  }
  if (o.dict?.delStr(name)) return;
  throw attributeError(o, name);
}
