// The set and frozenset hash table, laid out as Objects/setobject.c's so iteration order matches CPython's.
import { E, PyObject, PyType, T, typeError } from "./core.js";
import { hashOf, isEqual, str } from "./protocols.js";

T.set = new PyType(T.type, "set", [T.object]);
T.frozenset = new PyType(T.type, "frozenset", [T.object]);

/** Py_hash_t as a JS value: a number while safe, else a bigint (already wrapped to 64 bits). */
export type Hash = number | bigint;

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
/** Marks a slot whose key was removed: lookups probe past it, insertions may reuse it. */
const DUMMY = new PyObject(T.object);
const DUMMY_HASH = -1;

export function normalHash(h: number | bigint): Hash {
  if (typeof h === "number") return h;
  const w = BigInt.asIntN(64, h);
  return w >= BigInt(Number.MIN_SAFE_INTEGER) && w <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(w) : w;
}

/** The hash of a set element; a TypeError names the set, as set_unhashable_type does. */
export function hashKey(key: PyObject): Hash {
  try {
    return normalHash(hashOf(key));
  } catch (e) {
    throw containerHashError(e, key, "a set element");
  }
}

/** Wraps an exact TypeError from hashing as "cannot use 'T' as <what> (<message>)"; other errors pass through. */
export function containerHashError(e: unknown, key: PyObject, what: string): unknown {
  if (!(e instanceof PyObject) || e.type !== E.TypeError) return e;
  return typeError(`cannot use '${key.type.name}' as ${what} (${str(e)})`);
}

/** The probe sequence's "perturb": the hash as an unsigned 64-bit value, shifted right on every jump. */
class Probe {
  private small: number;
  private big: bigint;
  constructor(hash: Hash) {
    if (typeof hash === "number" && hash >= 0) {
      this.small = hash;
      this.big = -1n;
    } else {
      this.small = -1;
      this.big = BigInt.asUintN(64, BigInt(hash));
    }
  }
  /** Shifts perturb and returns the next starting slot: (i * 5 + 1 + perturb) & mask. */
  next(i: number, mask: number): number {
    let low: number;
    if (this.small >= 0) {
      this.small = Math.floor(this.small / 32);
      low = this.small % (mask + 1);
    } else {
      this.big >>= BigInt(PERTURB_SHIFT);
      if (this.big <= BigInt(Number.MAX_SAFE_INTEGER)) this.small = Number(this.big);
      low = Number(this.big & BigInt(mask));
    }
    return (i * 5 + 1 + low) & mask;
  }
}

/** The starting slot of a hash: its low bits (two's complement for negatives). */
function homeSlot(hash: Hash, mask: number): number {
  return typeof hash === "number" ? hash & mask : Number(hash & BigInt(mask));
}

