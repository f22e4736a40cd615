// Line numbers for instructions codegen left without one (flowgraph.c's resolve_line_numbers).
import { Op } from "@ophis/bytecode";
import { NO_LOCATION } from "../codegen/instr.js";
import {
  type BasicBlock,
  blocks,
  exitsScope,
  hasFallthrough,
  hasNoLineno,
  isJump,
  nextNonempty,
} from "./cfg.js";

const EVAL_BREAK = new Set<number>([Op.JUMP, Op.JUMP_BACKWARD]);

function isExitOrEvalCheckWithoutLineno(b: BasicBlock): boolean {
  if (exitsScope(b) || b.instrs.some((i) => EVAL_BREAK.has(i.op))) return hasNoLineno(b);
  return false;
}

function copyBlock(b: BasicBlock): BasicBlock {
  const copy = new (b.constructor as new () => BasicBlock)();
  copy.instrs = b.instrs.map((i) => ({ ...i }));
  copy.hasLabel = true;
  return copy;
}

function duplicateExitsWithoutLineno(entry: BasicBlock): void {
  for (const b of blocks(entry)) {
    const last = b.last();
    if (!last || !isJump(last.op)) continue;
    const target = nextNonempty(last.target);
    if (target && isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
      const copy = copyBlock(target);
      copy.instrs[0].loc = last.loc;
      last.target = copy;
      target.predecessors--;
      copy.predecessors = 1;
      copy.next = target.next;
      target.next = copy;
    }
  }
  for (const b of blocks(entry)) {
    if (hasFallthrough(b) && b.next && b.instrs.length > 0 && isExitOrEvalCheckWithoutLineno(b.next)) {
      b.next.instrs[0].loc = b.last()!.loc;
    }
  }
}

function propagateLineNumbers(entry: BasicBlock): void {
  for (const b of blocks(entry)) {
    const last = b.last();
    if (!last) continue;
    let prev = NO_LOCATION;
    for (const i of b.instrs) {
      // Only NO_LOCATION (-1) is filled in; NEXT_LOCATION (-2) waits for the assembler.
      if (i.loc.lineno === -1) i.loc = prev;
      else prev = i.loc;
    }
    if (hasFallthrough(b) && b.next && b.next.predecessors === 1) {
      if (b.next.instrs.length > 0 && b.next.instrs[0].loc.lineno === -1) b.next.instrs[0].loc = prev;
    }
    if (isJump(last.op)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs.length > 0 && target.instrs[0].loc.lineno === -1)
        target.instrs[0].loc = prev;
    }
  }
}

export function resolveLineNumbers(entry: BasicBlock): void {
  duplicateExitsWithoutLineno(entry);
  propagateLineNumbers(entry);
}
