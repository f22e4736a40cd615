// NodeVisitor and NodeTransformer: dispatch to `visit_<Kind>` methods, as CPython's classes do.

import { asRecursionError } from "./errors.js";
import { iterFields } from "./helpers.js";
import { AST } from "./nodes/ast.js";
import type { NodeOf, NodeType } from "./nodes/generated/classes.js";
import { classSpec } from "./nodes/spec.js";

type Fields = Record<string, unknown>;

/** The methods a visitor may define, typed per kind: `visit_Name(node: Name)`. */
export type VisitMethods<R> = { [K in NodeType as `visit_${K}`]?: (node: NodeOf<K>) => R };

/**
 * Walks a tree calling `visit_<Kind>(node)` where defined, else `genericVisit`, which visits the
 * children. Subclass it and add `visit_Name` and the like.
 */
export class NodeVisitor<R = unknown> {
  /** How many visit calls are running: a stack overflow becomes RecursionError once back at the outermost. */
  #depth = 0;

  visit(node: AST): R | undefined {
    this.#depth++;
    try {
      const method = (this as unknown as Fields)[`visit_${node.nodeType}`];
      if (typeof method === "function") return method.call(this, node) as R;
      return this.genericVisit(node) as R | undefined;
    } catch (error) {
      // Near the stack's end not even an exception can be built: convert where there is room again.
      throw this.#depth === 1 ? asRecursionError(error) : error;
    } finally {
      this.#depth--;
    }
  }

  genericVisit(node: AST): unknown {
    for (const [, value] of iterFields(node)) {
      if (Array.isArray(value)) {
        for (const item of value) if (item instanceof AST) this.visit(item);
      } else if (value instanceof AST) {
        this.visit(value);
      }
    }
    return undefined;
  }
}

/** What a transformer's visit returns: a node (kept or replacing), nodes (spliced into a list), or nothing (removed). */
export type TransformResult = AST | readonly AST[] | null | undefined;

/**
 * A NodeVisitor whose visit results replace the nodes visited: null/undefined removes the node,
 * an array splices several nodes into a list field. `genericVisit` transforms the children in place.
 */
export class NodeTransformer extends NodeVisitor<TransformResult> {
  override genericVisit(node: AST): TransformResult {
    const fields = node as unknown as Fields;
    const spec = classSpec(node.nodeType);
    for (const [name, oldValue] of iterFields(node)) {
      if (Array.isArray(oldValue)) {
        const newValues: unknown[] = [];
        for (const value of oldValue) {
          if (value instanceof AST) {
            const result = this.visit(value);
            if (result === null || result === undefined) continue;
            if (!(result instanceof AST)) {
              newValues.push(...result);
              continue;
            }
            newValues.push(result);
          } else {
            newValues.push(value);
          }
        }
        // Replaced in place, as CPython's `old_value[:] = new_values`.
        oldValue.splice(0, oldValue.length, ...newValues);
      } else if (oldValue instanceof AST) {
        const newNode = this.visit(oldValue);
        if (newNode === null || newNode === undefined) {
          // delattr: an optional field reads as None again, a required one becomes absent.
          const optional = spec.fields.find((f) => f.name === name)?.optional ?? false;
          fields[name] = optional ? null : undefined;
        } else {
          fields[name] = newNode;
        }
      }
    }
    return node;
  }
}
