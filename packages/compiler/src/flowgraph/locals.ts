// Passes about local variables: LOAD_FAST_CHECK, superinstructions, cell slots and LOAD_FAST_BORROW.
import { Op, opcodeInfo } from "@ophis/bytecode";
import { NO_LOCATION } from "../codegen/instr.js";
import {
  type BasicBlock,
  blocks,
  type CInstr,
  hasFallthrough,
  hasTarget,
  isBlockPush,
  isJump,
  isScopeExit,
  isUnconditionalJump,
  setOp0,
  setOp1,
} from "./cfg.js";
import { removeRedundantNops } from "./cleanup.js";

function scanBlockForLocals(b: BasicBlock, push: (b: BasicBlock, mask: bigint) => void): void {
  let unsafe = b.unsafeLocals;
  for (const instr of b.instrs) {
    if (instr.except) push(instr.except, unsafe);
    if (instr.arg >= 64) continue;
    const bit = 1n << BigInt(instr.arg);
    switch (instr.op) {
      case Op.DELETE_FAST:
      case Op.LOAD_FAST_AND_CLEAR:
      case Op.STORE_FAST_MAYBE_NULL:
        unsafe |= bit;
        break;
      case Op.STORE_FAST:
      case Op.LOAD_FAST_CHECK:
        unsafe &= ~bit;
        break;
      case Op.LOAD_FAST:
        if (unsafe & bit) instr.op = Op.LOAD_FAST_CHECK;
        unsafe &= ~bit;
        break;
    }
  }
  if (b.next && hasFallthrough(b)) push(b.next, unsafe);
  const last = b.last();
  if (last && isJump(last.op)) push(last.target!, unsafe);
}

