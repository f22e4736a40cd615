// memoryview objects: typed, shaped windows onto another object's bytes, sharing that memory (PEP 3118 views).
import { newError, PyObject, PyType, T } from "./core.js";

T.memoryview = new PyType(T.type, "memoryview", [T.object]);

/** An object a memoryview can be made over, and how its buffer is acquired and given back. */
export interface BufferSource {
  /** The exporter's current bytes; re-read on every access because the exporter may swap its array. */
  readonly bytes: () => Uint8Array;
  readonly readonly: boolean;
  /** Called once when the last view made from this acquisition is released. */
  readonly release: () => void;
}

/**
 * One acquisition of an exporter's buffer, shared by every view derived from it (CPython's
 * managedbuffer): slices, casts and memoryview(mv) all read through it.
 *
 * CPython gives the buffer back when the last of those views dies, which its reference counting
 * notices at once; Ophis cannot see temporaries die (bytes(mv[1:]) leaves a slice behind), so the
 * first explicit release() of any view gives the buffer back instead. The other views stay usable
 * while the exporter's bytes still cover them.
 */
export class ManagedBuffer {
  released = false;
  constructor(
    readonly exporter: PyObject,
    readonly source: BufferSource,
  ) {}

  giveBack(): void {
    if (this.released) return;
    this.released = true;
    this.source.release();
  }
}

/** Every view field a new view may change; the rest comes from the managed buffer. */
export interface ViewLayout {
  /** Byte position of the first item in the exporter's bytes. */
  offset: number;
  /** As memoryview.format reports it ("B", "@h", ...). */
  format: string;
  itemsize: number;
  shape: number[];
  /** Bytes between consecutive items of each dimension; negative for reversed slices. */
  strides: number[];
  readonly: boolean;
}

export class PyMemoryView extends PyObject implements ViewLayout {
  released = false;
  hashCache: number | bigint | null = null;
  offset: number;
  format: string;
  itemsize: number;
  shape: number[];
  strides: number[];
  readonly: boolean;

  constructor(
    readonly mbuf: ManagedBuffer,
    layout: ViewLayout,
  ) {
    super(T.memoryview);
    this.offset = layout.offset;
    this.format = layout.format;
    this.itemsize = layout.itemsize;
    this.shape = layout.shape;
    this.strides = layout.strides;
    this.readonly = layout.readonly;
  }

  get ndim(): number {
    return this.shape.length;
  }

  get nbytes(): number {
    return this.shape.reduce((n, d) => n * d, this.itemsize);
  }

  /** CPython's CHECK_RELEASED. */
  checkLive(): void {
    if (this.released) throw newError("ValueError", "operation forbidden on released memoryview object");
  }

  /** The exporter's bytes, once checkLive passes and they still hold every item of the view. */
  get bytes(): Uint8Array {
    this.checkLive();
    const bytes = this.mbuf.source.bytes();
    if (this.shape.includes(0)) return bytes;
    let low = this.offset;
    let high = this.offset + this.itemsize;
    this.shape.forEach((n, d) => {
      const reach = (n - 1) * this.strides[d];
      if (reach < 0) low += reach;
      else high += reach;
    });
    if (low < 0 || high > bytes.length)
      throw newError("ValueError", "operation forbidden on released memoryview object");
    return bytes;
  }

  /** The format character without the optional native '@' prefix. */
  get code(): string {
    return this.format[0] === "@" ? this.format.slice(1) : this.format;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.mbuf.giveBack();
  }

  /** The view's bytes in C (row-major) order, as a fresh array. */
  toBytes(): Uint8Array {
    return gatherBytes(this.bytes, this, false);
  }
}

/** Byte offsets of every item in row-major order (first index slowest), or column-major when `fortran`. */
export function itemOffsets(layout: ViewLayout, fortran = false): number[] {
  const { shape, strides } = layout;
  const out: number[] = [];
  if (shape.length === 0) return [layout.offset];
  if (shape.includes(0)) return out;
  const dims = shape.map((_, i) => i);
  if (!fortran) dims.reverse();
  const at = new Array<number>(shape.length).fill(0);
  let pos = layout.offset;
  for (;;) {
    out.push(pos);
    let k = 0;
    for (; k < dims.length; k++) {
      const d = dims[k];
      if (++at[d] < shape[d]) {
        pos += strides[d];
        break;
      }
      pos -= strides[d] * (shape[d] - 1);
      at[d] = 0;
    }
    if (k === dims.length) return out;
  }
}

/** Copies a view's items out of `bytes` into one contiguous array, in C or Fortran order. */
export function gatherBytes(bytes: Uint8Array, layout: ViewLayout, fortran: boolean): Uint8Array {
  const size = layout.itemsize;
  if (isContiguous(layout, fortran ? "F" : "C"))
    return bytes.slice(layout.offset, layout.offset + layout.shape.reduce((n, d) => n * d, size));
  const offsets = itemOffsets(layout, fortran);
  const out = new Uint8Array(offsets.length * size);
  offsets.forEach((p, i) => {
    out.set(bytes.subarray(p, p + size), i * size);
  });
  return out;
}

/** PyBuffer_IsContiguous for order 'C' or 'F', with memoryview's own rule for one dimension. */
export function isContiguous(layout: ViewLayout, order: "C" | "F"): boolean {
  const { shape, strides, itemsize } = layout;
  if (shape.length === 0) return true;
  if (shape.length === 1) return shape[0] === 1 || strides[0] === itemsize;
  if (shape.includes(0)) return true;
  let expected = itemsize;
  const dims = shape.map((_, i) => i);
  if (order === "C") dims.reverse();
  for (const d of dims) {
    if (shape[d] !== 1 && strides[d] !== expected) return false;
    expected *= shape[d];
  }
  return true;
}
