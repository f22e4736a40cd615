// ast.compare: structural equality of two trees, optionally including positions.

import { pyEquals } from "./equality.js";
import { withRecursionError } from "./errors.js";
import { AST } from "./nodes/ast.js";
import { type ConstantValue, pyTypeName } from "./nodes/constant.js";

type Fields = Record<string, unknown>;

/** Python's type() of a field value, for the `type(a) is type(b)` check. */
function typeOf(value: unknown): string {
  if (value instanceof AST) return value.nodeType;
  if (Array.isArray(value)) return "list";
  if (value === undefined) return "missing";
  return pyTypeName(value as ConstantValue);
}

function compareValues(a: unknown, b: unknown, compareAttributes: boolean): boolean {
  if (a instanceof AST) return b instanceof AST && compareNodes(a, b, compareAttributes);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => compareValues(item, b[i], compareAttributes));
  }
  return typeOf(a) === typeOf(b) && pyEquals(a, b);
}

/** True when both trees have the same kinds and field values (and positions, if asked). */
export function compare(a: AST, b: AST, options: { compareAttributes?: boolean } = {}): boolean {
  return withRecursionError(() => compareNodes(a, b, options.compareAttributes ?? false));
}

function compareNodes(a: AST, b: AST, compareAttributes: boolean): boolean {
  if (a.nodeType !== b.nodeType) return false;
  const fa = a as unknown as Fields;
  const fb = b as unknown as Fields;
  for (const field of a._fields) {
    const x = fa[field];
    const y = fb[field];
    if (x === undefined && y === undefined) continue;
    if (x === undefined || y === undefined) return false;
    if (!compareValues(x, y, compareAttributes)) return false;
  }
  if (compareAttributes) {
    for (const attr of a._attributes) {
      const x = fa[attr];
      const y = fb[attr];
      if (x === undefined && y === undefined) continue;
      if (x !== y) return false;
    }
  }
  return true;
}
