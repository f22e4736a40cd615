// From the optimised flow graph to a code object (assemble.c): jump offsets, EXTENDED_ARG, tables, localsplus.
import {
  CodeObject,
  type ExceptionTableEntry,
  encodeExceptionTable,
  FAST,
  Op,
  opcodeInfo,
} from "@ophis/bytecode";
import { type Loc, NO_LOCATION, sameLoc } from "../codegen/instr.js";
import type { CompilerUnit } from "../codegen/unit.js";
import { type BasicBlock, blocks, type CInstr, isJump, isScopeExit } from "../flowgraph/cfg.js";
import type { OptimizedGraph } from "../flowgraph/optimize.js";
import { LineTableWriter } from "./linetable.js";

interface AInstr {
  op: number;
  arg: number;
  loc: Loc;
  target: number;
  handler: BasicBlock | null;
  offset: number;
}

function argSize(arg: number): number {
  if (arg > 0xffffff) return 4;
  if (arg > 0xffff) return 3;
  if (arg > 0xff) return 2;
  return 1;
}

function size(i: AInstr): number {
  return argSize(i.arg) + (opcodeInfo(i.op)?.cacheEntries ?? 0);
}

/** END_ASYNC_FOR targets its loop's SEND; its oparg counts back to the END_SEND, this many code units later. */
const END_SEND_OFFSET = 5;

/**
 * resolve_jump_offsets: jump opargs become code-unit distances. Jump opargs start as their targets' instruction
 * indices, and each pass sizes instructions by the previous pass's opargs, until no EXTENDED_ARG count changes.
 * Starting from the indices matters: a backward jump of 255 units that began with EXTENDED_ARG keeps it (and then
 * needs it, at 256), where starting small would settle on the shorter form.
 */
function resolveJumpOffsets(instrs: AInstr[]): number {
  for (const instr of instrs) if (instr.target >= 0 && isJump(instr.op)) instr.arg = instr.target;
  let recompile = true;
  let total = 0;
  while (recompile) {
    total = 0;
    for (const instr of instrs) {
      instr.offset = total;
      total += size(instr);
    }
    const offsetOf = (index: number): number => (index < instrs.length ? instrs[index].offset : total);
    recompile = false;
    let offset = 0;
    for (const instr of instrs) {
      const before = size(instr);
      offset += before;
      if (instr.target < 0 || !isJump(instr.op)) continue;
      const target = offsetOf(instr.target);
      if (instr.op === Op.END_ASYNC_FOR) instr.arg = offset - target - END_SEND_OFFSET;
      else instr.arg = target < offset ? offset - target : target - offset;
      if (size(instr) !== before) recompile = true;
    }
  }
  return total;
}

