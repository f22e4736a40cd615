// int, bool and float methods: arithmetic with mixed operands, comparison, hashing, repr.
import { newError, type PyObject, T, typeError } from "../core.js";
import { floatHash, floatRepr, newFloat, PyFloat } from "../float.js";
import { defineMethods, PyBuiltinFunction, PyStaticMethod } from "../functions.js";
import { identity } from "../identity.js";
import {
  False,
  intAdd,
  intCompare,
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
import { index, str } from "../protocols.js";
import { NotImplemented } from "../singletons.js";
import { newStr, PyStr } from "../str.js";

type IntOp = (a: number | bigint, b: number | bigint) => PyObject;

function intBinary(op: IntOp, reflected = false) {
  return (self: PyObject, [other]: PyObject[]): PyObject => {
    if (!(other instanceof PyInt)) return NotImplemented;
    const a = (self as PyInt).value;
    return reflected ? op(other.value, a) : op(a, other.value);
  };
}

function bitwise(f: (a: bigint, b: bigint) => bigint): IntOp {
  return (a, b) => {
    if (typeof a === "number" && typeof b === "number" && Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31) {
      return newBigInt(f(BigInt(a), BigInt(b)));
    }
    return newBigInt(f(toBig(a), toBig(b)));
  };
}

function shift(left: boolean): IntOp {
  return (a, b) => {
    if (b < 0) throw newError("ValueError", "negative shift count");
    const x = toBig(a);
    const n = toBig(b);
    return newBigInt(left ? x << n : x >> n);
  };
}

function power(a: number | bigint, b: number | bigint): PyObject {
  if (b < 0) {
    if (a === 0 || a === 0n) throw newError("ZeroDivisionError", "zero to a negative power");
    return newFloat(Number(a) ** Number(b));
  }
  return intPow(a, b);
}

const intOps: Record<string, IntOp> = {
  add: intAdd,
  sub: intSub,
  mul: intMul,
  floordiv: (a, b) => {
    if (b === 0 || b === 0n) throw newError("ZeroDivisionError", "integer division or modulo by zero");
    return intFloorDiv(a, b);
  },
  mod: (a, b) => {
    if (b === 0 || b === 0n) throw newError("ZeroDivisionError", "integer modulo by zero");
    return intMod(a, b);
  },
  truediv: (a, b) => newFloat(intTrueDiv(a, b)),
  pow: power,
  and: bitwise((a, b) => a & b),
  or: bitwise((a, b) => a | b),
  xor: bitwise((a, b) => a ^ b),
  lshift: shift(true),
  rshift: shift(false),
};

const intMethods: Record<string, (self: PyObject, args: PyObject[]) => PyObject> = {};
for (const [name, f] of Object.entries(intOps)) {
  intMethods[`__${name}__`] = intBinary(f);
  intMethods[`__r${name}__`] = intBinary(f, true);
}

function intCmp(test: (c: number) => boolean) {
  return (self: PyObject, [other]: PyObject[]): PyObject => {
    if (other instanceof PyInt) return pyBool(test(intCompare((self as PyInt).value, other.value)));
    if (other instanceof PyFloat) return floatCmpValues(Number((self as PyInt).value), other.value, test);
    return NotImplemented;
  };
}

function floatCmpValues(a: number, b: number, test: (c: number) => boolean): PyObject {
  if (Number.isNaN(a) || Number.isNaN(b)) return pyBool(test(Number.NaN));
  return pyBool(test(a < b ? -1 : a > b ? 1 : 0));
}

const comparisons: Record<string, (c: number) => boolean> = {
  __lt__: (c) => c < 0,
  __le__: (c) => c <= 0,
  __eq__: (c) => c === 0,
  __ne__: (c) => c !== 0,
  __gt__: (c) => c > 0,
  __ge__: (c) => c >= 0,
};
for (const [name, test] of Object.entries(comparisons)) intMethods[name] = intCmp(test);

defineMethods(T.int, {
  ...intMethods,
  __neg__: (self) => intNeg((self as PyInt).value),
  __pos__: (self) => intFrom((self as PyInt).value),
  __abs__: (self) => {
    const v = (self as PyInt).value;
    return v < 0 ? intNeg(v) : intFrom(v);
  },
  __invert__: (self) => intSub(intNeg((self as PyInt).value).value, 1),
  __bool__: (self) => pyBool((self as PyInt).value !== 0 && (self as PyInt).value !== 0n),
  __hash__: (self) => intFrom(intHash((self as PyInt).value)),
  __repr__: (self) => newStr(intToDecimal((self as PyInt).value)),
  __index__: (self) => intFrom((self as PyInt).value),
  __int__: (self) => intFrom((self as PyInt).value),
  __float__: (self) => newFloat(Number((self as PyInt).value)),
  bit_length: (self) => {
    const v = toBig((self as PyInt).value);
    return newInt(v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length);
  },
  __format__: (self, [spec]) => {
    if ((spec as PyStr).value === "") return newStr(str(self));
    throw typeError("format specs for int are not supported yet");
  },
});

T.int.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args) => {
      const x = args[1];
      if (x === undefined) return newInt(0);
      if (x instanceof PyInt) return intFrom(x.value);
      if (x instanceof PyFloat) {
        if (!Number.isFinite(x.value))
          throw newError(
            Number.isNaN(x.value) ? "ValueError" : "OverflowError",
            Number.isNaN(x.value)
              ? "cannot convert float NaN to integer"
              : "cannot convert float infinity to integer",
          );
        return intFrom(BigInt(Math.trunc(x.value)));
      }
      if (x instanceof PyStr) {
        const text = x.value.trim().replace(/_/g, "");
        if (/^[+-]?\d+$/.test(text)) return newBigInt(BigInt(text));
        throw newError("ValueError", `invalid literal for int() with base 10: ${reprQuoted(x.value)}`);
      }
      return intFrom(index(x));
    }),
  ),
);

