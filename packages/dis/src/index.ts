// @ophis/dis: CPython 3.14's dis module — the same disassembly text and Instruction records.
import { stackEffect as bytecodeStackEffect } from "@ophis/bytecode";

export { Bytecode, getInstructions, type InstructionOptions } from "./bytecode.js";
export { type DisOptions, dis, disassemble } from "./format.js";
export { codeInfo, prettyFlags, showCode } from "./info.js";
export {
  type ArgVal,
  type CacheInfo,
  findlabels,
  findlinestarts,
  Instruction,
  jumpTarget,
} from "./instructions.js";
export { codeAddress, pyRepr, reprFloat } from "./repr.js";

/** dis.stack_effect(opcode, oparg=None, *, jump=None). */
export function stackEffect(
  opcode: number,
  oparg: number | null = null,
  jump: boolean | null = null,
): number {
  return bytecodeStackEffect(opcode, oparg, jump);
}
