// bytes and bytearray methods: construction, operators, searching and splitting, ASCII case, hex, decode, %.
import { bufferOf, PyByteArray, PyBytes, reprBytes } from "../bytes.js";
import { newError, type PyObject, type PyType, T, typeError } from "../core.js";
import { percentFormat } from "../format/percent.js";
import { defineMethods, PyBuiltinFunction, PyClassMethod, PyStaticMethod } from "../functions.js";
import { hashBytes } from "../hash/siphash.js";
import { intFrom, newInt, PyInt, pyBool } from "../int.js";
import { nativeIterator } from "../iterators.js";
import { PyMemoryView } from "../memoryview.js";
import { callSpecial, index, iterate, ssizeIndex } from "../protocols.js";
import { newTuple, PySlice, PyTuple } from "../sequences.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr, PyStr } from "../str.js";
import { decodeBytes, encodeText, textArg } from "./codecs.js";
import { newList } from "./containers.js";
import { sliceIndices } from "./slices.js";
import { bytesData, bytesFactory, cannotRepeat, repeatCount } from "./text.js";
import { adjustIndices, kwArgs, noArgs, oneArg, posArgs, sizeArg, sliceArg } from "./text-args.js";
import { splitWhitespace } from "./text-methods.js";

type Maker = (data: Uint8Array) => PyObject;

const makeBytes: Maker = (d) => new PyBytes(d);
const makeByteArray: Maker = (d) => new PyByteArray(d);

bytesData.of = bufferOf;
bytesFactory.make = makeBytes;

export function data(o: PyObject): Uint8Array {
  return (o as PyBytes).value;
}

function latin1(d: Uint8Array): string {
  let s = "";
  for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode(...d.subarray(i, i + 8192));
  return s;
}

function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A bytes-like argument, with CPython's message naming what was expected. */
export function needBuffer(o: PyObject, message?: string): Uint8Array {
  const b = bufferOf(o);
  if (b === null) throw typeError(message ?? `a bytes-like object is required, not '${o.type.name}'`);
  return b;
}

/** A sub argument of find/count/index: bytes-like or an int in range(256). */
function subArg(o: PyObject): Uint8Array {
  if (o instanceof PyInt) {
    const v = Number(o.value);
    if (v < 0 || v > 255) throw newError("ValueError", "byte must be in range(0, 256)");
    return Uint8Array.of(v);
  }
  return needBuffer(o, `argument should be integer or bytes-like object, not '${o.type.name}'`);
}

/** Bytes from an iterable of ints (bytes([1, 2]), bytearray.extend). */
export function fromIterable(o: PyObject, what = "byte"): Uint8Array {
  const out: number[] = [];
  for (const item of iterate(o)) {
    const v = Number(index(item));
    if (v < 0 || v > 255) throw newError("ValueError", `${what} must be in range(0, 256)`);
    out.push(v);
  }
  return Uint8Array.from(out);
}

