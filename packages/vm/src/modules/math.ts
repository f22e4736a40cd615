// The math module: CPython 3.14's functions and constants on floats, with its exact error messages.
import {
  floatRepr,
  index,
  iterate,
  newError,
  newFloat,
  newTuple,
  PyBuiltinFunction,
  PyInt,
  type PyModule,
  type PyObject,
  pyBool as pyBoolOf,
  splitKeywords,
  floatAsDouble as toDouble,
  typeError,
} from "@ophis/objects";
import type { Interpreter } from "../interpreter.js";
import { installIntegerFunctions } from "./math-int.js";
import * as K from "./math-special.js";

export const domainError = () => newError("ValueError", "math domain error");
export const rangeError = () => newError("OverflowError", "math range error");

type Unary = (x: number) => number;

/** math_1: nan in gives nan out; an infinite result from a finite input is a range error, nan a domain error. */
function unary(f: Unary, canOverflow: boolean, domainMessage?: string): (x: number) => number {
  return (x) => {
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x))
      throw domainMessage ? newError("ValueError", domainMessage.replace("%s", floatRepr(x))) : domainError();
    if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r)) {
      if (canOverflow) throw rangeError();
      throw domainMessage ? newError("ValueError", domainMessage.replace("%s", floatRepr(x))) : domainError();
    }
    return r;
  };
}

function logOf(o: PyObject, f: (x: number) => number, ln2Scale: number): number {
  if (o instanceof PyInt) {
    const v = o.value;
    if (v <= 0) throw newError("ValueError", "expected a positive input");
    const x = Number(v);
    if (Number.isFinite(x)) return f(x);
    // Too large for a double: log(m * 2**e) = log(m) + e*log(2), with m from the top bits.
    const big = BigInt(v);
    const shift = BigInt(big.toString(2).length - 60);
    return f(Number(big >> shift)) + Number(shift) * ln2Scale;
  }
  const x = toDouble(o);
  if (Number.isNaN(x)) return x;
  if (x <= 0) throw newError("ValueError", `expected a positive input, got ${floatRepr(x)}`);
  return f(x);
}

function cPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === -1 && !Number.isFinite(y)) return 1;
  return x ** y;
}

function math2(name: string, args: PyObject[]): [number, number] {
  if (args.length !== 2) throw typeError(`${name} expected 2 arguments, got ${args.length}`);
  return [toDouble(args[0]), toDouble(args[1])];
}

