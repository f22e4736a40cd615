// Attribute access as CPython's PyObject_GenericGetAttr / type_getattro: descriptors, instance dicts, __getattr__.

import { callObject } from "./call.js";
import { E, newError, PyObject, PyType, T } from "./core.js";
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
    if (!descr.fget) throw newError("AttributeError", `property of '${owner.name}' object has no getter`);
    return callObject(descr.fget, [instance]);
  }
  const get = descr.type.lookup("__get__");
  if (get === undefined) return descr;
  return callMethod(get, descr, [instance ?? None, owner]);
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
  const err = newError("AttributeError", `'${o.type.name}' object has no attribute '${name}'`);
  (err as { attrName?: string; attrObj?: PyObject }).attrName = name;
  (err as { attrName?: string; attrObj?: PyObject }).attrObj = o;
  return err;
}

/** getattr(o, name) without a default: the attribute or undefined (AttributeError suppressed only if absent). */
export function getAttrOrUndefined(o: PyObject, name: string): PyObject | undefined {
  const type = o.type;
  const custom = type.lookup("__getattribute__");
  let found: PyObject | undefined;
  if (custom !== undefined && custom !== T.object.attrs.get("__getattribute__")) {
    try {
      found = callMethod(custom, o, [new PyStr(name)]);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
    }
  } else {
    found = o instanceof PyType ? typeGetAttr(o, name) : genericGetAttr(o, name);
    if (found === undefined)
      for (const hook of specialAttrs) {
        found = hook(o, name);
        if (found !== undefined) break;
      }
  }
  if (found !== undefined) return found;
  const fallback = type.lookup("__getattr__");
  if (fallback !== undefined) {
    try {
      return callMethod(fallback, o, [new PyStr(name)]);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
    }
  }
  return undefined;
}

function isAttributeError(e: unknown): boolean {
  return e instanceof PyObject && e.type.isSubtype(E.AttributeError);
}

export function getAttr(o: PyObject, name: string): PyObject {
  const v = getAttrOrUndefined(o, name);
  if (v === undefined) throw attributeError(o, name);
  return v;
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
    if (!descr.fset) throw newError("AttributeError", `property of '${o.type.name}' object has no setter`);
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
  if (o.dict) {
    o.dict.setStr(name, value);
    return;
  }
  if (descr === undefined)
    throw newError(
      "AttributeError",
      `'${o.type.name}' object has no attribute '${name}' and no __dict__ for setting new attributes`,
    );
  throw newError("AttributeError", `'${o.type.name}' object attribute '${name}' is read-only`);
}

export function delAttr(o: PyObject, name: string): void {
  const custom = o.type.lookup("__delattr__");
  if (custom !== undefined && custom !== T.object.attrs.get("__delattr__")) {
    callMethod(custom, o, [new PyStr(name)]);
    return;
  }
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
    if (!descr.fdel) throw newError("AttributeError", `property of '${o.type.name}' object has no deleter`);
    callObject(descr.fdel, [o]);
    return;
  }
  if (o.dict?.delStr(name)) return;
  throw attributeError(o, name);
}