/** The contents bytes(x, encoding, errors) and bytearray(...) build. */
export function construct(name: string, args: PyObject[], kw: readonly string[] | null): Uint8Array {
  const [x, enc, err] = kwArgs(name, args, kw, ["source", "encoding", "errors"]);
  if (x === undefined) {
    if (enc !== undefined || err !== undefined)
      throw typeError(
        enc !== undefined ? "encoding without a string argument" : "errors without a string argument",
      );
    return new Uint8Array(0);
  }
  if (x instanceof PyStr) {
    if (enc === undefined) throw typeError("string argument without an encoding");
    return encodeText(
      x.value,
      textArg(enc, name, "encoding"),
      err === undefined ? "strict" : textArg(err, name, "errors"),
    );
  }
  if (enc !== undefined) throw typeError("encoding without a string argument");
  if (err !== undefined) throw typeError("errors without a string argument");
  const buf = bufferOf(x);
  if (buf !== null) return buf.slice();
  if (name === "bytes") {
    const b = callSpecial(x, "__bytes__", []);
    if (b !== undefined) {
      if (!(b instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${b.type.name})`);
      return b.value;
    }
  }
  if (x instanceof PyInt || x.type.lookup("__index__") !== undefined) {
    const n = Number(index(x));
    if (n < 0) throw newError("ValueError", "negative count");
    return new Uint8Array(n);
  }
  if (x.type.lookup("__iter__") === undefined && x.type.lookup("__getitem__") === undefined)
    throw typeError(`cannot convert '${x.type.name}' object to ${name}`);
  return fromIterable(x, name === "bytes" ? "bytes" : "byte");
}

function find(hay: Uint8Array, needle: Uint8Array, from: number, to: number, reverse: boolean): number {
  const last = to - needle.length;
  const match = (i: number) => {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) return false;
    return true;
  };
  if (reverse) {
    for (let i = last; i >= from; i--) if (match(i)) return i;
  } else for (let i = from; i <= last; i++) if (match(i)) return i;
  return -1;
}

function isSpaceByte(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function splitBytes(d: Uint8Array, sep: Uint8Array | null, max: number, reverse: boolean): Uint8Array[] {
  const text = latin1(d);
  if (sep === null) return splitWhitespace(text, max, reverse, isSpaceByte).map(fromLatin1);
  const s = latin1(sep);
  const parts = text.split(s);
  if (max < 0 || parts.length <= max + 1) return parts.map(fromLatin1);
  if (!reverse) return [...parts.slice(0, max), parts.slice(max).join(s)].map(fromLatin1);
  const keep = parts.length - max;
  return [parts.slice(0, keep).join(s), ...parts.slice(keep)].map(fromLatin1);
}

function compare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function asciiMap(f: (c: number) => number) {
  return (d: Uint8Array) => d.map(f);
}
const lowerByte = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const upperByte = (c: number) => (c >= 97 && c <= 122 ? c - 32 : c);
const isUpperByte = (c: number) => c >= 65 && c <= 90;
const isLowerByte = (c: number) => c >= 97 && c <= 122;
const isAlphaByte = (c: number) => isUpperByte(c) || isLowerByte(c);
const isDigitByte = (c: number) => c >= 48 && c <= 57;

/** bytes.hex(sep, bytes_per_sep): groups counted from the right (from the left for a negative count). */
export function hexOf(d: Uint8Array, sepObj: PyObject | undefined, perObj: PyObject | undefined): string {
  const digits = Array.from(d, (b) => b.toString(16).padStart(2, "0"));
  if (sepObj === undefined) return digits.join("");
  let sep: string;
  if (sepObj instanceof PyStr) sep = sepObj.value;
  else {
    const b = bufferOf(sepObj);
    if (b === null) throw typeError(`object of type '${sepObj.type.name}' has no len()`);
    sep = latin1(b);
  }
  if (sep.length !== 1) throw newError("ValueError", "sep must be length 1.");
  const per = perObj === undefined ? 1 : Number(index(perObj));
  if (per === 0) return digits.join("");
  const size = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    for (let end = digits.length; end > 0; end -= size)
      groups.unshift(digits.slice(Math.max(0, end - size), end).join(""));
  } else for (let i = 0; i < digits.length; i += size) groups.push(digits.slice(i, i + size).join(""));
  return groups.join(sep);
}

function fromHex(text: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpaceByte(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const pair = text.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
      const bad = /^[0-9a-fA-F]$/.test(text[i]) ? i + 1 : i;
      if (bad >= text.length)
        throw newError("ValueError", "fromhex() arg must contain an even number of hexadecimal digits");
      throw newError("ValueError", `non-hexadecimal number found in fromhex() arg at position ${bad}`);
    }
    out.push(Number.parseInt(pair, 16));
    i += 2;
  }
  return Uint8Array.from(out);
}

/** The methods bytes and bytearray share; results are made with `make` (same type as self). */
function commonMethods(type: PyType, make: Maker, owner: string): void {
  const finder =
    (name: string, reverse: boolean, raise: boolean) =>
    (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
      posArgs(name, args, kw, 1, 3);
      const d = data(self);
      const sub = subArg(args[0]);
      const [s, e] = adjustIndices(sliceArg(args[1], 0), sliceArg(args[2], d.length), d.length);
      const r = s > d.length ? -1 : find(d, sub, s, e, reverse);
      if (r < 0 && raise) throw newError("ValueError", "subsection not found");
      return newInt(r);
    };
  const splitter =
    (name: string, reverse: boolean) => (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
      const [sepObj, maxObj] = kwArgs(name, args, kw, ["sep", "maxsplit"]);
      const sep = sepObj === undefined || sepObj === None ? null : needBuffer(sepObj);
      if (sep !== null && sep.length === 0) throw newError("ValueError", "empty separator");
      return newList(
        splitBytes(data(self), sep, maxObj === undefined ? -1 : sizeArg(maxObj), reverse).map(make),
      );
    };
  const stripper =
    (name: string, left: boolean, right: boolean) =>
    (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
      posArgs(name, args, kw, 0, 1);
      const chars = args[0] === undefined || args[0] === None ? null : needBuffer(args[0]);
      const d = data(self);
      const drop = (c: number) => (chars === null ? isSpaceByte(c) : chars.includes(c));
      let a = 0;
      let b = d.length;
      if (left) while (a < b && drop(d[a])) a++;
      if (right) while (b > a && drop(d[b - 1])) b--;
      return make(d.slice(a, b));
    };
  const mapper =
    (name: string, f: (d: Uint8Array) => Uint8Array) =>
    (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
      noArgs(owner, name, args, kw);
      return make(f(data(self)));
    };
  const predicate =
    (name: string, test: (d: Uint8Array) => boolean) =>
    (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
      noArgs(owner, name, args, kw);
      return pyBool(test(data(self)));
    };
  const all = (f: (c: number) => boolean) => (d: Uint8Array) => d.length > 0 && d.every(f);
  const tail =
    (name: string, atEnd: boolean) => (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
      posArgs(name, args, kw, 1, 3);
      const d = data(self);
      const [s, e] = adjustIndices(sliceArg(args[1], 0), sliceArg(args[2], d.length), d.length);
      const test = (sub: Uint8Array) => {
        if (s > d.length || e - s < sub.length) return false;
        const at = atEnd ? e - sub.length : s;
        for (let k = 0; k < sub.length; k++) if (d[at + k] !== sub[k]) return false;
        return true;
      };
      const what = args[0];
      if (what instanceof PyTuple) return pyBool(what.items.some((p) => test(needBuffer(p))));
      const b = bufferOf(what);
      if (b === null)
        throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${what.type.name}`);
      return pyBool(test(b));
    };
  const pad =
    (name: string, align: string) => (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
      posArgs(name, args, kw, 1, 2);
      const width = sizeArg(args[0]);
      let fill = 32;
      if (args[1] !== undefined) {
        const f = bufferOf(args[1]);
        if (f === null || f.length !== 1 || args[1] instanceof PyByteArray)
          throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${args[1].type.name}`);
        fill = f[0];
      }
      const d = data(self);
      if (d.length >= width) return make(d.slice());
      const marg = width - d.length;
      const left = align === "<" ? 0 : align === ">" ? marg : (marg >> 1) + (marg & width & 1);
      const out = new Uint8Array(width).fill(fill);
      out.set(d, left);
      return make(out);
    };
  defineMethods(type, {
    __len__: (self) => newInt(data(self).length),
    __iter__: (self) => {
      const d = data(self);
      let i = 0;
      return nativeIterator(`${type.name}_iterator`, () => (i < d.length ? newInt(d[i++]) : undefined));
    },
    __getitem__: (self, [key]) => {
      const d = data(self);
      if (key instanceof PySlice) {
        const [start, , step, count] = sliceIndices(key, d.length);
        if (step === 1) return make(d.slice(start, start + count));
        const out = new Uint8Array(count);
        for (let i = 0, j = start; i < count; i++, j += step) out[i] = d[j];
        return make(out);
      }
      if (!(key instanceof PyInt) && key.type.lookup("__index__") === undefined)
        throw typeError(
          `${type.name === "bytes" ? "byte" : type.name} indices must be integers or slices, not ${key.type.name}`,
        );
      let i = ssizeIndex(key, "IndexError");
      if (i < 0) i += d.length;
      if (i < 0 || i >= d.length)
        throw newError("IndexError", `${type.name === "bytes" ? "index" : "bytearray index"} out of range`);
      return newInt(d[i]);
    },
    __contains__: (self, [o]) => {
      const d = data(self);
      if (o instanceof PyInt) return pyBool(d.includes(subArg(o)[0]));
      return pyBool(find(d, needBuffer(o), 0, d.length, false) >= 0);
    },
    __add__: (self, [o]) => {
      const b = bufferOf(o);
      if (b === null) {
        if (o.type.lookup("__radd__") !== undefined) return NotImplemented;
        throw typeError(`can't concat ${o.type.name} to ${type.name}`);
      }
      const d = data(self);
      const out = new Uint8Array(d.length + b.length);
      out.set(d);
      out.set(b, d.length);
      return make(out);
    },
    __mul__: (self, [o]) => repeat(self, o, make, "__rmul__"),
    __rmul__: (self, [o]) => repeat(self, o, make, "__mul__"),
    __mod__: (self, [o]) => make(fromLatin1(bytesPercent(latin1(data(self)), o))),
    __rmod__: () => NotImplemented,
    __eq__: (self, [o]) => {
      const b = comparedBuffer(self, o);
      return b === null ? NotImplemented : pyBool(compare(data(self), b) === 0);
    },
    __ne__: (self, [o]) => {
      const b = comparedBuffer(self, o);
      return b === null ? NotImplemented : pyBool(compare(data(self), b) !== 0);
    },
    __lt__: (self, [o]) => cmp(self, o, (c) => c < 0),
    __le__: (self, [o]) => cmp(self, o, (c) => c <= 0),
    __gt__: (self, [o]) => cmp(self, o, (c) => c > 0),
    __ge__: (self, [o]) => cmp(self, o, (c) => c >= 0),
    decode: (self, args, kw) => {
      const [enc, err] = kwArgs("decode", args, kw, ["encoding", "errors"]);
      const encoding = enc === undefined ? "utf-8" : textArg(enc, "decode", "encoding");
      const errors = err === undefined ? "strict" : textArg(err, "decode", "errors");
      return newStr(decodeBytes(data(self), encoding, errors));
    },
    hex: (self, args, kw) => {
      const [sep, per] = kwArgs("hex", args, kw, ["sep", "bytes_per_sep"]);
      return newStr(hexOf(data(self), sep, per));
    },
    join: (self, args, kw) => {
      const iterable = oneArg(owner, "join", args, kw);
      const parts: Uint8Array[] = [];
      let i = 0;
      for (const item of iterate(iterable)) {
        const b = bufferOf(item);
        if (b === null)
          throw typeError(`sequence item ${i}: expected a bytes-like object, ${item.type.name} found`);
        parts.push(b);
        i++;
      }
      const sep = data(self);
      const total = parts.reduce((n, p) => n + p.length, 0) + Math.max(0, parts.length - 1) * sep.length;
      const out = new Uint8Array(total);
      let at = 0;
      parts.forEach((p, k) => {
        if (k) {
          out.set(sep, at);
          at += sep.length;
        }
        out.set(p, at);
        at += p.length;
      });
      return make(out);
    },
    find: finder("find", false, false),
    rfind: finder("rfind", true, false),
    index: finder("index", false, true),
    rindex: finder("rindex", true, true),
    count: (self, args, kw) => {
      posArgs("count", args, kw, 1, 3);
      const d = data(self);
      const sub = subArg(args[0]);
      const [s, e] = adjustIndices(sliceArg(args[1], 0), sliceArg(args[2], d.length), d.length);
      if (s > d.length || e < s) return newInt(0);
      if (sub.length === 0) return newInt(e - s + 1);
      let n = 0;
      for (let at = find(d, sub, s, e, false); at >= 0; at = find(d, sub, at + sub.length, e, false)) n++;
      return newInt(n);
    },
    replace: (self, args, kw) => {
      const [o, n, c] = kwArgs("replace", args, kw, ["old", "new", "count"], 2);
      const old = latin1(needBuffer(o!));
      const rep = latin1(needBuffer(n!));
      let count = c === undefined ? -1 : sizeArg(c);
      const text = latin1(data(self));
      if (count < 0) count = Number.MAX_SAFE_INTEGER;
      let out = "";
      if (old === "") {
        for (let i = 0; i <= text.length; i++) {
          if (i < count) out += rep;
          if (i < text.length) out += text[i];
        }
        return make(fromLatin1(count === 0 ? text : out));
      }
      let from = 0;
      for (let k = 0; k < count; k++) {
        const at = text.indexOf(old, from);
        if (at < 0) break;
        out += text.slice(from, at) + rep;
        from = at + old.length;
      }
      return make(fromLatin1(out + text.slice(from)));
    },
    split: splitter("split", false),
    rsplit: splitter("rsplit", true),
    strip: stripper("strip", true, true),
    lstrip: stripper("lstrip", true, false),
    rstrip: stripper("rstrip", false, true),
    partition: (self, args, kw) => partition(self, oneArg(owner, "partition", args, kw), false, make),
    rpartition: (self, args, kw) => partition(self, oneArg(owner, "rpartition", args, kw), true, make),
    startswith: tail("startswith", false),
    endswith: tail("endswith", true),
    removeprefix: (self, args, kw) => {
      const p = needBuffer(oneArg(owner, "removeprefix", args, kw));
      const d = data(self);
      const has = p.length <= d.length && p.every((b, i) => d[i] === b);
      return make(has ? d.slice(p.length) : d.slice());
    },
    removesuffix: (self, args, kw) => {
      const p = needBuffer(oneArg(owner, "removesuffix", args, kw));
      const d = data(self);
      const off = d.length - p.length;
      const has = p.length > 0 && off >= 0 && p.every((b, i) => d[off + i] === b);
      return make(has ? d.slice(0, off) : d.slice());
    },
    center: pad("center", "^"),
    ljust: pad("ljust", "<"),
    rjust: pad("rjust", ">"),
    zfill: (self, args, kw) => {
      const width = sizeArg(posArgs("zfill", args, kw, 1, 1)[0]);
      const t = latin1(data(self));
      if (t.length >= width) return make(data(self).slice());
      const fill = "0".repeat(width - t.length);
      return make(fromLatin1(t[0] === "+" || t[0] === "-" ? t[0] + fill + t.slice(1) : fill + t));
    },
    splitlines: (self, args, kw) => {
      const [keep] = kwArgs("splitlines", args, kw, ["keepends"]);
      const keepends = keep !== undefined && Number(index(keep)) !== 0;
      const text = latin1(data(self));
      const lines: string[] = [];
      const re = /\r\n|\r|\n/g;
      let start = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        lines.push(text.slice(start, keepends ? m.index + m[0].length : m.index));
        start = m.index + m[0].length;
      }
      if (start < text.length) lines.push(text.slice(start));
      return newList(lines.map((l) => make(fromLatin1(l))));
    },
    upper: mapper("upper", asciiMap(upperByte)),
    lower: mapper("lower", asciiMap(lowerByte)),
    swapcase: mapper(
      "swapcase",
      asciiMap((c) => (isUpperByte(c) ? c + 32 : isLowerByte(c) ? c - 32 : c)),
    ),
    capitalize: mapper("capitalize", (d) => d.map((c, i) => (i === 0 ? upperByte(c) : lowerByte(c)))),
    title: mapper("title", (d) => {
      let prev = false;
      return d.map((c) => {
        const r = prev ? lowerByte(c) : upperByte(c);
        prev = isAlphaByte(c);
        return r;
      });
    }),
    isdigit: predicate("isdigit", all(isDigitByte)),
    isalpha: predicate("isalpha", all(isAlphaByte)),
    isalnum: predicate(
      "isalnum",
      all((c) => isAlphaByte(c) || isDigitByte(c)),
    ),
    isspace: predicate("isspace", all(isSpaceByte)),
    isascii: predicate("isascii", (d) => d.every((c) => c < 128)),
    isupper: predicate("isupper", (d) => d.some(isUpperByte) && !d.some(isLowerByte)),
    islower: predicate("islower", (d) => d.some(isLowerByte) && !d.some(isUpperByte)),
  });
  type.setAttr(
    "fromhex",
    new PyClassMethod(
      new PyBuiltinFunction("fromhex", (args) => {
        const text = args[1];
        const raw = bufferOf(text);
        if (!(text instanceof PyStr) && raw === null)
          throw typeError(`fromhex() argument must be str or bytes-like, not ${text.type.name}`);
        return make(fromHex(text instanceof PyStr ? text.value : latin1(raw!)));
      }),
    ),
  );
}

