// list.sort's algorithm: CPython's run detection and binary insertion sort, so comparisons happen in the same order.
import { callObject } from "../call.js";
import { newError, type PyObject, T } from "../core.js";
import type { PyFloat } from "../float.js";
import type { PyInt } from "../int.js";
import { richCompare, truthy } from "../protocols.js";
import type { PyList } from "../sequences.js";

type Less = (a: PyObject, b: PyObject) => boolean;

/** Reverses keys[lo, hi) and the values alongside. */
function reverseRange(keys: PyObject[], values: PyObject[] | null, lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    [keys[i], keys[j]] = [keys[j], keys[i]];
    if (values) [values[i], values[j]] = [values[j], values[i]];
  }
}

/** count_run: the length of the monotone run starting at lo, descending runs reversed in place (stably). */
function countRun(keys: PyObject[], values: PyObject[] | null, lo: number, hi: number, lt: Less): number {
  const remaining = hi - lo;
  let n = 1;
  for (; n < remaining; n++) if (lt(keys[lo + n], keys[lo + n - 1])) break;
  if (n === remaining) return n;
  if (n > 1) {
    if (lt(keys[lo], keys[lo + n - 1])) return n;
    reverseRange(keys, values, lo, lo + n);
  }
  n++;
  let neq = 0;
  const reverseLastEqual = () => {
    if (neq) {
      neq++;
      reverseRange(keys, values, lo + n - neq, lo + n);
      neq = 0;
    }
  };
  for (; n < remaining; n++) {
    if (lt(keys[lo + n], keys[lo + n - 1])) reverseLastEqual();
    else if (lt(keys[lo + n - 1], keys[lo + n])) break;
    else neq++;
  }
  reverseLastEqual();
  reverseRange(keys, values, lo, lo + n);
  for (; n < remaining; n++) if (lt(keys[lo + n], keys[lo + n - 1])) break;
  return n;
}

/** binarysort: inserts keys[start, hi) into the sorted prefix [lo, start). */
function binarySort(
  keys: PyObject[],
  values: PyObject[] | null,
  lo: number,
  hi: number,
  start: number,
  lt: Less,
) {
  for (; start < hi; start++) {
    let l = lo;
    let r = start;
    const pivot = keys[start];
    const pivotValue = values?.[start];
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, keys[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) {
      keys[p] = keys[p - 1];
      if (values) values[p] = values[p - 1];
    }
    keys[l] = pivot;
    if (values) values[l] = pivotValue!;
  }
}

/** merge_compute_minrun: a run length between 32 and 64 so the run count is a power of two or just below. */
function minRun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** A stable merge of the adjacent sorted ranges [lo, mid) and [mid, hi). */
function merge(keys: PyObject[], values: PyObject[] | null, lo: number, mid: number, hi: number, lt: Less) {
  const leftKeys = keys.slice(lo, mid);
  const leftValues = values?.slice(lo, mid) ?? null;
  let i = 0;
  let j = mid;
  let k = lo;
  while (i < leftKeys.length && j < hi) {
    if (lt(keys[j], leftKeys[i])) {
      keys[k] = keys[j];
      if (values) values[k] = values[j];
      j++;
    } else {
      keys[k] = leftKeys[i];
      if (values) values[k] = leftValues![i];
      i++;
    }
    k++;
  }
  for (; i < leftKeys.length; i++, k++) {
    keys[k] = leftKeys[i];
    if (values) values[k] = leftValues![i];
  }
}

/**
 * The comparison for keys that are all exact ints below 2**53 or all exact floats (as CPython's pre-sort check of
 * key types): their values compare directly, with no method to look up or call. Else null.
 */
function plainLess(keys: PyObject[]): Less | null {
  if (keys.length === 0) return null;
  const type = keys[0].type;
  if (type !== T.int && type !== T.float) return null;
  for (const k of keys) {
    if (k.type !== type) return null;
    if (type === T.int && typeof (k as PyInt).value !== "number") return null;
  }
  return (a, b) => (a as PyInt | PyFloat).value < (b as PyInt | PyFloat).value;
}

const PACKED_INT_LIMIT = 2 ** 20;
const INDEX_SCALE = 2 ** 32;

/**
 * Sorts keys (and values alongside) that are all exact ints of magnitude below 2**20 natively: each key becomes
 * value * 2**32 + its index, exact in a double, so a numeric sort of those orders by value and keeps equal keys
 * in their order, the stable result any comparison order gives for ints. False (nothing done) otherwise.
 */
function sortSmallInts(keys: PyObject[], values: PyObject[] | null): boolean {
  const n = keys.length;
  if (n >= INDEX_SCALE) return false;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k.type !== T.int) return false;
    const v = (k as PyInt).value;
    if (typeof v !== "number" || v >= PACKED_INT_LIMIT || v <= -PACKED_INT_LIMIT) return false;
    packed[i] = v * INDEX_SCALE + i;
  }
  packed.sort();
  const oldKeys = keys.slice();
  const oldValues = values?.slice() ?? null;
  for (let i = 0; i < n; i++) {
    const v = packed[i];
    const from = v - Math.floor(v / INDEX_SCALE) * INDEX_SCALE;
    keys[i] = oldKeys[from];
    if (values) values[i] = oldValues![from];
  }
  return true;
}

/** list.sort(key=, reverse=): stable; the list reads as empty while sorting and must not change meanwhile. */
export function sortList(list: PyList, key: PyObject | null, reverse: boolean): void {
  const saved = list.items;
  list.items = [];
  try {
    const values = key ? saved : null;
    const keys = key ? saved.map((x) => callObject(key, [x])) : saved;
    if (reverse) reverseRange(keys, values, 0, keys.length);
    const lt: Less = plainLess(keys) ?? ((a, b) => truthy(richCompare(a, b, "__lt__")));
    const n = keys.length;
    if (n > 1 && !sortSmallInts(keys, values)) {
      const minrun = minRun(n);
      const runs: [number, number][] = [];
      for (let lo = 0; lo < n; ) {
        let len = countRun(keys, values, lo, n, lt);
        if (len < minrun) {
          const force = Math.min(minrun, n - lo);
          binarySort(keys, values, lo, lo + force, lo + len, lt);
          len = force;
        }
        runs.push([lo, lo + len]);
        lo += len;
      }
      while (runs.length > 1) {
        const merged: [number, number][] = [];
        for (let i = 0; i + 1 < runs.length; i += 2) {
          merge(keys, values, runs[i][0], runs[i][1], runs[i + 1][1], lt);
          merged.push([runs[i][0], runs[i + 1][1]]);
        }
        if (runs.length % 2) merged.push(runs[runs.length - 1]);
        runs.splice(0, runs.length, ...merged);
      }
    }
    if (reverse) reverseRange(keys, values, 0, keys.length);
    if (list.items.length) throw newError("ValueError", "list modified during sort");
    list.items = values ?? keys;
  } catch (e) {
    if (list.items.length === 0) list.items = saved;
    throw e;
  }
}