function fastScanManyLocals(entry: BasicBlock, nlocals: number): void {
  const states = new Array<number>(nlocals - 64).fill(0);
  let blocknum = 0;
  for (const b of blocks(entry)) {
    blocknum++;
    for (const instr of b.instrs) {
      const arg = instr.arg;
      if (arg < 64) continue;
      switch (instr.op) {
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
        case Op.STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case Op.STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case Op.LOAD_FAST:
          if (states[arg - 64] !== blocknum) instr.op = Op.LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

export function addChecksForUninitializedLocals(entry: BasicBlock, nlocalsIn: number, nparams: number): void {
  let nlocals = nlocalsIn;
  if (nlocals === 0) return;
  if (nlocals > 64) {
    fastScanManyLocals(entry, nlocals);
    nlocals = 64;
  }
  for (const b of blocks(entry)) {
    b.visited = false;
    b.unsafeLocals = 0n;
  }
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, mask: bigint): void => {
    const both = b.unsafeLocals | mask;
    if (b.unsafeLocals !== both) {
      b.unsafeLocals = both;
      if (!b.visited) {
        stack.push(b);
        b.visited = true;
      }
    }
  };
  let start = 0n;
  for (let i = nparams; i < nlocals; i++) start |= 1n << BigInt(i);
  push(entry, start);
  for (const b of blocks(entry)) scanBlockForLocals(b, push);
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = false;
    scanBlockForLocals(b, push);
  }
}

function makeSuper(a: CInstr, b: CInstr, op: number): void {
  const l1 = a.loc.lineno;
  const l2 = b.loc.lineno;
  if (l1 >= 0 && l2 >= 0 && l1 !== l2) return;
  if (a.arg >= 16 || b.arg >= 16) return;
  setOp1(a, op, (a.arg << 4) | b.arg);
  setOp0(b, Op.NOP);
}

export function insertSuperinstructions(entry: BasicBlock): void {
  for (const b of blocks(entry)) {
    for (let i = 0; i < b.instrs.length; i++) {
      const inst = b.instrs[i];
      const next = b.instrs[i + 1];
      const nextop = next ? next.op : 0;
      if (inst.op === Op.LOAD_FAST && nextop === Op.LOAD_FAST) makeSuper(inst, next, Op.LOAD_FAST_LOAD_FAST);
      else if (inst.op === Op.STORE_FAST && nextop === Op.LOAD_FAST)
        makeSuper(inst, next, Op.STORE_FAST_LOAD_FAST);
      else if (inst.op === Op.STORE_FAST && nextop === Op.STORE_FAST)
        makeSuper(inst, next, Op.STORE_FAST_STORE_FAST);
    }
  }
  removeRedundantNops(entry);
}

const DEREF_OPS = new Set<number>([
  Op.MAKE_CELL,
  Op.LOAD_CLOSURE,
  Op.LOAD_DEREF,
  Op.STORE_DEREF,
  Op.DELETE_DEREF,
  Op.LOAD_FROM_DICT_OR_DEREF,
]);

export interface LocalsLayout {
  varnames: string[];
  cellvars: string[];
  freevars: string[];
}

/** prepare_localsplus: MAKE_CELL/COPY_FREE_VARS/RETURN_GENERATOR prefixes, then cell opargs as slot numbers. */
export function prepareLocalsplus(
  entry: BasicBlock,
  layout: LocalsLayout,
  isGenerator: boolean,
  firstlineno: number,
): number {
  const nlocals = layout.varnames.length;
  const ncells = layout.cellvars.length;
  const nfree = layout.freevars.length;
  const varIndex = new Map(layout.varnames.map((n, i) => [n, i]));
  const fixed: number[] = [];
  for (let i = 0; i < ncells + nfree; i++) fixed.push(nlocals + i);
  layout.cellvars.forEach((name, i) => {
    const argOffset = varIndex.get(name);
    if (argOffset !== undefined) fixed[i] = argOffset;
  });
  const prefix: CInstr[] = [];
  if (isGenerator) {
    const loc = { lineno: firstlineno, endLineno: firstlineno, col: -1, endCol: -1 };
    prefix.push({ op: Op.RETURN_GENERATOR, arg: 0, loc, target: null, except: null });
    prefix.push({ op: Op.POP_TOP, arg: 0, loc, target: null, except: null });
  }
  const cells: CInstr[] = [];
  if (ncells) {
    const sorted = new Array<number>(ncells + nlocals).fill(0);
    for (let i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1;
    for (let i = 0; cells.length < ncells; i++) {
      const old = sorted[i] - 1;
      if (old === -1) continue;
      cells.push({
        op: Op.MAKE_CELL,
        arg: 0,
        loc: NO_LOCATION,
        target: null,
        except: null,
        name: layout.cellvars[old],
      });
    }
  }
  const head: CInstr[] = [];
  if (nfree) head.push({ op: Op.COPY_FREE_VARS, arg: nfree, loc: NO_LOCATION, target: null, except: null });
  entry.instrs = [...head, ...cells, ...prefix, ...entry.instrs];
  let dropped = 0;
  for (let i = 0; i < ncells + nfree; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= dropped;
    else dropped++;
  }
  const cellSlot = new Map(layout.cellvars.map((n, i) => [n, fixed[i]]));
  const freeSlot = new Map(layout.freevars.map((n, i) => [n, fixed[ncells + i]]));
  for (const b of blocks(entry)) {
    for (const i of b.instrs) {
      if (DEREF_OPS.has(i.op) && i.name !== undefined) {
        const [first, second] = i.freeVar ? [freeSlot, cellSlot] : [cellSlot, freeSlot];
        i.arg = first.get(i.name) ?? second.get(i.name) ?? 0;
      }
    }
  }
  return nlocals + ncells + nfree - dropped;
}

interface Ref {
  instr: number;
  local: number;
}

const SUPPORT_KILLED = 1;
const STORED_AS_LOCAL = 2;
const REF_UNCONSUMED = 4;

/** optimize_load_fast: LOAD_FAST becomes LOAD_FAST_BORROW when its reference provably dies on the stack. */
export function optimizeLoadFast(entry: BasicBlock): void {
  for (const b of blocks(entry)) b.visited = false;
  const todo: BasicBlock[] = [entry];
  entry.startdepth = 0;
  entry.visited = true;
  const pushBlock = (target: BasicBlock): void => {
    if (!target.visited) {
      target.visited = true;
      todo.push(target);
    }
  };
  while (todo.length) {
    const block = todo.pop()!;
    const flags = new Array<number>(block.instrs.length).fill(0);
    const refs: Ref[] = [];
    for (let i = 0; i < block.startdepth; i++) refs.push({ instr: -1, local: -1 });
    const kill = (local: number): void => {
      for (const r of refs) if (r.local === local) flags[r.instr] |= SUPPORT_KILLED;
    };
    const store = (local: number, r: Ref): void => {
      kill(local);
      if (r.instr !== -1) flags[r.instr] |= STORED_AS_LOCAL;
    };
    const pop = (): Ref => refs.pop() ?? { instr: -1, local: -1 };
    block.instrs.forEach((instr, i) => {
      const op = instr.op;
      const arg = instr.arg;
      const info = opcodeInfo(op)!;
      switch (op) {
        case Op.DELETE_FAST:
          kill(arg);
          break;
        case Op.LOAD_FAST:
          refs.push({ instr: i, local: arg });
          break;
        case Op.LOAD_FAST_AND_CLEAR:
          kill(arg);
          refs.push({ instr: i, local: arg });
          break;
        case Op.LOAD_FAST_LOAD_FAST:
          refs.push({ instr: i, local: arg >> 4 });
          refs.push({ instr: i, local: arg & 15 });
          break;
        case Op.STORE_FAST:
          store(arg, pop());
          break;
        case Op.STORE_FAST_LOAD_FAST:
          store(arg >> 4, pop());
          refs.push({ instr: i, local: arg & 15 });
          break;
        case Op.STORE_FAST_STORE_FAST:
          store(arg >> 4, pop());
          store(arg & 15, pop());
          break;
        case Op.COPY: {
          const r = refs[refs.length - arg];
          refs.push({ instr: r.instr, local: r.local });
          break;
        }
        case Op.SWAP: {
          const top = refs.length - 1;
          const other = refs.length - arg;
          const t = refs[top];
          refs[top] = refs[other];
          refs[other] = t;
          break;
        }
        case Op.GET_ANEXT:
        case Op.GET_LEN:
        case Op.IMPORT_FROM:
        case Op.MATCH_KEYS:
        case Op.MATCH_MAPPING:
        case Op.MATCH_SEQUENCE:
        case Op.WITH_EXCEPT_START: {
          // CPython's loop variable shadows the instruction index here: the refs name instructions 0, 1, ...
          const net = info.pushed(arg) - info.popped(arg);
          for (let k = 0; k < net; k++) refs.push({ instr: k, local: -1 });
          break;
        }
        case Op.DICT_MERGE:
        case Op.DICT_UPDATE:
        case Op.LIST_APPEND:
        case Op.LIST_EXTEND:
        case Op.MAP_ADD:
        case Op.RERAISE:
        case Op.SET_ADD:
        case Op.SET_UPDATE: {
          const net = info.popped(arg) - info.pushed(arg);
          for (let k = 0; k < net; k++) pop();
          break;
        }
        case Op.END_SEND:
        case Op.SET_FUNCTION_ATTRIBUTE: {
          const tos = pop();
          pop();
          refs.push(tos);
          break;
        }
        case Op.GET_YIELD_FROM_ITER:
        case Op.FORMAT_SIMPLE:
          // The result may be the operand itself (an iterator, a str), so the reference stays on the stack.
          break;
        case Op.CHECK_EXC_MATCH:
          pop();
          refs.push({ instr: i, local: -1 });
          break;
        case Op.FOR_ITER:
          pushBlock(instr.target!);
          refs.push({ instr: i, local: -1 });
          break;
        case Op.LOAD_ATTR:
        case Op.LOAD_SUPER_ATTR: {
          const self = pop();
          if (op === Op.LOAD_SUPER_ATTR) {
            pop();
            pop();
          }
          refs.push({ instr: i, local: -1 });
          if (arg & 1) refs.push({ instr: self.instr, local: self.local });
          break;
        }
        case Op.LOAD_SPECIAL:
        case Op.PUSH_EXC_INFO: {
          const tos = pop();
          refs.push({ instr: i, local: -1 });
          refs.push(tos);
          break;
        }
        case Op.SEND:
          pushBlock(instr.target!);
          pop();
          refs.push({ instr: i, local: -1 });
          break;
        default: {
          const popped = info.popped(arg);
          const pushed = info.pushed(arg);
          if (hasTarget(op)) pushBlock(instr.target!);
          if (!isBlockPush(op)) {
            for (let k = 0; k < popped; k++) pop();
            for (let k = 0; k < pushed; k++) refs.push({ instr: i, local: -1 });
          }
        }
      }
    });
    const term = block.last();
    if (term && block.next && !(isUnconditionalJump(term.op) || isScopeExit(term.op))) pushBlock(block.next);
    for (const r of refs) if (r.instr !== -1) flags[r.instr] |= REF_UNCONSUMED;
    block.instrs.forEach((instr, i) => {
      if (flags[i] & (SUPPORT_KILLED | STORED_AS_LOCAL | REF_UNCONSUMED)) return;
      if (instr.op === Op.LOAD_FAST) instr.op = Op.LOAD_FAST_BORROW;
      else if (instr.op === Op.LOAD_FAST_LOAD_FAST) instr.op = Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW;
    });
  }
}