/** What bytes compares against: bytearray takes any buffer, bytes leaves memoryview to answer for itself. */
function comparedBuffer(self: PyObject, o: PyObject): Uint8Array | null {
  if (o instanceof PyMemoryView && !(self instanceof PyByteArray)) return null;
  return bufferOf(o);
}

function cmp(self: PyObject, o: PyObject, test: (c: number) => boolean): PyObject {
  const b = comparedBuffer(self, o);
  return b === null ? NotImplemented : pyBool(test(compare(data(self), b)));
}

/** The largest bytes object made here; longer results are a MemoryError. */
const MAX_BYTES = 2 ** 31 - 1;

function repeat(self: PyObject, o: PyObject, make: Maker, reflected: string): PyObject {
  const n = repeatCount(o);
  if (n === undefined) return cannotRepeat(self, o, reflected);
  const d = data(self);
  if (d.length * n > MAX_BYTES) throw newError("MemoryError", null);
  const out = new Uint8Array(d.length === 0 ? 0 : n * d.length);
  if (d.length) for (let i = 0; i < n; i++) out.set(d, i * d.length);
  return make(out);
}

function partition(self: PyObject, sepObj: PyObject, reverse: boolean, make: Maker): PyObject {
  const sep = needBuffer(sepObj);
  if (sep.length === 0) throw newError("ValueError", "empty separator");
  const d = data(self);
  const at = find(d, sep, 0, d.length, reverse);
  if (at < 0) {
    const empty = () => make(new Uint8Array(0));
    return reverse
      ? newTuple([empty(), empty(), make(d.slice())])
      : newTuple([make(d.slice()), empty(), empty()]);
  }
  return newTuple([make(d.slice(0, at)), make(sep.slice()), make(d.slice(at + sep.length))]);
}

