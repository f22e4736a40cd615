// The control-flow graph (flowgraph.c's basicblock and cfg_instr): building it from codegen's instructions.
import { Op, opcodeInfo } from "@ophis/bytecode";
import type { Instr, Label, Loc } from "../codegen/instr.js";

export interface CInstr {
  op: number;
  arg: number;
  loc: Loc;
  target: BasicBlock | null;
  except: BasicBlock | null;
  name?: string;
  freeVar?: boolean;
}

let blockIds = 0;
export class BasicBlock {
  readonly id = ++blockIds;
  instrs: CInstr[] = [];
  next: BasicBlock | null = null;
  /** Whether codegen placed a label here (jump targets and explicit labels). */
  hasLabel = false;
  predecessors = 0;
  startdepth = -2147483648;
  visited = false;
  exceptHandler = false;
  preserveLasti = false;
  cold = false;
  warm = false;
  exceptStack: BasicBlock[] | null = null;
  unsafeLocals = 0n;
  last(): CInstr | undefined {
    return this.instrs[this.instrs.length - 1];
  }

  /**
   * The handler each slot past the end last held. CPython's basicblock_addop leaves i_except unset, so an
   * instruction appended after a block shrank inherits the stale handler of that slot (fresh slots are zeroed).
   */
  staleExcept: (BasicBlock | null)[] = [];

  /** Replaces the instructions with fewer, remembering the handlers left in the freed slots. */
  shrinkTo(instrs: CInstr[]): void {
    for (let i = instrs.length; i < this.instrs.length; i++) this.staleExcept[i] = this.instrs[i].except;
    this.instrs = instrs;
  }

  /** basicblock_addop: a new instruction at the end, with whatever handler its slot held. */
  addop(op: number, arg: number, loc: Loc, target: BasicBlock | null = null): CInstr {
    const instr: CInstr = { op, arg, loc, target, except: this.staleExcept[this.instrs.length] ?? null };
    this.instrs.push(instr);
    return instr;
  }
}

const BLOCK_PUSH = new Set<number>([Op.SETUP_FINALLY, Op.SETUP_CLEANUP, Op.SETUP_WITH]);
const SCOPE_EXIT = new Set<number>([Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE]);
const UNCONDITIONAL = new Set<number>([
  Op.JUMP,
  Op.JUMP_NO_INTERRUPT,
  Op.JUMP_FORWARD,
  Op.JUMP_BACKWARD,
  Op.JUMP_BACKWARD_NO_INTERRUPT,
]);

export const isBlockPush = (op: number): boolean => BLOCK_PUSH.has(op);
export const isScopeExit = (op: number): boolean => SCOPE_EXIT.has(op);
export const isUnconditionalJump = (op: number): boolean => UNCONDITIONAL.has(op);
export const isJump = (op: number): boolean => opcodeInfo(op)?.hasJump === true;
export const hasTarget = (op: number): boolean => isJump(op) || isBlockPush(op);
export const isConditionalJump = (op: number): boolean =>
  op === Op.POP_JUMP_IF_FALSE ||
  op === Op.POP_JUMP_IF_TRUE ||
  op === Op.POP_JUMP_IF_NONE ||
  op === Op.POP_JUMP_IF_NOT_NONE;

export function hasFallthrough(b: BasicBlock): boolean {
  const last = b.last();
  return !(last && (isUnconditionalJump(last.op) || isScopeExit(last.op)));
}

export function exitsScope(b: BasicBlock): boolean {
  const last = b.last();
  return last !== undefined && isScopeExit(last.op);
}

export function hasNoLineno(b: BasicBlock): boolean {
  return b.instrs.every((i) => i.loc.lineno < 0);
}

export function nextNonempty(b: BasicBlock | null): BasicBlock | null {
  while (b && b.instrs.length === 0) b = b.next;
  return b;
}

export function* blocks(entry: BasicBlock): Generator<BasicBlock> {
  for (let b: BasicBlock | null = entry; b; b = b.next) yield b;
}

export function setOp0(i: CInstr, op: number): void {
  i.op = op;
  i.arg = 0;
  i.target = null;
}

export function setOp1(i: CInstr, op: number, arg: number): void {
  i.op = op;
  i.arg = arg;
  i.target = null;
}

/**
 * _PyCfg_FromInstructionSequence: a new block at each label some instruction targets, and after each jump or
 * scope exit. Labels nothing targets (the body after SETUP_WITH, say) do not split blocks.
 */
export function buildCfg(instrs: readonly Instr[], labels: readonly Label[]): BasicBlock {
  const labelsAt = new Map<number, Label[]>();
  const targeted = new Set<Label>();
  for (const i of instrs) if (i.target) targeted.add(i.target);
  for (const l of labels) {
    if (!targeted.has(l)) continue;
    const list = labelsAt.get(l.index);
    if (list) list.push(l);
    else labelsAt.set(l.index, [l]);
  }
  const blockOf = new Map<Label, BasicBlock>();
  const entry = new BasicBlock();
  let cur = entry;
  const pendingTargets: [CInstr, Label][] = [];
  const startNew = (): BasicBlock => {
    const b = new BasicBlock();
    cur.next = b;
    cur = b;
    return b;
  };
  for (let i = 0; i <= instrs.length; i++) {
    const here = labelsAt.get(i);
    if (here) {
      const last = cur.last();
      if (last || cur.hasLabel) startNew();
      cur.hasLabel = true;
      for (const l of here) blockOf.set(l, cur);
    }
    if (i === instrs.length) break;
    const last = cur.last();
    if (last && (isJump(last.op) || isScopeExit(last.op))) startNew();
    const src = instrs[i];
    const ci: CInstr = { op: src.op, arg: src.arg, loc: src.loc, target: null, except: null };
    if (src.name !== undefined) ci.name = src.name;
    if (src.freeVar) ci.freeVar = true;
    if (src.target) pendingTargets.push([ci, src.target]);
    cur.instrs.push(ci);
  }
  for (const [ci, label] of pendingTargets) {
    let b = blockOf.get(label);
    if (!b) {
      b = new BasicBlock();
      b.hasLabel = true;
      cur.next = b;
      cur = b;
      blockOf.set(label, b);
    }
    ci.target = b;
  }
  return entry;
}
