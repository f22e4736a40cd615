// memoryview's constructor, items in the struct module's native formats, indexing, slicing, cast and comparison.
import { PyByteArray, PyBytes } from "../bytes.js";
import { E, newError, type PyObject, T, typeError } from "../core.js";
import { newFloat, type PyFloat } from "../float.js";
import { defineGetSets, defineMethods, PyBuiltinFunction, PyStaticMethod } from "../functions.js";
import { hashBytes } from "../hash/siphash.js";
import { identity } from "../identity.js";
import { intFrom, newInt, PyInt, pyBool } from "../int.js";
import { nativeIterator } from "../iterators.js";
import {
  gatherBytes,
  isContiguous,
  itemOffsets,
  ManagedBuffer,
  PyMemoryView,
  type ViewLayout,
} from "../memoryview.js";
import { hashOf, index, isEqual, ssizeIndex, truthy } from "../protocols.js";
import { newTuple, PyList, PySlice, PyTuple } from "../sequences.js";
import { Ellipsis, None, NotImplemented } from "../singletons.js";
import { newStr, PyStr } from "../str.js";
import { hexOf } from "./bytes.js";
import { newList } from "./containers.js";
import { toDouble } from "./floats.js";
import { sliceIndices } from "./slices.js";
import { kwArgs, noArgs, oneArg, posArgs } from "./text-args.js";

/** Sizes of the struct module's native single-character formats on a 64-bit little-endian machine. */
const ITEM_SIZES: Record<string, number> = {
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  h: 2,
  H: 2,
  e: 2,
  i: 4,
  I: 4,
  f: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  d: 8,
  P: 8,
};

/** Inclusive bounds of the integer formats, as bigints. */
const INT_RANGES: Record<string, [bigint, bigint]> = {
  b: [-(2n ** 7n), 2n ** 7n - 1n],
  B: [0n, 2n ** 8n - 1n],
  h: [-(2n ** 15n), 2n ** 15n - 1n],
  H: [0n, 2n ** 16n - 1n],
  i: [-(2n ** 31n), 2n ** 31n - 1n],
  I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n],
  q: [-(2n ** 63n), 2n ** 63n - 1n],
  n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n],
  Q: [0n, 2n ** 64n - 1n],
  N: [0n, 2n ** 64n - 1n],
  P: [-(2n ** 63n), 2n ** 64n - 1n],
};

const isByteFormat = (code: string) => code === "B" || code === "b" || code === "c";

