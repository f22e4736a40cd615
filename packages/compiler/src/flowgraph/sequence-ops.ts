// Folding operations on constant sequences (tuple, str, bytes): subscript by an int or a slice, concatenation and
// repetition under CPython's size guards.
import { type PyConstant, PySlice } from "@ophis/bytecode";

/** An int operand as Python's __index__ sees it (bools are ints), or undefined for anything else. */
function asIndex(v: unknown): bigint | undefined {
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  return undefined;
}

/** PySlice_Unpack and PySlice_AdjustIndices: the positions a slice selects, or undefined where Python raises. */
function slicePositions(s: PySlice, length: number): number[] | undefined {
  const step = s.step === null ? 1n : asIndex(s.step);
  if (step === undefined || step === 0n) return undefined;
  const len = BigInt(length);
  const bound = (v: unknown, missing: bigint): bigint | undefined => {
    if (v === null) return missing;
    let i = asIndex(v);
    if (i === undefined) return undefined;
    if (i < 0n) {
      i += len;
      if (i < 0n) i = step < 0n ? -1n : 0n;
    } else if (i >= len) {
      i = step < 0n ? len - 1n : len;
    }
    return i;
  };
  const start = bound(s.start, step < 0n ? len - 1n : 0n);
  const stop = bound(s.stop, step < 0n ? -1n : len);
  if (start === undefined || stop === undefined) return undefined;
  const out: number[] = [];
  if (step > 0n) for (let i = start; i < stop; i += step) out.push(Number(i));
  else for (let i = start; i > stop; i += step) out.push(Number(i));
  return out;
}

function pick<T>(items: ArrayLike<T>, key: PyConstant): T[] | T | undefined {
  if (key instanceof PySlice) {
    const positions = slicePositions(key, items.length);
    return positions?.map((i) => items[i]);
  }
  const index = asIndex(key);
  if (index === undefined) return undefined;
  const i = index < 0n ? index + BigInt(items.length) : index;
  return i >= 0n && i < BigInt(items.length) ? items[Number(i)] : undefined;
}

/** container[key] for constants, or undefined where Python would raise or the container is not a sequence. */
export function subscriptConstant(container: PyConstant, key: PyConstant): PyConstant | undefined {
  const sliced = key instanceof PySlice;
  if (typeof container === "string") {
    const got = pick([...container], key);
    if (got === undefined) return undefined;
    return sliced ? (got as string[]).join("") : (got as string);
  }
  if (container instanceof Uint8Array) {
    const got = pick(container, key);
    if (got === undefined) return undefined;
    return sliced ? Uint8Array.from(got as number[]) : BigInt(got as number);
  }
  if (Array.isArray(container)) return pick(container as PyConstant[], key) as PyConstant | undefined;
  return undefined;
}

const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;
const SSIZE_MAX = 2n ** 63n - 1n;

/** const_folding_check_complexity: what is left of `limit` after counting nested tuple items (negative: too many). */
function remainingItems(v: PyConstant, limit: number): number {
  if (!Array.isArray(v)) return limit;
  let left = limit - v.length;
  for (let i = 0; left >= 0 && i < v.length; i++) left = remainingItems(v[i] as PyConstant, left);
  return left;
}

/** sequence * n as const_folding_safe_multiply allows it, or undefined (too large, or a negative count). */
export function repeatConstant(seq: PyConstant, count: bigint): PyConstant | undefined {
  // The count must fit a Py_ssize_t (64-bit), or PyNumber_Multiply raises OverflowError and nothing folds.
  if (count > SSIZE_MAX || count < -SSIZE_MAX - 1n) return undefined;
  if (typeof seq === "string") {
    const size = [...seq].length;
    if (size && (count < 0n || count > BigInt(Math.trunc(MAX_STR_SIZE / size)))) return undefined;
    return size && count > 0n ? seq.repeat(Number(count)) : "";
  }
  if (seq instanceof Uint8Array) {
    const size = seq.length;
    if (size && (count < 0n || count > BigInt(Math.trunc(MAX_STR_SIZE / size)))) return undefined;
    const n = size && count > 0n ? Number(count) : 0;
    const out = new Uint8Array(size * n);
    for (let k = 0; k < n; k++) out.set(seq, k * size);
    return out;
  }
  if (Array.isArray(seq)) {
    const size = seq.length;
    if (size) {
      if (count < 0n || count > BigInt(Math.trunc(MAX_COLLECTION_SIZE / size))) return undefined;
      if (count && remainingItems(seq, Math.trunc(MAX_TOTAL_ITEMS / Number(count))) < 0) return undefined;
    }
    const out: PyConstant[] = [];
    if (size) for (let k = 0n; k < count; k++) out.push(...(seq as PyConstant[]));
    return out;
  }
  return undefined;
}

/** a + b for two sequences of one kind (CPython sets no size limit on concatenation). */
export function concatConstants(a: PyConstant, b: PyConstant): PyConstant | undefined {
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) return [...(a as PyConstant[]), ...(b as PyConstant[])];
  return undefined;
}
