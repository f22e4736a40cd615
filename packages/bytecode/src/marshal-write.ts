// marshal.dumps: Python values to bytes, deciding FLAG_REF and back-references the way CPython ends up doing.
//
// CPython marks an object with FLAG_REF when its reference count exceeds one while it is written (or it is
// interned), and writes a later occurrence of the same object as a reference. For a code object fresh from the
// compiler that comes down to rules this file reproduces without reference counts:
// - interned strings (names, and constants made only of ASCII letters, digits and _) and immortal singletons
//   (small ints, the empty tuple, empty and 1-character str, empty and 1-byte bytes) are always marked;
// - the compiler merges equal constants of a module into one object, so a constant occurring twice is marked;
// - the compiler also merges each code object's co_consts, co_names and co_localsplusnames tuples into that
//   pool, so equal tuples of different code objects are one object;
// - co_filename is interned; co_code (cached on the code object) and the outermost object
//   when the caller still holds it (as importlib does when writing a .pyc) are marked; other per-code tuples and byte strings occur once and are not.
import { PyException } from "@ophis/tokenizer";
import { CodeObject } from "./code.js";
import {
  PyComplex,
  PyDict,
  PyFrozenSet,
  PyList,
  PySet,
  PySingleton,
  PySlice,
  type PyValue,
} from "./constants.js";
import { FLAG_REF, MARSHAL_VERSION, MAX_DEPTH, TYPE } from "./marshal-format.js";
import { encodeUtf8Surrogatepass } from "./utf8.js";

/** How an object is held, which decides whether it is shared: see the rules above. */
type Role =
  | "top"
  | "const"
  | "set_item"
  | "name"
  | "filename"
  | "consts"
  | "names"
  | "localsplusnames"
  | "unique"
  | "code_bytes";

const NAME_CHAR = /^[A-Za-z0-9_]*$/;

function isInternedConstant(s: string): boolean {
  return NAME_CHAR.test(s);
}

function floatKey(v: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v, true);
  return view.getBigUint64(0, true).toString(16);
}

function hex(b: Uint8Array): string {
  let s = "";
  for (const x of b) s += x.toString(16).padStart(2, "0");
  return s;
}

/** The key under which equal constants are one object (CPython's _PyCode_ConstantKey, as a string). */
function constantKey(v: PyValue, ids: Map<object, number>): string {
  if (v === null) return "N";
  switch (typeof v) {
    case "boolean":
      return v ? "T" : "F";
    case "bigint":
      return `i${v}`;
    case "number":
      return `f${floatKey(v)}`;
    case "string":
      return `s${JSON.stringify(v)}`;
  }
  if (v instanceof Uint8Array) return `b${hex(v)}`;
  if (Array.isArray(v)) return `(${v.map((x) => constantKey(x, ids)).join(",")})`;
  if (v instanceof PyFrozenSet) return `{${v.items.map((x) => constantKey(x, ids)).join(",")}}`;
  if (v instanceof PyComplex) return `c${floatKey(v.real)}:${floatKey(v.imag)}`;
  if (v instanceof PySlice) return `[${[v.start, v.stop, v.step].map((x) => constantKey(x, ids)).join(",")}]`;
  if (v instanceof PySingleton) return v.name;
  let id = ids.get(v as object);
  if (id === undefined) {
    id = ids.size;
    ids.set(v as object, id);
  }
  return `#${id}`;
}

interface RefDecision {
  /** Identity of the object for the reference table; null when it can never be shared. */
  key: string | null;
  /** Marked even if it occurs once (interned, immortal, or held elsewhere). */
  always: boolean;
  interned: boolean;
}

class Writer {
  private out: number[] = [];
  private depth = 0;
  private readonly ids = new Map<object, number>();
  private readonly written = new Map<string, number>();
  private nextRef = 0;

  constructor(
    private readonly counts: Map<string, number>,
    private readonly counting: boolean,
    private readonly topShared: boolean,
  ) {}

  /** The qualname of the code object being written: a class body's `__qualname__` constant is that interned string. */
  private ownQualname: string | null = null;

  bytes(): Uint8Array {
    return new Uint8Array(this.out);
  }

  private byte(b: number): void {
    this.out.push(b & 0xff);
  }

  private int32(n: number): void {
    this.out.push(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff);
  }

  private raw(b: Uint8Array): void {
    for (const x of b) this.out.push(x);
  }

