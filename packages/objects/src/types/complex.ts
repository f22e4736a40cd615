// complex methods: 3.14's mixed real/complex arithmetic, equality with exact int comparison, the constructor.
import { callObject } from "../call.js";
import {
  type Complex,
  ComplexZeroDivision,
  cAbs,
  cDiff,
  complexHash,
  cPow,
  cProd,
  cQuot,
  cSum,
  newComplex,
  PyComplex,
  rcQuot,
} from "../complex.js";
import { newError, type PyObject, PyType, T, typeError } from "../core.js";
import { newFloat, PyFloat } from "../float.js";
import { complexRepr, formatComplex, parseComplexText } from "../format/complex-text.js";
import { intToDouble } from "../format/int-format.js";
import {
  defineGetSets,
  defineMethods,
  PyBuiltinFunction,
  PyClassMethod,
  PyStaticMethod,
} from "../functions.js";
import { identity } from "../identity.js";
import { compareIntFloat, intFrom, PyInt, pyBool } from "../int.js";
import { callSpecial, repr, str } from "../protocols.js";
import { newTuple } from "../sequences.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr, PyStr } from "../str.js";
import { floatAsDouble } from "./floats.js";
import { comparisons } from "./numbers.js";
import { kwArgs, noArgs, oneArg } from "./text-args.js";

function c(o: PyObject): PyComplex {
  return o as PyComplex;
}

/** An int or float operand as a double (real_to_double), or undefined for anything else. */
function realOperand(o: PyObject): number | undefined {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intToDouble(o.value);
  return undefined;
}

function divisionByZero(): never {
  throw newError("ZeroDivisionError", "division by zero");
}

/**
 * One arithmetic operator in its three forms: both operands complex, complex with a real on the right, and a
 * real on the left. A real operand is never widened to complex, so its missing imaginary part cannot disturb
 * the signs of zeros (3.14's mixed-mode rules, C11 Annex G).
 */
interface MixedOp {
  both: (a: Complex, b: Complex) => Complex;
  complexReal: (a: Complex, b: number) => Complex;
  realComplex: (a: number, b: Complex) => Complex;
}

const mixedOps: Record<string, MixedOp> = {
  add: {
    both: cSum,
    complexReal: (a, b) => ({ real: a.real + b, imag: a.imag }),
    realComplex: (a, b) => ({ real: a + b.real, imag: b.imag }),
  },
  sub: {
    both: cDiff,
    complexReal: (a, b) => ({ real: a.real - b, imag: a.imag }),
    realComplex: (a, b) => ({ real: a - b.real, imag: -b.imag }),
  },
  mul: {
    both: cProd,
    complexReal: (a, b) => ({ real: a.real * b, imag: a.imag * b }),
    realComplex: (a, b) => ({ real: a * b.real, imag: a * b.imag }),
  },
  truediv: {
    both: cQuot,
    complexReal: (a, b) => {
      if (b === 0) throw new ComplexZeroDivision();
      return { real: a.real / b, imag: a.imag / b };
    },
    realComplex: rcQuot,
  },
};

function result(f: () => Complex): PyObject {
  let r: Complex;
  try {
    r = f();
  } catch (e) {
    if (e instanceof ComplexZeroDivision) divisionByZero();
    throw e;
  }
  return newComplex(r.real, r.imag);
}

type Method = (self: PyObject, args: PyObject[]) => PyObject;
const arithmetic: Record<string, Method> = {};
for (const [name, op] of Object.entries(mixedOps)) {
  arithmetic[`__${name}__`] = (self, [other]) => {
    if (other instanceof PyComplex) return result(() => op.both(c(self), other));
    const b = realOperand(other);
    return b === undefined ? NotImplemented : result(() => op.complexReal(c(self), b));
  };
  arithmetic[`__r${name}__`] = (self, [other]) => {
    if (other instanceof PyComplex) return result(() => op.both(other, c(self)));
    const a = realOperand(other);
    return a === undefined ? NotImplemented : result(() => op.realComplex(a, c(self)));
  };
}

/** An operand of ** widened to complex (complex_pow converts both sides), or undefined. */
function powOperand(o: PyObject): Complex | undefined {
  if (o instanceof PyComplex) return o;
  const x = realOperand(o);
  return x === undefined ? undefined : { real: x, imag: 0 };
}

