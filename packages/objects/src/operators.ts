// Binary and unary operators (binary_op1 and friends): the left operand's method, the reflected one, NotImplemented.
import { callMethod } from "./attributes.js";
import { type PyObject, T, typeError } from "./core.js";
import { NotImplemented } from "./singletons.js";

/** One binary operator: its symbol in messages and its special methods. */
export interface BinaryOperator {
  symbol: string;
  method: string;
  reflected: string;
  inplace: string;
}

function op(symbol: string, name: string): BinaryOperator {
  return { symbol, method: `__${name}__`, reflected: `__r${name}__`, inplace: `__i${name}__` };
}

/** By BINARY_OP's oparg for the plain operators (NB_ADD = 0 ... NB_XOR = 12), CPython's order. */
export const BINARY_OPERATORS: readonly BinaryOperator[] = [
  op("+", "add"),
  op("&", "and"),
  op("//", "floordiv"),
  op("<<", "lshift"),
  op("@", "matmul"),
  op("*", "mul"),
  op("%", "mod"),
  op("|", "or"),
  op("**", "pow"),
  op(">>", "rshift"),
  op("-", "sub"),
  op("/", "truediv"),
  op("^", "xor"),
];

/** a OP b, trying b's reflected method first when b's type is a proper subclass overriding it. */
export function binaryOp(a: PyObject, b: PyObject, o: BinaryOperator): PyObject {
  const r = tryBinary(a, b, o);
  if (r !== NotImplemented) return r;
  if (o.symbol === "+") concatError(a, b);
  throw unsupported(a, b, o.symbol === "**" ? "** or pow()" : o.symbol);
}

/** The builtin sequences' sq_concat runs after both operands decline +, with its own message. */
function concatError(a: PyObject, b: PyObject): void {
  for (const name of ["str", "list", "tuple", "bytes", "bytearray", "Template"]) {
    const t = T[name];
    if (t && a.type.isSubtype(t)) {
      if (name === "bytes" || name === "bytearray")
        throw typeError(`can't concat ${b.type.tpName} to ${a.type.tpName}`);
      throw typeError(`can only concatenate ${t.tpName} (not "${b.type.tpName}") to ${t.tpName}`);
    }
  }
}

function tryBinary(a: PyObject, b: PyObject, o: BinaryOperator): PyObject {
  const ta = a.type;
  const tb = b.type;
  const left = ta.lookup(o.method);
  let right = ta !== tb ? tb.lookup(o.reflected) : undefined;
  if (right !== undefined && right === ta.lookup(o.reflected)) right = tb.isSubtype(ta) ? undefined : right;
  if (right !== undefined && tb.isSubtype(ta)) {
    const r = callMethod(right, b, [a]);
    if (r !== NotImplemented) return r;
    right = undefined;
  }
  if (left !== undefined) {
    const r = callMethod(left, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (right !== undefined) return callMethod(right, b, [a]);
  return NotImplemented;
}

/** a OP= b: __iop__ first, then the plain operator. */
export function inplaceOp(a: PyObject, b: PyObject, o: BinaryOperator): PyObject {
  const m = a.type.lookup(o.inplace);
  if (m !== undefined) {
    const r = callMethod(m, a, [b]);
    if (r !== NotImplemented) return r;
  }
  const r = tryBinary(a, b, o);
  if (r !== NotImplemented) return r;
  if (o.symbol === "+") concatError(a, b);
  throw unsupported(a, b, o.symbol === "**" ? "**=" : `${o.symbol}=`);
}

function unsupported(a: PyObject, b: PyObject, symbol: string): PyObject {
  return typeError(`unsupported operand type(s) for ${symbol}: '${a.type.tpName}' and '${b.type.tpName}'`);
}

const UNARY_SYMBOL: Record<string, string> = {
  __neg__: "unary -",
  __pos__: "unary +",
  __invert__: "unary ~",
};

export function unaryOp(a: PyObject, method: "__neg__" | "__pos__" | "__invert__" | "__abs__"): PyObject {
  const m = a.type.lookup(method);
  if (m === undefined) {
    if (method === "__abs__") throw typeError(`bad operand type for abs(): '${a.type.name}'`);
    throw typeError(`bad operand type for ${UNARY_SYMBOL[method]}: '${a.type.name}'`);
  }
  return callMethod(m, a, []);
}