export class PySet extends PyObject {
  keys: (PyObject | null)[] = new Array(MINSIZE).fill(null);
  hashes: Hash[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  /** Active plus dummy slots. */
  fill = 0;
  /** Active slots: the set's length. */
  used = 0;
  /** Where pop() resumes its scan. */
  finger = 0;

  constructor(type: PyType = T.set) {
    super(type);
  }

  get size(): number {
    return this.used;
  }

  /** The slot holding an equal key, or -1 (set_lookkey). */
  find(key: PyObject, hash: Hash): number {
    for (;;) {
      const { keys, hashes, mask } = this;
      let i = homeSlot(hash, mask);
      const probe = new Probe(hash);
      let restart = false;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = keys[j];
          if (k === null) return -1;
          if (hashes[j] === hash && k !== DUMMY) {
            if (k === key) return j;
            const eq = isEqual(k, key);
            if (keys !== this.keys || keys[j] !== k) {
              restart = true;
              break;
            }
            if (eq) return j;
          }
          j++;
        } while (probes--);
        if (restart) break;
        i = probe.next(i, mask);
      }
    }
  }

  has(key: PyObject, hash: Hash = hashKey(key)): boolean {
    return this.find(key, hash) >= 0;
  }

  /** set_add_entry: inserts unless present, reusing the first dummy passed, growing past 60% fill. */
  add(key: PyObject, hash: Hash = hashKey(key)): void {
    for (;;) {
      const { keys, hashes, mask } = this;
      let i = homeSlot(hash, mask);
      const probe = new Probe(hash);
      let free = -1;
      let restart = false;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = keys[j];
          if (k === null) {
            if (free >= 0) {
              keys[free] = key;
              hashes[free] = hash;
              this.used++;
              return;
            }
            keys[j] = key;
            hashes[j] = hash;
            this.fill++;
            this.used++;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          if (k === DUMMY) {
            if (free < 0) free = j;
          } else if (hashes[j] === hash) {
            if (k === key) return;
            const eq = isEqual(k, key);
            if (keys !== this.keys || keys[j] !== k) {
              restart = true;
              break;
            }
            if (eq) return;
          }
          j++;
        } while (probes--);
        if (restart) break;
        i = probe.next(i, mask);
      }
    }
  }

  /** Removes the key; false when absent (set_discard_entry). */
  discard(key: PyObject, hash: Hash = hashKey(key)): boolean {
    const j = this.find(key, hash);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = DUMMY_HASH;
    this.used--;
    return true;
  }

  /** set_pop: the first active slot from the finger on. */
  pop(): PyObject | undefined {
    if (this.used === 0) return undefined;
    let j = this.finger & this.mask;
    while (this.keys[j] === null || this.keys[j] === DUMMY) j = j === this.mask ? 0 : j + 1;
    const key = this.keys[j]!;
    this.keys[j] = DUMMY;
    this.hashes[j] = DUMMY_HASH;
    this.used--;
    this.finger = j + 1;
    return key;
  }

  clear(): void {
    this.keys = new Array(MINSIZE).fill(null);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** set_table_resize: the smallest power of two above minused, keys reinserted in slot order. */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    if (size === MINSIZE && this.mask === MINSIZE - 1 && this.fill === this.used) return;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    this.keys = new Array(size).fill(null);
    this.hashes = new Array(size).fill(0);
    this.mask = size - 1;
    this.fill = this.used;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k !== null && k !== DUMMY) this.insertClean(k, oldHashes[j]);
    }
  }

  /** set_insert_clean: places a key known to be absent into a table without dummies. */
  insertClean(key: PyObject, hash: Hash): void {
    const { keys, mask } = this;
    let i = homeSlot(hash, mask);
    const probe = new Probe(hash);
    for (;;) {
      if (keys[i] === null) return this.place(i, key, hash);
      if (i + LINEAR_PROBES <= mask)
        for (let j = i + 1; j <= i + LINEAR_PROBES; j++)
          if (keys[j] === null) return this.place(j, key, hash);
      i = probe.next(i, mask);
    }
  }

  private place(j: number, key: PyObject, hash: Hash): void {
    this.keys[j] = key;
    this.hashes[j] = hash;
  }

  /** The active slots in table order (the iteration order). */
  *entries(): Generator<[PyObject, Hash]> {
    const { keys, hashes } = this;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k !== null && k !== DUMMY) yield [k, hashes[j]];
    }
  }

  /** The key in slot j, or null for an empty or dummy slot. */
  activeAt(j: number): PyObject | null {
    const k = this.keys[j];
    return k === DUMMY ? null : k;
  }

  keyList(): PyObject[] {
    const out: PyObject[] = [];
    for (const [k] of this.entries()) out.push(k);
    return out;
  }

  /** set_merge: adds every key of another set, copying its table outright when this one is empty. */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = [...other.keys];
      this.hashes = [...other.hashes];
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (const [k, h] of other.entries()) this.insertClean(k, h);
      return;
    }
    for (const [k, h] of other.entries()) this.add(k, h);
  }

  /** Drops dummies once they exceed a quarter of the table (after bulk discards). */
  compact(): void {
    if (this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }
}

export function isAnySet(o: PyObject): o is PySet {
  return o instanceof PySet;
}
