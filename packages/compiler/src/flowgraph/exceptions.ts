// Exception handler marking and the per-instruction handler labelling (flowgraph.c's label_exception_targets).
import { Op } from "@ophis/bytecode";
import { type BasicBlock, blocks, hasFallthrough, hasTarget, isBlockPush, isJump, setOp0 } from "./cfg.js";

export function markExceptHandlers(entry: BasicBlock): void {
  for (const b of blocks(entry)) {
    for (const i of b.instrs) if (isBlockPush(i.op) && i.target) i.target.exceptHandler = true;
  }
}

const RESUME_OPARG_DEPTH1_MASK = 4;

export function labelExceptionTargets(entry: BasicBlock): void {
  for (const b of blocks(entry)) b.visited = false;
  const todo: BasicBlock[] = [entry];
  entry.exceptStack = [];
  entry.visited = true;
  while (todo.length) {
    const b = todo.pop()!;
    let stack: BasicBlock[] | null = b.exceptStack!;
    b.exceptStack = null;
    let handler: BasicBlock | null = stack.length ? stack[stack.length - 1] : null;
    let lastYieldExceptDepth = -1;
    for (const instr of b.instrs) {
      if (isBlockPush(instr.op)) {
        const target = instr.target!;
        if (!target.visited) {
          target.exceptStack = [...stack!];
          todo.push(target);
          target.visited = true;
        }
        if (instr.op === Op.SETUP_WITH || instr.op === Op.SETUP_CLEANUP) target.preserveLasti = true;
        stack!.push(target);
        handler = target;
      } else if (instr.op === Op.POP_BLOCK) {
        stack!.pop();
        handler = stack!.length ? stack![stack!.length - 1] : null;
        setOp0(instr, Op.NOP);
      } else if (isJump(instr.op)) {
        instr.except = handler;
        const target = instr.target!;
        if (!target.visited) {
          if (hasFallthrough(b)) {
            target.exceptStack = [...stack!];
          } else {
            target.exceptStack = stack;
            stack = null;
          }
          todo.push(target);
          target.visited = true;
        }
      } else if (instr.op === Op.YIELD_VALUE) {
        instr.except = handler;
        lastYieldExceptDepth = stack!.length;
      } else if (instr.op === Op.RESUME) {
        instr.except = handler;
        if (instr.arg !== 0) {
          if (lastYieldExceptDepth === 1) instr.arg |= RESUME_OPARG_DEPTH1_MASK;
          lastYieldExceptDepth = -1;
        }
      } else {
        instr.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = stack;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
  void hasTarget;
}