function reprQuoted(s: string): string {
  return s.includes("'") && !s.includes('"')
    ? `"${s}"`
    : `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

defineMethods(T.bool, {
  __repr__: (self) => newStr(self === True ? "True" : "False"),
  __and__: (self, [o]) =>
    o.type === T.bool ? pyBool(self === True && o === True) : intMethods.__and__(self, [o]),
  __or__: (self, [o]) =>
    o.type === T.bool ? pyBool(self === True || o === True) : intMethods.__or__(self, [o]),
  __xor__: (self, [o]) =>
    o.type === T.bool ? pyBool((self === True) !== (o === True)) : intMethods.__xor__(self, [o]),
});
T.bool.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args) => {
      if (args.length < 2) return False;
      return args[1] === False ? False : boolOf(args[1]);
    }),
  ),
);

let boolOf: (o: PyObject) => PyObject = () => True;
/** Set by protocols' users: bool(x) needs truthy(), which lives above this module. */
export function setBoolOf(f: (o: PyObject) => PyObject): void {
  boolOf = f;
}

/** A float operand's value, or undefined when the other operand is neither float nor int. */
function asDouble(o: PyObject): number | undefined {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) {
    const v = Number(o.value);
    if (!Number.isFinite(v)) throw newError("OverflowError", "int too large to convert to float");
    return v;
  }
  return undefined;
}

function floatMod(a: number, b: number): number {
  if (b === 0) throw newError("ZeroDivisionError", "float modulo by zero");
  const r = a % b;
  if (r === 0) return b < 0 ? -0 : 0;
  return r < 0 !== b < 0 ? r + b : r;
}

function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw newError("ZeroDivisionError", "float floor division by zero");
  const mod = floatMod(a, b);
  let div = (a - mod) / b;
  if (div) {
    const floorDiv = Math.floor(div);
    if (div - floorDiv > 0.5) div = floorDiv + 1;
    else div = floorDiv;
  } else div = a / b < 0 ? -0 : 0;
  return div;
}

function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) throw newError("ZeroDivisionError", "zero to a negative power");
  if (a < 0 && !Number.isInteger(b)) throw newError("ValueError", "complex results are not supported yet");
  const r = a ** b;
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b))
    throw newError("OverflowError", "(34, 'Numerical result out of range')");
  return r;
}

const floatOps: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  truediv: (a, b) => {
    if (b === 0) throw newError("ZeroDivisionError", "float division by zero");
    return a / b;
  },
  floordiv: floatFloorDiv,
  mod: floatMod,
  pow: floatPow,
};
const floatMethods: Record<string, (self: PyObject, args: PyObject[]) => PyObject> = {};
for (const [name, f] of Object.entries(floatOps)) {
  floatMethods[`__${name}__`] = (self, [o]) => {
    const b = asDouble(o);
    return b === undefined ? NotImplemented : newFloat(f((self as PyFloat).value, b));
  };
  floatMethods[`__r${name}__`] = (self, [o]) => {
    const a = asDouble(o);
    return a === undefined ? NotImplemented : newFloat(f(a, (self as PyFloat).value));
  };
}
for (const [name, test] of Object.entries(comparisons))
  floatMethods[name] = (self, [o]) => {
    if (o instanceof PyInt && typeof o.value === "bigint")
      return floatCmpValues((self as PyFloat).value, Number(o.value), test);
    const b = o instanceof PyFloat ? o.value : o instanceof PyInt ? Number(o.value) : undefined;
    return b === undefined ? NotImplemented : floatCmpValues((self as PyFloat).value, b, test);
  };

defineMethods(T.float, {
  ...floatMethods,
  __neg__: (self) => newFloat(-(self as PyFloat).value),
  __pos__: (self) => newFloat((self as PyFloat).value),
  __abs__: (self) => newFloat(Math.abs((self as PyFloat).value)),
  __bool__: (self) => pyBool((self as PyFloat).value !== 0),
  __hash__: (self) => intFrom(floatHash((self as PyFloat).value, identity(self) >> 4)),
  __repr__: (self) => newStr(floatRepr((self as PyFloat).value)),
  __int__: (self) => intFrom(BigInt(Math.trunc((self as PyFloat).value))),
  __float__: (self) => newFloat((self as PyFloat).value),
  is_integer: (self) => pyBool(Number.isInteger((self as PyFloat).value)),
  __format__: (self, [spec]) => {
    if ((spec as PyStr).value === "") return newStr(str(self));
    throw typeError("format specs for float are not supported yet");
  },
});
T.float.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args) => {
      const x = args[1];
      if (x === undefined) return newFloat(0);
      const d = asDouble(x);
      if (d !== undefined) return newFloat(d);
      if (x instanceof PyStr) {
        const t = x.value.trim().toLowerCase().replace(/_/g, "");
        if (/^[+-]?(inf|infinity)$/.test(t)) return newFloat(t.startsWith("-") ? -Infinity : Infinity);
        if (/^[+-]?nan$/.test(t)) return newFloat(Number.NaN);
        if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return newFloat(Number(t));
        throw newError("ValueError", `could not convert string to float: ${reprQuoted(x.value)}`);
      }
      throw typeError(`float() argument must be a string or a real number, not '${x.type.name}'`);
    }),
  ),
);
