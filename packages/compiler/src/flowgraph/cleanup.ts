// Removing what optimisation left behind: unreachable blocks, redundant NOPs, jumps and pairs, unused constants.
import { Op, type PyConstant } from "@ophis/bytecode";
import {
  type BasicBlock,
  blocks,
  exitsScope,
  hasFallthrough,
  hasNoLineno,
  isBlockPush,
  isJump,
  isUnconditionalJump,
  nextNonempty,
  setOp0,
} from "./cfg.js";

const MAX_COPY_SIZE = 4;

export function inlineSmallOrNoLinenoBlocks(entry: BasicBlock): void {
  let changes: boolean;
  do {
    changes = false;
    for (const b of blocks(entry)) {
      const last = b.last();
      if (!last || !isUnconditionalJump(last.op)) continue;
      const target = last.target!;
      const smallExit = exitsScope(target) && target.instrs.length <= MAX_COPY_SIZE;
      const noLinenoNoFallthrough = hasNoLineno(target) && !hasFallthrough(target);
      if (smallExit || noLinenoNoFallthrough) {
        const removed = last.op;
        setOp0(last, Op.NOP);
        for (const i of target.instrs) b.instrs.push({ ...i });
        if (noLinenoNoFallthrough) {
          const newLast = b.last()!;
          if (isUnconditionalJump(newLast.op) && removed === Op.JUMP) newLast.op = Op.JUMP;
        }
        target.predecessors--;
        changes = true;
      }
    }
  } while (changes);
}

export function removeUnreachable(entry: BasicBlock): void {
  for (const b of blocks(entry)) b.predecessors = 0;
  const stack: BasicBlock[] = [entry];
  entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && hasFallthrough(b)) {
      if (!b.next.predecessors) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const i of b.instrs) {
      if (isJump(i.op) || isBlockPush(i.op)) {
        const t = i.target!;
        if (!t.predecessors) stack.push(t);
        t.predecessors++;
      }
    }
  }
  for (const b of blocks(entry)) {
    if (b.predecessors === 0) {
      b.shrinkTo([]);
      b.exceptHandler = false;
    }
  }
}

export function removeRedundantNopsInBlock(b: BasicBlock): number {
  const out = [];
  let prevLineno = -1;
  const n = b.instrs.length;
  for (let src = 0; src < n; src++) {
    const instr = b.instrs[src];
    const lineno = instr.loc.lineno;
    if (instr.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < n - 1) {
        const nextLineno = b.instrs[src + 1].loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          b.instrs[src + 1].loc = instr.loc;
          continue;
        }
      } else {
        const next = nextNonempty(b.next);
        if (next) {
          let nextLine = -1;
          for (const ni of next.instrs) {
            if (ni.op === Op.NOP && ni.loc.lineno < 0) continue;
            nextLine = ni.loc.lineno;
            break;
          }
          if (lineno === nextLine) continue;
        }
      }
    }
    out.push(instr);
    prevLineno = lineno;
  }
  const removed = n - out.length;
  b.shrinkTo(out);
  return removed;
}

export function removeRedundantNops(entry: BasicBlock): number {
  let changes = 0;
  for (const b of blocks(entry)) changes += removeRedundantNopsInBlock(b);
  return changes;
}

export function removeRedundantNopsAndPairs(entry: BasicBlock): void {
  let done = false;
  while (!done) {
    done = true;
    let instr = null;
    for (const b of blocks(entry)) {
      removeRedundantNopsInBlock(b);
      if (b.hasLabel) instr = null;
      for (const cur of b.instrs) {
        const prev = instr;
        instr = cur;
        const prevOp = prev ? prev.op : 0;
        const prevArg = prev ? prev.arg : 0;
        if (cur.op === Op.POP_TOP && prev) {
          if (
            prevOp === Op.LOAD_CONST ||
            prevOp === Op.LOAD_SMALL_INT ||
            (prevOp === Op.COPY && prevArg === 1)
          ) {
            setOp0(prev, Op.NOP);
            setOp0(cur, Op.NOP);
            done = false;
          }
        }
      }
      if ((instr && isJump(instr.op)) || !hasFallthrough(b)) instr = null;
    }
  }
}

function removeRedundantJumps(entry: BasicBlock): number {
  let changes = 0;
  for (const b of blocks(entry)) {
    const last = b.last();
    if (!last || !isUnconditionalJump(last.op)) continue;
    const target = nextNonempty(last.target);
    const next = nextNonempty(b.next);
    if (target === next) {
      changes++;
      setOp0(last, Op.NOP);
    }
  }
  return changes;
}

export function removeRedundantNopsAndJumps(entry: BasicBlock): void {
  for (;;) {
    const nops = removeRedundantNops(entry);
    const jumps = removeRedundantJumps(entry);
    if (nops + jumps === 0) break;
  }
}

/** remove_unused_consts: drops constants no LOAD_CONST uses (the first is always kept) and renumbers. */
export function removeUnusedConsts(entry: BasicBlock, consts: PyConstant[]): PyConstant[] {
  const n = consts.length;
  if (n === 0) return consts;
  const used = new Array<boolean>(n).fill(false);
  used[0] = true;
  for (const b of blocks(entry)) for (const i of b.instrs) if (i.op === Op.LOAD_CONST) used[i.arg] = true;
  const remap = new Array<number>(n).fill(-1);
  const out: PyConstant[] = [];
  for (let i = 0; i < n; i++) {
    if (used[i]) {
      remap[i] = out.length;
      out.push(consts[i]);
    }
  }
  for (const b of blocks(entry)) for (const i of b.instrs) if (i.op === Op.LOAD_CONST) i.arg = remap[i.arg];
  return out;
}
