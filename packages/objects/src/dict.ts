// dict: insertion-ordered hash table; str, number and identity keys index a Map directly, others by hash chains.
import { PyComplex } from "./complex.js";
import { type DictLike, PyObject, PyType, T } from "./core.js";
import { PyFloat } from "./float.js";
import { PyInt } from "./int.js";
import { hashOf, isEqual } from "./protocols.js";
import { containerHashError } from "./set.js";
import { intern, PyStr } from "./str.js";

T.dict = new PyType(T.type, "dict", [T.object]);

type Token = string | number | bigint | PyObject;

export interface Entry {
  key: PyObject;
  value: PyObject;
  /** Other keys with the same hash token (hash collisions of unequal keys). */
  next: Entry | null;
}

/**
 * The key's token: str keys their text, ints, bools, floats and real complex numbers their numeric value (so 1,
 * 1.0, 1+0j and True are one key, as in Python), objects with identity equality themselves, and anything else its hash as a bigint.
 */
function tokenOf(key: PyObject): Token {
  if (key instanceof PyStr && key.type === T.str) return key.value;
  if (key instanceof PyInt && (key.type === T.int || key.type === T.bool) && typeof key.value === "number")
    return key.value;
  if (key instanceof PyFloat && key.type === T.float && !Number.isNaN(key.value))
    return key.value === 0 ? 0 : key.value;
  // A complex number with no imaginary part is the same key as its real part.
  if (key instanceof PyComplex && key.type === T.complex && key.imag === 0 && !Number.isNaN(key.real))
    return key.real === 0 ? 0 : key.real;
  if (
    key.type === T.NoneType ||
    (key.type.lookup("__hash__") === T.object.attrs.get("__hash__") &&
      key.type.lookup("__eq__") === T.object.attrs.get("__eq__"))
  )
    return key;
  let h: number | bigint;
  try {
    h = hashOf(key);
  } catch (e) {
    throw containerHashError(e, key, "a dict key");
  }
  return typeof h === "bigint" ? h : BigInt(h);
}

export class PyDict extends PyObject implements DictLike {
  private map = new Map<Token, Entry>();
  /** Number of keys (chains included). */
  size = 0;
  /** Changes on every insertion or deletion of a key, so iterators can detect resizing. */
  version = 0;

  constructor(type: PyType = T.dict) {
    super(type);
  }

  get(key: PyObject): PyObject | undefined {
    const token = tokenOf(key);
    let e: Entry | null | undefined = this.map.get(token);
    if (typeof token !== "bigint") return e?.value;
    while (e) {
      if (e.key === key || isEqual(e.key, key)) return e.value;
      e = e.next;
    }
    return undefined;
  }

  set(key: PyObject, value: PyObject): void {
    const token = tokenOf(key);
    const head = this.map.get(token);
    if (typeof token !== "bigint") {
      if (head) head.value = value;
      else {
        this.map.set(token, { key, value, next: null });
        this.size++;
        this.version++;
      }
      return;
    }
    for (let e: Entry | null | undefined = head; e; e = e.next) {
      if (e.key === key || isEqual(e.key, key)) {
        e.value = value;
        return;
      }
    }
    const entry = { key, value, next: null };
    if (head) {
      let last = head;
      while (last.next) last = last.next;
      last.next = entry;
    } else this.map.set(token, entry);
    this.size++;
    this.version++;
  }

  /** Removes the key; returns its value, or undefined when absent. */
  delete(key: PyObject): PyObject | undefined {
    const token = tokenOf(key);
    const head = this.map.get(token);
    if (!head) return undefined;
    if (typeof token !== "bigint") {
      this.map.delete(token);
      this.size--;
      this.version++;
      return head.value;
    }
    let prev: Entry | null = null;
    for (let e: Entry | null = head; e; prev = e, e = e.next) {
      if (e.key === key || isEqual(e.key, key)) {
        if (prev) prev.next = e.next;
        else if (e.next) this.map.set(token, e.next);
        else this.map.delete(token);
        this.size--;
        this.version++;
        return e.value;
      }
    }
    return undefined;
  }

  clear(): void {
    this.map.clear();
    this.size = 0;
    this.version++;
  }

  /** Entries in insertion order. */
  *entries(): Generator<Entry> {
    for (const head of this.map.values()) for (let e: Entry | null = head; e; e = e.next) yield e;
  }

  /** A snapshot of the entries, for iteration that must survive mutation checks. */
  entryList(): Entry[] {
    // A plain loop: spreading the entries() generator costs a generator step per entry.
    const list: Entry[] = [];
    for (const head of this.map.values()) for (let e: Entry | null = head; e; e = e.next) list.push(e);
    return list;
  }

  getStr(name: string): PyObject | undefined {
    return this.map.get(name)?.value;
  }

  /**
   * The entry holding the str key `name`: a store to that key changes its value in place, so the entry stays
   * the key's while `version` stays the same (what LOAD_GLOBAL's cache relies on).
   */
  entryStr(name: string): Entry | undefined {
    return this.map.get(name);
  }

  setStr(name: string, value: PyObject): void {
    const e = this.map.get(name);
    if (e) e.value = value;
    else {
      this.map.set(name, { key: intern(name), value, next: null });
      this.size++;
      this.version++;
    }
  }

  delStr(name: string): boolean {
    if (!this.map.delete(name)) return false;
    this.size--;
    this.version++;
    return true;
  }
}
