// float methods: arithmetic with C's pow and fmod semantics, exact comparison with ints, rounding, hex, parsing.
import { floatDivmod as cFloatDivmod, decompose, exactIntegerPower } from "@ophis/bytecode";
import { cPow, newComplex } from "../complex.js";
import { newError, type PyObject, type PyType, T, typeError } from "../core.js";
import { floatHash, newFloat, PyFloat } from "../float.js";
import { roundDouble } from "../format/dtoa.js";
import { floatRepr, formatFloat } from "../format/float-format.js";
import { intToDouble } from "../format/int-format.js";
import { floatFromHex, floatHex, parseFloatText } from "../format/parse-number.js";
import {
  defineGetSets,
  defineMethods,
  PyBuiltinFunction,
  PyClassMethod,
  PyStaticMethod,
} from "../functions.js";
import { identity } from "../identity.js";
import { compareIntFloat, intFrom, newBigInt, newInt, PyInt, pyBool } from "../int.js";
import { callSpecial, index, repr, str } from "../protocols.js";
import { newTuple } from "../sequences.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr, PyStr } from "../str.js";
import { comparisons, floatPowHook, floatToIntValue } from "./numbers.js";
import { bytesData } from "./text.js";

/** PyFloat_AsDouble: floats, ints (exactly rounded), and objects with __float__ or __index__. */
export function floatAsDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intToDouble(o.value);
  const f = callSpecial(o, "__float__", []);
  if (f !== undefined) {
    if (!(f instanceof PyFloat))
      throw typeError(`${o.type.name}.__float__ returned non-float (type ${f.type.name})`);
    return f.value;
  }
  if (o.type.lookup("__index__") !== undefined) return intToDouble(index(o));
  throw typeError(`must be real number, not ${o.type.name}`);
}

function v(o: PyObject): number {
  return (o as PyFloat).value;
}

/** A float operand's value, or undefined when the other operand is neither float nor int. */
function asDouble(o: PyObject): number | undefined {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) {
    const d = Number(o.value);
    if (!Number.isFinite(d)) throw newError("OverflowError", "int too large to convert to float");
    return d;
  }
  return undefined;
}

function zeroDivision(): never {
  throw newError("ZeroDivisionError", "division by zero");
}

/** divmod of floats as CPython's float_divmod: the remainder takes the divisor's sign. */
function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) zeroDivision();
  return cFloatDivmod(vx, wx);
}

