// Per-block peephole optimisations (flowgraph.c's optimize_basic_block, optimize_load_const, swaptimize).
import { Op } from "@ophis/bytecode";
import { type BasicBlock, blocks, type CInstr, hasTarget, setOp0, setOp1 } from "./cfg.js";
import type { ConstTable } from "./consts.js";
import {
  constValue,
  foldBinop,
  foldListToTuple,
  foldTupleOfConstants,
  foldUnaryOp,
  optimizeListsAndSets,
  truthy,
} from "./fold.js";

const INTRINSIC_LIST_TO_TUPLE = 6;
const INTRINSIC_UNARY_POSITIVE = 5;

export function optimizeLoadConst(entry: BasicBlock, consts: ConstTable): void {
  for (const b of blocks(entry)) {
    let opcode = 0;
    let oparg = 0;
    for (let i = 0; i < b.instrs.length; i++) {
      const inst = b.instrs[i];
      if (inst.op === Op.LOAD_CONST) {
        const v = consts.get(inst.arg);
        if (typeof v === "bigint" && v >= 0n && v < 256n) setOp1(inst, Op.LOAD_SMALL_INT, Number(v));
      }
      const isCopyOfLoadConst = opcode === Op.LOAD_CONST && inst.op === Op.COPY && inst.arg === 1;
      if (!isCopyOfLoadConst) {
        opcode = inst.op;
        oparg = inst.arg;
      }
      if (opcode !== Op.LOAD_CONST && opcode !== Op.LOAD_SMALL_INT) continue;
      const loader: CInstr = { op: opcode, arg: oparg, loc: inst.loc, target: null, except: null };
      const nextop = i + 1 < b.instrs.length ? b.instrs[i + 1].op : 0;
      switch (nextop) {
        case Op.POP_JUMP_IF_FALSE:
        case Op.POP_JUMP_IF_TRUE:
        case Op.JUMP_IF_FALSE:
        case Op.JUMP_IF_TRUE: {
          const isTrue = truthy(constValue(loader, consts));
          if (nextop === Op.POP_JUMP_IF_FALSE || nextop === Op.POP_JUMP_IF_TRUE) setOp0(inst, Op.NOP);
          const jumpIfTrue = nextop === Op.POP_JUMP_IF_TRUE || nextop === Op.JUMP_IF_TRUE;
          if (isTrue === jumpIfTrue) b.instrs[i + 1].op = Op.JUMP;
          else setOp0(b.instrs[i + 1], Op.NOP);
          break;
        }
        case Op.IS_OP: {
          if (constValue(loader, consts) !== null) break;
          if (b.instrs.length <= i + 2) break;
          const isInstr = b.instrs[i + 1];
          let jumpInstr = b.instrs[i + 2];
          if (jumpInstr.op === Op.TO_BOOL) {
            setOp0(jumpInstr, Op.NOP);
            if (b.instrs.length <= i + 3) break;
            jumpInstr = b.instrs[i + 3];
          }
          let invert = isInstr.arg !== 0;
          if (jumpInstr.op === Op.POP_JUMP_IF_FALSE) invert = !invert;
          else if (jumpInstr.op !== Op.POP_JUMP_IF_TRUE) break;
          setOp0(inst, Op.NOP);
          setOp0(isInstr, Op.NOP);
          jumpInstr.op = invert ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
          break;
        }
        case Op.TO_BOOL: {
          const isTrue = truthy(constValue(loader, consts));
          const index = consts.add(isTrue);
          setOp0(inst, Op.NOP);
          setOp1(b.instrs[i + 1], Op.LOAD_CONST, index);
          break;
        }
      }
    }
  }
}

/** jump_thread: replace the block's last jump by a jump straight to the target's target. */
function jumpThread(b: BasicBlock, inst: CInstr, target: CInstr, opcode: number): number {
  if (inst.target !== target.target) {
    setOp0(inst, Op.NOP);
    b.addop(opcode, 0, target.loc, target.target);
    return 1;
  }
  return 0;
}

