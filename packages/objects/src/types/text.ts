// str's operators, indexing, constructor, hashing, formatting (format, format_map, %), encode and translate.
import { E, newError, type PyObject, type PyType, T, typeError } from "../core.js";
import { PyDict } from "../dict.js";
import { percentFormat as percent } from "../format/percent.js";
import { padText, parseSpec, unknownType } from "../format/spec.js";
import { expandTemplate, formatObject } from "../format/template.js";
import { defineMethods, PyBuiltinFunction, PyStaticMethod } from "../functions.js";
import { hashText } from "../hash/siphash.js";
import { intFrom, newInt, PyInt, pyBool } from "../int.js";
import { nativeIterator } from "../iterators.js";
import { getItem, index, ssizeIndex, str } from "../protocols.js";
import { PySlice } from "../sequences.js";
import { None, NotImplemented } from "../singletons.js";
import { EMPTY_STR, newStr, PyStr, reprString } from "../str.js";
import { decodeBytes, encodeText, textArg } from "./codecs.js";
import { sliceIndices } from "./slices.js";
import { kwArgs, oneArg, posArgs } from "./text-args.js";
import "./text-methods.js";

function s(o: PyObject): string {
  return (o as PyStr).value;
}

function cmp(test: (a: string, b: string) => boolean) {
  return (self: PyObject, [o]: PyObject[]): PyObject =>
    o instanceof PyStr ? pyBool(test(s(self), o.value)) : NotImplemented;
}

/** Compares by code point (JS compares UTF-16 units, which orders astral characters differently). */
function lessThan(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y;
    if (x > 0xffff) i++;
  }
  return a.length < b.length;
}

/** The repeat count of `seq * n`, or undefined when `n` is not an integer (then the reflected operand may try). */
export function repeatCount(n: PyObject): number | undefined {
  if (!(n instanceof PyInt) && n.type.lookup("__index__") === undefined) return undefined;
  return Math.max(0, ssizeIndex(n, "OverflowError"));
}

/** The longest string the JS engine can hold (V8's String::kMaxLength); longer results are a MemoryError. */
const MAX_STRING_LENGTH = 2 ** 29 - 24;

/**
 * `seq * other` for a non-integer other: a class defined in Python may answer with its reflected
 * method (binary_op1 tries number slots before sequence repetition); otherwise CPython's TypeError.
 */
export function cannotRepeat(_self: PyObject, other: PyObject, reflected: string): PyObject {
  if (other.type.heap && other.type.lookup(reflected) !== undefined) return NotImplemented;
  throw typeError(`can't multiply sequence by non-int of type '${other.type.name}'`);
}

function repeat(self: PyObject, o: PyObject, reflected: string): PyObject {
  const n = repeatCount(o);
  if (n === undefined) return cannotRepeat(self, o, reflected);
  const text = s(self);
  if (n <= 0 || text === "") return EMPTY_STR;
  if (n === 1 && self.type === T.str) return self;
  if (text.length * n > MAX_STRING_LENGTH) throw newError("MemoryError", null);
  return newStr(text.repeat(n));
}

