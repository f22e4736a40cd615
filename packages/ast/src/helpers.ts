// Tree helpers of Lib/ast.py: iterFields, iterChildNodes, walk, locations, docstrings.
import { PyException, withRecursionError } from "./errors.js";
import { AST } from "./nodes/ast.js";
import type { Node } from "./nodes/generated/unions.js";

type Fields = Record<string, unknown>;

/** [name, value] for each field of `_fields` that is set on the node (undefined means absent). */
export function* iterFields(node: AST): Generator<[string, unknown]> {
  for (const name of node._fields) {
    const value = (node as unknown as Fields)[name];
    if (value !== undefined) yield [name, value];
  }
}

/** The direct child nodes: fields that are nodes, and the node items of list fields. */
export function* iterChildNodes(node: AST): Generator<Node> {
  for (const [, value] of iterFields(node)) {
    if (value instanceof AST) yield value as Node;
    else if (Array.isArray(value)) {
      for (const item of value) if (item instanceof AST) yield item as Node;
    }
  }
}

/** Every node of the tree, `node` first, breadth first (the order CPython's deque gives). */
export function* walk(node: AST): Generator<Node> {
  const todo: AST[] = [node];
  for (let i = 0; i < todo.length; i++) {
    const current = todo[i];
    todo.push(...iterChildNodes(current));
    yield current as Node;
  }
}

const POSITION_NAMES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

/** Copies the positions of `oldNode` onto `newNode` where both kinds have them; returns `newNode`. */
export function copyLocation<T extends AST>(newNode: T, oldNode: AST): T {
  for (const attr of POSITION_NAMES) {
    if (!oldNode._attributes.includes(attr) || !newNode._attributes.includes(attr)) continue;
    const value = (oldNode as unknown as Fields)[attr];
    // End positions are optional: a None is copied too, a start position only when set.
    if (value !== undefined && (value !== null || attr.startsWith("end_"))) {
      (newNode as unknown as Fields)[attr] = value;
    }
  }
  return newNode;
}

/** Gives every node without positions those of its parent (the root defaults to 1, 0, 1, 0). */
export function fixMissingLocations<T extends AST>(node: T): T {
  const fix = (n: AST, lineno: number, col: number, endLineno: number, endCol: number) => {
    const f = n as unknown as Fields;
    const attributes = n._attributes;
    if (attributes.includes("lineno")) {
      if (f.lineno === undefined) f.lineno = lineno;
      else lineno = f.lineno as number;
    }
    if (attributes.includes("end_lineno")) {
      if (f.end_lineno === undefined || f.end_lineno === null) f.end_lineno = endLineno;
      else endLineno = f.end_lineno as number;
    }
    if (attributes.includes("col_offset")) {
      if (f.col_offset === undefined) f.col_offset = col;
      else col = f.col_offset as number;
    }
    if (attributes.includes("end_col_offset")) {
      if (f.end_col_offset === undefined || f.end_col_offset === null) f.end_col_offset = endCol;
      else endCol = f.end_col_offset as number;
    }
    for (const child of iterChildNodes(n)) fix(child, lineno, col, endLineno, endCol);
  };
  withRecursionError(() => fix(node, 1, 0, 1, 0));
  return node;
}

/** Adds n to the line numbers of every node of the tree. */
export function incrementLineno<T extends AST>(node: T, n = 1): T {
  for (const child of walk(node)) {
    const f = child as unknown as Fields;
    // TypeIgnore's lineno is a field, not an attribute.
    if (child.nodeType === "TypeIgnore") {
      f.lineno = ((f.lineno as number | undefined) ?? 0) + n;
      continue;
    }
    if (child._attributes.includes("lineno")) f.lineno = ((f.lineno as number | undefined) ?? 0) + n;
    if (child._attributes.includes("end_lineno")) {
      const end = f.end_lineno === undefined ? 0 : f.end_lineno;
      if (end !== null) f.end_lineno = (end as number) + n;
    }
  }
  return node;
}

/** inspect.cleandoc: tabs expanded, common indentation of the lines after the first removed. */
export function cleandoc(doc: string): string {
  const lines = expandTabs(doc).split("\n");
  let margin = Number.POSITIVE_INFINITY;
  for (const line of lines.slice(1)) {
    const content = line.replace(/^ +/, "").length;
    if (content > 0) margin = Math.min(margin, line.length - content);
  }
  lines[0] = lines[0].replace(/^ +/, "");
  if (margin < Number.POSITIVE_INFINITY) {
    for (let i = 1; i < lines.length; i++) lines[i] = lines[i].slice(margin);
  }
  while (lines.length > 0 && !lines[lines.length - 1]) lines.pop();
  while (lines.length > 0 && !lines[0]) lines.shift();
  return lines.join("\n");
}

/** str.expandtabs(8): columns restart after \n and \r. */
function expandTabs(s: string, tabsize = 8): string {
  let out = "";
  let column = 0;
  for (const ch of s) {
    if (ch === "\t") {
      const spaces = tabsize - (column % tabsize);
      out += " ".repeat(spaces);
      column += spaces;
    } else {
      out += ch;
      column = ch === "\n" || ch === "\r" ? 0 : column + 1;
    }
  }
  return out;
}

/** The docstring of a module, class or function (cleaned with cleandoc unless `clean` is false), or null. */
export function getDocstring(node: AST, clean = true): string | null {
  const t = node.nodeType;
  if (t !== "AsyncFunctionDef" && t !== "FunctionDef" && t !== "ClassDef" && t !== "Module") {
    throw new PyException("TypeError", [`'${t}' can't have docstrings`]);
  }
  const body = (node as unknown as { body: Node[] }).body;
  if (body.length === 0 || body[0].nodeType !== "Expr") return null;
  const value = body[0].value;
  if (value.nodeType !== "Constant" || typeof value.value !== "string") return null;
  return clean ? cleandoc(value.value) : value.value;
}
