// sum(iterable, /, start=0) as CPython 3.14's builtin_sum_impl: an exact-int phase, then a float phase with
// Neumaier's compensated summation, then the generic + for anything else.
import {
  BINARY_OPERATORS,
  binaryOp,
  getIter,
  intAdd,
  iterNext,
  newFloat,
  newInt,
  PyBytes,
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
    let f = acc.value;
    let c = 0;
    for (;;) {
      const item = iterNext(it);
      if (item === undefined) {
        if (c && Number.isFinite(c)) f += c;
        return newFloat(f);
      }
      const x =
        item instanceof PyFloat && item.type === T.float
          ? item.value
          : isExactInt(item)
            ? asLong(item)
            : undefined;
      if (x !== undefined) {
        const t = f + x;
        if (Math.abs(f) >= Math.abs(x)) c += f - t + x;
        else c += x - t + f;
        f = t;
        continue;
      }
      if (c && Number.isFinite(c)) f += c;
      acc = binaryOp(newFloat(f), item, ADD);
      break;
    }
  }
  for (;;) {
    const item = iterNext(it);
    if (item === undefined) return acc;
    acc = binaryOp(acc, item, ADD);
  }
}
