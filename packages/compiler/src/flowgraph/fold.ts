// Constant folding in the flow graph (3.14 moved it here from the AST): tuples, lists, sets, unary and binary ops.
import { intTrueDivide, Op, PyComplex, type PyConstant, PyFrozenSet } from "@ophis/bytecode";
import { NO_LOCATION } from "../codegen/instr.js";
import { type BasicBlock, type CInstr, setOp0, setOp1 } from "./cfg.js";
import { complexBinop } from "./complex-ops.js";
import type { ConstTable } from "./consts.js";
import { floatBinop, intToFloat } from "./float-ops.js";
import { concatConstants, repeatConstant, subscriptConstant } from "./sequence-ops.js";

const STACK_USE_GUIDELINE = 30;
const MIN_CONST_SEQUENCE_SIZE = 3;
const INTRINSIC_UNARY_POSITIVE = 5;

const loadsConst = (op: number): boolean => op === Op.LOAD_CONST || op === Op.LOAD_SMALL_INT;

export function constValue(i: CInstr, consts: ConstTable): PyConstant {
  return i.op === Op.LOAD_SMALL_INT ? BigInt(i.arg) : consts.get(i.arg);
}

/** get_const_loading_instrs: the `size` constant loads just before `start` (NOPs skipped), or null. */
function constLoads(b: BasicBlock, start: number, size: number): CInstr[] | null {
  const out: CInstr[] = new Array(size);
  let n = size;
  for (let i = start; i >= 0 && n > 0; i--) {
    const instr = b.instrs[i];
    if (instr.op === Op.NOP) continue;
    if (!loadsConst(instr.op)) return null;
    out[--n] = instr;
  }
  return n === 0 ? out : null;
}

/** nop_out: the folded loads become NOPs without a location, so they leave no line marks behind. */
function nopOut(instrs: CInstr[]): void {
  for (const i of instrs) {
    setOp0(i, Op.NOP);
    i.loc = NO_LOCATION;
  }
}

export function makeLoadConst(instr: CInstr, value: PyConstant, consts: ConstTable): void {
  if (typeof value === "bigint" && value >= 0n && value < 256n) {
    setOp1(instr, Op.LOAD_SMALL_INT, Number(value));
    return;
  }
  setOp1(instr, Op.LOAD_CONST, consts.add(value));
}

export function foldTupleOfConstants(b: BasicBlock, i: number, consts: ConstTable): void {
  const instr = b.instrs[i];
  const size = instr.arg;
  if (size > STACK_USE_GUIDELINE) return;
  const loads = constLoads(b, i - 1, size);
  if (!loads) return;
  const tuple = loads.map((l) => constValue(l, consts));
  nopOut(loads);
  makeLoadConst(instr, tuple, consts);
}

/** The items of a frozenset built from constants: duplicates (by Python equality) dropped. */
function frozensetOf(items: PyConstant[]): PyFrozenSet {
  const out: PyConstant[] = [];
  const keys = new Set<string>();
  for (const item of items) {
    const key = equalityKey(item);
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(item);
  }
  // Source order, as CPython's in-memory frozenset is built; marshal sorts the items only when writing.
  return new PyFrozenSet(out);
}

function equalityKey(v: PyConstant): string {
  if (typeof v === "boolean") return "n" + (v ? "1" : "0");
  if (typeof v === "bigint") return "n" + v.toString();
  if (typeof v === "number" && Number.isInteger(v) && Math.abs(v) < 2 ** 53)
    return "n" + BigInt(v).toString();
  if (typeof v === "number") return "n" + String(v);
  if (typeof v === "string") return "s" + v;
  return "o" + Math.random();
}

export function optimizeListsAndSets(b: BasicBlock, i: number, nextop: number, consts: ConstTable): void {
  const instr = b.instrs[i];
  const containsOrIter = nextop === Op.GET_ITER || nextop === Op.CONTAINS_OP;
  const size = instr.arg;
  if (size > STACK_USE_GUIDELINE || (size < MIN_CONST_SEQUENCE_SIZE && !containsOrIter)) return;
  const loads = constLoads(b, i - 1, size);
  if (!loads) {
    if (containsOrIter && instr.op === Op.BUILD_LIST) setOp1(instr, Op.BUILD_TUPLE, instr.arg);
    return;
  }
  const items = loads.map((l) => constValue(l, consts));
  const result: PyConstant = instr.op === Op.BUILD_SET ? frozensetOf(items) : items;
  const index = consts.add(result);
  nopOut(loads);
  if (containsOrIter) {
    setOp1(instr, Op.LOAD_CONST, index);
  } else {
    const isList = instr.op === Op.BUILD_LIST;
    b.instrs[i - 2].loc = instr.loc;
    setOp1(b.instrs[i - 2], isList ? Op.BUILD_LIST : Op.BUILD_SET, 0);
    setOp1(b.instrs[i - 1], Op.LOAD_CONST, index);
    setOp1(instr, isList ? Op.LIST_EXTEND : Op.SET_UPDATE, 1);
  }
}

/** LIST_TO_TUPLE over a list built from constants one append at a time. */
export function foldListToTuple(b: BasicBlock, i: number, consts: ConstTable): void {
  const items: PyConstant[] = [];
  const used: CInstr[] = [];
  let expectAppend = true;
  for (let pos = i - 1; pos >= 0; pos--) {
    const instr = b.instrs[pos];
    if (instr.op === Op.NOP) continue;
    if (instr.op === Op.BUILD_LIST && instr.arg === 0) {
      if (!expectAppend) return;
      items.reverse();
      nopOut(used);
      setOp0(instr, Op.NOP);
      makeLoadConst(b.instrs[i], items, consts);
      return;
    }
    if (expectAppend) {
      if (instr.op !== Op.LIST_APPEND || instr.arg !== 1) return;
      used.push(instr);
      expectAppend = false;
    } else {
      if (!loadsConst(instr.op)) return;
      items.push(constValue(instr, consts));
      used.push(instr);
      expectAppend = true;
    }
  }
}

