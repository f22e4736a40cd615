// Python constants as plain data, independent of any VM: what code objects hold and marshal carries.
import type { CodeObject } from "./code.js";

/** complex(real, imag). */
export class PyComplex {
  constructor(
    readonly real: number,
    readonly imag: number,
  ) {}
}

/** frozenset: items in marshal order (CPython writes them sorted by their marshalled bytes). */
export class PyFrozenSet {
  constructor(readonly items: readonly PyValue[]) {}
}

/** slice(start, stop, step): 3.14 folds constant slices into co_consts. */
export class PySlice {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {}
}

/** The singletons that are neither None nor bool. */
export class PySingleton {
  private constructor(readonly name: "Ellipsis" | "StopIteration") {}
  static readonly Ellipsis = new PySingleton("Ellipsis");
  static readonly StopIteration = new PySingleton("StopIteration");
}
export const Ellipsis = PySingleton.Ellipsis;

/** Mutable containers marshal can carry (never code constants): list, set, dict. */
export class PyList {
  constructor(readonly items: PyValue[]) {}
}
export class PySet {
  constructor(readonly items: PyValue[]) {}
}
export class PyDict {
  constructor(readonly entries: [PyValue, PyValue][]) {}
}

/**
 * A Python value as data: None is null, bool is boolean, int is bigint (any size), float is number, str is string
 * (UTF-16, lone surrogates allowed), bytes is Uint8Array, tuple is a readonly array.
 */
export type PyValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | Uint8Array
  | readonly PyValue[]
  | PyFrozenSet
  | PyComplex
  | PySlice
  | PySingleton
  | PyList
  | PySet
  | PyDict
  | CodeObject;

/** The constants a code object may hold (the immutable subset of PyValue). */
export type PyConstant = Exclude<PyValue, PyList | PySet | PyDict>;

/** Python's type name of a value, as `type(x).__name__`. */
export function typeName(value: PyValue): string {
  if (value === null) return "NoneType";
  switch (typeof value) {
    case "boolean":
      return "bool";
    case "bigint":
      return "int";
    case "number":
      return "float";
    case "string":
      return "str";
  }
  if (value instanceof Uint8Array) return "bytes";
  if (Array.isArray(value)) return "tuple";
  if (value instanceof PyFrozenSet) return "frozenset";
  if (value instanceof PyComplex) return "complex";
  if (value instanceof PySlice) return "slice";
  if (value instanceof PyList) return "list";
  if (value instanceof PySet) return "set";
  if (value instanceof PyDict) return "dict";
  if (value === PySingleton.Ellipsis) return "ellipsis";
  if (value === PySingleton.StopIteration) return "type";
  return "code";
}
