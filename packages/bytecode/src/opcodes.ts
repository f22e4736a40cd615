// Lookups derived from the opcode table: by name and number, CPython's has* lists, deopt, and stack effects.

import { PyException } from "@ophis/tokenizer";
import { OPCODES, Op, type OpName } from "./generated/opcodes.js";
import type { OpcodeInfo } from "./opcode-types.js";

/** Opcodes 0..266: real ones below 256 (with the instrumented ones from 234), pseudo-instructions above. */
export const NUM_OPCODES = 267;
/** The first pseudo-instruction number; pseudo-instructions never appear in co_code. */
export const MIN_PSEUDO_OPCODE = 256;

const byNumber: (OpcodeInfo | undefined)[] = new Array(NUM_OPCODES).fill(undefined);
const byName = new Map<string, OpcodeInfo>();
for (const info of OPCODES) {
  byNumber[info.opcode] = info;
  byName.set(info.name, info);
}

/** The table row for an opcode number, or undefined for a number CPython does not use. */
export function opcodeInfo(opcode: number): OpcodeInfo | undefined {
  return byNumber[opcode];
}

/** The table row for an opcode name (base, specialized or pseudo), or undefined. */
export function opcodeByName(name: string): OpcodeInfo | undefined {
  return byName.get(name);
}

/** dis.opname: the name of every number below 267, `<N>` where CPython has none. */
export const opname: readonly string[] = byNumber.map((info, i) => info?.name ?? `<${i}>`);

/** opcode.opmap: the base, instrumented and pseudo opcodes (specialized ones excluded, as in CPython). */
export const opmap: Readonly<Record<string, number>> = Object.fromEntries(
  OPCODES.filter((info) => info.family === null).map((info) => [info.name, info.opcode]),
);

/** opcode._specialized_opmap: only the specialized instructions. */
export const specializedOpmap: Readonly<Record<string, number>> = Object.fromEntries(
  OPCODES.filter((info) => info.family !== null).map((info) => [info.name, info.opcode]),
);

/** opcode._inline_cache_entries: cache size of every family that has caches. */
export const inlineCacheEntries: Readonly<Record<string, number>> = Object.fromEntries(
  OPCODES.filter((info) => info.family === null && info.cacheEntries > 0).map((info) => [
    info.name,
    info.cacheEntries,
  ]),
);

/** The base opcode of a specialized one (CPython's _PyOpcode_Deopt); other opcodes map to themselves. */
export function deopt(opcode: number): number {
  const family = byNumber[opcode]?.family;
  return family ? (Op[family as OpName] as number) : opcode;
}

export function isPseudo(opcode: number): boolean {
  return opcode >= MIN_PSEUDO_OPCODE && byNumber[opcode] !== undefined;
}

export function isSpecialized(opcode: number): boolean {
  return byNumber[opcode]?.family != null;
}

/** _opcode.is_valid: a number the interpreter or compiler knows. */
export function isValid(opcode: number): boolean {
  return opcode >= 0 && opcode < NUM_OPCODES && byNumber[opcode] !== undefined;
}

type Flag = "hasArg" | "hasConst" | "hasName" | "hasJump" | "hasFree" | "hasLocal" | "hasExc";

function flagTest(flag: Flag): (opcode: number) => boolean {
  return (opcode) => isValid(opcode) && (byNumber[opcode] as OpcodeInfo)[flag];
}

/** _opcode.has_arg and friends: per opcode, specialized ones included. */
export const hasArg = flagTest("hasArg");
export const hasConst = flagTest("hasConst");
export const hasName = flagTest("hasName");
export const hasJump = flagTest("hasJump");
export const hasFree = flagTest("hasFree");
export const hasLocal = flagTest("hasLocal");
export const hasExc = flagTest("hasExc");

function opmapList(test: (opcode: number) => boolean): readonly number[] {
  return Object.values(opmap).filter(test);
}

/** dis.hasarg, dis.hasconst, ...: opcodes of opmap with the flag, in opmap's order. */
export const hasarg = opmapList(hasArg);
export const hasconst = opmapList(hasConst);
export const hasname = opmapList(hasName);
export const hasjump = opmapList(hasJump);
export const hasfree = opmapList(hasFree);
export const haslocal = opmapList(hasLocal);
export const hasexc = opmapList(hasExc);

/** True for the jumps whose oparg counts backwards from the next instruction (END_ASYNC_FOR's too). */
export function isBackwardJump(opcode: number): boolean {
  return byNumber[deopt(opcode)]?.argKind === "jump_backward";
}

/**
 * dis.stack_effect(opcode, oparg, jump=...): net stack change (a missing oparg counts as 0, as in CPython).
 * Block-push pseudo-instructions (SETUP_*) push their handler's items only when the "jump" to the handler is
 * taken; jump=null gives the larger of the two. Specialized and unknown opcodes raise CPython's ValueError.
 */
export function stackEffect(
  opcode: number,
  oparg: number | null = null,
  jump: boolean | null = null,
): number {
  const info = isValid(opcode) ? (byNumber[opcode] as OpcodeInfo) : undefined;
  if (info === undefined || info.family !== null)
    throw new PyException("ValueError", ["invalid opcode or oparg"]);
  const arg = oparg ?? 0;
  // CPython counts in C ints: an oparg that makes a count wrap negative gets this same error.
  const popped = info.popped(arg) | 0;
  const pushed = info.pushed(arg) | 0;
  if (popped < 0 || pushed < 0) throw new PyException("ValueError", ["invalid opcode or oparg"]);
  const net = (pushed - popped) | 0;
  if (!info.hasExc) return net;
  return jump === false ? 0 : Math.max(net, 0);
}
