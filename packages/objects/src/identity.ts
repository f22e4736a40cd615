// id(): a stable, unique, address-like number per object, handed out on first request.
import type { PyObject } from "./core.js";

const ids = new WeakMap<PyObject, number>();
/** Starts where 64-bit CPython's heap addresses typically start, and steps by an object's size. */
let next = 0x7f0000100000;

export function identity(o: PyObject): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = next;
    next += 48;
    ids.set(o, id);
  }
  return id;
}
