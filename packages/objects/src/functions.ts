// Callables and their wrappers: Python functions, cells, bound methods, native functions and method descriptors.
import type { CodeObject } from "@ophis/bytecode";
import { type NativeFn, PyObject, PyType, T } from "./core.js";
import type { PyDict } from "./dict.js";

T.function = new PyType(T.type, "function", [T.object]);
T.cell = new PyType(T.type, "cell", [T.object]);
T.method = new PyType(T.type, "method", [T.object]);
T.builtin_function_or_method = new PyType(T.type, "builtin_function_or_method", [T.object]);
T.method_descriptor = new PyType(T.type, "method_descriptor", [T.object]);
T.classmethod = new PyType(T.type, "classmethod", [T.object]);
T.staticmethod = new PyType(T.type, "staticmethod", [T.object]);
T.property = new PyType(T.type, "property", [T.object]);
T.module = new PyType(T.type, "module", [T.object]);
T.code = new PyType(T.type, "code", [T.object]);

/** A code object as a Python value; the VM keeps its own decoded form in `prepared`. */
export class PyCode extends PyObject {
  /** The VM's per-code cache (decoded instructions, constants as objects), created on first run. */
  prepared: unknown = null;
  constructor(readonly code: CodeObject) {
    super(T.code);
  }
}

export class PyCell extends PyObject {
  constructor(public contents: PyObject | null) {
    super(T.cell);
  }
}

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyObject[] | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  annotations: PyObject | null = null;
  annotate: PyObject | null = null;
  doc: PyObject | null = null;
  typeParams: PyObject | null = null;
  module: PyObject | null = null;
  constructor(
    readonly code: PyCode,
    readonly globals: PyDict,
    readonly builtins: PyDict,
  ) {
    super(T.function);
    this.name = code.code.co_name;
    this.qualname = code.code.co_qualname;
  }
}

/** A function bound to an instance (types.MethodType). */
export class PyMethod extends PyObject {
  constructor(
    readonly func: PyObject,
    readonly self: PyObject,
  ) {
    super(T.method);
  }
}

/** A native function, bound to `self` when it is a method of a module or an object. */
export class PyBuiltinFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    readonly self: PyObject | null = null,
    readonly qualname: string = name,
  ) {
    super(T.builtin_function_or_method);
  }
}

/** The native implementation of a builtin type's method: receives self first, as in the C API. */
export type MethodFn = (self: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;

/** A method of a builtin type, as found in the type's dict ('list.append'). */
export class PyMethodDescr extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly fn: MethodFn,
  ) {
    super(T.method_descriptor);
  }
}

T.getset_descriptor = new PyType(T.type, "getset_descriptor", [T.object]);

/** A computed attribute of a builtin type (CPython's getset and member descriptors): a data descriptor. */
export class PyGetSetDescr extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly get: (self: PyObject) => PyObject,
    readonly set: ((self: PyObject, value: PyObject | null) => void) | null = null,
  ) {
    super(T.getset_descriptor);
  }
}

/** Declares computed attributes on a builtin type; a missing setter makes the attribute read-only. */
export function defineGetSets(
  type: PyType,
  attrs: Record<string, [(self: PyObject) => PyObject, ((self: PyObject, value: PyObject | null) => void)?]>,
): void {
  for (const [name, [get, set]] of Object.entries(attrs))
    type.setAttr(name, new PyGetSetDescr(name, type, get, set ?? null));
}

export class PyClassMethod extends PyObject {
  constructor(public func: PyObject) {
    super(T.classmethod);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(public func: PyObject) {
    super(T.staticmethod);
  }
}

export class PyProperty extends PyObject {
  constructor(
    public fget: PyObject | null,
    public fset: PyObject | null,
    public fdel: PyObject | null,
    public doc: PyObject | null,
  ) {
    super(T.property);
  }
}

export class PyModule extends PyObject {
  constructor(
    readonly name: string,
    readonly moduleDict: PyDict,
  ) {
    super(T.module);
    this.dict = moduleDict;
  }
}

/** Declares native methods on a builtin type. */
export function defineMethods(type: PyType, methods: Record<string, MethodFn>): void {
  for (const [name, fn] of Object.entries(methods)) type.setAttr(name, new PyMethodDescr(name, type, fn));
}
