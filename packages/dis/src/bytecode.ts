// dis.get_instructions and dis.Bytecode: instructions of a code object with labels, lines and positions.
import { type CodeObject, parseExceptionTable } from "@ophis/bytecode";
import { type DisOptions, disassemble } from "./format.js";
import { codeInfo } from "./info.js";
import { findlinestarts, type Instruction, instructionsOf, makeLabelsMap } from "./instructions.js";

export interface InstructionOptions {
  /** Report lines relative to this first line instead of co_firstlineno. */
  firstLine?: number | null;
  /** Ignored, as in CPython 3.14 (deprecated): caches are always described by cache_info. */
  showCaches?: boolean | null;
  adaptive?: boolean;
}

/** dis.get_instructions(code): every instruction (EXTENDED_ARG included), caches folded into cache_info. */
export function getInstructions(code: CodeObject, options: InstructionOptions = {}): Instruction[] {
  const lineOffset = options.firstLine == null ? 0 : options.firstLine - code.co_firstlineno;
  const labels = makeLabelsMap(code.co_code, parseExceptionTable(code.co_exceptiontable));
  const linestarts = new Map(findlinestarts(code));
  return [...instructionsOf(code.co_code, { code, labels }, linestarts, code.co_positions(), lineOffset)];
}

/** dis.Bytecode: iterable over a code object's instructions, with info() and dis(). */
export class Bytecode implements Iterable<Instruction> {
  readonly codeobj: CodeObject;
  readonly first_line: number;
  readonly exception_entries;

  constructor(
    code: CodeObject,
    private readonly options: DisOptions & { firstLine?: number | null; currentOffset?: number | null } = {},
  ) {
    this.codeobj = code;
    this.first_line = options.firstLine ?? code.co_firstlineno;
    this.exception_entries = parseExceptionTable(code.co_exceptiontable);
  }

  [Symbol.iterator](): Iterator<Instruction> {
    return getInstructions(this.codeobj, { firstLine: this.first_line })[Symbol.iterator]();
  }

  /** code_info of the code object. */
  info(): string {
    return codeInfo(this.codeobj);
  }

  /** The disassembly text of this code object alone (Bytecode.dis does not recurse). */
  dis(): string {
    return disassemble(this.codeobj, this.options);
  }
}