  private float64(v: number): void {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, v, true);
    this.raw(new Uint8Array(view.buffer));
  }

  private decide(v: PyValue, role: Role): RefDecision {
    if (role === "set_item") {
      // The folded set's items also stay referenced by the tuple it was folded from, so they are always marked.
      const d = this.decide(v, "const");
      return { key: d.key, always: d.key !== null, interned: d.interned };
    }
    if (role === "top") {
      const d = this.decide(v, "const");
      return { key: d.key ?? "top", always: d.always || this.topShared, interned: d.interned };
    }
    if (typeof v === "string") {
      if (role === "name" || (role === "const" && (isInternedConstant(v) || v === this.ownQualname))) {
        return { key: `s${JSON.stringify(v)}`, always: true, interned: true };
      }
      if (role === "const" && v.length <= 1 && (v.length === 0 || v.charCodeAt(0) < 256)) {
        return { key: `s${JSON.stringify(v)}`, always: true, interned: true };
      }
      if (role === "filename") return { key: `s${JSON.stringify(v)}`, always: true, interned: true };
      if (role === "const") return { key: `cs${JSON.stringify(v)}`, always: false, interned: false };
      return { key: null, always: false, interned: false };
    }
    if (typeof v === "bigint") {
      return { key: `i${v}`, always: v >= -5n && v <= 256n, interned: false };
    }
    if (v instanceof Uint8Array) {
      if (v.length === 0 || (v.length === 1 && role === "const"))
        return { key: `b${hex(v)}`, always: true, interned: false };
      if (role === "code_bytes") return { key: null, always: true, interned: false };
      if (role === "unique") return { key: null, always: false, interned: false };
      return { key: `k${constantKey(v, this.ids)}`, always: false, interned: false };
    }
    if (Array.isArray(v) && v.length === 0) return { key: "()", always: true, interned: false };
    // Folded `x in {...}` sets are made after the constant pool is merged: each is its own object.
    if (v instanceof PyFrozenSet && role === "const") return { key: null, always: false, interned: false };
    if (role === "const" || role === "consts" || role === "names" || role === "localsplusnames") {
      return { key: `k${constantKey(v, this.ids)}`, always: false, interned: false };
    }
    return { key: null, always: false, interned: false };
  }

  /** w_ref: writes a back-reference and returns true, or writes the type byte (with FLAG_REF when shared). */
  private begin(v: PyValue, role: Role, type: number): { done: boolean; interned: boolean } {
    const d = this.decide(v, role);
    if (d.key !== null) {
      const index = this.written.get(d.key);
      if (index !== undefined) {
        this.byte(TYPE.REF);
        this.int32(index);
        if (this.counting) this.counts.set(d.key, (this.counts.get(d.key) ?? 0) + 1);
        return { done: true, interned: d.interned };
      }
      if (this.counting) this.counts.set(d.key, 1);
    }
    const shared = d.always || (d.key !== null && (this.counts.get(d.key) ?? 0) > 1);
    if (d.key !== null) this.written.set(d.key, shared ? this.nextRef : -1);
    if (shared) this.nextRef++;
    this.typeByte = type | (shared ? FLAG_REF : 0);
    return { done: false, interned: d.interned };
  }

  private typeByte = 0;

  value(v: PyValue, role: Role): void {
    if (++this.depth > MAX_DEPTH)
      throw new PyException("ValueError", ["object too deeply nested to marshal"]);
    try {
      this.dispatch(v, role);
    } finally {
      this.depth--;
    }
  }

  private dispatch(v: PyValue, role: Role): void {
    if (v === null) return this.byte(TYPE.NONE);
    if (v === true) return this.byte(TYPE.TRUE);
    if (v === false) return this.byte(TYPE.FALSE);
    if (v === PySingleton.Ellipsis) return this.byte(TYPE.ELLIPSIS);
    if (v === PySingleton.StopIteration) return this.byte(TYPE.STOPITER);
    if (typeof v === "bigint") return this.long(v, role);
    if (typeof v === "number") {
      if (this.begin(v, role, TYPE.BINARY_FLOAT).done) return;
      this.byte(this.typeByte);
      return this.float64(v);
    }
    if (typeof v === "string") return this.str(v, role);
    if (v instanceof Uint8Array) {
      if (this.begin(v, role, TYPE.STRING).done) return;
      this.byte(this.typeByte);
      this.int32(v.length);
      return this.raw(v);
    }
    if (Array.isArray(v)) {
      const small = v.length < 256;
      if (this.begin(v, role, small ? TYPE.SMALL_TUPLE : TYPE.TUPLE).done) return;
      this.byte(this.typeByte);
      if (small) this.byte(v.length);
      else this.int32(v.length);
      const itemRole = role === "names" || role === "localsplusnames" || role === "unique" ? "name" : "const";
      for (const item of v as readonly PyValue[]) this.value(item, itemRole);
      return;
    }
    if (v instanceof PyComplex) {
      if (this.begin(v, role, TYPE.BINARY_COMPLEX).done) return;
      this.byte(this.typeByte);
      this.float64(v.real);
      return this.float64(v.imag);
    }
    if (v instanceof PyFrozenSet || v instanceof PySet) {
      if (this.begin(v, role, v instanceof PySet ? TYPE.SET : TYPE.FROZENSET).done) return;
      this.byte(this.typeByte);
      this.int32(v.items.length);
      for (const item of inMarshalOrder(v.items))
        this.value(item, v instanceof PyFrozenSet ? "set_item" : "const");
      return;
    }
    if (v instanceof PyList) {
      if (this.begin(v, role, TYPE.LIST).done) return;
      this.byte(this.typeByte);
      this.int32(v.items.length);
      for (const item of v.items) this.value(item, "const");
      return;
    }
    if (v instanceof PyDict) {
      if (this.begin(v, role, TYPE.DICT).done) return;
      this.byte(this.typeByte);
      for (const [key, value] of v.entries) {
        this.value(key, "const");
        this.value(value, "const");
      }
      return this.byte(TYPE.NULL);
    }
    if (v instanceof PySlice) {
      if (this.begin(v, role, TYPE.SLICE).done) return;
      this.byte(this.typeByte);
      this.value(v.start, "const");
      this.value(v.stop, "const");
      return this.value(v.step, "const");
    }
    if (v instanceof CodeObject) return this.code(v, role);
    throw new PyException("ValueError", ["unmarshallable object"]);
  }

  private long(v: bigint, role: Role): void {
    const fits = v >= -0x80000000n && v <= 0x7fffffffn;
    if (this.begin(v, role, fits ? TYPE.INT : TYPE.LONG).done) return;
    this.byte(this.typeByte);
    if (fits) return this.int32(Number(v));
    const digits: number[] = [];
    for (let m = v < 0n ? -v : v; m > 0n; m >>= 15n) digits.push(Number(m & 0x7fffn));
    this.int32(v < 0n ? -digits.length : digits.length);
    for (const d of digits) this.out.push(d & 0xff, d >> 8);
  }

  private str(v: string, role: Role): void {
    let ascii = true;
    for (let i = 0; i < v.length && ascii; i++) ascii = v.charCodeAt(i) < 128;
    const d = this.decide(v, role);
    const type = ascii
      ? v.length < 256
        ? d.interned
          ? TYPE.SHORT_ASCII_INTERNED
          : TYPE.SHORT_ASCII
        : d.interned
          ? TYPE.ASCII_INTERNED
          : TYPE.ASCII
      : d.interned
        ? TYPE.INTERNED
        : TYPE.UNICODE;
    if (this.begin(v, role, type).done) return;
    this.byte(this.typeByte);
    if (ascii) {
      if (v.length < 256) this.byte(v.length);
      else this.int32(v.length);
      for (let i = 0; i < v.length; i++) this.out.push(v.charCodeAt(i));
    } else {
      const b = encodeUtf8Surrogatepass(v);
      this.int32(b.length);
      this.raw(b);
    }
  }

  private code(co: CodeObject, role: Role): void {
    if (this.begin(co, role, TYPE.CODE).done) return;
    this.byte(this.typeByte);
    this.int32(co.co_argcount);
    this.int32(co.co_posonlyargcount);
    this.int32(co.co_kwonlyargcount);
    this.int32(co.co_stacksize);
    this.int32(co.co_flags);
    this.value(co.co_code, "code_bytes");
    const outer = this.ownQualname;
    this.ownQualname = co.co_qualname;
    this.value(co.co_consts, "consts");
    this.ownQualname = outer;
    this.value(co.co_names, "names");
    // __annotate__'s names are fixed up after the code object is made, so they escape the merge.
    this.value(co.co_localsplusnames, co.co_name === "__annotate__" ? "unique" : "localsplusnames");
    this.value(co.co_localspluskinds, "unique");
    this.value(co.co_filename, "filename");
    this.value(co.co_name, "name");
    this.value(co.co_qualname, "name");
    this.int32(co.co_firstlineno);
    this.value(co.co_linetable, "const");
    this.value(co.co_exceptiontable, "const");
  }
}

