// One code object being compiled (CPython's compiler_unit): its scope, tables of names and constants, and instructions.
import type { PyConstant } from "@ophis/bytecode";
import type { SymtableEntry } from "../symtable/entry.js";
import { DEF_COMP_CELL, DEF_FREE_CLASS, Scope } from "../symtable/flags.js";
import type { DeferredAnnotation } from "./annotations.js";
import { constKey, type Instr, Label, type Loc } from "./instr.js";

export type ScopeType =
  | "module"
  | "class"
  | "function"
  | "asyncFunction"
  | "lambda"
  | "comprehension"
  | "annotations";

/** Frame blocks: what break, continue and return must unwind (compile.c's fblockinfo). */
export type FBlockType =
  | "whileLoop"
  | "forLoop"
  | "asyncForLoop"
  | "tryExcept"
  | "finallyTry"
  | "finallyEnd"
  | "with"
  | "asyncWith"
  | "handlerCleanup"
  | "popValue"
  | "exceptionHandler"
  | "exceptionGroupHandler"
  | "asyncComprehensionGenerator"
  | "stopIteration";

export interface FBlock {
  type: FBlockType;
  block: Label;
  exit: Label | null;
  /** The finally body, the handler's name, or the with statement's location. */
  datum: unknown;
  loc: Loc;
}

/** A name table that keeps insertion order, as CPython's dicts do. */
export class IndexMap<K> {
  readonly map = new Map<K, number>();
  add(key: K): number {
    let i = this.map.get(key);
    if (i === undefined) {
      i = this.map.size;
      this.map.set(key, i);
    }
    return i;
  }
  has(key: K): boolean {
    return this.map.has(key);
  }
  get size(): number {
    return this.map.size;
  }
  keys(): K[] {
    return [...this.map.keys()];
  }
}

function dictByType(ste: SymtableEntry, scope: Scope, flag: number): string[] {
  const names: string[] = [];
  for (const [name, flags] of ste.symbols) {
    if (flags >> 12 === scope || flags & flag) names.push(name);
  }
  return names.sort();
}

export class CompilerUnit {
  readonly instrs: Instr[] = [];
  readonly consts: PyConstant[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names = new IndexMap<string>();
  readonly varnames = new IndexMap<string>();
  readonly cellvars = new IndexMap<string>();
  readonly freevars = new IndexMap<string>();
  /** Locals of inlined comprehensions in module/class scope: fast but hidden. */
  readonly fastHidden = new Map<string, boolean>();
  readonly fblocks: FBlock[] = [];
  staticAttributes: Set<string> | null = null;
  /** Annotations of a module or class body, compiled later into __annotate__. */
  deferredAnnotations: DeferredAnnotation[] | null = null;
  conditionalAnnotationIndex = 0;
  /** Depth of if/for/while/try/with/match bodies, whose annotations may not run. */
  inConditionalBlock = 0;
  inInlinedComp = 0;
  qualname = "";
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  private_: string | null = null;

  constructor(
    readonly ste: SymtableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    readonly firstlineno: number,
  ) {
    for (const v of ste.varnames) this.varnames.add(v);
    for (const n of dictByType(ste, Scope.Cell, DEF_COMP_CELL)) this.cellvars.add(n);
    if (ste.needsClassClosure) this.cellvars.add("__class__");
    if (ste.needsClassdict) this.cellvars.add("__classdict__");
    if (ste.hasConditionalAnnotations) this.cellvars.add("__conditional_annotations__");
    for (const n of dictByType(ste, Scope.Free, DEF_FREE_CLASS)) this.freevars.add(n);
    if (scopeType === "class") this.staticAttributes = new Set();
  }

  addConst(value: PyConstant): number {
    const key = constKey(value);
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(value);
      this.constIndex.set(key, i);
    }
    return i;
  }

  emit(op: number, arg: number, loc: Loc, target: Label | null = null): Instr {
    const instr: Instr = { op, arg, target, loc };
    this.instrs.push(instr);
    return instr;
  }

  useLabel(label: Label): void {
    label.index = this.instrs.length;
    this.labelsAt.push(label);
  }

  readonly labelsAt: Label[] = [];

  newLabel(): Label {
    return new Label();
  }
}
