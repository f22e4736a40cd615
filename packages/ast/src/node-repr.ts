// repr() of a node as CPython 3.14 prints it: every field named, nesting cut at depth 3, long lists elided.
import { AST } from "./nodes/ast.js";
import { type ConstantValue, PyTuple } from "./nodes/constant.js";
import { classSpec, type FieldSpec } from "./nodes/spec.js";
import { reprConstant } from "./repr.js";

/** Only the first and last items are shown: [a, b] or [first, ..., last]; tuples alike, even `(1)`. */
function reprSequence(items: readonly unknown[], open: string, close: string, depth: number): string {
  if (items.length === 0) return open + close;
  const shown = items.length <= 2 ? items : [items[0], items[items.length - 1]];
  const texts = shown.map((item) =>
    item instanceof AST ? nodeRepr(item, depth) : reprConstant(item as ConstantValue),
  );
  if (items.length > 2) texts.splice(1, 0, "...");
  return `${open}${texts.join(", ")}${close}`;
}

function reprValue(value: unknown, field: FieldSpec, depth: number): string {
  if (value instanceof AST) return nodeRepr(value, depth);
  if (Array.isArray(value)) return reprSequence(value, "[", "]", depth);
  if (value instanceof PyTuple) return reprSequence(value.items, "(", ")", depth);
  if (field.type === "int" && typeof value === "number") return String(value);
  return reprConstant(value as ConstantValue);
}

/** `Name(id='x', ctx=Load())`; below `depth` levels a node shows as `Name(...)`. */
export function nodeRepr(node: AST, depth = 3): string {
  if (depth <= 0) return `${node.nodeType}(...)`;
  const record = node as unknown as Record<string, unknown>;
  const parts: string[] = [];
  for (const field of classSpec(node.nodeType).fields) {
    const value = record[field.name];
    if (value === undefined) continue;
    parts.push(`${field.name}=${reprValue(value, field, depth - 1)}`);
  }
  return `${node.nodeType}(${parts.join(", ")})`;
}
