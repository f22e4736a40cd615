// The Python values a Constant (and MatchSingleton, Interpolation.str) can hold, as JavaScript values.
//
// None is null, bool is boolean, int is bigint (any size), float is number, str is string,
// bytes is Uint8Array; the rest have a small class each so that every Python type stays distinct.

/** A Python complex number. */
export class PyComplex {
  constructor(
    readonly real: number,
    readonly imag: number,
  ) {}
}

/** The `...` object (Python's Ellipsis); one instance. */
export class PyEllipsis {
  static readonly instance: PyEllipsis = new PyEllipsis();
  private constructor() {}
}

export const Ellipsis: PyEllipsis = PyEllipsis.instance;

/** A tuple constant (only produced by constant folding or by hand); literal_eval's tuples too. */
export class PyTuple<T = ConstantValue> {
  constructor(readonly items: readonly T[]) {}
}

/** A frozenset constant (only produced by constant folding or by hand); items in insertion order. */
export class PyFrozenSet {
  constructor(readonly items: readonly ConstantValue[]) {}
}

export type ConstantValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | Uint8Array
  | PyComplex
  | PyEllipsis
  | PyTuple
  | PyFrozenSet;

/** Python's type name for a constant value (`int`, `str`, `NoneType`, ...). */
export function pyTypeName(value: ConstantValue): string {
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
  if (value instanceof PyComplex) return "complex";
  if (value instanceof PyEllipsis) return "ellipsis";
  if (value instanceof PyTuple) return "tuple";
  return "frozenset";
}
