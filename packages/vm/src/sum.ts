// sum(iterable, /, start=0) as CPython 3.14's builtin_sum_impl: an exact-int phase, then float and complex
// phases with Neumaier's compensated summation, then the generic + for anything else.
import {
  BINARY_OPERATORS,
  binaryOp,
  getIter,
  intAdd,
  iterNext,
  newComplex,
  newFloat,
  newInt,
  PyBytes,
  PyComplex,
  PyFloat,
  PyInt,
  type PyObject,
  PyStr,
  splitKeywords,
  T,
  typeError,
} from "@ophis/objects";

const ADD = BINARY_OPERATORS[0];
const LONG_MAX = 2n ** 63n - 1n;

function isExactInt(o: PyObject): o is PyInt {
  return o instanceof PyInt && (o.type === T.int || o.type === T.bool);
}

/** The value of an int that fits a C long (what PyLong_AsLongAndOverflow accepts), else undefined. */
function asLong(o: PyObject): number | undefined {
  if (!(o instanceof PyInt)) return undefined;
  const v = o.value;
  if (typeof v === "number") return v;
  return v >= -LONG_MAX - 1n && v <= LONG_MAX ? Number(v) : undefined;
}

/** What the float and complex phases add as a real number: an exact float, or an exact int that fits a C long. */
function floatTerm(item: PyObject): number | undefined {
  if (item instanceof PyFloat && item.type === T.float) return item.value;
  return isExactInt(item) ? asLong(item) : undefined;
}

export function builtinSum(args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const { positional, keywords } = splitKeywords(args, kwnames);
  for (const k of keywords.keys())
    if (k !== "start") throw typeError(`sum() got an unexpected keyword argument '${k}'`);
  if (positional.length === 0) throw typeError("sum() takes at least 1 positional argument (0 given)");
  if (positional.length > 2) throw typeError(`sum() takes at most 2 arguments (${positional.length} given)`);
  let acc: PyObject = positional[1] ?? keywords.get("start") ?? newInt(0);
  if (acc instanceof PyStr) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (acc.type.name === "bytearray") throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = getIter(positional[0]);
  if (acc instanceof PyInt && acc.type === T.int) {
    for (;;) {
      const item = iterNext(it);
      if (item === undefined) return acc;
      if (isExactInt(item)) acc = intAdd((acc as PyInt).value, item.value);
      else {
        acc = binaryOp(acc, item, ADD);
        break;
      }
    }
  }
  if (acc instanceof PyFloat && acc.type === T.float) {
    const f = new CompensatedSum(acc.value);
    for (;;) {
      const item = iterNext(it);
      if (item === undefined) return newFloat(f.total());
      const x = floatTerm(item);
      if (x !== undefined) {
        f.add(x);
        continue;
      }
      acc = binaryOp(newFloat(f.total()), item, ADD);
      break;
    }
  }
  if (acc instanceof PyComplex && acc.type === T.complex) {
    const re = new CompensatedSum(acc.real);
    const im = new CompensatedSum(acc.imag);
    for (;;) {
      const item = iterNext(it);
      if (item === undefined) return newComplex(re.total(), im.total());
      if (item instanceof PyComplex && item.type === T.complex) {
        re.add(item.real);
        im.add(item.imag);
        continue;
      }
      const x = floatTerm(item);
      if (x !== undefined) {
        re.add(x);
        continue;
      }
      acc = binaryOp(newComplex(re.total(), im.total()), item, ADD);
      break;
    }
  }
  for (;;) {
    const item = iterNext(it);
    if (item === undefined) return acc;
    acc = binaryOp(acc, item, ADD);
  }
}

/** Neumaier's compensated sum of doubles, as CPython's sum() keeps it for each part of a complex total. */
class CompensatedSum {
  private c = 0;
  constructor(private f: number) {}
  add(x: number): void {
    const t = this.f + x;
    if (Math.abs(this.f) >= Math.abs(x)) this.c += this.f - t + x;
    else this.c += x - t + this.f;
    this.f = t;
  }
  total(): number {
    return this.c && Number.isFinite(this.c) ? this.f + this.c : this.f;
  }
}