export function assemble(u: CompilerUnit, g: OptimizedGraph, flags: number, filename: string): CodeObject {
  const order: BasicBlock[] = [...blocks(g.entry)];
  const startIndex = new Map<BasicBlock, number>();
  const list: { instr: CInstr }[] = [];
  for (const b of order) {
    startIndex.set(b, list.length);
    for (const instr of b.instrs) list.push({ instr });
  }
  const instrs: AInstr[] = list.map(({ instr }) => ({
    op: instr.op,
    arg: instr.arg,
    loc: instr.loc,
    target: instr.target ? startIndex.get(instr.target)! : -1,
    handler: instr.except,
    offset: 0,
  }));
  instrs.forEach((instr, i) => {
    if (instr.op === Op.JUMP) instr.op = instr.target > i ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
    else if (instr.op === Op.JUMP_NO_INTERRUPT)
      instr.op = instr.target > i ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
  });
  const totalSize = resolveJumpOffsets(instrs);
  const offsetOf = (index: number): number => (index < instrs.length ? instrs[index].offset : totalSize);
  // NEXT_LOCATION (lineno -2) becomes the location of the instruction after it, or none on a terminator.
  for (let i = instrs.length - 1; i >= 0; i--) {
    const instr = instrs[i];
    if (instr.loc.lineno !== -2) continue;
    instr.loc =
      isJump(instr.op) || isScopeExit(instr.op) || i === instrs.length - 1 ? NO_LOCATION : instrs[i + 1].loc;
  }
  const code: number[] = [];
  const lines = new LineTableWriter(u.firstlineno);
  let loc: Loc | null = null;
  let runSize = 0;
  for (const instr of instrs) {
    const n = argSize(instr.arg);
    for (let k = n - 1; k > 0; k--) code.push(Op.EXTENDED_ARG, (instr.arg >>> (8 * k)) & 0xff);
    code.push(instr.op, instr.arg & 0xff);
    const caches = opcodeInfo(instr.op)?.cacheEntries ?? 0;
    for (let k = 0; k < caches; k++) code.push(0, 0);
    if (loc === null || !sameLoc(loc, instr.loc)) {
      if (loc !== null) lines.emit(loc, runSize);
      loc = instr.loc;
      runSize = 0;
    }
    runSize += n + caches;
  }
  if (loc !== null) lines.emit(loc, runSize);

  const entries: ExceptionTableEntry[] = [];
  let handler: BasicBlock | null = null;
  let start = 0;
  let ioffset = 0;
  const flush = (end: number): void => {
    if (handler === null) return;
    let depth = handler.startdepth - 1;
    if (handler.preserveLasti) depth -= 1;
    entries.push({
      start: start * 2,
      end: end * 2,
      target: offsetOf(startIndex.get(handler)!) * 2,
      depth,
      lasti: handler.preserveLasti,
    });
  };
  for (const instr of instrs) {
    if (instr.handler !== handler) {
      flush(ioffset);
      start = ioffset;
      handler = instr.handler;
    }
    ioffset += size(instr);
  }
  flush(ioffset);

  const { names, kinds } = localsplus(u, flags);
  return new CodeObject({
    co_argcount: u.argcount + u.posonlyargcount,
    co_posonlyargcount: u.posonlyargcount,
    co_kwonlyargcount: u.kwonlyargcount,
    // CPython 3.14 never writes a zero stack size (none in the stdlib corpus; `def f(): raise` gets 1).
    co_stacksize: Math.max(g.stackdepth, 1),
    co_flags: flags,
    co_code: new Uint8Array(code),
    co_consts: g.consts,
    co_names: u.names.keys(),
    co_localsplusnames: names,
    co_localspluskinds: new Uint8Array(kinds),
    co_filename: filename,
    co_name: u.name,
    co_qualname: u.qualname,
    co_firstlineno: u.firstlineno,
    co_linetable: lines.bytes(),
    co_exceptiontable: encodeExceptionTable(entries),
  });
}

function localsplus(u: CompilerUnit, flags: number): { names: string[]; kinds: number[] } {
  const names: string[] = [];
  const kinds: number[] = [];
  const argKinds: number[] = [];
  for (let i = 0; i < u.posonlyargcount; i++) argKinds.push(FAST.ARG_POS);
  for (let i = 0; i < u.argcount; i++) argKinds.push(FAST.ARG_POS | FAST.ARG_KW);
  for (let i = 0; i < u.kwonlyargcount; i++) argKinds.push(FAST.ARG_KW);
  if (flags & 0x4) argKinds.push(FAST.ARG_VAR | FAST.ARG_POS);
  if (flags & 0x8) argKinds.push(FAST.ARG_VAR | FAST.ARG_KW);
  u.varnames.keys().forEach((name, i) => {
    let kind = FAST.LOCAL | (argKinds[i] ?? 0);
    if (u.fastHidden.has(name)) kind |= FAST.HIDDEN;
    if (u.cellvars.has(name)) kind |= FAST.CELL;
    names.push(name);
    kinds.push(kind);
  });
  for (const name of u.cellvars.keys()) {
    if (u.varnames.has(name)) continue;
    names.push(name);
    kinds.push(FAST.CELL);
  }
  for (const name of u.freevars.keys()) {
    names.push(name);
    kinds.push(FAST.FREE);
  }
  return { names, kinds };
}