export function optimizeBasicBlock(b: BasicBlock, consts: ConstTable): void {
  for (let i = 0; i < b.instrs.length; i++) {
    const inst = b.instrs[i];
    const opcode = inst.op;
    const oparg = inst.arg;
    const target: CInstr | null = hasTarget(opcode) && inst.target ? (inst.target.instrs[0] ?? null) : null;
    const targetOp = target ? target.op : Op.NOP;
    const next = b.instrs[i + 1];
    const nextop = next ? next.op : 0;
    switch (opcode) {
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === next.arg) {
          if (oparg === 1) {
            setOp0(inst, Op.NOP);
            setOp0(next, Op.NOP);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            setOp0(inst, Op.NOP);
            next.op = Op.SWAP;
            continue;
          }
        }
        foldTupleOfConstants(b, i, consts);
        break;
      case Op.BUILD_LIST:
      case Op.BUILD_SET:
        optimizeListsAndSets(b, i, nextop, consts);
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
        if (targetOp === Op.JUMP) i -= jumpThread(b, inst, target!, opcode);
        break;
      case Op.JUMP_IF_FALSE:
      case Op.JUMP_IF_TRUE: {
        const same = opcode;
        const other = opcode === Op.JUMP_IF_FALSE ? Op.JUMP_IF_TRUE : Op.JUMP_IF_FALSE;
        if (targetOp === Op.JUMP || targetOp === same) {
          i -= jumpThread(b, inst, target!, same);
          continue;
        }
        if (targetOp === other) {
          inst.target = inst.target!.next;
          i--;
          continue;
        }
        break;
      }
      case Op.JUMP:
      case Op.JUMP_NO_INTERRUPT:
        if (targetOp === Op.JUMP) {
          i -= jumpThread(b, inst, target!, Op.JUMP);
          continue;
        }
        if (targetOp === Op.JUMP_NO_INTERRUPT) {
          i -= jumpThread(b, inst, target!, opcode);
          continue;
        }
        break;
      case Op.STORE_FAST:
        if (opcode === nextop && oparg === next.arg && inst.loc.lineno === next.loc.lineno) {
          inst.op = Op.POP_TOP;
          inst.arg = 0;
        }
        break;
      case Op.SWAP:
        if (oparg === 1) setOp0(inst, Op.NOP);
        break;
      case Op.LOAD_GLOBAL:
        if (nextop === Op.PUSH_NULL && (oparg & 1) === 0) {
          setOp1(inst, Op.LOAD_GLOBAL, oparg | 1);
          setOp0(next, Op.NOP);
        }
        break;
      case Op.COMPARE_OP:
        if (nextop === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          setOp1(next, Op.COMPARE_OP, oparg | 16);
          continue;
        }
        break;
      case Op.CONTAINS_OP:
      case Op.IS_OP:
        if (nextop === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          setOp1(next, opcode, oparg);
          continue;
        }
        if (nextop === Op.UNARY_NOT) {
          setOp0(inst, Op.NOP);
          setOp1(next, opcode, oparg ^ 1);
          continue;
        }
        break;
      case Op.TO_BOOL:
        if (nextop === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          continue;
        }
        break;
      case Op.UNARY_NOT:
        if (nextop === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          setOp0(next, Op.UNARY_NOT);
          continue;
        }
        if (nextop === Op.UNARY_NOT) {
          setOp0(inst, Op.NOP);
          setOp0(next, Op.NOP);
          continue;
        }
        foldUnaryOp(b, i, consts);
        break;
      case Op.UNARY_INVERT:
      case Op.UNARY_NEGATIVE:
        foldUnaryOp(b, i, consts);
        break;
      case Op.CALL_INTRINSIC_1:
        if (oparg === INTRINSIC_LIST_TO_TUPLE) {
          if (nextop === Op.GET_ITER) setOp0(inst, Op.NOP);
          else foldListToTuple(b, i, consts);
        } else if (oparg === INTRINSIC_UNARY_POSITIVE) {
          foldUnaryOp(b, i, consts);
        }
        break;
      case Op.BINARY_OP:
        foldBinop(b, i, consts);
        break;
    }
  }
  for (let i = 0; i < b.instrs.length; i++) {
    if (b.instrs[i].op === Op.SWAP) {
      i = swaptimize(b, i);
      applyStaticSwaps(b, i);
    }
  }
}

/** Replaces a run of SWAPs (and NOPs) by the fewest SWAPs with the same effect; returns the run's last index. */
function swaptimize(b: BasicBlock, ix: number): number {
  const run = b.instrs;
  let depth = run[ix].arg;
  let len = 0;
  let more = false;
  const limit = run.length - ix;
  while (++len < limit) {
    const op = run[ix + len].op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, run[ix + len].arg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const VISITED = -1;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const instr = run[ix + i];
    if (instr.op === Op.SWAP) {
      const top = stack[0];
      stack[0] = stack[instr.arg - 1];
      stack[instr.arg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const instr = run[ix + current--];
        instr.op = Op.SWAP;
        instr.arg = j + 1;
        instr.target = null;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) setOp0(run[ix + current--], Op.NOP);
  return ix + len - 1;
}

const swappable = (op: number): boolean =>
  op === Op.STORE_FAST || op === Op.STORE_FAST_MAYBE_NULL || op === Op.POP_TOP;
const storesTo = (i: CInstr): number =>
  i.op === Op.STORE_FAST || i.op === Op.STORE_FAST_MAYBE_NULL ? i.arg : -1;

function nextSwappable(b: BasicBlock, i: number, lineno: number): number {
  while (++i < b.instrs.length) {
    const instr = b.instrs[i];
    if (lineno >= 0 && instr.loc.lineno !== lineno) return -1;
    if (instr.op === Op.NOP) continue;
    if (swappable(instr.op)) return i;
    return -1;
  }
  return -1;
}

function applyStaticSwaps(b: BasicBlock, i: number): void {
  for (; i >= 0; i--) {
    const swap = b.instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(b, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = b.instrs[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(b, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(b.instrs[j]);
    const storeK = storesTo(b.instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(b.instrs[idx]);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    setOp0(swap, Op.NOP);
    const temp = b.instrs[j];
    b.instrs[j] = b.instrs[k];
    b.instrs[k] = temp;
  }
}
