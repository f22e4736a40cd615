// The match-statement opcodes MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and MATCH_CLASS (ceval.c's match helpers).

import { Op } from "@ophis/bytecode";
import {
  callObject,
  False,
  getAttrOrUndefined,
  isEqual,
  isInstance,
  None,
  newError,
  newTuple,
  PyObject,
  PyStr,
  PyTuple,
  PyType,
  repr,
  T,
  True,
  typeError,
} from "@ophis/objects";

/** Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING: which types sequence and mapping patterns accept. */
export const TPFLAGS_SEQUENCE = 1 << 5;
export const TPFLAGS_MAPPING = 1 << 6;

/** The builtin types whose class pattern with one positional sub-pattern matches the subject itself. */
const MATCH_SELF = [
  "bool",
  "bytearray",
  "bytes",
  "dict",
  "float",
  "frozenset",
  "int",
  "list",
  "set",
  "str",
  "tuple",
];

function markBuiltins(): void {
  for (const name of ["list", "tuple", "range", "memoryview", "deque", "array"]) {
    const t = T[name];
    if (t) t.flags |= TPFLAGS_SEQUENCE;
  }
  for (const name of ["dict", "mappingproxy", "OrderedDict", "defaultdict"]) {
    const t = T[name];
    if (t) t.flags |= TPFLAGS_MAPPING;
  }
}
let marked = false;

/** The collection flags of a type: the nearest class of its MRO that has one decides (inherited as in CPython). */
function collectionFlags(t: PyType): number {
  if (!marked) {
    markBuiltins();
    marked = true;
  }
  for (const b of t.mro) {
    const f = b.flags & (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING);
    if (f) return f;
  }
  return 0;
}

/** Runs one of the match opcodes on the value stack, exactly as their stack effects in bytecodes.c say. */
export function matchOp(op: number, oparg: number, stack: (PyObject | null)[]): void {
  const top = stack.length - 1;
  switch (op) {
    case Op.MATCH_MAPPING:
      stack.push(collectionFlags(stack[top]!.type) & TPFLAGS_MAPPING ? True : False);
      return;
    case Op.MATCH_SEQUENCE:
      stack.push(collectionFlags(stack[top]!.type) & TPFLAGS_SEQUENCE ? True : False);
      return;
    case Op.MATCH_KEYS:
      stack.push(matchKeys(stack[top - 1]!, stack[top]! as PyTuple));
      return;
    case Op.MATCH_CLASS: {
      const names = stack.pop() as PyTuple;
      const cls = stack.pop()!;
      const subject = stack.pop()!;
      stack.push(matchClass(subject, cls, oparg, names));
      return;
    }
  }
  throw newError("SystemError", `not a match opcode: ${op}`);
}

/** The values of `keys` in the mapping (through its get method), or None when one is missing. */
function matchKeys(map: PyObject, keys: PyTuple): PyObject {
  if (keys.items.length === 0) return newTuple([]);
  const get = getAttrOrUndefined(map, "get");
  if (get === undefined) throw newError("AttributeError", `'${map.type.name}' object has no attribute 'get'`);
  const missing = new PyObject(T.object);
  const seen: PyObject[] = [];
  const values: PyObject[] = [];
  for (const key of keys.items) {
    if (seen.some((k) => isEqual(k, key)))
      throw newError("ValueError", `mapping pattern checks duplicate key (${repr(key)})`);
    seen.push(key);
    const v = callObject(get, [key, missing]);
    if (v === missing) return None;
    values.push(v);
  }
  return newTuple(values);
}

function typeName(t: PyObject): string {
  return t instanceof PyType ? t.name : t.type.name;
}

/** The attributes a class pattern extracts (positional through __match_args__, then keywords), or None. */
function matchClass(subject: PyObject, cls: PyObject, nargs: number, kwargs: PyTuple): PyObject {
  if (!(cls instanceof PyType)) throw typeError("called match pattern must be a class");
  if (!isInstance(subject, cls)) return None;
  const seen = new Set<string>();
  const attrs: PyObject[] = [];
  const attr = (name: PyObject): PyObject | undefined => {
    const key = (name as PyStr).value;
    if (seen.has(key)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute ${repr(name)}`);
    seen.add(key);
    return getAttrOrUndefined(subject, key);
  };
  if (nargs) {
    let matchSelf = false;
    let matchArgs: readonly PyObject[] = [];
    const declared = getAttrOrUndefined(cls, "__match_args__");
    if (declared !== undefined) {
      if (!(declared instanceof PyTuple))
        throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(declared.type)})`);
      matchArgs = declared.items;
    } else matchSelf = cls.mro.some((t) => !t.heap && MATCH_SELF.includes(t.name) && T[t.name] === t);
    const allowed = matchSelf ? 1 : matchArgs.length;
    if (allowed < nargs)
      throw typeError(
        `${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${nargs} given)`,
      );
    if (matchSelf) attrs.push(subject);
    else
      for (let i = 0; i < nargs; i++) {
        const name = matchArgs[i];
        if (!(name instanceof PyStr))
          throw typeError(`__match_args__ elements must be strings (got ${name.type.name})`);
        const v = attr(name);
        if (v === undefined) return None;
        attrs.push(v);
      }
  }
  for (const name of kwargs.items) {
    const v = attr(name);
    if (v === undefined) return None;
    attrs.push(v);
  }
  return newTuple(attrs);
}
