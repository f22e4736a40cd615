// The unparser's state and writing primitives (CPython's Lib/_ast_unparse.py Unparser), and `unparse`.
import { withRecursionError } from "../errors.js";
import { AST } from "../nodes/ast.js";
import type { NodeOf, NodeType } from "../nodes/generated/classes.js";
import type { Constant } from "../nodes/generated/expr.js";
import type { ExprNode, StmtNode } from "../nodes/generated/unions.js";
import { EXPRESSION_VISITORS } from "./expressions.js";
import { PATTERN_VISITORS } from "./patterns.js";
import { Precedence } from "./precedence.js";
import { STATEMENT_VISITORS } from "./statements.js";
import { STRING_VISITORS } from "./strings.js";

/** One visit function per node kind; the kinds without one (Load, Add, TypeIgnore, ...) write nothing. */
export type Visitors = { [K in NodeType]?: (u: Unparser, node: NodeOf<K>) => void };

let visitors: Visitors | null = null;

/** The visitor files' tables, merged on first use (they import this module, so not at load time). */
function visitorTable(): Visitors {
  visitors ??= { ...STATEMENT_VISITORS, ...EXPRESSION_VISITORS, ...STRING_VISITORS, ...PATTERN_VISITORS };
  return visitors;
}

export class Unparser {
  /**
   * The output pieces. Its emptiness is observable: an empty piece still counts as "something
   * written", which decides where blank lines go (maybeNewline), exactly as CPython's list does.
   */
  source: string[] = [];
  readonly precedences = new Map<AST, Precedence>();
  typeIgnores = new Map<number, string>();
  indent = 0;
  inTryStar = false;
  inInteractive = false;

  /** Unparses a whole tree: the output of this call only. */
  visit(node: AST | readonly AST[]): string {
    this.source = [];
    this.traverse(node);
    return this.source.join("");
  }

  traverse(node: AST | readonly AST[]): void {
    if (Array.isArray(node)) {
      for (const item of node) this.traverse(item);
      return;
    }
    const visit = visitorTable()[(node as AST).nodeType as NodeType] as
      | ((u: Unparser, n: AST) => void)
      | undefined;
    visit?.(this, node as AST);
  }

  write(...text: string[]): void {
    this.source.push(...text);
  }

  /** Calls f on each item, and inter() between two items. */
  interleave<T>(inter: () => void, f: (item: T) => void, seq: Iterable<T>): void {
    let first = true;
    for (const item of seq) {
      if (!first) inter();
      first = false;
      f(item);
    }
  }

  /** Items separated by ", ", with a trailing comma after a lone item (a one-tuple). */
  itemsView<T>(traverser: (item: T) => void, items: readonly T[]): void {
    if (items.length === 1) {
      traverser(items[0]);
      this.write(",");
    } else {
      this.interleave(() => this.write(", "), traverser, items);
    }
  }

  maybeNewline(): void {
    if (this.source.length > 0) this.write("\n");
  }

  maybeSemicolon(): void {
    if (this.source.length > 0) this.write("; ");
  }

  /** Starts a line at the current indentation; top-level statements of Interactive join with "; ". */
  fill(text = "", allowSemicolon = true): void {
    if (this.inInteractive && this.indent === 0 && allowSemicolon) {
      this.maybeSemicolon();
      this.write(text);
    } else {
      this.maybeNewline();
      this.write("    ".repeat(this.indent) + text);
    }
  }

  /** Runs f writing into a fresh buffer, and returns that buffer. */
  buffered(f: () => void): string[] {
    const original = this.source;
    const buffer: string[] = [];
    this.source = buffer;
    try {
      f();
    } finally {
      this.source = original;
    }
    return buffer;
  }

  /** Writes ":" (and `extra`, a type comment) and runs f one level deeper. */
  block(f: () => void, extra?: string | null): void {
    this.write(":");
    if (extra) this.write(extra);
    this.indent += 1;
    f();
    this.indent -= 1;
  }

  delimit(start: string, end: string, f: () => void): void {
    this.write(start);
    f();
    this.write(end);
  }

  delimitIf(start: string, end: string, condition: boolean, f: () => void): void {
    if (condition) this.delimit(start, end, f);
    else f();
  }

  /** Parenthesizes when the node binds looser than its context requires. */
  requireParens(precedence: Precedence, node: AST, f: () => void): void {
    this.delimitIf("(", ")", this.getPrecedence(node) > precedence, f);
  }

  getPrecedence(node: AST): Precedence {
    return this.precedences.get(node) ?? Precedence.TEST;
  }

  setPrecedence(precedence: Precedence, ...nodes: readonly AST[]): void {
    for (const node of nodes) this.precedences.set(node, precedence);
  }

  /** The docstring node of a Module, class or function body (as _PyAST_GetDocString), or null. */
  getRawDocstring(node: AST): Constant | null {
    const t = node.nodeType;
    if (t !== "Module" && t !== "ClassDef" && t !== "FunctionDef" && t !== "AsyncFunctionDef") return null;
    const body = (node as unknown as { body: StmtNode[] }).body;
    if (body.length < 1 || body[0].nodeType !== "Expr") return null;
    const value: ExprNode = body[0].value;
    if (value.nodeType === "Constant" && typeof value.value === "string") return value;
    return null;
  }

  /** " # type: ..." for a statement with a type comment or a `# type: ignore` on its line. */
  getTypeComment(node: { lineno: number; type_comment: string | null }): string | null {
    const comment = this.typeIgnores.get(node.lineno) || node.type_comment;
    return comment !== null && comment !== undefined ? ` # type: ${comment}` : null;
  }
}

/** ast.unparse: source text that parses back to an equivalent tree (original formatting is not kept). */
export function unparse(node: AST): string {
  if (!(node instanceof AST)) throw new TypeError("unparse expects an AST node");
  return withRecursionError(() => new Unparser().visit(node));
}
