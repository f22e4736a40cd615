// Inline caches for LOAD_ATTR and STORE_ATTR on instances whose attributes live in their __dict__ (CPython's
// LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_METHOD_WITH_VALUES and STORE_ATTR_INSTANCE_VALUE): what the type's MRO
// says about a name is looked up once per site and reused while the owner's type and the type version match.
import {
  currentTypeVersion,
  PyFunction,
  PyMethodDescr,
  type PyObject,
  type PyType,
  setAttr,
  T,
} from "@ophis/objects";
import { getAttrWithContext } from "./suggestions.js";

// What a site learnt about its owner type (module constants, which V8 folds): nothing yet, or which shortcut
// applies.
const NONE = 0;
/** No attribute of that name on the type, generic __getattribute__: the instance dict has the answer. */
const INSTANCE_DICT = 1;
/** A Python function or builtin method on the type, generic __getattribute__: push it unbound with self. */
const METHOD = 2;
/** No attribute of that name on the type, generic __setattr__: store into the instance dict. */
const STORE_DICT = 3;

/** One attribute instruction's cache (the Prepared code's `sites`, by code unit). */
export class AttrSite {
  type: PyType | null = null;
  version = -1;
  kind = NONE;
  /** The method (METHOD). */
  found: PyObject | null = null;
}

const objectGetattribute = T.object.attrs.get("__getattribute__");
const objectSetattr = T.object.attrs.get("__setattr__");

/** Types whose instances may be types: type.__getattribute__ and type.__setattr__ differ, so never cached. */
function cacheable(t: PyType): boolean {
  return !t.isSubtype(T.type);
}

function fill(site: AttrSite, t: PyType, kind: number, found: PyObject | null): void {
  site.type = t;
  site.version = currentTypeVersion();
  site.kind = kind;
  site.found = found;
}

/** LOAD_ATTR without the method flag: owner.name. */
export function loadAttr(site: AttrSite, owner: PyObject, name: string): PyObject {
  const t = owner.type;
  if (site.type === t && site.version === currentTypeVersion() && site.kind === INSTANCE_DICT) {
    const v = owner.dict?.getStr(name);
    if (v !== undefined) return v;
  }
  return loadAttrMiss(site, owner, name);
}

function loadAttrMiss(site: AttrSite, owner: PyObject, name: string): PyObject {
  const t = owner.type;
  if (owner.dict !== null && cacheable(t) && t.lookup("__getattribute__") === objectGetattribute) {
    if (t.lookup(name) === undefined) fill(site, t, INSTANCE_DICT, null);
  }
  return getAttrWithContext(owner, name);
}

/**
 * LOAD_ATTR with the method flag: pushes the unbound method and `owner` when the attribute is a plain method of
 * the type, else the attribute and null.
 */
export function loadMethod(site: AttrSite, stack: (PyObject | null)[], owner: PyObject, name: string): void {
  const t = owner.type;
  if (
    site.type === t &&
    site.version === currentTypeVersion() &&
    site.kind === METHOD &&
    (owner.dict === null || owner.dict.getStr(name) === undefined)
  ) {
    stack.push(site.found, owner);
    return;
  }
  const meth = t.lookup(name);
  if (
    (meth instanceof PyFunction || meth instanceof PyMethodDescr) &&
    cacheable(t) &&
    t.lookup("__getattribute__") === objectGetattribute
  ) {
    fill(site, t, METHOD, meth);
    if (owner.dict === null || owner.dict.getStr(name) === undefined) {
      stack.push(meth, owner);
      return;
    }
  }
  stack.push(getAttrWithContext(owner, name), null);
}

/** STORE_ATTR: owner.name = v. */
export function storeAttr(site: AttrSite, owner: PyObject, name: string, v: PyObject): void {
  const t = owner.type;
  const dict = owner.dict;
  if (site.type === t && site.version === currentTypeVersion() && site.kind === STORE_DICT && dict !== null) {
    dict.setStr(name, v);
    return;
  }
  if (
    dict !== null &&
    cacheable(t) &&
    t.lookup("__setattr__") === objectSetattr &&
    t.lookup(name) === undefined
  )
    fill(site, t, STORE_DICT, null);
  setAttr(owner, name, v);
}
