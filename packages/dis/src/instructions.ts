// Instruction and get_instructions: decoding co_code into CPython's Instruction records.
import {
  CACHE_FORMAT,
  CMP_OP,
  COMMON_CONSTANTS,
  CONVERSIONS,
  type CodeObject,
  deopt,
  type ExceptionTableEntry,
  FUNCTION_ATTRIBUTE_FLAGS,
  INTRINSIC_1_DESCS,
  INTRINSIC_2_DESCS,
  isBackwardJump,
  NB_OPS,
  Op,
  opcodeInfo,
  opname,
  type Positions,
  type PyValue,
  SPECIAL_METHOD_NAMES,
} from "@ophis/bytecode";
import { pyRepr } from "./repr.js";

/** One inline cache field of an instruction: name, size in code units, and its raw bytes. */
export type CacheInfo = [name: string, size: number, data: Uint8Array];

/** What an Instruction's argval can be: a constant, a name, a jump target offset, a pair of local names ... */
export type ArgVal = PyValue | number | string | [string, string] | undefined;

/** dis.Instruction, with every field CPython has and its derived properties. */
export class Instruction {
  constructor(
    readonly opname: string,
    readonly opcode: number,
    readonly arg: number | null,
    readonly argval: ArgVal,
    readonly argrepr: string,
    readonly offset: number,
    readonly start_offset: number,
    readonly starts_line: boolean,
    readonly line_number: number | null,
    readonly label: number | null = null,
    readonly positions: Positions | null = null,
    readonly cache_info: CacheInfo[] | null = null,
  ) {}

  get oparg(): number | null {
    return this.arg;
  }

  get baseopcode(): number {
    return deopt(this.opcode);
  }

  get baseopname(): string {
    return opname[this.baseopcode];
  }

  get cache_offset(): number {
    return this.offset + 2;
  }

  get end_offset(): number {
    return this.cache_offset + cacheEntries(this.opcode) * 2;
  }

  get jump_target(): number | null {
    return this.arg === null ? null : jumpTarget(this.opcode, this.arg, this.offset);
  }

  get is_jump_target(): boolean {
    return this.label !== null;
  }
}

export function cacheEntries(opcode: number): number {
  return opcodeInfo(deopt(opcode))?.cacheEntries ?? 0;
}

/** The byte offset a relative jump lands on (after the instruction and its caches), or null for non-jumps. */
export function jumpTarget(opcode: number, arg: number, offset: number): number | null {
  const base = deopt(opcode);
  const info = opcodeInfo(base);
  if (info === undefined || !info.hasJump) return null;
  const signed = isBackwardJump(base) ? -arg : arg;
  return offset + 2 + signed * 2 + 2 * info.cacheEntries;
}

/** One unpacked instruction: offsets, opcode and the full oparg (EXTENDED_ARG folded in), null if it takes none. */
export interface RawInstruction {
  offset: number;
  startOffset: number;
  opcode: number;
  arg: number | null;
}

/** dis._unpack_opargs: walks co_code skipping caches; EXTENDED_ARG instructions are reported too. */
export function* unpackOpargs(code: Uint8Array): Generator<RawInstruction> {
  let extended = 0;
  let extendedCount = 0;
  let caches = 0;
  for (let i = 0; i + 1 < code.length + 1 && i < code.length; i += 2) {
    if (caches > 0) {
      caches--;
      continue;
    }
    const op = code[i];
    const base = deopt(op);
    caches = opcodeInfo(base)?.cacheEntries ?? 0;
    let arg: number | null = null;
    if (opcodeInfo(base)?.hasArg) {
      arg = (code[i + 1] | extended) >>> 0;
      extended = base === Op.EXTENDED_ARG ? (arg << 8) | 0 : 0;
      arg = arg | 0;
    } else {
      extended = 0;
    }
    if (base === Op.EXTENDED_ARG) {
      extendedCount++;
      yield { offset: i, startOffset: i, opcode: op, arg };
    } else {
      yield { offset: i, startOffset: i - extendedCount * 2, opcode: op, arg };
      extendedCount = 0;
    }
  }
}

/** dis.findlabels: jump target offsets in order of first appearance. */
export function findlabels(code: Uint8Array): number[] {
  const labels: number[] = [];
  for (const ins of unpackOpargs(code)) {
    if (ins.arg === null) continue;
    const target = jumpTarget(ins.opcode, ins.arg, ins.offset);
    if (target !== null && !labels.includes(target)) labels.push(target);
  }
  return labels;
}

/** dis.findlinestarts: (offset, line) where the line changes (line null for no line). */
export function findlinestarts(code: CodeObject): [number, number | null][] {
  const starts: [number, number | null][] = [];
  let last: number | null | undefined;
  for (const [start, , line] of code.co_lines()) {
    if (line !== last) {
      last = line;
      starts.push([start, line]);
    }
  }
  return starts;
}

/** Label numbers (1-based, by offset) for jump targets and exception-table boundaries. */
export function makeLabelsMap(
  code: Uint8Array,
  entries: readonly ExceptionTableEntry[],
): Map<number, number> {
  const offsets = new Set(findlabels(code));
  for (const e of entries) {
    offsets.add(e.start);
    offsets.add(e.end);
    offsets.add(e.target);
  }
  const sorted = [...offsets].sort((a, b) => a - b);
  return new Map(sorted.map((offset, i) => [offset, i + 1]));
}

