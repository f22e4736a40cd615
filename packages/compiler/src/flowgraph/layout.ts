// Block order and jump forms: cold blocks to the end, pseudo-instructions lowered, stack depth, backward jumps.
import { Op, opcodeInfo } from "@ophis/bytecode";
import { NO_LOCATION } from "../codegen/instr.js";
import {
  BasicBlock,
  blocks,
  hasFallthrough,
  hasTarget,
  isBlockPush,
  isConditionalJump,
  isJump,
  isScopeExit,
  isUnconditionalJump,
  setOp0,
} from "./cfg.js";
import { removeRedundantNopsAndJumps } from "./cleanup.js";

function markWarm(entry: BasicBlock): void {
  for (const b of blocks(entry)) b.visited = false;
  const stack = [entry];
  entry.visited = true;
  while (stack.length) {
    const b = stack.pop()!;
    b.warm = true;
    if (b.next && hasFallthrough(b) && !b.next.visited) {
      stack.push(b.next);
      b.next.visited = true;
    }
    for (const i of b.instrs) {
      if (isJump(i.op) && !i.target!.visited) {
        stack.push(i.target!);
        i.target!.visited = true;
      }
    }
  }
}

function markCold(entry: BasicBlock): void {
  markWarm(entry);
  for (const b of blocks(entry)) b.visited = false;
  const stack: BasicBlock[] = [];
  for (const b of blocks(entry)) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length) {
    const b = stack.pop()!;
    b.cold = true;
    if (b.next && hasFallthrough(b) && !b.next.warm && !b.next.visited) {
      stack.push(b.next);
      b.next.visited = true;
    }
    for (const i of b.instrs) {
      if (isJump(i.op)) {
        const t = i.target!;
        if (!t.warm && !t.visited) {
          stack.push(t);
          t.visited = true;
        }
      }
    }
  }
}

export function pushColdBlocksToEnd(entry: BasicBlock): void {
  if (entry.next === null) return;
  markCold(entry);
  for (const b of blocks(entry)) {
    if (b.cold && hasFallthrough(b) && b.next?.warm) {
      const jump = new BasicBlock();
      b.next.hasLabel = true;
      jump.instrs.push({ op: Op.JUMP_NO_INTERRUPT, arg: 0, loc: NO_LOCATION, target: b.next, except: null });
      jump.cold = true;
      jump.next = b.next;
      jump.predecessors = 1;
      b.next = jump;
    }
  }
  let coldHead: BasicBlock | null = null;
  let coldTail: BasicBlock | null = null;
  let b = entry;
  while (b.next) {
    while (b.next && !b.next.cold) b = b.next;
    if (b.next === null) break;
    let end = b.next;
    while (end.next?.cold) end = end.next;
    if (coldHead === null) coldHead = b.next;
    else coldTail!.next = b.next;
    coldTail = end;
    b.next = end.next;
    end.next = null;
  }
  b.next = coldHead;
  if (coldHead !== null) removeRedundantNopsAndJumps(entry);
}

export function convertPseudoConditionalJumps(entry: BasicBlock): void {
  for (const b of blocks(entry)) {
    for (let i = 0; i < b.instrs.length; i++) {
      const instr = b.instrs[i];
      if (instr.op === Op.JUMP_IF_FALSE || instr.op === Op.JUMP_IF_TRUE) {
        instr.op = instr.op === Op.JUMP_IF_FALSE ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
        const mk = (op: number, arg: number) => ({
          op,
          arg,
          loc: instr.loc,
          target: null,
          except: instr.except,
        });
        b.instrs.splice(i, 0, mk(Op.COPY, 1), mk(Op.TO_BOOL, 0));
        i += 2;
      }
    }
  }
}

function effect(op: number, arg: number, jump: boolean): number {
  const info = opcodeInfo(op)!;
  if (isBlockPush(op) && !jump) return 0;
  return info.pushed(arg) - info.popped(arg);
}

export function calculateStackdepth(entry: BasicBlock): number {
  for (const b of blocks(entry)) b.startdepth = -2147483648;
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number): void => {
    if (!(b.startdepth < 0 || b.startdepth === depth))
      throw new Error("Invalid CFG, inconsistent stackdepth");
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(entry, 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const instr of b.instrs) {
      const newDepth = depth + effect(instr.op, instr.arg, false);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (hasTarget(instr.op) && instr.op !== Op.END_ASYNC_FOR) {
        const targetDepth = depth + effect(instr.op, instr.arg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      if (isUnconditionalJump(instr.op) || isScopeExit(instr.op)) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}

export function convertPseudoOps(entry: BasicBlock): void {
  for (const b of blocks(entry)) {
    for (const i of b.instrs) {
      if (isBlockPush(i.op)) setOp0(i, Op.NOP);
      else if (i.op === Op.LOAD_CLOSURE) i.op = Op.LOAD_FAST;
      else if (i.op === Op.STORE_FAST_MAYBE_NULL) i.op = Op.STORE_FAST;
    }
  }
  removeRedundantNopsAndJumps(entry);
}

export function normalizeJumps(entry: BasicBlock): void {
  for (const b of blocks(entry)) b.visited = false;
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    b.visited = true;
    const last = b.last();
    if (!last || !isConditionalJump(last.op)) continue;
    if (!last.target!.visited) {
      b.addop(Op.NOT_TAKEN, 0, last.loc);
      continue;
    }
    const reversed: Record<number, number> = {
      [Op.POP_JUMP_IF_NOT_NONE]: Op.POP_JUMP_IF_NONE,
      [Op.POP_JUMP_IF_NONE]: Op.POP_JUMP_IF_NOT_NONE,
      [Op.POP_JUMP_IF_FALSE]: Op.POP_JUMP_IF_TRUE,
      [Op.POP_JUMP_IF_TRUE]: Op.POP_JUMP_IF_FALSE,
    };
    const target = last.target!;
    const back = new BasicBlock();
    back.addop(Op.NOT_TAKEN, 0, last.loc);
    back.addop(Op.JUMP, 0, last.loc, target);
    back.startdepth = target.startdepth;
    last.op = reversed[last.op];
    last.target = b.next;
    if (b.next) b.next.hasLabel = true;
    back.cold = b.cold;
    back.next = b.next;
    b.next = back;
  }
}
