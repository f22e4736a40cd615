// Symbol flags and scopes of CPython's symbol table (Include/internal/pycore_symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 32;
export const DEF_IMPORT = 64;
export const DEF_ANNOT = 128;
export const DEF_COMP_ITER = 256;
export const DEF_TYPE_PARAM = 512;
export const DEF_COMP_CELL = 1024;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = 7;

export enum Scope {
  None = 0,
  Local = 1,
  GlobalExplicit = 2,
  GlobalImplicit = 3,
  Free = 4,
  Cell = 5,
}

export function symbolScope(flags: number): Scope {
  return ((flags >> SCOPE_OFFSET) & SCOPE_MASK) as Scope;
}

export type BlockType =
  | "function"
  | "class"
  | "module"
  | "annotation"
  | "typeVariable"
  | "typeAlias"
  | "typeParameters";

export type ComprehensionKind = "none" | "list" | "set" | "dict" | "generator";

/** _Py_Mangle: `__x` inside class C becomes `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  let i = 0;
  while (i < privateName.length && privateName[i] === "_") i++;
  if (i === privateName.length) return name;
  return "_" + privateName.slice(i) + name;
}