export function makeMath(interp: Interpreter): PyModule {
  const mod = interp.imports.makeNative(
    "math",
    "This module provides access to the mathematical functions\ndefined by the C standard.",
  );
  const d = mod.moduleDict;
  const def = (name: string, f: (args: PyObject[], kw: readonly string[] | null) => PyObject) =>
    d.setStr(name, new PyBuiltinFunction(name, f, mod));
  const def1 = (name: string, f: (x: number) => number) =>
    def(name, (args, kw) => {
      if (args.length !== 1 || kw?.length)
        throw typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
      return newFloat(f(toDouble(args[0])));
    });

  const finite = "expected a finite input, got %s";
  def1("sqrt", unary(Math.sqrt, false, "expected a nonnegative input, got %s"));
  def1("cbrt", Math.cbrt);
  def1("exp", unary(Math.exp, true));
  def1(
    "exp2",
    unary((x) => 2 ** x, true),
  );
  def1("expm1", unary(Math.expm1, true));
  def1("sin", unary(Math.sin, false, finite));
  def1("cos", unary(Math.cos, false, finite));
  def1("tan", unary(Math.tan, false, finite));
  def1("asin", unary(Math.asin, false, "expected a number in range from -1 up to 1, got %s"));
  def1("acos", unary(Math.acos, false, "expected a number in range from -1 up to 1, got %s"));
  def1("atan", Math.atan);
  def1("sinh", unary(Math.sinh, true));
  def1("cosh", unary(Math.cosh, true));
  def1("tanh", Math.tanh);
  def1("asinh", Math.asinh);
  def1("acosh", unary(Math.acosh, false, "expected argument value not less than 1, got %s"));
  def1("atanh", (x) => {
    if (Math.abs(x) >= 1)
      throw newError("ValueError", `expected a number between -1 and 1, got ${floatRepr(x)}`);
    return Math.atanh(x);
  });
  def1("log1p", (x) => {
    if (x <= -1) throw newError("ValueError", `expected argument value > -1, got ${floatRepr(x)}`);
    return Math.log1p(x);
  });
  def1("fabs", Math.abs);
  def1("degrees", (x) => x * (180 / Math.PI));
  def1("radians", (x) => x * (Math.PI / 180));
  def1("erf", K.erf);
  def1("erfc", K.erfc);
  const special = (name: string, f: (x: number) => K.Outcome) =>
    def1(name, (x) => {
      const r = f(x);
      if (r === "domain")
        throw newError("ValueError", `expected a noninteger or positive integer, got ${floatRepr(x)}`);
      if (r === "range") throw rangeError();
      return r;
    });
  special("gamma", K.gamma);
  special("lgamma", K.lgamma);
  def1("ulp", K.ulp);

  def("log", (args) => {
    if (args.length < 1 || args.length > 2)
      throw typeError(`log expected at least 1 argument, got ${args.length}`);
    const num = logOf(args[0], Math.log, Math.LN2);
    if (args.length === 1) return newFloat(num);
    const den = logOf(args[1], Math.log, Math.LN2);
    if (den === 0) throw newError("ZeroDivisionError", "division by zero");
    return newFloat(num / den);
  });
  const logN = (name: string, f: (x: number) => number, scale: number) =>
    def(name, (args) => {
      if (args.length !== 1)
        throw typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
      return newFloat(logOf(args[0], f, scale));
    });
  logN("log2", Math.log2, 1);
  logN("log10", Math.log10, Math.LOG10E * Math.LN2);

  def("pow", (args) => {
    const [x, y] = math2("pow", args);
    const r = cPow(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
      if (x === 0) throw domainError();
      throw rangeError();
    }
    return newFloat(r);
  });
  def("atan2", (args) => newFloat(Math.atan2(...math2("atan2", args))));
  def("copysign", (args) => {
    const [x, y] = math2("copysign", args);
    const negative = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && K.signBit(y));
    return newFloat(negative ? -Math.abs(x) : Math.abs(x));
  });
  def("fmod", (args) => {
    const [x, y] = math2("fmod", args);
    if (Number.isNaN(x) || Number.isNaN(y)) return newFloat(Number.NaN);
    if (!Number.isFinite(x) || y === 0) throw domainError();
    return newFloat(x % y);
  });
  def("remainder", (args) => {
    const [x, y] = math2("remainder", args);
    if (Number.isNaN(x) || Number.isNaN(y)) return newFloat(Number.NaN);
    if (!Number.isFinite(x) || y === 0) throw domainError();
    if (!Number.isFinite(y)) return newFloat(x);
    return newFloat(K.remainder(x, y));
  });
  def("fma", (args) => {
    if (args.length !== 3) throw typeError(`fma expected 3 arguments, got ${args.length}`);
    const [x, y, z] = args.map(toDouble);
    const r = K.fma(x, y, z);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z))
      throw newError("ValueError", "invalid operation in fma");
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z))
      throw newError("OverflowError", "overflow in fma");
    return newFloat(r);
  });
  def("modf", (args) => {
    const x = toDouble(args[0]);
    if (!Number.isFinite(x)) return newTuple([newFloat(Number.isNaN(x) ? x : Math.sign(x) * 0), newFloat(x)]);
    const i = Math.trunc(x);
    return newTuple([newFloat(Object.is(i, -0) || x < 0 ? -Math.abs(x - i) : x - i), newFloat(i)]);
  });
  def("frexp", (args) => {
    const [m, e] = K.frexp(toDouble(args[0]));
    return newTuple([newFloat(m), new PyInt(e)]);
  });
  def("ldexp", (args) => {
    if (args.length !== 2) throw typeError(`ldexp expected 2 arguments, got ${args.length}`);
    const x = toDouble(args[0]);
    if (!(args[1] instanceof PyInt)) throw typeError("Expected an int as second argument to ldexp.");
    const e = args[1].value;
    // Exponents far outside the double range saturate; the result is 0 or infinite either way.
    const r = K.ldexp(x, Math.max(-1e5, Math.min(1e5, Number(e))));
    if (!Number.isFinite(r) && Number.isFinite(x)) throw rangeError();
    return newFloat(r);
  });
  def("isfinite", (args) => pyBoolOf(Number.isFinite(toDouble(args[0]))));
  def("isinf", (args) => {
    const x = toDouble(args[0]);
    return pyBoolOf(!Number.isFinite(x) && !Number.isNaN(x));
  });
  def("isnan", (args) => pyBoolOf(Number.isNaN(toDouble(args[0]))));
  def("isclose", (args, kw) => {
    const { positional, keywords } = splitKeywords(args, kw);
    if (positional.length !== 2)
      throw typeError(`isclose() takes exactly 2 positional arguments (${positional.length} given)`);
    const [a, b] = positional.map(toDouble);
    const rel = keywords.has("rel_tol") ? toDouble(keywords.get("rel_tol")!) : 1e-9;
    const abs = keywords.has("abs_tol") ? toDouble(keywords.get("abs_tol")!) : 0;
    if (rel < 0 || abs < 0) throw newError("ValueError", "tolerances must be non-negative");
    if (a === b) return pyBoolOf(true);
    if (!Number.isFinite(a) || !Number.isFinite(b)) return pyBoolOf(false);
    const diff = Math.abs(b - a);
    return pyBoolOf(diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs);
  });
  def("fsum", (args) => {
    const r = K.fsum([...iterate(args[0])].map(toDouble));
    if (r === "overflow") throw newError("OverflowError", "intermediate overflow in fsum");
    if (r === "-inf + inf") throw newError("ValueError", "-inf + inf in fsum");
    return newFloat(r);
  });
  def("hypot", (args) => newFloat(K.hypot(args.map(toDouble))));
  def("dist", (args) => {
    if (args.length !== 2) throw typeError(`dist expected 2 arguments, got ${args.length}`);
    const p = [...iterate(args[0])].map(toDouble);
    const q = [...iterate(args[1])].map(toDouble);
    if (p.length !== q.length)
      throw newError("ValueError", "both points must have the same number of dimensions");
    return newFloat(K.hypot(p.map((x, i) => x - q[i])));
  });
  def("nextafter", (args, kw) => {
    const { positional, keywords } = splitKeywords(args, kw);
    const [x, y] = math2("nextafter", positional);
    const stepsObj = keywords.get("steps");
    if (stepsObj === undefined || stepsObj.type.name === "NoneType") return newFloat(K.nextAfter(x, y));
    const steps = index(stepsObj);
    if (steps < 0) throw newError("ValueError", "steps must be a non-negative integer");
    let r = x;
    for (let i = 0n; i < BigInt(steps) && r !== y; i++) r = K.nextAfter(r, y);
    return newFloat(r);
  });

  d.setStr("pi", newFloat(Math.PI));
  d.setStr("e", newFloat(Math.E));
  d.setStr("tau", newFloat(2 * Math.PI));
  d.setStr("inf", newFloat(Number.POSITIVE_INFINITY));
  d.setStr("nan", newFloat(Number.NaN));
  installIntegerFunctions(def);
  return mod;
}
