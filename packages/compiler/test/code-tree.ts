// Walking nested code objects in co_consts order, and comparing constants as Python values rather than objects.
import { CodeObject, PyComplex, type PyConstant, PyFrozenSet, PySlice, type PyValue } from "@ophis/bytecode";

/** Every code object of a tree, depth first in co_consts order: the order dis prints them in. */
export function codeTree(root: CodeObject): CodeObject[] {
  const out: CodeObject[] = [];
  const visit = (code: CodeObject) => {
    out.push(code);
    for (const c of code.co_consts) if (c instanceof CodeObject) visit(c);
  };
  visit(root);
  return out;
}

/** Pairs CPython's tree with ours position by position; a code object we lack (or have extra) pairs with null. */
export function pairTrees(theirs: CodeObject, ours: CodeObject | null): [CodeObject, CodeObject | null][] {
  const pairs: [CodeObject, CodeObject | null][] = [];
  const visit = (a: CodeObject, b: CodeObject | null) => {
    pairs.push([a, b]);
    const nestedA = a.co_consts.filter((c): c is CodeObject => c instanceof CodeObject);
    const nestedB = b?.co_consts.filter((c): c is CodeObject => c instanceof CodeObject) ?? [];
    nestedA.forEach((c, i) => {
      visit(c, nestedB[i] ?? null);
    });
  };
  visit(theirs, ours);
  return pairs;
}

/**
 * Python equality made strict: floats by identity (NaN equals NaN, 0.0 differs from -0.0), types must agree
 * (1 is not 1.0 or True), frozensets compare as sets, and two nested code objects are equal because the walk
 * compares them separately at the same position.
 */
export function sameConstant(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.from(a).equals(Buffer.from(b));
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameConstant(x, b[i]));
  if (a instanceof CodeObject && b instanceof CodeObject) return true;
  if (a instanceof PyFrozenSet && b instanceof PyFrozenSet)
    return a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => sameConstant(x, y)));
  if (a instanceof PyComplex && b instanceof PyComplex)
    return Object.is(a.real, b.real) && Object.is(a.imag, b.imag);
  if (a instanceof PySlice && b instanceof PySlice)
    return sameConstant(a.start, b.start) && sameConstant(a.stop, b.stop) && sameConstant(a.step, b.step);
  return a === b;
}

export function sameConstants(a: readonly PyConstant[], b: readonly PyConstant[]): boolean {
  return sameConstant(a, b);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}

export function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Every field marshal carries equal, nested code objects compared the same way, all the way down. */
export function sameCode(a: CodeObject, b: CodeObject): boolean {
  const nestedA = a.co_consts.filter((c): c is CodeObject => c instanceof CodeObject);
  const nestedB = b.co_consts.filter((c): c is CodeObject => c instanceof CodeObject);
  return (
    a.co_argcount === b.co_argcount &&
    a.co_posonlyargcount === b.co_posonlyargcount &&
    a.co_kwonlyargcount === b.co_kwonlyargcount &&
    a.co_stacksize === b.co_stacksize &&
    a.co_flags === b.co_flags &&
    sameBytes(a.co_code, b.co_code) &&
    sameConstants(a.co_consts, b.co_consts) &&
    sameStrings(a.co_names, b.co_names) &&
    sameStrings(a.co_localsplusnames, b.co_localsplusnames) &&
    sameBytes(a.co_localspluskinds, b.co_localspluskinds) &&
    a.co_filename === b.co_filename &&
    a.co_name === b.co_name &&
    a.co_qualname === b.co_qualname &&
    a.co_firstlineno === b.co_firstlineno &&
    sameBytes(a.co_linetable, b.co_linetable) &&
    sameBytes(a.co_exceptiontable, b.co_exceptiontable) &&
    nestedA.length === nestedB.length &&
    nestedA.every((c, i) => sameCode(c, nestedB[i]))
  );
}
