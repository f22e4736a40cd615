// int and bool methods: arithmetic, comparison (exact against floats), bit operations, conversions, formatting.

import { newError, type PyObject, type PyType, T, typeError } from "../core.js";
import { newFloat, PyFloat } from "../float.js";
import { formatInt } from "../format/int-format.js";
import { parseIntText } from "../format/parse-number.js";
import {
  defineGetSets,
  defineMethods,
  PyBuiltinFunction,
  PyClassMethod,
  PyStaticMethod,
} from "../functions.js";
import {
  compareIntFloat,
  False,
  intAdd,
  intDigitsLimit,
  intFloorDiv,
  intFrom,
  intHash,
  intMod,
  intMul,
  intNeg,
  intPow,
  intSub,
  intToDecimal,
  intTrueDiv,
  newBigInt,
  newInt,
  PyInt,
  pyBool,
  True,
  toBig,
} from "../int.js";
import { callSpecial, index, iterate, repr, str, truthy } from "../protocols.js";
import { newTuple } from "../sequences.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr, PyStr } from "../str.js";
import { bytesData, bytesFactory } from "./text.js";
import { kwArgs } from "./text-args.js";

type IntOp = (a: number | bigint, b: number | bigint) => PyObject;

function val(o: PyObject): number | bigint {
  return (o as PyInt).value;
}

function intBinary(op: IntOp, reflected = false) {
  return (self: PyObject, [other]: PyObject[]): PyObject => {
    if (!(other instanceof PyInt)) return NotImplemented;
    return reflected ? op(other.value, val(self)) : op(val(self), other.value);
  };
}

function bitwise(f: (a: bigint, b: bigint) => bigint, small: (a: number, b: number) => number): IntOp {
  return (a, b) => {
    if (typeof a === "number" && typeof b === "number" && Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31)
      return newInt(small(a, b));
    return newBigInt(f(toBig(a), toBig(b)));
  };
}

function shift(left: boolean): IntOp {
  return (a, b) => {
    if (b < 0) throw newError("ValueError", "negative shift count");
    const x = toBig(a);
    if (!left) return newBigInt(b > 100000 ? (x < 0n ? -1n : 0n) : x >> toBig(b));
    if (x === 0n) return newInt(0);
    if (b > 2 ** 32) throw newError("OverflowError", "too many digits in integer");
    return newBigInt(x << toBig(b));
  };
}

