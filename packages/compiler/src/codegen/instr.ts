// The instruction sequence codegen emits: instructions with locations, jump labels, and constant keys.
import * as A from "@ophis/ast";
import { CodeObject, Ellipsis, Op, PyComplex, type PyConstant, PyFrozenSet, PySlice } from "@ophis/bytecode";

/** A source range; lineno -1 is CPython's NO_LOCATION, and lineno without columns is a line-only location. */
export interface Loc {
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

export const NO_LOCATION: Loc = Object.freeze({ lineno: -1, endLineno: -1, col: -1, endCol: -1 });

export function locOf(node: {
  lineno: number;
  col_offset: number;
  end_lineno?: number | null;
  end_col_offset?: number | null;
}): Loc {
  return {
    lineno: node.lineno,
    endLineno: node.end_lineno ?? node.lineno,
    col: node.col_offset,
    endCol: node.end_col_offset ?? node.col_offset,
  };
}

export function sameLoc(a: Loc, b: Loc): boolean {
  return a.lineno === b.lineno && a.endLineno === b.endLineno && a.col === b.col && a.endCol === b.endCol;
}

let labelIds = 0;
/** A jump target; `index` is the instruction index it was placed at (-1 until used). */
export class Label {
  readonly id = ++labelIds;
  index = -1;
}

export interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  loc: Loc;
  /** For cell and free variable instructions: the variable, resolved to its slot at assembly. */
  name?: string;
  /**
   * Whether `name` means the free variable where a cell has the same name too: a class body's own
   * __class__ (or __classdict__) cell beside the enclosing scope's, which the body's code reads.
   */
  freeVar?: boolean;
}

export { Op };

/** The constant a Constant node holds, in the bytecode package's representation. */
export function toConstant(value: A.ConstantValue): PyConstant {
  if (value instanceof A.PyTuple) return value.items.map(toConstant);
  if (value instanceof A.PyFrozenSet) return new PyFrozenSet(value.items.map(toConstant));
  if (value instanceof A.PyEllipsis) return Ellipsis;
  if (value instanceof A.PyComplex) return new PyComplex(value.real, value.imag);
  return value as PyConstant;
}

const codeKeys = new WeakMap<CodeObject, string>();

/**
 * Equal code objects share one constant, as CPython's constant cache merges them (code_richcompare): a
 * generator expression compiled twice by the all()/any()/tuple() call optimisation is stored once.
 */
function codeKey(co: CodeObject): string {
  let key = codeKeys.get(co);
  if (key === undefined) {
    key = [
      "code",
      co.co_name,
      co.co_qualname,
      co.co_argcount,
      co.co_posonlyargcount,
      co.co_kwonlyargcount,
      co.co_flags,
      co.co_firstlineno,
      bytesKey(co.co_code),
      co.co_consts.map(constKey).join("\u0001"),
      co.co_names.join(","),
      co.co_localsplusnames.join(","),
      bytesKey(co.co_localspluskinds),
      bytesKey(co.co_linetable),
      bytesKey(co.co_exceptiontable),
    ].join("\u0002");
    codeKeys.set(co, key);
  }
  return key;
}

function bytesKey(b: Uint8Array): string {
  let s = "";
  for (const x of b) s += String.fromCharCode(x);
  return s;
}

/** _PyCode_ConstantKey: equal keys for constants the compiler may share (1 and 1.0 and True stay apart). */
export function constKey(v: PyConstant): string {
  if (v === null) return "N";
  switch (typeof v) {
    case "boolean":
      return v ? "T" : "F";
    case "bigint":
      return "i" + v.toString();
    case "number":
      return Object.is(v, -0) ? "f-0" : "f" + String(v);
    case "string":
      return "s" + v;
  }
  if (v instanceof Uint8Array) return "y" + bytesKey(v);
  if (Array.isArray(v)) return "t(" + (v as PyConstant[]).map(constKey).join("\u0000") + ")";
  if (v instanceof PyFrozenSet) {
    return "z(" + (v.items as PyConstant[]).map(constKey).sort().join("\u0000") + ")";
  }
  if (v instanceof PyComplex)
    return (
      "c" +
      (Object.is(v.real, -0) ? "-0" : String(v.real)) +
      "," +
      (Object.is(v.imag, -0) ? "-0" : String(v.imag))
    );
  if (v === Ellipsis) return "E";
  if (v instanceof PySlice) {
    const part = (x: unknown): string => constKey(x as PyConstant);
    return "slice(" + part(v.start) + "\u0000" + part(v.stop) + "\u0000" + part(v.step) + ")";
  }
  if (v instanceof CodeObject) return codeKey(v);
  return "?" + String(v);
}