/** The format character of a native single-character format ('@' allowed in front), or null. */
function nativeCode(format: string): string | null {
  const code = format[0] === "@" ? format.slice(1) : format;
  return code.length === 1 && code in ITEM_SIZES ? code : null;
}

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function halfToDouble(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const rest = x - floor;
  if (rest !== 0.5) return rest < 0.5 ? floor : floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** IEEE 754 binary16 bits of x, rounded to nearest even; null when x is finite but too large. */
function doubleToHalf(x: number): number | null {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (Number.isNaN(x)) return sign | 0x7e00;
  if (a === Number.POSITIVE_INFINITY) return sign | 0x7c00;
  if (a < 2 ** -14) return sign | roundHalfEven(a * 2 ** 24);
  let exp = Math.floor(Math.log2(a));
  if (2 ** exp > a) exp--;
  else if (2 ** (exp + 1) <= a) exp++;
  let frac = roundHalfEven((a / 2 ** exp - 1) * 1024);
  if (frac === 1024) {
    frac = 0;
    exp++;
  }
  if (exp > 15) return null;
  return sign | ((exp + 15) << 10) | frac;
}

/** The Python value of the item at byte `pos` (unpack_single). */
function unpackItem(bytes: Uint8Array, pos: number, code: string): PyObject {
  const v = dataView(bytes);
  switch (code) {
    case "B":
      return newInt(bytes[pos]);
    case "b":
      return newInt(v.getInt8(pos));
    case "h":
      return newInt(v.getInt16(pos, true));
    case "H":
      return newInt(v.getUint16(pos, true));
    case "i":
      return newInt(v.getInt32(pos, true));
    case "I":
      return intFrom(v.getUint32(pos, true));
    case "l":
    case "q":
    case "n":
      return intFrom(v.getBigInt64(pos, true));
    case "L":
    case "Q":
    case "N":
    case "P":
      return intFrom(v.getBigUint64(pos, true));
    case "f":
      return newFloat(v.getFloat32(pos, true));
    case "d":
      return newFloat(v.getFloat64(pos, true));
    case "e":
      return newFloat(halfToDouble(v.getUint16(pos, true)));
    case "?":
      return pyBool(bytes[pos] !== 0);
    case "c":
      return new PyBytes(bytes.slice(pos, pos + 1));
  }
  throw newError("NotImplementedError", `memoryview: format ${code} not supported`);
}

/** A comparable JS value of the item at `pos`: bytes items are boxed so they never equal numbers. */
function itemKey(bytes: Uint8Array, pos: number, code: string): number | bigint | { byte: number } {
  if (code === "c") return { byte: bytes[pos] };
  const o = unpackItem(bytes, pos, code);
  return o instanceof PyInt ? o.value : (o as PyFloat).value;
}

function sameItem(a: ReturnType<typeof itemKey>, b: ReturnType<typeof itemKey>): boolean {
  if (typeof a === "object" || typeof b === "object")
    return typeof a === "object" && typeof b === "object" && a.byte === b.byte;
  if (typeof a === typeof b) return a === b;
  const [big, num] = typeof a === "bigint" ? [a, b as number] : [b as bigint, a as number];
  return Number.isInteger(num) && big === BigInt(num);
}

const invalidType = (code: string) => typeError(`memoryview: invalid type for format '${code}'`);
const invalidValue = (code: string) =>
  newError("ValueError", `memoryview: invalid value for format '${code}'`);

/** Writes `value` as the item at byte `pos` (pack_single), with CPython's memoryview-specific errors. */
function packItem(bytes: Uint8Array, pos: number, code: string, value: PyObject): void {
  const v = dataView(bytes);
  const range = INT_RANGES[code];
  if (range) {
    if (!(value instanceof PyInt) && value.type.lookup("__index__") === undefined) throw invalidType(code);
    const n = BigInt(index(value));
    if (n < range[0] || n > range[1]) throw invalidValue(code);
    const size = ITEM_SIZES[code];
    if (size === 8) v.setBigUint64(pos, BigInt.asUintN(64, n), true);
    else if (size === 4) v.setUint32(pos, Number(BigInt.asUintN(32, n)), true);
    else if (size === 2) v.setUint16(pos, Number(BigInt.asUintN(16, n)), true);
    else bytes[pos] = Number(BigInt.asUintN(8, n));
    return;
  }
  switch (code) {
    case "f":
    case "d":
    case "e": {
      const d = toFloat(value, code);
      if (code === "f") v.setFloat32(pos, d, true);
      else if (code === "d") v.setFloat64(pos, d, true);
      else {
        const half = doubleToHalf(d);
        if (half === null) throw invalidValue(code);
        v.setUint16(pos, half, true);
      }
      return;
    }
    case "?":
      bytes[pos] = truthy(value) ? 1 : 0;
      return;
    case "c":
      if (!(value instanceof PyBytes)) throw invalidType(code);
      if (value.value.length !== 1) throw invalidValue(code);
      bytes[pos] = value.value[0];
      return;
  }
  throw newError("NotImplementedError", `memoryview: format ${code} not supported`);
}

/** PyFloat_AsDouble (floats, __float__, then __index__; never strings), its errors renamed as pack_single does. */
function toFloat(value: PyObject, code: string): number {
  if (value.type.lookup("__float__") === undefined && value.type.lookup("__index__") === undefined)
    throw invalidType(code);
  try {
    return toDouble(value);
  } catch (e) {
    const type = (e as PyObject).type;
    if (type?.isSubtype(E.TypeError)) throw invalidType(code);
    if (type?.isSubtype(E.OverflowError) || type?.isSubtype(E.ValueError)) throw invalidValue(code);
    throw e;
  }
}

/** A new view over `o`'s buffer (PyMemoryView_FromObject): memoryviews share their managed buffer. */
export function newMemoryView(o: PyObject): PyMemoryView {
  if (o instanceof PyMemoryView) {
    o.checkLive();
    return new PyMemoryView(o.mbuf, copyLayout(o));
  }
  let mbuf: ManagedBuffer;
  if (o instanceof PyBytes) {
    mbuf = new ManagedBuffer(o, { bytes: () => o.value, readonly: true, release: () => {} });
  } else if (o instanceof PyByteArray) {
    o.exports++;
    mbuf = new ManagedBuffer(o, {
      bytes: () => o.value,
      readonly: false,
      release: () => {
        o.exports--;
      },
    });
  } else throw typeError(`memoryview: a bytes-like object is required, not '${o.type.name}'`);
  return new PyMemoryView(mbuf, byteLayout(o.value.length, mbuf.source.readonly));
}

/** How bytes and bytearray export themselves: one dimension of unsigned bytes. */
function byteLayout(length: number, readonly: boolean): ViewLayout {
  return { offset: 0, format: "B", itemsize: 1, shape: [length], strides: [1], readonly };
}

function copyLayout(v: ViewLayout): ViewLayout {
  return { ...v, shape: [...v.shape], strides: [...v.strides] };
}

/** The bytes and layout of any buffer exporter, for comparison and slice assignment; null if `o` has none. */
function exportedView(o: PyObject): { bytes: Uint8Array; layout: ViewLayout } | null {
  if (o instanceof PyMemoryView) return { bytes: o.bytes, layout: o };
  if (o instanceof PyBytes || o instanceof PyByteArray)
    return { bytes: o.value, layout: byteLayout(o.value.length, o instanceof PyBytes) };
  return null;
}

function mv(o: PyObject): PyMemoryView {
  return o as PyMemoryView;
}

/** The byte position of item `i` along dimension `dim`, counted from `pos` (lookup_dimension). */
function lookupDimension(view: PyMemoryView, pos: number, dim: number, i: number): number {
  const n = view.shape[dim];
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw newError("IndexError", `index out of bounds on dimension ${dim + 1}`);
  return pos + view.strides[dim] * i;
}

const isIndex = (o: PyObject) => o instanceof PyInt || o.type.lookup("__index__") !== undefined;

/** The byte position a full tuple of indices names. */
function positionOfTuple(view: PyMemoryView, key: PyTuple): number {
  if (key.items.length > view.ndim)
    throw typeError(`cannot index ${view.ndim}-dimension view with ${key.items.length}-element tuple`);
  if (key.items.length < view.ndim) throw newError("NotImplementedError", "sub-views are not implemented");
  let pos = view.offset;
  key.items.forEach((k, dim) => {
    pos = lookupDimension(view, pos, dim, ssizeIndex(k, "IndexError"));
  });
  return pos;
}

const isMultiIndex = (key: PyObject) => key instanceof PyTuple && key.items.every(isIndex);
const isMultiSlice = (key: PyObject) =>
  key instanceof PyTuple && key.items.length > 0 && key.items.every((k) => k instanceof PySlice);

/** Narrows the first dimension of `layout` to the slice (init_slice). */
function sliceLayout(layout: ViewLayout, key: PySlice): void {
  const [start, , step, count] = sliceIndices(key, layout.shape[0]);
  layout.offset += layout.strides[0] * start;
  layout.shape[0] = count;
  layout.strides[0] *= step;
}

function checkWritable(view: PyMemoryView): string {
  view.checkLive();
  if (view.readonly) throw typeError("cannot modify read-only memory");
  return view.code;
}

function tolist(view: PyMemoryView, bytes: Uint8Array, pos: number, dim: number): PyObject {
  const items: PyObject[] = [];
  for (let i = 0; i < view.shape[dim]; i++, pos += view.strides[dim])
    items.push(dim + 1 < view.ndim ? tolist(view, bytes, pos, dim + 1) : unpackItem(bytes, pos, view.code));
  return newList(items);
}

/** memory_richcompare's equality: same shape and equal items, unpacked by each side's format. */
function viewsEqual(self: PyMemoryView, other: PyObject): boolean | null {
  if (self.released) return self === other;
  if (other instanceof PyMemoryView && other.released) return self === other;
  const w = exportedView(other);
  if (w === null) return null;
  const a = self.shape;
  const b = w.layout.shape;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
    if (a[i] === 0) break;
  }
  const left = itemOffsets(self);
  const right = itemOffsets(w.layout);
  const bytes = self.bytes;
  const lcode = self.code;
  const rcode = nativeCode(w.layout.format) ?? w.layout.format;
  for (let i = 0; i < left.length; i++)
    if (!sameItem(itemKey(bytes, left[i], lcode), itemKey(w.bytes, right[i], rcode))) return false;
  return true;
}

