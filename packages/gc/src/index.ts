// @ophis/gc: reference counting as CPython 3.14 does it, and the protocol containers offer the cycle collector.
export {
  type Counted,
  decref,
  IMMORTAL_REFCNT,
  incref,
  isImmortal,
  makeImmortal,
  refTotals,
  xdecref,
} from "./refcount.js";
export type { Tracked } from "./tracked.js";