/** int ** int: an int for a non-negative exponent, else the float power. */
function power(a: number | bigint, b: number | bigint): PyObject {
  if (b < 0) {
    if (a === 0 || a === 0n) throw newError("ZeroDivisionError", "zero to a negative power");
    // CPython computes it as a float power.
    const r = floatPowHook.pow(intToFloat(a), intToFloat(b));
    return newFloat(r);
  }
  return intPow(a, b);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw newError("ValueError", "base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}

/** pow(a, b, m) for ints: modular exponentiation, negative b through the modular inverse. */
export function intPowMod(a: number | bigint, b: number | bigint, m: number | bigint): PyObject {
  let mod = toBig(m);
  if (mod === 0n) throw newError("ValueError", "pow() 3rd argument cannot be 0");
  const negativeMod = mod < 0n;
  if (negativeMod) mod = -mod;
  let base = ((toBig(a) % mod) + mod) % mod;
  let e = toBig(b);
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  let result = mod === 1n ? 0n : 1n;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  if (negativeMod && result !== 0n) result -= mod;
  return newBigInt(result);
}

function divmod(a: number | bigint, b: number | bigint): PyObject {
  return newTuple([intFloorDiv(a, b), intMod(a, b)]);
}

function intToFloat(v: number | bigint): number {
  const d = Number(v);
  if (!Number.isFinite(d)) throw newError("OverflowError", "int too large to convert to float");
  return d;
}

/** The float power, supplied by the float module (which imports this one). */
export const floatPowHook: { pow: (a: number, b: number) => number } = { pow: (a, b) => a ** b };

const intOps: Record<string, IntOp> = {
  add: intAdd,
  sub: intSub,
  mul: intMul,
  floordiv: intFloorDiv,
  mod: intMod,
  divmod,
  truediv: (a, b) => newFloat(intTrueDiv(a, b)),
  pow: power,
  and: bitwise(
    (a, b) => a & b,
    (a, b) => a & b,
  ),
  or: bitwise(
    (a, b) => a | b,
    (a, b) => a | b,
  ),
  xor: bitwise(
    (a, b) => a ^ b,
    (a, b) => a ^ b,
  ),
  lshift: shift(true),
  rshift: shift(false),
};

const intMethods: Record<string, (self: PyObject, args: PyObject[]) => PyObject> = {};
for (const [name, f] of Object.entries(intOps)) {
  intMethods[`__${name}__`] = intBinary(f);
  intMethods[`__r${name}__`] = intBinary(f, true);
}
intMethods.__pow__ = (self, [other, mod]) => {
  if (!(other instanceof PyInt)) return NotImplemented;
  if (mod === undefined || mod === None) return power(val(self), other.value);
  if (!(mod instanceof PyInt)) return NotImplemented;
  return intPowMod(val(self), other.value, mod.value);
};
intMethods.__rpow__ = (self, [other, mod]) => {
  if (!(other instanceof PyInt)) return NotImplemented;
  if (mod === undefined || mod === None) return power(other.value, val(self));
  if (!(mod instanceof PyInt)) return NotImplemented;
  return intPowMod(other.value, val(self), mod.value);
};

export const comparisons: Record<string, (c: number) => boolean> = {
  __lt__: (c) => c < 0,
  __le__: (c) => c <= 0,
  __eq__: (c) => c === 0,
  __ne__: (c) => c !== 0,
  __gt__: (c) => c > 0,
  __ge__: (c) => c >= 0,
};
for (const [name, test] of Object.entries(comparisons))
  intMethods[name] = (self, [other]) => {
    const a = val(self);
    if (other instanceof PyInt) {
      const b = other.value;
      return pyBool(test(a < b ? -1 : a > b ? 1 : 0));
    }
    if (other instanceof PyFloat) {
      const c = compareIntFloat(a, other.value);
      return pyBool(Number.isNaN(c) ? name === "__ne__" : test(c));
    }
    return NotImplemented;
  };

function bitLength(v: number | bigint): number {
  const b = toBig(v);
  return b === 0n ? 0 : (b < 0n ? -b : b).toString(2).length;
}

/** int.__round__(ndigits): rounds half to even at 10**-ndigits when ndigits is negative. */
function roundInt(v: number | bigint, nd: number | bigint): PyObject {
  if (nd >= 0) return intFrom(v);
  const p = 10n ** toBig(-BigInt(nd));
  const x = toBig(v);
  let q = x / p;
  let r = x % p;
  if (r < 0n) {
    q -= 1n;
    r += p;
  }
  if (r * 2n > p || (r * 2n === p && (q & 1n) === 1n)) q += 1n;
  return newBigInt(q * p);
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False). */
function toBytes(self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject {
  const [lengthObj, orderObj, signedObj] = kwArgs("to_bytes", args, kw, ["length", "byteorder", "signed"]);
  const length = lengthObj === undefined ? 1 : Number(index(lengthObj));
  if (length < 0) throw newError("ValueError", "length argument must be non-negative");
  const order = orderObj === undefined ? "big" : orderText(orderObj);
  const signed = signedObj !== undefined && signedObj !== False && truthyInt(signedObj);
  let v = toBig(val(self));
  if (v < 0n && !signed) throw newError("OverflowError", "can't convert negative int to unsigned");
  const bits = BigInt(8 * length);
  if (signed ? v >= 1n << (bits - 1n) || v < -(1n << (bits - 1n)) : v >= 1n << bits)
    throw newError("OverflowError", "int too big to convert");
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  if (order === "little") out.reverse();
  return bytesFactory.make(out);
}

function truthyInt(o: PyObject): boolean {
  if (o === True) return true;
  if (o instanceof PyInt) return o.value !== 0 && o.value !== 0n;
  return o !== None;
}

function orderText(o: PyObject): string {
  if (!(o instanceof PyStr))
    throw typeError(`to_bytes() argument 'byteorder' must be str, not ${o.type.name}`);
  if (o.value !== "big" && o.value !== "little")
    throw newError("ValueError", "byteorder must be either 'little' or 'big'");
  return o.value;
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod. */
function fromBytes(args: PyObject[], kw: readonly string[] | null): PyObject {
  const cls = args[0] as PyType;
  const [data, orderObj, signedObj] = kwArgs(
    "from_bytes",
    args.slice(1),
    kw,
    ["bytes", "byteorder", "signed"],
    1,
  );
  const order = orderObj === undefined ? "big" : orderText(orderObj);
  const signed = signedObj !== undefined && truthyInt(signedObj);
  let bytes = bytesData.of(data!);
  if (bytes === null) {
    if (data instanceof PyStr) throw typeError("cannot convert 'str' object to bytes");
    bytes = Uint8Array.from([...iterate(data!)].map((b) => Number(index(b))));
  }
  const ordered = order === "little" ? [...bytes].reverse() : [...bytes];
  let v = 0n;
  for (const b of ordered) v = (v << 8n) | BigInt(b);
  if (signed && ordered.length && ordered[0] & 0x80) v -= 1n << BigInt(8 * ordered.length);
  const r = newBigInt(v);
  return cls === T.int ? r : callClass(cls, r);
}

let callClass: (cls: PyType, v: PyObject) => PyObject = (_cls, v) => v;
/** Lets the VM supply calling a subclass for int.from_bytes on subclasses. */
export function setIntSubclassCall(f: (cls: PyType, v: PyObject) => PyObject): void {
  callClass = f;
}

defineMethods(T.int, {
  ...intMethods,
  __neg__: (self) => intNeg(val(self)),
  __pos__: (self) => intFrom(val(self)),
  __abs__: (self) => (val(self) < 0 ? intNeg(val(self)) : intFrom(val(self))),
  __invert__: (self) => intSub(intNeg(val(self)).value, 1),
  __bool__: (self) => pyBool(val(self) !== 0 && val(self) !== 0n),
  __hash__: (self) => intFrom(intHash(val(self))),
  __repr__: (self) => newStr(intToDecimal(val(self))),
  __index__: (self) => intFrom(val(self)),
  __int__: (self) => intFrom(val(self)),
  __trunc__: (self) => intFrom(val(self)),
  __floor__: (self) => intFrom(val(self)),
  __ceil__: (self) => intFrom(val(self)),
  __float__: (self) => {
    const d = Number(val(self));
    if (!Number.isFinite(d)) throw newError("OverflowError", "int too large to convert to float");
    return newFloat(d);
  },
  __round__: (self, args) => {
    const nd = args[0];
    if (nd === undefined || nd === None) return intFrom(val(self));
    return roundInt(val(self), index(nd));
  },
  __getnewargs__: (self) => newTuple([intFrom(val(self))]),
  conjugate: (self) => intFrom(val(self)),
  bit_length: (self) => newInt(bitLength(val(self))),
  bit_count: (self) => {
    const b = toBig(val(self));
    let n = 0;
    for (const ch of (b < 0n ? -b : b).toString(2)) if (ch === "1") n++;
    return newInt(n);
  },
  is_integer: () => True,
  as_integer_ratio: (self) => newTuple([intFrom(val(self)), newInt(1)]),
  to_bytes: toBytes,
  __format__: (self, [spec]) => {
    if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.type.name}`);
    if (spec.value === "") return newStr(str(self));
    return newStr(formatInt(val(self), spec.value, intToDecimal, self.type === T.bool ? "bool" : "int"));
  },
});
T.int.setAttr("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", fromBytes)));
defineGetSets(T.int, {
  real: [(self) => intFrom(val(self))],
  imag: [() => newInt(0)],
  numerator: [(self) => intFrom(val(self))],
  denominator: [() => newInt(1)],
});

/** int(x): the integer value of any object int() accepts. */
export function toInteger(x: PyObject): PyInt {
  if (x instanceof PyInt) return intFrom(x.value);
  if (x instanceof PyFloat) return intFrom(floatToIntValue(x.value));
  if (x instanceof PyStr) return parseIntOrRaise(x.value, 10, repr(x));
  const data = bytesData.of(x);
  if (data !== null) return parseIntOrRaise(latin1(data), 10, repr(x));
  for (const name of ["__int__", "__index__"]) {
    const r = callSpecial(x, name, []);
    if (r !== undefined) {
      if (!(r instanceof PyInt)) throw typeError(`${name} returned non-int (type ${r.type.name})`);
      return intFrom(r.value);
    }
  }
  throw typeError(
    `int() argument must be a string, a bytes-like object or a real number, not '${x.type.name}'`,
  );
}

function latin1(data: Uint8Array): string {
  let s = "";
  for (const b of data) s += String.fromCharCode(b);
  return s;
}

/** The integer part of a float, with CPython's errors for inf and nan. */
export function floatToIntValue(x: number): number | bigint {
  if (Number.isNaN(x)) throw newError("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw newError("OverflowError", "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

function parseIntOrRaise(text: string, base: number, shown: string): PyInt {
  const v = parseIntText(text, base, intDigitsLimit.value);
  if (v === null) throw newError("ValueError", `invalid literal for int() with base ${base}: ${shown}`);
  return newBigInt(v);
}

T.int.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      const cls = args[0] as PyType;
      const npos = args.length - 1 - (kw?.length ?? 0);
      if (npos > 2) throw typeError(`int expected at most 2 arguments, got ${npos}`);
      // The first parameter is positional-only: an empty name never matches a keyword.
      const [x, baseObj] = kwArgs("int", args.slice(1), kw, ["", "base"]);
      let result: PyInt;
      if (x === undefined) {
        if (baseObj !== undefined) throw typeError("int() missing string argument");
        result = newInt(0);
      } else if (baseObj === undefined) result = toInteger(x);
      else {
        const b = index(baseObj);
        if (b !== 0 && (b < 2 || b > 36))
          throw newError("ValueError", "int() base must be >= 2 and <= 36, or 0");
        const base = Number(b);
        const data = x instanceof PyStr ? null : bytesData.of(x);
        if (x instanceof PyStr) result = parseIntOrRaise(x.value, base, repr(x));
        else if (data !== null) result = parseIntOrRaise(latin1(data), base, repr(x));
        else throw typeError("int() can't convert non-string with explicit base");
      }
      return cls === T.int ? result : new PyInt(result.value, cls);
    }),
  ),
);

defineMethods(T.bool, {
  __repr__: (self) => newStr(self === True ? "True" : "False"),
  __and__: (self, [o]) =>
    o.type === T.bool ? pyBool(self === True && o === True) : intMethods.__and__(self, [o]),
  __or__: (self, [o]) =>
    o.type === T.bool ? pyBool(self === True || o === True) : intMethods.__or__(self, [o]),
  __xor__: (self, [o]) =>
    o.type === T.bool ? pyBool((self === True) !== (o === True)) : intMethods.__xor__(self, [o]),
  __rand__: (self, [o]) =>
    o.type === T.bool ? pyBool(self === True && o === True) : intMethods.__rand__(self, [o]),
  __ror__: (self, [o]) =>
    o.type === T.bool ? pyBool(self === True || o === True) : intMethods.__ror__(self, [o]),
  __rxor__: (self, [o]) =>
    o.type === T.bool ? pyBool((self === True) !== (o === True)) : intMethods.__rxor__(self, [o]),
});
T.bool.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      if (kw?.length) throw typeError("bool() takes no keyword arguments");
      if (args.length > 2) throw typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
      if (args.length < 2) return False;
      return boolOf(args[1]);
    }),
  ),
);

let boolOf: (o: PyObject) => PyObject = (o) => pyBool(truthy(o));
/** Lets the VM install truthy() (which knows every protocol) as bool(x). */
export function setBoolOf(f: (o: PyObject) => PyObject): void {
  boolOf = f;
}
