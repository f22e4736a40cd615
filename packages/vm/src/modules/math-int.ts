// The math module's integer functions: floor, ceil, trunc, gcd, lcm, factorial, isqrt, comb, perm, prod, sumprod.
import {
  BINARY_OPERATORS,
  binaryOp,
  callObject,
  index,
  intFrom,
  iterate,
  newError,
  newFloat,
  newInt,
  PyFloat,
  PyInt,
  type PyObject,
  splitKeywords,
  T,
  floatAsDouble as toDouble,
  typeError,
} from "@ophis/objects";
import { fsum, twoProduct } from "./math-special.js";

type Def = (name: string, f: (args: PyObject[], kw: readonly string[] | null) => PyObject) => void;

const ADD = BINARY_OPERATORS.find((o) => o.symbol === "+")!;
const MUL = BINARY_OPERATORS.find((o) => o.symbol === "*")!;
const LONG_MAX = 2n ** 63n - 1n;

function big(o: PyObject): bigint {
  return BigInt(index(o));
}

/** A float's integral value as an int, with CPython's errors for nan and infinities. */
function floatToInt(x: number): PyObject {
  if (Number.isNaN(x)) throw newError("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw newError("OverflowError", "cannot convert float infinity to integer");
  return intFrom(Number.isSafeInteger(x) ? x : BigInt(x));
}

function rounding(name: "__floor__" | "__ceil__", f: (x: number) => number) {
  return ([x]: PyObject[]) => {
    if (x instanceof PyInt) return intFrom(x.value);
    if (x.type !== T.float) {
      const m = x.type.lookup(name);
      if (m !== undefined) return callObject(m, [x]);
    }
    return floatToInt(f(toDouble(x)));
  };
}

function bigGcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x;
}

/** Product of the integers in [lo, hi), split in halves so the big multiplications stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (hi - lo < 16n) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

function factorial(n: bigint): bigint {
  if (n < 0n) throw newError("ValueError", "factorial() not defined for negative values");
  if (n > LONG_MAX) throw newError("OverflowError", `factorial() argument should not exceed ${LONG_MAX}`);
  return rangeProduct(1n, n + 1n);
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  // Newton's iteration from a close start converges to floor(sqrt(n)) from above.
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function nonNegative(n: bigint, k: bigint): void {
  if (n < 0n) throw newError("ValueError", "n must be a non-negative integer");
  if (k < 0n) throw newError("ValueError", "k must be a non-negative integer");
}

export function installIntegerFunctions(def: Def): void {
  def("floor", rounding("__floor__", Math.floor));
  def("ceil", rounding("__ceil__", Math.ceil));
  def("trunc", ([x]) => {
    if (x instanceof PyInt) return intFrom(x.value);
    if (x instanceof PyFloat && x.type === T.float) return floatToInt(Math.trunc(x.value));
    const m = x.type.lookup("__trunc__");
    if (m === undefined) throw typeError(`type ${x.type.name} doesn't define __trunc__ method`);
    return callObject(m, [x]);
  });
  def("gcd", (args) => intFrom(args.map(big).reduce(bigGcd, 0n)));
  def("lcm", (args) => {
    let acc = 1n;
    for (const v of args.map(big)) {
      if (acc === 0n || v === 0n) acc = 0n;
      else acc = ((acc < 0n ? -acc : acc) / bigGcd(acc, v)) * (v < 0n ? -v : v);
    }
    return intFrom(acc);
  });
  def("factorial", ([n]) => intFrom(factorial(big(n))));
  def("isqrt", ([n]) => {
    const v = big(n);
    if (v < 0n) throw newError("ValueError", "isqrt() argument must be nonnegative");
    return intFrom(isqrt(v));
  });
  def("comb", (args) => {
    if (args.length !== 2) throw typeError(`comb expected 2 arguments, got ${args.length}`);
    const n = big(args[0]);
    let k = big(args[1]);
    nonNegative(n, k);
    if (k > n) return newInt(0);
    if (n - k < k) k = n - k;
    return intFrom(rangeProduct(n - k + 1n, n + 1n) / factorial(k));
  });
  def("perm", (args) => {
    if (args.length < 1 || args.length > 2)
      throw typeError(`perm expected at most 2 arguments, got ${args.length}`);
    const n = big(args[0]);
    if (args.length === 1 || args[1].type.name === "NoneType") return intFrom(factorial(n));
    const k = big(args[1]);
    nonNegative(n, k);
    if (k > n) return newInt(0);
    return intFrom(rangeProduct(n - k + 1n, n + 1n));
  });
  def("prod", (args, kw) => {
    const { positional, keywords } = splitKeywords(args, kw);
    if (positional.length !== 1)
      throw typeError(`prod() takes exactly 1 positional argument (${positional.length} given)`);
    let acc: PyObject = keywords.get("start") ?? newInt(1);
    for (const x of iterate(positional[0])) acc = binaryOp(acc, x, MUL);
    return acc;
  });
  def("sumprod", (args) => {
    if (args.length !== 2) throw typeError(`sumprod expected 2 arguments, got ${args.length}`);
    const p = [...iterate(args[0])];
    const q = [...iterate(args[1])];
    if (p.length !== q.length) throw newError("ValueError", "Inputs are not the same length");
    const allFloat = p.every((x) => x instanceof PyFloat) && q.every((x) => x instanceof PyFloat);
    if (allFloat && p.length > 0) {
      // Exact products summed exactly, then rounded once, as CPython's extended-precision path.
      const terms: number[] = [];
      p.forEach((x, i) => {
        terms.push(...twoProduct((x as PyFloat).value, (q[i] as PyFloat).value));
      });
      const r = fsum(terms);
      if (typeof r === "number") return newFloat(r);
    }
    let acc: PyObject = newInt(0);
    p.forEach((x, i) => {
      acc = binaryOp(acc, binaryOp(x, q[i], MUL), ADD);
    });
    return acc;
  });
}
