// Reference counts as CPython keeps them: owners increment, releasers decrement, zero finalizes at once.

/**
 * The count an immortal object starts with on 64-bit CPython 3.14 (_Py_IMMORTAL_INITIAL_REFCNT, 3 << 30). Counting
 * leaves such objects alone, so `sys.getrefcount(None)` reports this value whatever the program does.
 */
export const IMMORTAL_REFCNT = 3 * 2 ** 30;

/** Anything with a reference count; `dealloc` runs once, when the count reaches zero. */
export interface Counted {
  ob_refcnt: number;
  dealloc(): void;
}

/** Debug totals: how many references exist in all (CPython's _Py_RefTotal), off unless enabled. */
export const refTotals = { enabled: false, total: 0 };

export function isImmortal(o: Counted): boolean {
  return o.ob_refcnt >= IMMORTAL_REFCNT;
}

/** Py_INCREF: a new owner. */
export function incref<T extends Counted>(o: T): T {
  if (o.ob_refcnt < IMMORTAL_REFCNT) {
    o.ob_refcnt++;
    if (refTotals.enabled) refTotals.total++;
  }
  return o;
}

/** Py_DECREF: an owner lets go; the last one finalizes the object. */
export function decref(o: Counted): void {
  if (o.ob_refcnt >= IMMORTAL_REFCNT) return;
  if (refTotals.enabled) refTotals.total--;
  if (--o.ob_refcnt === 0) o.dealloc();
}

/** Py_XDECREF: as decref, for a slot that may be empty. */
export function xdecref(o: Counted | null | undefined): void {
  if (o) decref(o);
}

/** _Py_SetImmortal: the object is never counted again. */
export function makeImmortal(o: Counted): void {
  o.ob_refcnt = IMMORTAL_REFCNT;
}
