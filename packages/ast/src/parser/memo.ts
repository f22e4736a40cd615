// The memo tables' storage, kept between parses: flat arrays indexed `token * width + rule`, and the log of the entries set.

/**
 * `ends` holds each memoized result's end mark plus one (0: not memoized), `values` the result. Allocating the
 * tables for every file cost an eighth of the parse time, so they are pooled. (Values pushed to a fresh
 * per-parse list instead were slower: the young collector copies a large young array at every scavenge.)
 * `written` lists the entries set, so that a parse unsets just those when done, instead of clearing the
 * (tokens * rules) entries of the tables: tables come out of the pool all unset.
 */
export interface MemoTables {
  ends: Int32Array;
  values: unknown[];
  written: Int32Array;
}

/** A parser takes the tables out of the pool and gives them back when done, so a nested parse gets its own. */
let pooled: MemoTables | null = null;

/** The largest memo tables kept for the next parse (entries; about 40,000 tokens). */
const MAX_POOLED_MEMO = 1 << 20;

/** Unset tables of at least `size` entries. */
export function takeMemo(size: number): MemoTables {
  const t = pooled;
  if (t !== null && t.ends.length >= size) {
    pooled = null;
    return t;
  }
  // Too large to keep: fresh tables, and the pooled ones stay for the next file.
  if (size > MAX_POOLED_MEMO) {
    return { ends: new Int32Array(size), values: packedNulls([], size), written: new Int32Array(1024) };
  }
  pooled = null;
  // Grown by half again what is asked, so a run over many files grows the tables a few times only.
  const cap = Math.min(size + (size >> 1), MAX_POOLED_MEMO);
  return {
    ends: new Int32Array(cap),
    values: packedNulls(t !== null ? t.values : [], cap),
    written: t !== null ? t.written : new Int32Array(1024),
  };
}

/**
 * Hands tables whose entries are all unset again to the next parse (tables for a very large file are not
 * kept: the memory held between parses stays near 12 MB).
 */
export function giveBackMemo(tables: MemoTables): void {
  if (tables.ends.length <= MAX_POOLED_MEMO) pooled = tables;
}

/** `written` with twice the room. */
export function grownLog(written: Int32Array): Int32Array {
  const log = new Int32Array(written.length * 2);
  log.set(written);
  return log;
}

/** `values` lengthened with nulls to `n`, by push, so V8 keeps the elements packed (a large `new Array(n)` is a slow dictionary). */
function packedNulls(values: unknown[], n: number): unknown[] {
  while (values.length < n) values.push(null);
  return values;
}