function power(a: Complex | undefined, b: Complex | undefined, mod: PyObject | undefined): PyObject {
  if (a === undefined || b === undefined) return NotImplemented;
  if (mod !== undefined && mod !== None) throw newError("ValueError", "complex modulo");
  try {
    const r = cPow(a, b);
    return newComplex(r.real, r.imag);
  } catch (e) {
    if (e instanceof ComplexZeroDivision)
      throw newError("ZeroDivisionError", "zero to a negative or complex power");
    throw e;
  }
}

/** complex == other for int (compared exactly), float and complex; other types are NotImplemented. */
function equals(self: PyComplex, other: PyObject): boolean | undefined {
  if (other instanceof PyInt) return self.imag === 0 && compareIntFloat(other.value, self.real) === 0;
  if (other instanceof PyFloat) return self.real === other.value && self.imag === 0;
  if (other instanceof PyComplex) return self.real === other.real && self.imag === other.imag;
  return undefined;
}

const richCompare: Record<string, Method> = {};
for (const name of Object.keys(comparisons))
  richCompare[name] = (self, [other]) => {
    if (name !== "__eq__" && name !== "__ne__") return NotImplemented;
    const eq = equals(c(self), other);
    return eq === undefined ? NotImplemented : pyBool(eq === (name === "__eq__"));
  };

/** The exact complex with the same value: the object itself when it already is one. */
function exactCopy(self: PyComplex): PyComplex {
  return self.type === T.complex ? self : newComplex(self.real, self.imag);
}

defineMethods(T.complex, {
  ...arithmetic,
  ...richCompare,
  __pow__: (self, [other, mod]) => power(c(self), powOperand(other), mod),
  __rpow__: (self, [other, mod]) => power(powOperand(other), c(self), mod),
  __neg__: (self) => newComplex(-c(self).real, -c(self).imag),
  __pos__: (self) => exactCopy(c(self)),
  __abs__: (self) => newFloat(cAbs(c(self))),
  __bool__: (self) => pyBool(c(self).real !== 0 || c(self).imag !== 0),
  __hash__: (self) => intFrom(complexHash(c(self), identity(self) >> 4)),
  __repr__: (self) => newStr(complexRepr(c(self).real, c(self).imag)),
  __complex__: (self, args, kw) => {
    noArgs("complex", "__complex__", args, kw);
    return exactCopy(c(self));
  },
  __getnewargs__: (self, args, kw) => {
    noArgs("complex", "__getnewargs__", args, kw);
    return newTuple([newFloat(c(self).real), newFloat(c(self).imag)]);
  },
  conjugate: (self, args, kw) => {
    noArgs("complex", "conjugate", args, kw);
    return newComplex(c(self).real, -c(self).imag);
  },
  __format__: (self, args, kw) => {
    const spec = oneArg("complex", "__format__", args, kw);
    if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.type.name}`);
    // An empty spec means str(self), which a subclass may override.
    if (spec.value === "") return newStr(str(self));
    return newStr(formatComplex(c(self).real, c(self).imag, spec.value));
  },
});
/** real and imag are read-only members in CPython, with the members' message on assignment. */
function readonly(): never {
  throw newError("AttributeError", "readonly attribute");
}
defineGetSets(T.complex, {
  real: [(self) => newFloat(c(self).real), readonly],
  imag: [(self) => newFloat(c(self).imag), readonly],
});

/** %T in CPython's messages: the type's qualified name, prefixed by its module unless builtins or __main__. */
function typeFullName(t: PyType): string {
  const m = t.attrs.get("__module__");
  const mod = m instanceof PyStr ? m.value : "builtins";
  return mod === "builtins" || mod === "__main__" ? t.qualname : `${mod}.${t.qualname}`;
}

/** Whether o converts with PyFloat_AsDouble: an int, a float, or a type with __float__ or __index__. */
function isRealNumber(o: PyObject): boolean {
  return (
    o instanceof PyInt ||
    o instanceof PyFloat ||
    o.type.lookup("__float__") !== undefined ||
    o.type.lookup("__index__") !== undefined
  );
}

/** The value of o.__complex__(), or undefined when its type has none. */
function fromSpecialMethod(o: PyObject): Complex | undefined {
  const r = callSpecial(o, "__complex__", []);
  if (r === undefined) return undefined;
  if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${r.type.name})`);
  return r;
}

