// bytearray's mutating methods: item and slice assignment, deletion, append, extend, insert, pop, remove.
import { bufferOf, PyByteArray, reprBytes } from "../bytes.js";
import { newError, type PyObject, type PyType, T, typeError } from "../core.js";
import { defineMethods, PyBuiltinFunction, PyStaticMethod } from "../functions.js";
import { newInt, PyInt } from "../int.js";
import { index } from "../protocols.js";
import { PySlice } from "../sequences.js";
import { None } from "../singletons.js";
import { newStr, PyStr } from "../str.js";
import { construct, data, fromIterable, needBuffer } from "./bytes.js";
import { sliceIndices } from "./slices.js";
import { oneArg, posArgs } from "./text-args.js";

function ba(o: PyObject): PyByteArray {
  return o as PyByteArray;
}

/** Replaces the contents; a change of size is refused while memoryviews hold the buffer (PyByteArray_Resize). */
function resize(b: PyByteArray, value: Uint8Array): void {
  if (value.length !== b.value.length && b.exports > 0)
    throw newError("BufferError", "Existing exports of data: object cannot be re-sized");
  b.value = value;
}

function byteValue(o: PyObject): number {
  const v = Number(index(o));
  if (v < 0 || v > 255) throw newError("ValueError", "byte must be in range(0, 256)");
  return v;
}

defineMethods(T.bytearray, {
  __repr__: (self) => newStr(`${self.type.name}(${reprBytes(data(self), true)})`),
  __init__: (self, args, kw) => {
    resize(ba(self), new Uint8Array(0));
    resize(ba(self), construct("bytearray", args, kw));
    return None;
  },
  __setitem__: (self, [key, value]) => {
    const b = ba(self);
    if (key instanceof PySlice) {
      const items = bufferOf(value) ?? (value instanceof PyInt ? null : fromIterable(value));
      if (items === null)
        throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      const [start, stop, step, count] = sliceIndices(key, b.value.length);
      if (step === 1) {
        const end = Math.max(start, stop);
        const out = new Uint8Array(b.value.length - (end - start) + items.length);
        out.set(b.value.subarray(0, start));
        out.set(items, start);
        out.set(b.value.subarray(end), start + items.length);
        resize(b, out);
        return None;
      }
      if (items.length !== count)
        throw newError(
          "ValueError",
          `attempt to assign bytes of size ${items.length} to extended slice of size ${count}`,
        );
      for (let i = 0, j = start; i < count; i++, j += step) b.value[j] = items[i];
      return None;
    }
    let i = Number(index(key));
    if (i < 0) i += b.value.length;
    if (i < 0 || i >= b.value.length) throw newError("IndexError", "bytearray index out of range");
    b.value[i] = byteValue(value);
    return None;
  },
  __delitem__: (self, [key]) => {
    const b = ba(self);
    const keep = new Set<number>();
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, b.value.length);
      for (let i = 0, j = start; i < count; i++, j += step) keep.add(j);
    } else {
      let i = Number(index(key));
      if (i < 0) i += b.value.length;
      if (i < 0 || i >= b.value.length) throw newError("IndexError", "bytearray index out of range");
      keep.add(i);
    }
    resize(
      b,
      b.value.filter((_, i) => !keep.has(i)),
    );
    return None;
  },
  __iadd__: (self, [o]) => {
    const add = needBuffer(o, `can't concat ${o.type.name} to bytearray`);
    const b = ba(self);
    const out = new Uint8Array(b.value.length + add.length);
    out.set(b.value);
    out.set(add, b.value.length);
    resize(b, out);
    return self;
  },
  append: (self, args, kw) => {
    const v = byteValue(oneArg("bytearray", "append", args, kw));
    const b = ba(self);
    const out = new Uint8Array(b.value.length + 1);
    out.set(b.value);
    out[b.value.length] = v;
    resize(b, out);
    return None;
  },
  extend: (self, args, kw) => {
    const o = oneArg("bytearray", "extend", args, kw);
    if (o instanceof PyStr) throw typeError("expected iterable of integers; got: 'str'");
    const add = bufferOf(o) ?? fromIterable(o);
    const b = ba(self);
    const out = new Uint8Array(b.value.length + add.length);
    out.set(b.value);
    out.set(add, b.value.length);
    resize(b, out);
    return None;
  },
  insert: (self, args, kw) => {
    const [at, v] = posArgs("insert", args, kw, 2, 2);
    const b = ba(self);
    let i = Number(index(at));
    const n = b.value.length;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    const out = new Uint8Array(n + 1);
    out.set(b.value.subarray(0, i));
    out[i] = byteValue(v);
    out.set(b.value.subarray(i), i + 1);
    resize(b, out);
    return None;
  },
  pop: (self, args, kw) => {
    posArgs("pop", args, kw, 0, 1);
    const b = ba(self);
    if (b.value.length === 0) throw newError("IndexError", "pop from empty bytearray");
    let i = args[0] === undefined ? b.value.length - 1 : Number(index(args[0]));
    if (i < 0) i += b.value.length;
    if (i < 0 || i >= b.value.length) throw newError("IndexError", "pop index out of range");
    const v = b.value[i];
    resize(
      b,
      b.value.filter((_, k) => k !== i),
    );
    return newInt(v);
  },
  remove: (self, args, kw) => {
    const v = byteValue(oneArg("bytearray", "remove", args, kw));
    const b = ba(self);
    const i = b.value.indexOf(v);
    if (i < 0) throw newError("ValueError", "value not found in bytearray");
    resize(
      b,
      b.value.filter((_, k) => k !== i),
    );
    return None;
  },
  clear: (self) => {
    resize(ba(self), new Uint8Array(0));
    return None;
  },
  copy: (self) => new PyByteArray(data(self).slice()),
  reverse: (self) => {
    ba(self).value.reverse();
    return None;
  },
});
T.bytearray.setAttr("__hash__", None);
T.bytearray.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args) => new PyByteArray(new Uint8Array(0), args[0] as PyType)),
  ),
);