function floatMod(vx: number, wx: number): number {
  if (wx === 0) zeroDivision();
  let mod = vx % wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else mod = wx < 0 ? -0 : 0;
  return mod;
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** float ** float with C99 pow's special cases (JS differs for 1**inf and (-1)**inf). */
export function floatPow(iv: number, iw: number): number | undefined {
  if (iw === 0) return 1;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1 ? 1 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1) return 1;
    if (iw > 0 === a > 1) return Math.abs(iw);
    return 0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) throw newError("ZeroDivisionError", "zero to a negative power");
    return odd ? iv : 0;
  }
  if (iv === 1) return 1;
  let negate = false;
  let base = iv;
  if (iv < 0) {
    // A negative base with a fractional exponent has a complex result.
    if (!Number.isInteger(iw)) return undefined;
    base = -iv;
    negate = isOddInteger(iw);
  }
  if (base === 1) return negate ? -1 : 1;
  const r = exactIntegerPower(base, iw) ?? base ** iw;
  if (!Number.isFinite(r)) throw newError("OverflowError", "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

const floatOps: Record<string, (a: number, b: number) => PyObject> = {
  add: (a, b) => newFloat(a + b),
  sub: (a, b) => newFloat(a - b),
  mul: (a, b) => newFloat(a * b),
  truediv: (a, b) => (b === 0 ? zeroDivision() : newFloat(a / b)),
  floordiv: (a, b) => newFloat(floatDivmod(a, b)[0]),
  mod: (a, b) => newFloat(floatMod(a, b)),
  divmod: (a, b) => {
    const [q, r] = floatDivmod(a, b);
    return newTuple([newFloat(q), newFloat(r)]);
  },
  pow: (a, b) => {
    const r = floatPow(a, b);
    // A negative base to a fractional power: float_pow hands over to complex power.
    if (r === undefined) {
      const c = cPow({ real: a, imag: 0 }, { real: b, imag: 0 });
      return newComplex(c.real, c.imag);
    }
    return newFloat(r);
  },
};
const floatMethods: Record<string, (self: PyObject, args: PyObject[]) => PyObject> = {};
for (const [name, f] of Object.entries(floatOps)) {
  floatMethods[`__${name}__`] = (self, [o, mod]) => {
    if (name === "pow" && mod !== undefined && mod !== None)
      throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    const b = asDouble(o);
    return b === undefined ? NotImplemented : f(v(self), b);
  };
  floatMethods[`__r${name}__`] = (self, [o, mod]) => {
    if (name === "pow" && mod !== undefined && mod !== None)
      throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    const a = asDouble(o);
    return a === undefined ? NotImplemented : f(a, v(self));
  };
}
for (const [name, test] of Object.entries(comparisons))
  floatMethods[name] = (self, [o]) => {
    const x = v(self);
    let c: number;
    if (o instanceof PyFloat) c = x < o.value ? -1 : x > o.value ? 1 : x === o.value ? 0 : Number.NaN;
    else if (o instanceof PyInt) c = -compareIntFloat(o.value, x);
    else return NotImplemented;
    return pyBool(Number.isNaN(c) ? name === "__ne__" : test(c));
  };

function halfEven(x: number): number {
  const r = Math.round(x);
  // Math.round rounds halves up; ties go to the even neighbour in Python.
  if (r - x === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}

function floatRound(self: PyObject, args: PyObject[]): PyObject {
  const x = v(self);
  const nd = args[0];
  if (nd === undefined || nd === None) return intFrom(floatToIntValue(halfEven(x)));
  const nv = index(nd);
  const n = typeof nv === "bigint" ? (nv > 0n ? 10000 : -10000) : nv;
  if (!Number.isFinite(x) || x === 0) return newFloat(x);
  if (n > 323) return newFloat(x);
  if (n < -308) return newFloat(0 * x);
  const r = roundDouble(x, n);
  if (!Number.isFinite(r)) throw newError("OverflowError", "rounded value too large to represent");
  return newFloat(r);
}

function asIntegerRatio(x: number): PyObject {
  if (Number.isNaN(x)) throw newError("ValueError", "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw newError("OverflowError", "cannot convert Infinity to integer ratio");
  if (x === 0) return newTuple([newInt(0), newInt(1)]);
  let { mantissa, exponent } = decompose(x);
  while ((mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent++;
  }
  const sign = x < 0 ? -1n : 1n;
  if (exponent >= 0) return newTuple([newBigInt(sign * (mantissa << BigInt(exponent))), newInt(1)]);
  return newTuple([newBigInt(sign * mantissa), newBigInt(1n << BigInt(-exponent))]);
}

defineMethods(T.float, {
  ...floatMethods,
  __neg__: (self) => newFloat(-v(self)),
  __pos__: (self) => newFloat(v(self)),
  __abs__: (self) => newFloat(Math.abs(v(self))),
  __bool__: (self) => pyBool(v(self) !== 0),
  __hash__: (self) => intFrom(floatHash(v(self), identity(self) >> 4)),
  __repr__: (self) => newStr(floatRepr(v(self))),
  __int__: (self) => intFrom(floatToIntValue(v(self))),
  __trunc__: (self) => intFrom(floatToIntValue(v(self))),
  __floor__: (self) => intFrom(floatToIntValue(Math.floor(v(self)))),
  __ceil__: (self) => intFrom(floatToIntValue(Math.ceil(v(self)))),
  __float__: (self) => (self.type === T.float ? self : newFloat(v(self))),
  __round__: floatRound,
  __getnewargs__: (self) => newTuple([newFloat(v(self))]),
  conjugate: (self) => newFloat(v(self)),
  is_integer: (self) => pyBool(Number.isInteger(v(self))),
  as_integer_ratio: (self) => asIntegerRatio(v(self)),
  hex: (self) => newStr(floatHex(v(self))),
  __format__: (self, [spec]) => {
    if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.type.name}`);
    // An empty spec means str(self), which a subclass may override.
    if (spec.value === "") return newStr(str(self));
    return newStr(formatFloat(v(self), spec.value));
  },
});
defineGetSets(T.float, {
  real: [(self) => newFloat(v(self))],
  imag: [() => newFloat(0)],
});

function construct(cls: PyType, x: number): PyObject {
  if (cls === T.float) return newFloat(x);
  return new PyFloat(x, cls);
}

T.float.setAttr(
  "fromhex",
  new PyClassMethod(
    new PyBuiltinFunction("fromhex", (args) => {
      const [cls, text] = args;
      if (!(text instanceof PyStr)) throw typeError(`fromhex() argument must be str, not ${text.type.name}`);
      return construct(cls as PyType, floatFromHex(text.value));
    }),
  ),
);

/** float(x): the value of any object float() accepts. */
export function toDouble(x: PyObject): number {
  if (x instanceof PyFloat) return x.value;
  if (x instanceof PyStr) {
    const d = parseFloatText(x.value);
    if (d === null) throw newError("ValueError", `could not convert string to float: ${repr(x)}`);
    return d;
  }
  const data = bytesData.of(x);
  if (data !== null) {
    let s = "";
    for (const b of data) s += String.fromCharCode(b);
    const d = parseFloatText(s);
    if (d === null) throw newError("ValueError", `could not convert string to float: ${repr(x)}`);
    return d;
  }
  const f = callSpecial(x, "__float__", []);
  if (f !== undefined) {
    if (!(f instanceof PyFloat))
      throw typeError(`${x.type.name}.__float__ returned non-float (type ${f.type.name})`);
    return f.value;
  }
  if (x instanceof PyInt || x.type.lookup("__index__") !== undefined) {
    const d = Number(index(x));
    if (!Number.isFinite(d)) throw newError("OverflowError", "int too large to convert to float");
    return d;
  }
  throw typeError(`float() argument must be a string or a real number, not '${x.type.name}'`);
}

T.float.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      if (kw?.length) throw typeError("float() takes no keyword arguments");
      if (args.length > 2) throw typeError(`float expected at most 1 argument, got ${args.length - 1}`);
      const x = args[1];
      return construct(args[0] as PyType, x === undefined ? 0 : toDouble(x));
    }),
  ),
);

floatPowHook.pow = (a, b) => floatPow(a, b) ?? Number.NaN;