/** What ArgResolver knows: the code object's tables (absent for raw bytes) and the labels. */
export interface ArgContext {
  code: CodeObject | null;
  labels: Map<number, number>;
}

function nameAt(names: readonly string[] | undefined, index: number): [ArgVal, string] {
  if (names === undefined) return [undefined, ""];
  const name = names[index];
  if (name === undefined) throw new RangeError(`tuple index out of range`);
  return [name, name];
}

/** dis.ArgResolver.get_argval_argrepr. */
export function argvalArgrepr(
  op: number,
  arg: number | null,
  offset: number,
  ctx: ArgContext,
): [ArgVal, string] {
  if (arg === null) return [undefined, ""];
  const info = opcodeInfo(deopt(op));
  const code = ctx.code;
  const local = (i: number): [ArgVal, string] => nameAt(code?.co_localsplusnames, i);
  switch (info?.argKind) {
    case "const": {
      if (code === null) return [undefined, ""];
      const value = code.co_consts[arg];
      return [value, pyRepr(value)];
    }
    case "small_int":
      return [arg, ""];
    case "name":
      return nameAt(code?.co_names, arg);
    case "global_name":
    case "attr_name":
    case "super_attr_name": {
      const shift = info.argKind === "super_attr_name" ? 2 : 1;
      const [value, repr] = nameAt(code?.co_names, arg >> shift);
      const suffix = info.argKind === "global_name" ? " + NULL" : " + NULL|self";
      return [value, arg & 1 && repr ? repr + suffix : repr];
    }
    case "jump_forward":
    case "jump_backward":
    case "jump":
    case "exception_handler": {
      const target = jumpTarget(op, arg, offset) as number;
      const label = ctx.labels.get(target);
      return [target, `${deopt(op) === Op.END_ASYNC_FOR ? "from" : "to"} L${label}`];
    }
    case "local_pair": {
      const [v1, r1] = local(arg >> 4);
      const [v2, r2] = local(arg & 15);
      return [code === null ? undefined : [v1 as string, v2 as string], `${r1}, ${r2}`];
    }
    case "local":
    case "free":
      return local(arg);
    case "compare": {
      const name = CMP_OP[arg >> 5];
      return [name, arg & 16 ? `bool(${name})` : name];
    }
    case "conversion":
      return [[null, "str", "repr", "ascii"][arg] ?? arg, CONVERSIONS[arg] ?? ""];
    case "function_attribute":
      return [arg, FUNCTION_ATTRIBUTE_FLAGS.filter((_, i) => arg & (1 << i)).join(", ")];
    case "binary_op":
      return [arg, NB_OPS[arg][1]];
    case "intrinsic_1":
      return [arg, INTRINSIC_1_DESCS[arg]];
    case "intrinsic_2":
      return [arg, INTRINSIC_2_DESCS[arg]];
    case "common_constant":
      return [arg, COMMON_CONSTANTS[arg]];
    case "special_method":
      return [arg, SPECIAL_METHOD_NAMES[arg]];
    case "is_op":
      return [arg, arg ? "is not" : "is"];
    case "contains_op":
      return [arg, arg ? "not in" : "in"];
    default:
      return [arg, ""];
  }
}

/** The inline cache fields after the instruction at `offset`. */
export function cacheInfo(code: Uint8Array, op: number, offset: number): CacheInfo[] | null {
  const format = CACHE_FORMAT[opname[deopt(op)] as keyof typeof CACHE_FORMAT] as
    | Record<string, number>
    | undefined;
  if (format === undefined) return null;
  const out: CacheInfo[] = [];
  let at = offset;
  for (const [name, size] of Object.entries(format)) {
    out.push([name, size, code.slice(at + 2, at + 2 + 2 * size)]);
    at += size * 2;
  }
  return out;
}

/** dis._get_instructions_bytes over a code object (or raw bytes when `code` is null). */
export function* instructionsOf(
  bytes: Uint8Array,
  ctx: ArgContext,
  linestarts: Map<number, number | null> | null,
  positions: Positions[] | null,
  lineOffset = 0,
): Generator<Instruction> {
  let lineNumber: number | null = null;
  let localLine: number | null = null;
  for (const ins of unpackOpargs(bytes)) {
    let startsLine = false;
    if (linestarts !== null) {
      startsLine = linestarts.has(ins.offset);
      if (startsLine) localLine = linestarts.get(ins.offset) ?? null;
      lineNumber = localLine === null ? null : localLine + lineOffset;
    }
    const pos = positions?.[ins.offset / 2] ?? [null, null, null, null];
    const [argval, argrepr] = argvalArgrepr(ins.opcode, ins.arg, ins.offset, ctx);
    yield new Instruction(
      opname[ins.opcode],
      ins.opcode,
      ins.arg,
      argval,
      argrepr,
      ins.offset,
      ins.startOffset,
      startsLine,
      lineNumber,
      ctx.labels.get(ins.offset) ?? null,
      pos,
      cacheInfo(bytes, ins.opcode, ins.offset),
    );
  }
}
