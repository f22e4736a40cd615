// Frames: one activation of a code object, with its locals, value stack and position; linked to its caller.
import { type CodeObject, type ExceptionTableEntry, Op, opcodeInfo } from "@ophis/bytecode";
import type { PyCode, PyDict, PyFunction, PyObject } from "@ophis/objects";
import { PyObject as PyObjectClass, PyType, T } from "@ophis/objects";
import type { AttrSite } from "./attr-cache.js";
import { constantToObject } from "./constants.js";
import type { GlobalSite } from "./global-cache.js";

/** A code object decoded once for execution: opcodes and full opargs per code unit, constants as objects. */
export interface Prepared {
  code: CodeObject;
  /** By code unit: the opcode, with EXTENDED_ARG folded into the next instruction's oparg. */
  ops: Uint8Array;
  args: Int32Array;
  /** By code unit: the unit after this instruction and its inline caches. */
  next: Int32Array;
  consts: PyObject[];
  names: string[];
  exceptionTable: ExceptionTableEntry[];
  nlocalsplus: number;
  /** By code unit: the inline caches of attribute instructions, made on their first run. */
  sites: (AttrSite | null)[];
  /** By code unit: LOAD_GLOBAL's caches, made on their first run. */
  globalSites: (GlobalSite | null)[];
}

export function prepare(pycode: PyCode): Prepared {
  if (pycode.prepared) return pycode.prepared as Prepared;
  const code = pycode.code;
  const bytes = code.co_code;
  const n = bytes.length >> 1;
  const ops = new Uint8Array(n);
  const args = new Int32Array(n);
  const next = new Int32Array(n);
  let ext = 0;
  for (let i = 0; i < n; ) {
    const op = bytes[2 * i];
    const arg = bytes[2 * i + 1] | (ext << 8);
    const after = i + 1 + (opcodeInfo(op)?.cacheEntries ?? 0);
    ops[i] = op;
    args[i] = arg;
    next[i] = after;
    ext = op === Op.EXTENDED_ARG ? arg : 0;
    for (let j = i + 1; j < after && j < n; j++) ops[j] = Op.CACHE;
    i = after;
  }
  const prepared: Prepared = {
    code,
    ops,
    args,
    next,
    consts: code.co_consts.map(constantToObject),
    names: [...code.co_names],
    exceptionTable: code.exceptionEntries(),
    nlocalsplus: code.co_localsplusnames.length,
    sites: new Array<AttrSite | null>(n).fill(null),
    globalSites: new Array<GlobalSite | null>(n).fill(null),
  };
  pycode.prepared = prepared;
  return prepared;
}

T.frame = new PyType(T.type, "frame", [T.object]);

/**
 * n nulls in a packed array with room for n: array literals are allocated at their length (pushes onto [] make
 * room for 16 at once, garbage for every call), and stay packed (new Array(n).fill makes a holey one).
 */
function nulls(n: number): (PyObject | null)[] {
  switch (n) {
    case 0:
      return [];
    case 1:
      return [null];
    case 2:
      return [null, null];
    case 3:
      return [null, null, null];
    case 4:
      return [null, null, null, null];
    case 5:
      return [null, null, null, null, null];
    case 6:
      return [null, null, null, null, null, null];
    default: {
      const a: (PyObject | null)[] = [null, null, null, null, null, null, null];
      for (let i = a.length; i < n; i++) a.push(null);
      return a;
    }
  }
}

export class Frame extends PyObjectClass {
  readonly localsplus: (PyObject | null)[];
  readonly stack: (PyObject | null)[];
  /** Code unit of the instruction running or about to run. */
  pc = 0;
  /** Code unit of the last instruction started (f_lasti / 2). */
  lasti = 0;
  back: Frame | null = null;
  /** Set when the frame stopped at a yield (it can be resumed). */
  suspended = false;
  /** The instance, when this frame runs __init__ for a class call made by CALL (see class-calls.ts). */
  initSelf: PyObject | null = null;
  constructor(
    readonly prepared: Prepared,
    readonly pycode: PyCode,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The namespace for LOAD_NAME/STORE_NAME (module and class bodies, exec/eval). */
    readonly locals: PyObject | null,
    readonly func: PyFunction | null,
  ) {
    super(T.frame);
    this.localsplus = nulls(prepared.nlocalsplus);
    // Room for the deepest the stack gets, so pushes never grow it: made at that length, then emptied by pops
    // (which keep the room, where setting the length is a runtime call).
    const stack = new Array<PyObject | null>(prepared.code.co_stacksize);
    for (let i = stack.length; i > 0; i--) stack.pop();
    this.stack = stack;
  }

  get code(): CodeObject {
    return this.prepared.code;
  }
}