/** The format mini-language for str: [[fill]align][width][.precision][s]. */
export function formatStr(text: string, spec: string): string {
  if (spec === "") return text;
  const f = parseSpec(spec, "str", "<", "s");
  if (f.type !== "" && f.type !== "s") unknownType(f.type, "str");
  if (f.sign === " ") throw newError("ValueError", "Space not allowed in string format specifier");
  if (f.sign) throw newError("ValueError", "Sign not allowed in string format specifier");
  if (f.noNegZero)
    throw newError("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) throw newError("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw newError("ValueError", "'=' alignment not allowed in string format specifier");
  let cps: string[] | null = null;
  let t = text;
  if (f.precision >= 0) {
    cps = Array.from(text);
    if (cps.length > f.precision) {
      cps = cps.slice(0, f.precision);
      t = cps.join("");
    }
  }
  const length = cps ? cps.length : (newStr(t) as PyStr).length;
  return padText(t, length, f);
}

/** format(v, spec): type(v).__format__(spec). */
export function formatValue(v: PyObject, spec: string): string {
  return formatObject(v, spec);
}

/** %c of str formatting: an int code point or a one-character str. */
function percentChar(o: PyObject): string {
  if (o instanceof PyStr) {
    if (o.length !== 1)
      throw typeError(`%c requires an int or a unicode character, not a string of length ${o.length}`);
    return o.value;
  }
  if (o instanceof PyInt || o.type.lookup("__index__") !== undefined) {
    const v = index(o);
    if (v < 0 || v > 0x10ffff) throw newError("OverflowError", "%c arg not in range(0x110000)");
    return String.fromCodePoint(Number(v));
  }
  throw typeError(`%c requires an int or a unicode character, not ${o.type.name}`);
}

/** str % args. */
export function percentFormat(template: string, arg: PyObject): string {
  return percent(template, arg, { bytes: false, s: str, c: percentChar, key: (k) => newStr(k) });
}

function keywordSource(args: PyObject[], kw: readonly string[] | null) {
  const npos = args.length - (kw?.length ?? 0);
  const named = new Map<string, PyObject>();
  for (let i = 0; i < (kw?.length ?? 0); i++) named.set(kw![i], args[npos + i]);
  return {
    positional: args.slice(0, npos),
    keyword: (name: string) => {
      const v = named.get(name);
      if (v === undefined) keyError(name);
      return v;
    },
  };
}

function keyError(name: string): never {
  const e = newError("KeyError", null);
  e.args = [newStr(name)];
  throw e;
}

/** bytes-like data of an object, for str(b, encoding); set by the bytes module. */
export const bytesData: { of: (o: PyObject) => Uint8Array | null } = { of: () => null };

defineMethods(T.str, {
  __repr__: (self) => newStr(reprString(s(self))),
  __str__: (self) => (self.type === T.str ? self : newStr(s(self))),
  __hash__: (self) => {
    const t = self as PyStr;
    if (t.hashCache === null) t.hashCache = hashText(t.value);
    return intFrom(t.hashCache);
  },
  __len__: (self) => newInt((self as PyStr).length),
  __add__: (self, [o]) => {
    if (!(o instanceof PyStr)) {
      if (o.type.lookup("__radd__") !== undefined) return NotImplemented;
      throw typeError(`can only concatenate str (not "${o.type.tpName}") to str`);
    }
    return newStr(s(self) + o.value);
  },
  __mul__: (self, [o]) => repeat(self, o, "__rmul__"),
  __rmul__: (self, [o]) => repeat(self, o, "__mul__"),
  __mod__: (self, [o]) => newStr(percentFormat(s(self), o)),
  __rmod__: () => NotImplemented,
  __eq__: cmp((a, b) => a === b),
  __ne__: cmp((a, b) => a !== b),
  __lt__: cmp(lessThan),
  __le__: cmp((a, b) => a === b || lessThan(a, b)),
  __gt__: cmp((a, b) => lessThan(b, a)),
  __ge__: cmp((a, b) => a === b || lessThan(b, a)),
  __contains__: (self, [o]) => {
    if (!(o instanceof PyStr))
      throw typeError(`'in <string>' requires string as left operand, not ${o.type.name}`);
    return pyBool(s(self).includes(o.value));
  },
  __getitem__: (self, [key]) => {
    const text = self as PyStr;
    const n = text.length;
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, n);
      if (step === 1) {
        if (count === n && self.type === T.str) return self;
        return newStr(text.value.slice(text.unitOffset(start), text.unitOffset(start + count)));
      }
      const chars = text.simple ? null : text.codePoints();
      let out = "";
      for (let i = 0, j = start; i < count; i++, j += step) out += chars ? chars[j] : text.value[j];
      return newStr(out);
    }
    if (!(key instanceof PyInt) && key.type.lookup("__index__") === undefined)
      throw typeError(`string indices must be integers, not '${key.type.name}'`);
    let i = ssizeIndex(key, "IndexError");
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw newError("IndexError", "string index out of range");
    const at = text.unitOffset(i);
    return newStr(text.value.slice(at, text.unitOffset(i + 1)));
  },
  __iter__: (self) => {
    const chars = Array.from(s(self));
    let i = 0;
    const ascii = /^[\x00-\x7f]*$/.test(s(self));
    return nativeIterator(ascii ? "str_ascii_iterator" : "str_iterator", () =>
      i < chars.length ? newStr(chars[i++]) : undefined,
    );
  },
  __format__: (self, args, kw) => {
    const spec = oneArg("str", "__format__", args, kw);
    if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.type.name}`);
    if (spec.value === "") return self.type === T.str ? self : newStr(str(self));
    return newStr(formatStr(s(self), spec.value));
  },
  __getnewargs__: (self) => newStr(s(self)),
  format: (self, args, kw) => newStr(expandTemplate(s(self), keywordSource(args, kw))),
  format_map: (self, args, kw) => {
    const mapping = oneArg("str", "format_map", args, kw);
    return newStr(
      expandTemplate(s(self), { positional: null, keyword: (name) => getItem(mapping, newStr(name)) }),
    );
  },
  encode: (self, args, kw) => {
    const [enc, err] = kwArgs("encode", args, kw, ["encoding", "errors"]);
    const encoding = enc === undefined ? "utf-8" : textArg(enc, "encode", "encoding");
    const errors = err === undefined ? "strict" : textArg(err, "encode", "errors");
    return bytesFactory.make(encodeText(s(self), encoding, errors));
  },
  translate: (self, args, kw) => {
    const table = oneArg("str", "translate", args, kw);
    let out = "";
    for (const ch of s(self)) {
      let mapped: PyObject;
      try {
        mapped = getItem(table, newInt(ch.codePointAt(0)!));
      } catch (e) {
        if (e instanceof Object && (e as PyObject).type?.isSubtype?.(E.LookupError)) {
          out += ch;
          continue;
        }
        throw e;
      }
      if (mapped === None) continue;
      if (mapped instanceof PyStr) out += mapped.value;
      else if (mapped instanceof PyInt) {
        const c = Number(mapped.value);
        if (c < 0 || c > 0x10ffff)
          throw newError("ValueError", "character mapping must be in range(0x110000)");
        out += String.fromCodePoint(c);
      } else throw typeError("character mapping must return integer, None or str");
    }
    return newStr(out);
  },
});

/** Makes a bytes object; set by the bytes module (str.encode must not import it in a cycle). */
export const bytesFactory: { make: (data: Uint8Array) => PyObject } = {
  make: () => {
    throw new Error("bytes not initialised");
  },
};

T.str.setAttr(
  "maketrans",
  new PyStaticMethod(
    new PyBuiltinFunction("maketrans", (args, kw) => {
      posArgs("maketrans", args, kw, 1, 3);
      const table = new PyDict();
      if (args.length === 1) {
        const d = args[0];
        if (!(d instanceof PyDict))
          throw typeError("if you give only one argument to maketrans it must be a dict");
        for (const e of d.entries()) {
          let key: PyObject = e.key;
          if (key instanceof PyStr) {
            if (key.length !== 1)
              throw newError("ValueError", "string keys in translate table must be of length 1");
            key = newInt(key.value.codePointAt(0)!);
          } else if (!(key instanceof PyInt))
            throw typeError("keys in translate table must be strings or integers");
          table.set(key, e.value);
        }
        return table;
      }
      const [x, y, z] = args;
      if (!(x instanceof PyStr)) throw typeError(`maketrans() argument 1 must be str, not ${x.type.name}`);
      if (!(y instanceof PyStr)) throw typeError(`maketrans() argument 2 must be str, not ${y.type.name}`);
      const xs = Array.from(x.value);
      const ys = Array.from(y.value);
      if (xs.length !== ys.length)
        throw newError("ValueError", "the first two maketrans arguments must have equal length");
      for (let i = 0; i < xs.length; i++)
        table.set(newInt(xs[i].codePointAt(0)!), newInt(ys[i].codePointAt(0)!));
      if (z !== undefined) {
        if (!(z instanceof PyStr)) throw typeError(`maketrans() argument 3 must be str, not ${z.type.name}`);
        for (const ch of z.value) table.set(newInt(ch.codePointAt(0)!), None);
      }
      return table;
    }),
  ),
);

T.str.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      const cls = args[0] as PyType;
      const npos = args.length - 1 - (kw?.length ?? 0);
      if (npos > 3) throw typeError(`str expected at most 3 arguments, got ${npos}`);
      const [obj, enc, err] = kwArgs("str", args.slice(1), kw, ["object", "encoding", "errors"]);
      let text: string;
      if (enc === undefined && err === undefined) text = obj === undefined ? "" : str(obj);
      else {
        const encoding = enc === undefined ? "utf-8" : textArg(enc, "str", "encoding");
        const errors = err === undefined ? "strict" : textArg(err, "str", "errors");
        const data = obj === undefined ? new Uint8Array(0) : bytesData.of(obj);
        if (obj instanceof PyStr) throw typeError("decoding str is not supported");
        if (data === null)
          throw typeError(`decoding to str: need a bytes-like object, ${obj!.type.name} found`);
        text = decodeBytes(data, encoding, errors);
      }
      return cls === T.str ? newStr(text) : new PyStr(text, cls);
    }),
  ),
);
