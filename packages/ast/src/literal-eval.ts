// ast.literal_eval: the value of a tree made only of literals, displays and signed/complex numbers.

import { pyEquals } from "./equality.js";
import { PyException } from "./errors.js";
import { nodeRepr } from "./node-repr.js";
import type { AST } from "./nodes/ast.js";
import { type ConstantValue, PyComplex, PyTuple, pyTypeName } from "./nodes/constant.js";
import type { ExprNode } from "./nodes/generated/unions.js";
import { parse } from "./parse.js";

/** A Python set; items are unique under Python's ==, in insertion order (CPython's order is by hash). */
export class PySet {
  constructor(readonly items: LiteralValue[]) {}
}

/** A Python dict; keys are unique under Python's ==, in insertion order. */
export class PyDict {
  constructor(readonly entries: [LiteralValue, LiteralValue][]) {}
}

/** What literal_eval returns: constants, and list (array), tuple, set and dict of them. */
export type LiteralValue = ConstantValue | LiteralValue[] | PyTuple<LiteralValue> | PySet | PyDict;

function malformed(node: AST | null): never {
  let message = "malformed node or string";
  const lineno = node ? (node as unknown as { lineno?: number }).lineno : undefined;
  if (lineno) message += ` on line ${lineno}`;
  throw new PyException("ValueError", [`${message}: ${node ? nodeRepr(node) : "None"}`]);
}

function unhashableType(value: LiteralValue): string | null {
  if (Array.isArray(value)) return "list";
  if (value instanceof PySet) return "set";
  if (value instanceof PyDict) return "dict";
  if (value instanceof PyTuple) {
    for (const item of value.items) {
      const inner = unhashableType(item as LiteralValue);
      if (inner) return inner;
    }
  }
  return null;
}

/** Python's type name of a literal value. */
function typeName(value: LiteralValue): string {
  if (Array.isArray(value)) return "list";
  if (value instanceof PySet) return "set";
  if (value instanceof PyDict) return "dict";
  return pyTypeName(value);
}

/** The TypeError of hashing `value` as a set element or dict key, if it (or an item of a tuple) is unhashable. */
function checkHashable(value: LiteralValue, role: "set element" | "dict key"): void {
  const inner = unhashableType(value);
  if (inner) {
    throw new PyException("TypeError", [
      `cannot use '${typeName(value)}' as a ${role} (unhashable type: '${inner}')`,
    ]);
  }
}

function convertNum(node: ExprNode | null): bigint | number | PyComplex {
  if (node?.nodeType === "Constant") {
    const v = node.value;
    if (typeof v === "bigint" || typeof v === "number" || v instanceof PyComplex) return v;
  }
  return malformed(node);
}

function negate(v: bigint | number | PyComplex): bigint | number | PyComplex {
  if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
  return -v;
}

function convertSignedNum(node: ExprNode | null): bigint | number | PyComplex {
  if (node?.nodeType === "UnaryOp" && (node.op.nodeType === "UAdd" || node.op.nodeType === "USub")) {
    const operand = convertNum(node.operand);
    return node.op.nodeType === "UAdd" ? operand : negate(operand);
  }
  return convertNum(node);
}

function convert(node: ExprNode | null): LiteralValue {
  switch (node?.nodeType) {
    case "Constant":
      return node.value;
    case "Tuple":
      return new PyTuple(node.elts.map(convert));
    case "List":
      return node.elts.map(convert);
    case "Set":
      return makeSet(node.elts.map(convert));
    case "Call":
      if (
        node.func.nodeType === "Name" &&
        node.func.id === "set" &&
        !node.args.length &&
        !node.keywords.length
      ) {
        return new PySet([]);
      }
      break;
    case "Dict":
      if (node.keys.length !== node.values.length) malformed(node);
      return makeDict(node.keys.map(convert), node.values.map(convert));
    case "BinOp":
      if (node.op.nodeType === "Add" || node.op.nodeType === "Sub") {
        const left = convertSignedNum(node.left);
        const right = convertNum(node.right);
        // Only real +/- imaginary is a literal: 1+2j, -1.5-3j.
        if (!(left instanceof PyComplex) && right instanceof PyComplex) {
          const real = Number(left);
          return node.op.nodeType === "Add"
            ? new PyComplex(real + right.real, 0 + right.imag)
            : new PyComplex(real - right.real, 0 - right.imag);
        }
      }
      break;
  }
  return convertSignedNum(node);
}

function makeSet(items: LiteralValue[]): PySet {
  const unique: LiteralValue[] = [];
  for (const item of items) {
    checkHashable(item, "set element");
    if (!unique.some((u) => pyEquals(u, item))) unique.push(item);
  }
  return new PySet(unique);
}

function makeDict(keys: LiteralValue[], values: LiteralValue[]): PyDict {
  const entries: [LiteralValue, LiteralValue][] = [];
  keys.forEach((key, i) => {
    checkHashable(key, "dict key");
    // A repeated key keeps its first position and takes the last value, as a dict display does.
    const existing = entries.find(([k]) => pyEquals(k, key));
    if (existing) existing[1] = values[i];
    else entries.push([key, values[i]]);
  });
  return new PyDict(entries);
}

/**
 * ast.literal_eval. A string is parsed in "eval" mode first (leading spaces and tabs removed),
 * which needs the parser; a tree (Expression or expression node) works today.
 */
export function literalEval(nodeOrString: AST | string): LiteralValue {
  let node: AST =
    typeof nodeOrString === "string"
      ? parse(nodeOrString.replace(/^[ \t]+/, ""), { mode: "eval" })
      : nodeOrString;
  if (node.nodeType === "Expression") node = (node as unknown as { body: ExprNode }).body;
  return convert(node as ExprNode);
}