export interface DumpsOptions {
  /**
   * Whether the caller holds another reference to the value, which makes CPython mark it with FLAG_REF:
   * false for `marshal.dumps(compile(...))` and for importlib's .pyc writers (3.14 passes the code object down
   * as borrowed references), true for `marshal.dumps(code)` with `code` a module or class attribute.
   */
  heldElsewhere?: boolean;
}

/** marshal.dumps(value, 5). CodeObjects are written byte-for-byte as CPython writes freshly compiled code. */
export function dumps(
  value: PyValue,
  version: number = MARSHAL_VERSION,
  options: DumpsOptions = {},
): Uint8Array {
  if (version !== MARSHAL_VERSION)
    throw new PyException("ValueError", ["only marshal version 5 is supported"]);
  const counts = new Map<string, number>();
  const shared = options.heldElsewhere ?? false;
  try {
    new Writer(counts, true, shared).value(value, "top");
    const writer = new Writer(counts, false, shared);
    writer.value(value, "top");
    return writer.bytes();
  } catch (error) {
    // The JS stack can run out before MAX_DEPTH levels: CPython's error for too deep values, built here.
    if (error instanceof RangeError && error.message.includes("call stack")) {
      throw new PyException("ValueError", ["object too deeply nested to marshal"]);
    }
    throw error;
  }
}

/**
 * CPython's marshal writes a set's items sorted by each item's own marshal.dumps bytes (bpo-37596), so the
 * bytes do not depend on hash order. While it sorts, every item has other references: each key carries FLAG_REF.
 */
function inMarshalOrder(items: readonly PyValue[]): readonly PyValue[] {
  if (items.length < 2) return items;
  const keyed = items.map((item) => ({ item, key: dumps(item, undefined, { heldElsewhere: true }) }));
  keyed.sort((a, b) => compareBytes(a.key, b.key));
  return keyed.map((k) => k.item);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
