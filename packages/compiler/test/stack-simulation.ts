// The deepest stack a code object can reach, found by running the opcode table's stack effects along every path.
import { type CodeObject, Op, opname, parseExceptionTable } from "@ophis/bytecode";
import { getInstructions, type Instruction, stackEffect } from "@ophis/dis";

/** Instructions after which control never reaches the next one. */
const NO_FALLTHROUGH = new Set<number>([
  Op.RETURN_VALUE,
  Op.RAISE_VARARGS,
  Op.RERAISE,
  Op.JUMP_FORWARD,
  Op.JUMP_BACKWARD,
  Op.JUMP_BACKWARD_NO_INTERRUPT,
]);
/** END_ASYNC_FOR has a jump argument only so monitoring sees its source; control falls through. */
const NOT_REALLY_A_JUMP = new Set<number>([Op.END_ASYNC_FOR]);

export type Simulation = { maxDepth: number } | { error: string };

/**
 * Walks every reachable instruction with the depth on entry, as CPython's flowgraph stackdepth() does before
 * pseudo-instructions are lowered: a jump's target gets `stack_effect(jump=True)`, the next instruction
 * `stack_effect(jump=False)`, and an exception handler, reachable once any instruction it covers is, starts
 * at the table's depth plus lasti (if recorded) plus the exception.
 */
export function simulateStackDepth(code: CodeObject): Simulation {
  const instructions = getInstructions(code);
  const index = new Map<number, number>(instructions.map((ins, i) => [ins.offset, i]));
  const handlers = parseExceptionTable(code.co_exceptiontable);
  const depthAt = new Map<number, number>();
  const work: [number, number][] = [[0, 0]];
  let maxDepth = 0;
  let error: string | null = null;

  const reach = (offset: number, depth: number, from: Instruction | null) => {
    if (depth < 0) error ??= `negative depth ${depth} at ${offset} after ${from?.opname} at ${from?.offset}`;
    const known = depthAt.get(offset);
    if (known === undefined) {
      depthAt.set(offset, depth);
      maxDepth = Math.max(maxDepth, depth);
      work.push([offset, depth]);
    } else if (known !== depth) {
      error ??= `depth ${depth} and ${known} meet at ${offset} (from ${from?.opname} at ${from?.offset})`;
    }
  };

  depthAt.set(0, 0);
  while (work.length > 0 && error === null) {
    const [offset, depth] = work.pop() as [number, number];
    const i = index.get(offset);
    if (i === undefined) return { error: `no instruction at ${offset}` };
    const ins = instructions[i];
    for (const h of handlers) {
      if (h.start <= offset && offset < h.end) reach(h.target, h.depth + (h.lasti ? 1 : 0) + 1, ins);
    }
    const arg = ins.arg;
    const target = NOT_REALLY_A_JUMP.has(ins.opcode) ? null : ins.jump_target;
    if (target !== null) reach(target, depth + stackEffect(ins.opcode, arg, true), ins);
    if (!NO_FALLTHROUGH.has(ins.opcode)) {
      const next = instructions[i + 1];
      if (next === undefined) return { error: `${opname[ins.opcode]} at ${offset} falls off the end` };
      reach(next.offset, depth + stackEffect(ins.opcode, arg, target === null ? null : false), ins);
    }
  }
  return error === null ? { maxDepth } : { error };
}
