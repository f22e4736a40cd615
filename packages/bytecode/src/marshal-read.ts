// marshal.loads: bytes to Python values, with CPython's reference table and its ValueError/EOFError messages.
import { PyException } from "@ophis/tokenizer";
import { CodeObject } from "./code.js";
import {
  PyComplex,
  type PyConstant,
  PyDict,
  PyFrozenSet,
  PyList,
  PySet,
  PySingleton,
  PySlice,
  type PyValue,
} from "./constants.js";
import { FLAG_REF, MAX_DEPTH, TYPE } from "./marshal-format.js";
import { decodeUtf8Surrogatepass } from "./utf8.js";

const RESERVED = Symbol("reserved");
const NULL = Symbol("NULL");
type Slot = PyValue | typeof RESERVED;

function badData(what: string): PyException {
  return new PyException("ValueError", [`bad marshal data (${what})`]);
}

class Reader {
  pos = 0;
  depth = 0;
  readonly refs: Slot[] = [];
  private readonly view: DataView;

  constructor(readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  private need(n: number): void {
    if (this.pos + n > this.data.length) throw new PyException("EOFError", ["marshal data too short"]);
  }

  byte(): number {
    if (this.pos >= this.data.length) throw new PyException("EOFError", ["EOF read where object expected"]);
    return this.data[this.pos++];
  }

  int32(): number {
    this.need(4);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }

  float64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  bytes(n: number): Uint8Array {
    this.need(n);
    const out = this.data.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  size(what: string): number {
    const n = this.int32();
    if (n < 0 || n > this.data.length - this.pos + 1) throw badData(`${what} size out of range`);
    return n;
  }

  /** r_object: one value; NULL only where the caller allows it (dict keys end with NULL). */
  object(allowNull = false): PyValue | typeof NULL {
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      throw new PyException("ValueError", ["recursion limit exceeded"]);
    }
    try {
      const code = this.byte();
      const value = this.objectOfType(code & ~FLAG_REF, (code & FLAG_REF) !== 0);
      if (value === NULL && !allowNull)
        throw new PyException("TypeError", ["NULL object in marshal data for object"]);
      return value;
    } finally {
      this.depth--;
    }
  }

  value(): PyValue {
    return this.object() as PyValue;
  }

  private remember<T extends PyValue>(flag: boolean, value: T): T {
    if (flag) this.refs.push(value);
    return value;
  }

  private reserve(flag: boolean): number {
    if (!flag) return -1;
    this.refs.push(RESERVED);
    return this.refs.length - 1;
  }

  private fill<T extends PyValue>(index: number, value: T): T {
    if (index >= 0) this.refs[index] = value;
    return value;
  }

  private objectOfType(type: number, flag: boolean): PyValue | typeof NULL {
    switch (type) {
      case TYPE.NULL:
        return NULL;
      case TYPE.NONE:
        return null;
      case TYPE.STOPITER:
        return PySingleton.StopIteration;
      case TYPE.ELLIPSIS:
        return PySingleton.Ellipsis;
      case TYPE.FALSE:
        return false;
      case TYPE.TRUE:
        return true;
      case TYPE.INT:
        return this.remember(flag, BigInt(this.int32()));
      case TYPE.INT64: {
        this.need(8);
        const v = this.view.getBigInt64(this.pos, true);
        this.pos += 8;
        return this.remember(flag, v);
      }
      case TYPE.LONG:
        return this.remember(flag, this.long());
      case TYPE.FLOAT:
        return this.remember(flag, this.textFloat());
      case TYPE.BINARY_FLOAT:
        return this.remember(flag, this.float64());
      case TYPE.COMPLEX: {
        const real = this.textFloat();
        return this.remember(flag, new PyComplex(real, this.textFloat()));
      }
      case TYPE.BINARY_COMPLEX: {
        const real = this.float64();
        return this.remember(flag, new PyComplex(real, this.float64()));
      }
      case TYPE.STRING:
        return this.remember(flag, this.bytes(this.size("bytes object")));
      case TYPE.ASCII:
      case TYPE.ASCII_INTERNED:
        return this.remember(flag, this.latin1(this.size("string")));
      case TYPE.SHORT_ASCII:
      case TYPE.SHORT_ASCII_INTERNED:
        return this.remember(flag, this.latin1(this.byte()));
      case TYPE.INTERNED:
      case TYPE.UNICODE:
        return this.remember(flag, decodeUtf8Surrogatepass(this.bytes(this.size("string"))));
      case TYPE.SMALL_TUPLE:
        return this.tuple(this.byte(), flag);
      case TYPE.TUPLE:
        return this.tuple(this.size("tuple"), flag);
      case TYPE.LIST: {
        const n = this.size("list");
        const list = this.remember(flag, new PyList([]));
        for (let i = 0; i < n; i++) list.items.push(this.value());
        return list;
      }
      case TYPE.DICT: {
        const dict = this.remember(flag, new PyDict([]));
        for (;;) {
          const key = this.object(true);
          if (key === NULL) break;
          dict.entries.push([key, this.value()]);
        }
        return dict;
      }
      case TYPE.SET:
      case TYPE.FROZENSET: {
        const n = this.size("set");
        if (type === TYPE.SET) {
          const set = this.remember(flag, new PySet([]));
          for (let i = 0; i < n; i++) set.items.push(this.value());
          return set;
        }
        const index = this.reserve(flag);
        const items: PyValue[] = [];
        for (let i = 0; i < n; i++) items.push(this.value());
        return this.fill(index, new PyFrozenSet(items));
      }
      case TYPE.CODE:
        return this.code(flag);
      case TYPE.SLICE: {
        const index = this.reserve(flag);
        const start = this.value();
        const stop = this.value();
        return this.fill(index, new PySlice(start, stop, this.value()));
      }
      case TYPE.REF: {
        const n = this.int32();
        const v = n >= 0 && n < this.refs.length ? this.refs[n] : RESERVED;
        if (v === RESERVED) throw badData("invalid reference");
        return v;
      }
      default:
        throw badData("unknown type code");
    }
  }

  private tuple(n: number, flag: boolean): readonly PyValue[] {
    const index = this.reserve(flag);
    const items: PyValue[] = [];
    for (let i = 0; i < n; i++) items.push(this.value());
    return this.fill(index, items);
  }

  private long(): bigint {
    const n = this.int32();
    if (n < -0x7fffffff || Math.abs(n) > this.data.length - this.pos) throw badData("long size out of range");
    const count = Math.abs(n);
    this.need(count * 2);
    let value = 0n;
    for (let i = 0; i < count; i++) {
      const digit = this.view.getUint16(this.pos + (count - 1 - i) * 2, true);
      if (digit >= 0x8000) throw badData("digit out of range in long");
      value = (value << 15n) | BigInt(digit);
    }
    if (count > 0 && this.view.getUint16(this.pos + (count - 1) * 2, true) === 0) {
      throw badData("unnormalized long data");
    }
    this.pos += count * 2;
    return n < 0 ? -value : value;
  }

  private textFloat(): number {
    const n = this.byte();
    const text = String.fromCharCode(...this.bytes(n));
    const v = Number(text.replace(/^([-+]?)inf(inity)?$/i, "$1Infinity"));
    if (Number.isNaN(v) && !/nan/i.test(text)) throw badData("invalid float");
    return v;
  }

  private latin1(n: number): string {
    const b = this.bytes(n);
    let s = "";
    for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
    return s;
  }

  private code(flag: boolean): CodeObject {
    const index = this.reserve(flag);
    const co_argcount = this.int32();
    const co_posonlyargcount = this.int32();
    const co_kwonlyargcount = this.int32();
    const co_stacksize = this.int32();
    const co_flags = this.int32();
    const co_code = this.expect(this.value(), "bytes") as Uint8Array;
    const co_consts = this.expect(this.value(), "tuple") as readonly PyConstant[];
    const co_names = this.strings(this.value());
    const co_localsplusnames = this.strings(this.value());
    const co_localspluskinds = this.expect(this.value(), "bytes") as Uint8Array;
    const co_filename = this.expect(this.value(), "str") as string;
    const co_name = this.expect(this.value(), "str") as string;
    const co_qualname = this.expect(this.value(), "str") as string;
    const co_firstlineno = this.int32();
    const co_linetable = this.expect(this.value(), "bytes") as Uint8Array;
    const co_exceptiontable = this.expect(this.value(), "bytes") as Uint8Array;
    if (co_localsplusnames.length !== co_localspluskinds.length) {
      throw new PyException("ValueError", ["code: co_localsplusnames is too small"]);
    }
    if (co_code.length % 2 !== 0 || co_code.length === 0) {
      throw new PyException("ValueError", ["code: co_code is malformed"]);
    }
    const code = new CodeObject({
      co_argcount,
      co_posonlyargcount,
      co_kwonlyargcount,
      co_stacksize,
      co_flags,
      co_code,
      co_consts,
      co_names,
      co_localsplusnames,
      co_localspluskinds,
      co_filename,
      co_name,
      co_qualname,
      co_firstlineno,
      co_linetable,
      co_exceptiontable,
    });
    return this.fill(index, code);
  }

  private expect(value: PyValue, kind: "bytes" | "tuple" | "str"): PyValue {
    const ok =
      kind === "bytes"
        ? value instanceof Uint8Array
        : kind === "tuple"
          ? Array.isArray(value)
          : typeof value === "string";
    if (!ok) throw new PyException("TypeError", [`code: expected ${kind}`]);
    return value;
  }

  private strings(value: PyValue): string[] {
    this.expect(value, "tuple");
    const items = value as readonly PyValue[];
    if (!items.every((s) => typeof s === "string"))
      throw new PyException("TypeError", ["code: names must be strings"]);
    return items as string[];
  }
}

/** marshal.loads(data): the first value in data (trailing bytes are ignored, as CPython does). */
export function loads(data: Uint8Array): PyValue {
  return loadsPrefix(data).value;
}

/** Like loads, and also the number of bytes consumed. */
export function loadsPrefix(data: Uint8Array): { value: PyValue; length: number } {
  const reader = new Reader(data);
  try {
    const value = reader.value();
    return { value, length: reader.pos };
  } catch (error) {
    // Each nesting level takes several JS frames: the stack can run out before MAX_DEPTH levels. Report it
    // as CPython reports too deep data, once back where there is room to build the exception.
    if (error instanceof RangeError && error.message.includes("call stack")) {
      throw new PyException("ValueError", ["recursion limit exceeded"]);
    }
    throw error;
  }
}