function isNumber(v: PyConstant): boolean {
  return typeof v === "bigint" || typeof v === "number" || typeof v === "boolean" || v instanceof PyComplex;
}

function evalUnary(v: PyConstant, op: number, arg: number): PyConstant | undefined {
  switch (op) {
    case Op.UNARY_NEGATIVE:
      if (typeof v === "bigint") return -v;
      if (typeof v === "number") return -v;
      if (typeof v === "boolean") return v ? -1n : 0n;
      if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
      return undefined;
    case Op.UNARY_INVERT:
      if (typeof v === "bigint") return -v - 1n;
      return undefined;
    case Op.UNARY_NOT:
      return !truthy(v);
    case Op.CALL_INTRINSIC_1:
      if (arg !== INTRINSIC_UNARY_POSITIVE || !isNumber(v)) return undefined;
      if (typeof v === "boolean") return v ? 1n : 0n;
      return v;
  }
  return undefined;
}

export function truthy(v: PyConstant): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case "boolean":
      return v;
    case "bigint":
      return v !== 0n;
    case "number":
      return v !== 0;
    case "string":
      return v.length > 0;
  }
  if (v instanceof Uint8Array) return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof PyFrozenSet) return v.items.length > 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  return true;
}

export function foldUnaryOp(b: BasicBlock, i: number, consts: ConstTable): void {
  const instr = b.instrs[i];
  const loads = constLoads(b, i - 1, 1);
  if (!loads) return;
  const result = evalUnary(constValue(loads[0], consts), instr.op, instr.arg);
  if (result === undefined) return;
  nopOut(loads);
  makeLoadConst(instr, result, consts);
}

const MAX_INT_BITS = 128n;

/** _PyLong_NumBits: 0 for zero. */
function bitLength(v: bigint): bigint {
  return v === 0n ? 0n : BigInt((v < 0n ? -v : v).toString(2).length);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function evalBinop(l: PyConstant, op: number, r: PyConstant): PyConstant | undefined {
  const li = typeof l === "boolean" ? (l ? 1n : 0n) : l;
  const ri = typeof r === "boolean" ? (r ? 1n : 0n) : r;
  if (typeof li === "bigint" && typeof ri === "bigint") {
    switch (op) {
      case 0:
        return li + ri;
      case 10:
        return li - ri;
      case 5:
        if (li !== 0n && ri !== 0n && bitLength(li) + bitLength(ri) > MAX_INT_BITS) return undefined;
        return li * ri;
      case 2:
        return ri === 0n ? undefined : floorDiv(li, ri);
      case 6:
        return ri === 0n ? undefined : li - floorDiv(li, ri) * ri;
      case 8:
        // A negative exponent makes Python compute in floats.
        if (ri < 0n) {
          const a = intToFloat(li);
          const c = intToFloat(ri);
          return a === undefined || c === undefined ? undefined : floatBinop(a, op, c);
        }
        if (li !== 0n && bitLength(li) * ri > MAX_INT_BITS) return undefined;
        return li ** ri;
      case 3:
        if (ri < 0n) return undefined;
        // The size guard applies only when neither side is zero.
        if (li !== 0n && ri !== 0n && (ri > MAX_INT_BITS || bitLength(li) > MAX_INT_BITS - ri))
          return undefined;
        return li << ri;
      case 9:
        if (ri < 0n) return undefined;
        return li >> ri;
      case 7:
        return typeof l === "boolean" && typeof r === "boolean" ? l || r : li | ri;
      case 12:
        return typeof l === "boolean" && typeof r === "boolean" ? l !== r : li ^ ri;
      case 1:
        return typeof l === "boolean" && typeof r === "boolean" ? l && r : li & ri;
      case 11:
        return intTrueDivide(li, ri);
    }
    return undefined;
  }
  if (
    (typeof li === "number" || typeof li === "bigint") &&
    (typeof ri === "number" || typeof ri === "bigint")
  ) {
    const a = intToFloat(li);
    const c = intToFloat(ri);
    return a === undefined || c === undefined ? undefined : floatBinop(a, op, c);
  }
  if (l instanceof PyComplex || r instanceof PyComplex) {
    const a =
      l instanceof PyComplex
        ? l
        : typeof li === "bigint" || typeof li === "number"
          ? intToFloat(li)
          : undefined;
    const c =
      r instanceof PyComplex
        ? r
        : typeof ri === "bigint" || typeof ri === "number"
          ? intToFloat(ri)
          : undefined;
    return a === undefined || c === undefined ? undefined : complexBinop(a, op, c);
  }
  if (op === 0) return concatConstants(l, r);
  if (op === 5) {
    if (typeof li === "bigint") return repeatConstant(r, li);
    if (typeof ri === "bigint") return repeatConstant(l, ri);
    return undefined;
  }
  if (op === 26) return subscriptConstant(l, r);
  return undefined;
}

export function foldBinop(b: BasicBlock, i: number, consts: ConstTable): void {
  const instr = b.instrs[i];
  const loads = constLoads(b, i - 1, 2);
  if (!loads) return;
  const result = evalBinop(constValue(loads[0], consts), instr.arg, constValue(loads[1], consts));
  if (result === undefined) return;
  nopOut(loads);
  makeLoadConst(instr, result, consts);
}
