// ast.dump: the text CPython 3.14 prints for a tree, with its rules for omitting None and [] defaults.

import { withRecursionError } from "./errors.js";
import { AST } from "./nodes/ast.js";
import type { ConstantValue } from "./nodes/constant.js";
import { classSpec, type FieldSpec } from "./nodes/spec.js";
import { reprConstant } from "./repr.js";

export interface DumpOptions {
  /** Show `name=` before field values (default true); when false, only where a field was skipped. */
  annotateFields?: boolean;
  /** Also dump the position attributes (lineno, col_offset, end_lineno, end_col_offset). */
  includeAttributes?: boolean;
  /** Pretty-print: a number of spaces or a string per level; null (default) for one line. */
  indent?: number | string | null;
  /** Show fields that are None or [] (omitted by default since 3.13). */
  showEmpty?: boolean;
}

/** A scalar field value: identifiers and strings are str, `int` fields are Python ints held as numbers. */
function reprScalar(value: unknown, field: FieldSpec | null): string {
  if (field?.type === "int" && typeof value === "number") return String(value);
  return reprConstant(value as ConstantValue);
}

export function dump(node: AST, options: DumpOptions = {}): string {
  if (!(node instanceof AST)) {
    const name = node === null ? "NoneType" : typeof node;
    throw new TypeError(`expected AST, got '${name}'`);
  }
  const annotateFields = options.annotateFields ?? true;
  const includeAttributes = options.includeAttributes ?? false;
  const showEmpty = options.showEmpty ?? false;
  const indent = typeof options.indent === "number" ? " ".repeat(options.indent) : (options.indent ?? null);

  // Returns the text and whether it is "simple" (fits on one line among up to three siblings).
  function format(value: unknown, level: number, field: FieldSpec | null): [string, boolean] {
    let prefix = "";
    let sep = ", ";
    if (indent !== null) {
      level += 1;
      prefix = `\n${indent.repeat(level)}`;
      sep = `,\n${indent.repeat(level)}`;
    }
    if (value instanceof AST) return formatNode(value, level, prefix, sep);
    if (Array.isArray(value)) {
      if (value.length === 0) return ["[]", true];
      return [`[${prefix}${value.map((item) => format(item, level, field)[0]).join(sep)}]`, false];
    }
    return [reprScalar(value, field), true];
  }

  function formatNode(node: AST, level: number, prefix: string, sep: string): [string, boolean] {
    const spec = classSpec(node.nodeType);
    const record = node as unknown as Record<string, unknown>;
    const args: string[] = [];
    let argsBuffer: string[] = [];
    let allSimple = true;
    let keywords = annotateFields;
    for (const field of spec.fields) {
      const value = record[field.name];
      // A missing field, or None where the class default is None: later fields need their names.
      if (value === undefined || (value === null && field.optional && !field.sequence)) {
        keywords = true;
        continue;
      }
      if (!showEmpty) {
        if (Array.isArray(value) && value.length === 0 && field.sequence) {
          // An empty list is shown positionally only when a later positional value needs the slot.
          if (!keywords) argsBuffer.push("[]");
          continue;
        }
        if (!keywords) {
          args.push(...argsBuffer);
          argsBuffer = [];
        }
      }
      const [text, simple] = format(value, level, field);
      allSimple &&= simple;
      args.push(keywords ? `${field.name}=${text}` : text);
    }
    if (includeAttributes) {
      for (const attribute of spec.attributes) {
        const value = record[attribute.name];
        if (value === undefined || (value === null && attribute.optional)) continue;
        const [text, simple] = format(value, level, attribute);
        allSimple &&= simple;
        args.push(`${attribute.name}=${text}`);
      }
    }
    if (allSimple && args.length <= 3) return [`${node.nodeType}(${args.join(", ")})`, args.length === 0];
    return [`${node.nodeType}(${prefix}${args.join(sep)})`, false];
  }

  return withRecursionError(() => format(node, 0, null)[0]);
}
