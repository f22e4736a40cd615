// CodeObject: CPython 3.14's code object as data, with the fields marshal carries and those derived from them.
import type { PyConstant } from "./constants.js";
import { type ExceptionTableEntry, parseExceptionTable } from "./exception-table.js";
import { coLines, coPositions, type LineRange, type Positions } from "./linetable.js";

/** co_flags bits (Include/cpython/code.h). */
export const CO = {
  OPTIMIZED: 0x1,
  NEWLOCALS: 0x2,
  VARARGS: 0x4,
  VARKEYWORDS: 0x8,
  NESTED: 0x10,
  GENERATOR: 0x20,
  NOFREE: 0x40,
  COROUTINE: 0x80,
  ITERABLE_COROUTINE: 0x100,
  ASYNC_GENERATOR: 0x200,
  HAS_DOCSTRING: 0x4000000,
  METHOD: 0x8000000,
} as const;

/** co_localspluskinds bits: what each entry of co_localsplusnames is. */
export const FAST = {
  ARG_POS: 0x02,
  ARG_KW: 0x04,
  ARG_VAR: 0x08,
  HIDDEN: 0x10,
  LOCAL: 0x20,
  CELL: 0x40,
  FREE: 0x80,
} as const;

/** The fields a code object is made of: exactly what marshal writes, in marshal's order. */
export interface CodeFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_code: Uint8Array;
  co_consts: readonly PyConstant[];
  co_names: readonly string[];
  co_localsplusnames: readonly string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;
}

export class CodeObject implements CodeFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_code: Uint8Array;
  co_consts: readonly PyConstant[];
  co_names: readonly string[];
  co_localsplusnames: readonly string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;

  constructor(fields: CodeFields) {
    this.co_argcount = fields.co_argcount;
    this.co_posonlyargcount = fields.co_posonlyargcount;
    this.co_kwonlyargcount = fields.co_kwonlyargcount;
    this.co_stacksize = fields.co_stacksize;
    this.co_flags = fields.co_flags;
    this.co_code = fields.co_code;
    this.co_consts = fields.co_consts;
    this.co_names = fields.co_names;
    this.co_localsplusnames = fields.co_localsplusnames;
    this.co_localspluskinds = fields.co_localspluskinds;
    this.co_filename = fields.co_filename;
    this.co_name = fields.co_name;
    this.co_qualname = fields.co_qualname;
    this.co_firstlineno = fields.co_firstlineno;
    this.co_linetable = fields.co_linetable;
    this.co_exceptiontable = fields.co_exceptiontable;
  }

  private namesOfKind(kind: number): string[] {
    return this.co_localsplusnames.filter((_, i) => (this.co_localspluskinds[i] & kind) !== 0);
  }

  /** Arguments and other locals (cells that are also arguments included), in order. */
  get co_varnames(): string[] {
    return this.namesOfKind(FAST.LOCAL);
  }

  get co_cellvars(): string[] {
    return this.namesOfKind(FAST.CELL);
  }

  get co_freevars(): string[] {
    return this.namesOfKind(FAST.FREE);
  }

  get co_nlocals(): number {
    return this.co_varnames.length;
  }

  /** The name of local-plus slot `oparg` (what LOAD_FAST, LOAD_DEREF ... name). */
  varnameFromOparg(oparg: number): string {
    const name = this.co_localsplusnames[oparg];
    if (name === undefined) throw new RangeError(`no local variable at index ${oparg}`);
    return name;
  }

  /** co_lines(): (start, end, line) byte ranges, line null where the instructions have none. */
  co_lines(): LineRange[] {
    return coLines(this.co_linetable, this.co_firstlineno, this.co_code.length);
  }

  /** co_positions(): (lineno, end_lineno, col_offset, end_col_offset) per code unit, null where unknown. */
  co_positions(): Positions[] {
    return coPositions(this.co_linetable, this.co_firstlineno, this.co_code.length);
  }

  /** The decoded co_exceptiontable (dis._parse_exception_table). */
  exceptionEntries(): ExceptionTableEntry[] {
    return parseExceptionTable(this.co_exceptiontable);
  }

  /** code.replace(**changes). */
  replace(changes: Partial<CodeFields>): CodeObject {
    return new CodeObject({ ...(this as CodeFields), ...changes });
  }
}