/** memoryview.cast(format[, shape]). */
function cast(self: PyMemoryView, formatObj: PyObject, shapeObj: PyObject | undefined): PyMemoryView {
  self.checkLive();
  if (!isContiguous(self, "C")) throw typeError("memoryview: casts are restricted to C-contiguous views");
  if ((shapeObj !== undefined || self.ndim !== 1) && self.shape.includes(0))
    throw typeError("memoryview: cannot cast view with zeros in shape or strides");
  let dims: readonly PyObject[] | null = null;
  if (shapeObj !== undefined) {
    if (!(shapeObj instanceof PyList) && !(shapeObj instanceof PyTuple))
      throw typeError("shape must be a list or a tuple");
    dims = shapeObj.items;
    if (dims.length > 64) throw newError("ValueError", "memoryview: number of dimensions must not exceed 64");
    if (self.ndim !== 1 && dims.length !== 1)
      throw typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
  }
  const format = (formatObj as PyStr).value;
  const code = nativeCode(format);
  if (code === null)
    throw newError(
      "ValueError",
      "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    );
  const source = nativeCode(self.format);
  if ((source === null || !isByteFormat(source)) && !isByteFormat(code))
    throw typeError("memoryview: cannot cast between two non-byte formats");
  const itemsize = ITEM_SIZES[code];
  const nbytes = self.nbytes;
  if (nbytes % itemsize) throw typeError("memoryview: length is not a multiple of itemsize");
  const layout: ViewLayout = {
    offset: self.offset,
    format,
    itemsize,
    shape: [nbytes / itemsize],
    strides: [itemsize],
    readonly: self.readonly,
  };
  if (dims !== null) {
    const shape: number[] = [];
    let size = itemsize;
    for (const d of dims) {
      if (!(d instanceof PyInt)) throw typeError("memoryview.cast(): elements of shape must be integers");
      const x = Number(d.value);
      if (x <= 0) throw newError("ValueError", "memoryview.cast(): elements of shape must be integers > 0");
      size *= x;
      shape.push(x);
    }
    if (size !== nbytes) throw typeError("memoryview: product(shape) * itemsize != buffer size");
    layout.shape = shape;
    layout.strides = shape.map((_, i) => shape.slice(i + 1).reduce((n, x) => n * x, itemsize));
  }
  return new PyMemoryView(self.mbuf, layout);
}

function sizeTuple(values: number[]): PyObject {
  return newTuple(values.map(newInt));
}

function getter(read: (view: PyMemoryView) => PyObject): [(self: PyObject) => PyObject] {
  return [
    (self) => {
      mv(self).checkLive();
      return read(mv(self));
    },
  ];
}

defineGetSets(T.memoryview, {
  obj: getter((v) => v.mbuf.exporter),
  nbytes: getter((v) => newInt(v.nbytes)),
  readonly: getter((v) => pyBool(v.readonly)),
  itemsize: getter((v) => newInt(v.itemsize)),
  format: getter((v) => newStr(v.format)),
  ndim: getter((v) => newInt(v.ndim)),
  shape: getter((v) => sizeTuple(v.shape)),
  strides: getter((v) => sizeTuple(v.strides)),
  suboffsets: getter(() => newTuple([])),
  c_contiguous: getter((v) => pyBool(isContiguous(v, "C"))),
  f_contiguous: getter((v) => pyBool(isContiguous(v, "F"))),
  contiguous: getter((v) => pyBool(isContiguous(v, "C") || isContiguous(v, "F"))),
});

defineMethods(T.memoryview, {
  __repr__: (self) => {
    const where = `0x${identity(self).toString(16)}`;
    return newStr(mv(self).released ? `<released memory at ${where}>` : `<memory at ${where}>`);
  },
  __len__: (self) => {
    const view = mv(self);
    view.checkLive();
    if (view.ndim === 0) throw typeError("0-dim memory has no length");
    return newInt(view.shape[0]);
  },
  __getitem__: (self, [key]) => {
    const view = mv(self);
    const bytes = view.bytes;
    if (view.ndim === 0) {
      if (key instanceof PyTuple && key.items.length === 0) return unpackItem(bytes, view.offset, view.code);
      if (key === Ellipsis) return self;
      throw typeError("invalid indexing of 0-dim memory");
    }
    if (isIndex(key)) {
      const i = ssizeIndex(key, "IndexError");
      if (view.ndim > 1)
        throw newError("NotImplementedError", "multi-dimensional sub-views are not implemented");
      return unpackItem(bytes, lookupDimension(view, view.offset, 0, i), view.code);
    }
    if (key instanceof PySlice) {
      const layout = copyLayout(view);
      sliceLayout(layout, key);
      return new PyMemoryView(view.mbuf, layout);
    }
    if (isMultiIndex(key)) return unpackItem(bytes, positionOfTuple(view, key as PyTuple), view.code);
    if (isMultiSlice(key))
      throw newError("NotImplementedError", "multi-dimensional slicing is not implemented");
    throw typeError("memoryview: invalid slice key");
  },
  __setitem__: (self, [key, value]) => {
    const view = mv(self);
    const code = checkWritable(view);
    const bytes = view.bytes;
    if (view.ndim === 0) {
      if (key === Ellipsis || (key instanceof PyTuple && key.items.length === 0)) {
        packItem(bytes, view.offset, code, value);
        return None;
      }
      throw typeError("invalid indexing of 0-dim memory");
    }
    if (isIndex(key)) {
      if (view.ndim > 1) throw newError("NotImplementedError", "sub-views are not implemented");
      packItem(bytes, lookupDimension(view, view.offset, 0, ssizeIndex(key, "IndexError")), code, value);
      return None;
    }
    if (key instanceof PySlice && view.ndim === 1) {
      const src = exportedView(value);
      if (src === null) throw typeError(`a bytes-like object is required, not '${value.type.name}'`);
      const dest = copyLayout(view);
      sliceLayout(dest, key);
      const srcCode = src.layout.format[0] === "@" ? src.layout.format.slice(1) : src.layout.format;
      const sameShape = src.layout.shape.length === 1 && src.layout.shape[0] === dest.shape[0];
      if (srcCode !== code || src.layout.itemsize !== dest.itemsize || !sameShape)
        throw newError("ValueError", "memoryview assignment: lvalue and rvalue have different structures");
      // Gather first: source and destination may overlap in the same buffer.
      const data = gatherBytes(src.bytes, src.layout, false);
      itemOffsets(dest).forEach((p, i) => {
        bytes.set(data.subarray(i * dest.itemsize, (i + 1) * dest.itemsize), p);
      });
      return None;
    }
    if (isMultiIndex(key)) {
      packItem(bytes, positionOfTuple(view, key as PyTuple), code, value);
      return None;
    }
    if (key instanceof PySlice || isMultiSlice(key))
      throw newError(
        "NotImplementedError",
        "memoryview slice assignments are currently restricted to ndim = 1",
      );
    throw typeError("memoryview: invalid slice key");
  },
  __delitem__: (self) => {
    checkWritable(mv(self));
    throw typeError("cannot delete memory");
  },
  __iter__: (self) => {
    const view = mv(self);
    view.checkLive();
    if (view.ndim === 0) throw typeError("invalid indexing of 0-dim memory");
    if (view.ndim > 1)
      throw newError("NotImplementedError", "multi-dimensional sub-views are not implemented");
    const n = view.shape[0];
    let i = 0;
    return nativeIterator(
      "memory_iterator",
      () => {
        if (i >= n) return undefined;
        const bytes = view.bytes;
        return unpackItem(bytes, view.offset + view.strides[0] * i++, view.code);
      },
      () => n - i,
    );
  },
  __eq__: (self, [o]) => {
    const r = viewsEqual(mv(self), o);
    return r === null ? NotImplemented : pyBool(r);
  },
  __ne__: (self, [o]) => {
    const r = viewsEqual(mv(self), o);
    return r === null ? NotImplemented : pyBool(!r);
  },
  __hash__: (self) => {
    const view = mv(self);
    if (view.hashCache === null) {
      const bytes = view.bytes;
      if (!view.readonly) throw newError("ValueError", "cannot hash writable memoryview object");
      const code = nativeCode(view.format);
      if (code === null || !isByteFormat(code))
        throw newError("ValueError", "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
      hashOf(view.mbuf.exporter);
      view.hashCache = hashBytes(gatherBytes(bytes, view, false));
    }
    return intFrom(view.hashCache);
  },
  __enter__: (self) => {
    mv(self).checkLive();
    return self;
  },
  __exit__: (self) => {
    mv(self).release();
    return None;
  },
  release: (self, args, kw) => {
    noArgs("memoryview", "release", args, kw);
    mv(self).release();
    return None;
  },
  tobytes: (self, args, kw) => {
    const [order] = kwArgs("tobytes", args, kw, ["order"]);
    const view = mv(self);
    const bytes = view.bytes;
    let fortran = false;
    if (order !== undefined && order !== None) {
      if (!(order instanceof PyStr))
        throw typeError(`tobytes() argument 'order' must be str or None, not ${order.type.name}`);
      if (!["C", "F", "A"].includes(order.value))
        throw newError("ValueError", "order must be 'C', 'F' or 'A'");
      fortran =
        order.value === "F" || (order.value === "A" && !isContiguous(view, "C") && isContiguous(view, "F"));
    }
    return new PyBytes(gatherBytes(bytes, view, fortran));
  },
  tolist: (self, args, kw) => {
    noArgs("memoryview", "tolist", args, kw);
    const view = mv(self);
    const bytes = view.bytes;
    if (view.ndim === 0) return unpackItem(bytes, view.offset, view.code);
    return tolist(view, bytes, view.offset, 0);
  },
  hex: (self, args, kw) => {
    const [sep, per] = kwArgs("hex", args, kw, ["sep", "bytes_per_sep"]);
    return newStr(hexOf(mv(self).toBytes(), sep, per));
  },
  cast: (self, args, kw) => {
    const [format, shape] = kwArgs("cast", args, kw, ["format", "shape"], 1);
    if (!(format instanceof PyStr))
      throw typeError(`cast() argument 'format' must be str, not ${format!.type.name}`);
    return cast(mv(self), format, shape);
  },
  toreadonly: (self, args, kw) => {
    noArgs("memoryview", "toreadonly", args, kw);
    const view = mv(self);
    view.checkLive();
    return new PyMemoryView(view.mbuf, { ...copyLayout(view), readonly: true });
  },
  count: (self, args, kw) => {
    const value = oneArg("memoryview", "count", args, kw);
    let n = 0;
    for (const item of lookupItems(mv(self))) if (isEqual(item, value)) n++;
    return newInt(n);
  },
  index: (self, args, kw) => {
    const [value, startObj, stopObj] = posArgs("index", args, kw, 1, 3);
    const items = lookupItems(mv(self));
    const clamp = (o: PyObject | undefined, dflt: number) => {
      if (o === undefined) return dflt;
      if (!isIndex(o)) throw typeError("slice indices must be integers or have an __index__ method");
      let i = Number(index(o));
      if (i < 0) i = Math.max(0, i + items.length);
      return Math.min(i, items.length);
    };
    const stop = clamp(stopObj, items.length);
    for (let i = clamp(startObj, 0); i < stop; i++) if (isEqual(items[i], value)) return newInt(i);
    throw newError("ValueError", "memoryview.index(x): x not found");
  },
});

/** The items count() and index() search: only one-dimensional views can be searched. */
function lookupItems(view: PyMemoryView): PyObject[] {
  const bytes = view.bytes;
  if (view.ndim === 0) throw typeError("invalid lookup on 0-dim memory");
  if (view.ndim > 1) throw newError("NotImplementedError", "multi-dimensional lookup is not implemented");
  return itemOffsets(view).map((p) => unpackItem(bytes, p, view.code));
}

T.memoryview.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      const [object] = kwArgs("memoryview", args.slice(1), kw, ["object"]);
      if (object === undefined) throw typeError("memoryview() missing required argument 'object' (pos 1)");
      return newMemoryView(object);
    }),
  ),
);