function fromText(s: PyStr): Complex {
  const parsed = parseComplexText(s.value);
  if (parsed === "underscores")
    throw newError("ValueError", `could not convert string to complex: ${repr(s)}`);
  if (parsed === "malformed") throw newError("ValueError", "complex() arg is a malformed string");
  return parsed;
}

/** complex(x) with one positional argument: a string, an object with __complex__, or a real number. */
function fromOneArgument(x: PyObject): Complex {
  if (x instanceof PyStr) return fromText(x);
  const special = fromSpecialMethod(x);
  if (special !== undefined) return special;
  if (x instanceof PyComplex) return x;
  if (isRealNumber(x)) return { real: floatAsDouble(x), imag: 0 };
  throw typeError(`complex() argument must be a string or a number, not ${typeFullName(x.type)}`);
}

/**
 * complex(real, imag): each a real number; a complex part (still accepted, though deprecated) contributes
 * as real + imag*1j would, its imaginary part crossing over.
 */
function fromParts(r: PyObject, i: PyObject | undefined): Complex {
  const cr = r instanceof PyComplex ? r : fromSpecialMethod(r);
  let real: number;
  let imag: number;
  if (cr !== undefined) {
    real = cr.real;
    imag = cr.imag;
  } else if (isRealNumber(r)) {
    real = floatAsDouble(r);
    imag = 0;
  } else throw typeError(`complex() argument 'real' must be a real number, not ${typeFullName(r.type)}`);
  if (i === undefined) return { real, imag };
  if (i instanceof PyComplex)
    // imag * 1j: the real part turns imaginary, the imaginary part real.
    return { real: real - i.imag, imag: cr === undefined ? i.real : i.real + cr.imag };
  if (!isRealNumber(i))
    throw typeError(`complex() argument 'imag' must be a real number, not ${typeFullName(i.type)}`);
  const im = floatAsDouble(i);
  // Only a complex real argument adds to the imaginary part: adding 0 would turn -0.0 into +0.0.
  return { real, imag: cr === undefined ? im : im + cr.imag };
}

function construct(cls: PyType, v: Complex): PyComplex {
  return cls === T.complex ? newComplex(v.real, v.imag) : new PyComplex(v.real, v.imag, cls);
}

/** The class argument of complex.__new__, checked as tp_new wrappers check it. */
function newTarget(cls: PyObject | undefined): PyType {
  if (cls === undefined) throw typeError("complex.__new__(): not enough arguments");
  if (!(cls instanceof PyType))
    throw typeError(`complex.__new__(X): X is not a type object (${cls.type.name})`);
  if (!cls.isSubtype(T.complex))
    throw typeError(`complex.__new__(${cls.name}): ${cls.name} is not a subtype of complex`);
  return cls;
}

T.complex.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      const cls = newTarget(args[0]);
      const rest = args.slice(1);
      if (rest.length === 1 && !kw?.length) {
        const x = rest[0];
        if (x.type === T.complex && cls === T.complex) return x;
        return construct(cls, fromOneArgument(x));
      }
      const [r, i] = kwArgs("complex", rest, kw, ["real", "imag"]);
      if (r === undefined && i === undefined) return construct(cls, { real: 0, imag: 0 });
      return construct(cls, fromParts(r ?? intFrom(0), i));
    }),
  ),
);

/** complex.from_number(x): a complex, an object with __complex__ or a real number; never a string. */
function fromNumber(args: PyObject[], kw: readonly string[] | null): PyObject {
  const cls = args[0] as PyType;
  const x = oneArg("complex", "from_number", args.slice(1), kw);
  if (x.type === T.complex && cls === T.complex) return x;
  let v: Complex;
  if (x instanceof PyComplex) v = x;
  else v = fromSpecialMethod(x) ?? { real: floatAsDouble(x), imag: 0 };
  const value = newComplex(v.real, v.imag);
  return cls === T.complex ? value : callObject(cls, [value]);
}

T.complex.setAttr("from_number", new PyClassMethod(new PyBuiltinFunction("from_number", fromNumber)));