/** bytes % args: %s takes bytes-like objects (or __bytes__), %c an int or one byte. */
function bytesPercent(template: string, arg: PyObject): string {
  return percentFormat(template, arg, {
    bytes: true,
    s: (o) => {
      const b = bufferOf(o);
      if (b !== null) return latin1(b);
      const r = callSpecial(o, "__bytes__", []);
      if (r instanceof PyBytes) return latin1(r.value);
      throw typeError(
        `%b requires a bytes-like object, or an object that implements __bytes__, not '${o.type.name}'`,
      );
    },
    c: (o) => {
      if (o instanceof PyInt) {
        const v = Number(o.value);
        if (v < 0 || v > 255) throw newError("OverflowError", "%c arg not in range(256)");
        return String.fromCharCode(v);
      }
      const b = bufferOf(o);
      if (b !== null && b.length === 1) return String.fromCharCode(b[0]);
      throw typeError(
        b !== null
          ? `%c requires an integer in range(256) or a single byte, not a bytes object of length ${b.length}`
          : `%c requires an integer in range(256) or a single byte, not ${o.type.name}`,
      );
    },
    key: (k) => new PyBytes(fromLatin1(k)),
  });
}

commonMethods(T.bytes, makeBytes, "bytes");
commonMethods(T.bytearray, makeByteArray, "bytearray");

defineMethods(T.bytes, {
  __repr__: (self) => newStr(reprBytes(data(self))),
  __hash__: (self) => {
    const b = self as PyBytes;
    if (b.hashCache === null) b.hashCache = hashBytes(b.value);
    return intFrom(b.hashCache);
  },
  __bytes__: (self) => (self.type === T.bytes ? self : new PyBytes(data(self))),
  __getnewargs__: (self) => newTuple([new PyBytes(data(self))]),
});
T.bytes.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      const cls = args[0] as PyType;
      const d = construct("bytes", args.slice(1), kw);
      return new PyBytes(d, cls);
    }),
  ),
);
