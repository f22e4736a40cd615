// Shortcuts for the commonest operand types (exact int, float, str, list, tuple, dict), taken before the generic
// protocol; each returns undefined when it does not apply, and then the generic path gives CPython's answer.
import {
  False,
  None,
  newFloat,
  newInt,
  newStr,
  type PyDict,
  PyFloat,
  type PyInt,
  type PyList,
  type PyObject,
  PyStr,
  type PyTuple,
  T,
  True,
} from "@ophis/objects";

/** BINARY_OP opargs of the plain operators this file handles (NB_* in CPython's order). */
const ADD = 0;
const AND = 1;
const FLOOR_DIVIDE = 2;
const MULTIPLY = 5;
const REMAINDER = 6;
const OR = 7;
const SUBTRACT = 10;
const TRUE_DIVIDE = 11;
const XOR = 12;
const INPLACE_ADD = 13;
const INPLACE_AND = 14;
const INPLACE_FLOOR_DIVIDE = 15;
const INPLACE_REMAINDER = 19;
const INPLACE_OR = 20;
const INPLACE_XOR = 25;
const INPLACE_SUBTRACT = 23;
const INPLACE_MULTIPLY = 18;
const SUBSCR = 26;

function smallInt(o: PyObject): number | undefined {
  // Only PyInt objects have exactly type int, so the type check stands for instanceof (which walks prototypes).
  if (o.type !== T.int) return undefined;
  const v = (o as PyInt).value;
  return typeof v === "number" ? v : undefined;
}

export function fastBinary(a: PyObject, b: PyObject, oparg: number): PyObject | undefined {
  if (oparg === SUBSCR) return fastSubscript(a, b);
  const x = smallInt(a);
  const y = smallInt(b);
  if (x !== undefined && y !== undefined) {
    let r: number;
    switch (oparg) {
      case ADD:
      case INPLACE_ADD:
        r = x + y;
        break;
      case SUBTRACT:
      case INPLACE_SUBTRACT:
        r = x - y;
        break;
      case MULTIPLY:
      case INPLACE_MULTIPLY:
        r = x * y;
        break;
      case AND:
      case INPLACE_AND:
      case OR:
      case INPLACE_OR:
      case XOR:
      case INPLACE_XOR:
        // JS bitwise operators work on 32-bit two's complement, which Python's agree with in that range.
        if ((x | 0) !== x || (y | 0) !== y) return undefined;
        r =
          oparg === AND || oparg === INPLACE_AND
            ? x & y
            : oparg === OR || oparg === INPLACE_OR
              ? x | y
              : x ^ y;
        break;
      case FLOOR_DIVIDE:
      case INPLACE_FLOOR_DIVIDE:
        // Float division rounds above 2**31-ish magnitudes; the generic path divides exactly.
        if (y === 0 || x > 0x7fffffff || x < -0x7fffffff) return undefined;
        r = Math.floor(x / y);
        break;
      case REMAINDER:
      case INPLACE_REMAINDER: {
        if (y === 0) return undefined;
        const m = x % y;
        r = m !== 0 && m < 0 !== y < 0 ? m + y : m;
        break;
      }
      default:
        return undefined;
    }
    return Number.isSafeInteger(r) ? newInt(r === 0 ? 0 : r) : undefined;
  }
  if (a instanceof PyFloat && b instanceof PyFloat && a.type === T.float && b.type === T.float) {
    switch (oparg) {
      case ADD:
      case INPLACE_ADD:
        return newFloat(a.value + b.value);
      case SUBTRACT:
      case INPLACE_SUBTRACT:
        return newFloat(a.value - b.value);
      case MULTIPLY:
      case INPLACE_MULTIPLY:
        return newFloat(a.value * b.value);
      case TRUE_DIVIDE:
        return b.value === 0 ? undefined : newFloat(a.value / b.value);
    }
    return undefined;
  }
  if (
    (oparg === ADD || oparg === INPLACE_ADD) &&
    a instanceof PyStr &&
    b instanceof PyStr &&
    a.type === T.str &&
    b.type === T.str
  )
    return newStr(a.value + b.value);
  return undefined;
}

function fastSubscript(container: PyObject, key: PyObject): PyObject | undefined {
  const i = smallInt(key);
  if (i !== undefined && (container.type === T.list || container.type === T.tuple)) {
    const items = (container as PyList | PyTuple).items;
    const k = i < 0 ? i + items.length : i;
    return k >= 0 && k < items.length ? items[k] : undefined;
  }
  if (container.type === T.dict && (key.type === T.str || key.type === T.int))
    return (container as PyDict).get(key);
  return undefined;
}

/** STORE_SUBSCR into an exact dict with an exact str or small int key, or an exact list at an index in range. */
export function fastStoreSubscript(container: PyObject, key: PyObject, v: PyObject): boolean {
  const t = container.type;
  if (t === T.dict) {
    if (key.type !== T.str && smallInt(key) === undefined) return false;
    (container as PyDict).set(key, v);
    return true;
  }
  if (t === T.list) {
    const i = smallInt(key);
    if (i === undefined) return false;
    const items = (container as PyList).items;
    const k = i < 0 ? i + items.length : i;
    if (k < 0 || k >= items.length) return false;
    items[k] = v;
    return true;
  }
  return false;
}

/** COMPARE_OP on two exact ints, floats or strs: <, <=, ==, !=, >, >= by oparg >> 5. */
export function fastCompare(a: PyObject, b: PyObject, which: number): PyObject | undefined {
  let x: number | string;
  let y: number | string;
  const ai = smallInt(a);
  const bi = smallInt(b);
  if (ai !== undefined && bi !== undefined) {
    x = ai;
    y = bi;
  } else if (a instanceof PyFloat && b instanceof PyFloat && a.type === T.float && b.type === T.float) {
    x = a.value;
    y = b.value;
  } else if (
    a instanceof PyStr &&
    b instanceof PyStr &&
    a.type === T.str &&
    b.type === T.str &&
    (which === 2 || which === 3)
  ) {
    x = a.value;
    y = b.value;
  } else return undefined;
  let r: boolean;
  switch (which) {
    case 0:
      r = x < y;
      break;
    case 1:
      r = x <= y;
      break;
    case 2:
      r = x === y;
      break;
    case 3:
      r = x !== y;
      break;
    case 4:
      r = x > y;
      break;
    default:
      r = x >= y;
  }
  return r ? True : False;
}

/** Truth of exact builtin values whose answer needs no method call. */
export function fastTruth(v: PyObject): boolean | undefined {
  if (v === None) return false;
  const t = v.type;
  if (t === T.int) return (v as PyInt).value !== 0;
  if (t === T.str) return (v as PyStr).value.length !== 0;
  if (t === T.list) return (v as PyList).items.length !== 0;
  if (t === T.tuple) return (v as PyTuple).items.length !== 0;
  if (t === T.dict) return (v as PyDict).size !== 0;
  if (t === T.float) return (v as PyFloat).value !== 0;
  return undefined;
}
