// Unparsing expressions: operators with their precedence, displays, comprehensions, calls and lambdas.
import type { AST } from "../nodes/ast.js";
import type { comprehension } from "../nodes/generated/expr.js";
import type { ExprNode } from "../nodes/generated/unions.js";
import { BINARY_OPS, BOOL_OPS, COMPARE_OPS, next, Precedence, UNARY_OPS } from "./precedence.js";
import type { Unparser, Visitors } from "./unparser.js";

function commaList(u: Unparser, items: readonly AST[]): void {
  u.interleave(
    () => u.write(", "),
    (item) => u.traverse(item),
    items,
  );
}

function comprehensionDisplay(
  u: Unparser,
  open: string,
  close: string,
  head: () => void,
  generators: readonly comprehension[],
): void {
  u.delimit(open, close, () => {
    head();
    u.traverse(generators);
  });
}

/** `await`/`yield` operands are written at ATOM level, so anything compound gets parentheses. */
function prefixed(
  u: Unparser,
  node: ExprNode,
  precedence: Precedence,
  keyword: string,
  value: ExprNode | null,
) {
  u.requireParens(precedence, node, () => {
    u.write(keyword);
    if (value) {
      u.write(" ");
      u.setPrecedence(Precedence.ATOM, value);
      u.traverse(value);
    }
  });
}

export const EXPRESSION_VISITORS: Visitors = {
  NamedExpr: (u, node) => {
    u.requireParens(Precedence.NAMED_EXPR, node, () => {
      u.setPrecedence(Precedence.ATOM, node.target, node.value);
      u.traverse(node.target);
      u.write(" := ");
      u.traverse(node.value);
    });
  },
  Await: (u, node) => prefixed(u, node, Precedence.AWAIT, "await", node.value),
  Yield: (u, node) => prefixed(u, node, Precedence.YIELD, "yield", node.value),
  YieldFrom: (u, node) => {
    u.requireParens(Precedence.YIELD, node, () => {
      u.write("yield from ");
      if (!node.value) throw new Error("ValueError: Node can't be used without a value attribute.");
      u.setPrecedence(Precedence.ATOM, node.value);
      u.traverse(node.value);
    });
  },
  Name: (u, node) => u.write(node.id),
  List: (u, node) => u.delimit("[", "]", () => commaList(u, node.elts)),
  ListComp: (u, node) => comprehensionDisplay(u, "[", "]", () => u.traverse(node.elt), node.generators),
  GeneratorExp: (u, node) => comprehensionDisplay(u, "(", ")", () => u.traverse(node.elt), node.generators),
  SetComp: (u, node) => comprehensionDisplay(u, "{", "}", () => u.traverse(node.elt), node.generators),
  DictComp: (u, node) =>
    comprehensionDisplay(
      u,
      "{",
      "}",
      () => {
        u.traverse(node.key);
        u.write(": ");
        u.traverse(node.value);
      },
      node.generators,
    ),
  comprehension: (u, node) => {
    u.write(node.is_async ? " async for " : " for ");
    u.setPrecedence(Precedence.TUPLE, node.target);
    u.traverse(node.target);
    u.write(" in ");
    u.setPrecedence(next(Precedence.TEST), node.iter, ...node.ifs);
    u.traverse(node.iter);
    for (const condition of node.ifs) {
      u.write(" if ");
      u.traverse(condition);
    }
  },
  IfExp: (u, node) => {
    u.requireParens(Precedence.TEST, node, () => {
      u.setPrecedence(next(Precedence.TEST), node.body, node.test);
      u.traverse(node.body);
      u.write(" if ");
      u.traverse(node.test);
      u.write(" else ");
      u.setPrecedence(Precedence.TEST, node.orelse);
      u.traverse(node.orelse);
    });
  },
  Set: (u, node) => {
    // `{}` is a dict and `set` may be shadowed, so the empty set is spelled {*()}.
    if (node.elts.length > 0) u.delimit("{", "}", () => commaList(u, node.elts));
    else u.write("{*()}");
  },
  Dict: (u, node) => {
    const count = Math.min(node.keys.length, node.values.length);
    const indexes = Array.from({ length: count }, (_, i) => i);
    u.delimit("{", "}", () =>
      u.interleave(
        () => u.write(", "),
        (i) => {
          const key = node.keys[i];
          const value = node.values[i];
          if (key === null) {
            // `**mapping` unpacking (PEP 448).
            u.write("**");
            u.setPrecedence(Precedence.EXPR, value);
            u.traverse(value);
          } else {
            u.traverse(key);
            u.write(": ");
            u.traverse(value);
          }
        },
        indexes,
      ),
    );
  },
  Tuple: (u, node) => {
    const parens = node.elts.length === 0 || u.getPrecedence(node) > Precedence.TUPLE;
    u.delimitIf("(", ")", parens, () => u.itemsView((e) => u.traverse(e), node.elts));
  },
  UnaryOp: (u, node) => {
    const [operator, precedence] = UNARY_OPS[node.op.nodeType];
    u.requireParens(precedence, node, () => {
      u.write(operator);
      // +, - and ~ stay attached to their operand (+1, not + 1).
      if (precedence !== Precedence.FACTOR) u.write(" ");
      u.setPrecedence(precedence, node.operand);
      u.traverse(node.operand);
    });
  },
  BinOp: (u, node) => {
    const [operator, precedence] = BINARY_OPS[node.op.nodeType];
    u.requireParens(precedence, node, () => {
      // ** is right-associative: the tighter side is the left one.
      const rightAssoc = operator === "**";
      u.setPrecedence(rightAssoc ? next(precedence) : precedence, node.left);
      u.traverse(node.left);
      u.write(` ${operator} `);
      u.setPrecedence(rightAssoc ? precedence : next(precedence), node.right);
      u.traverse(node.right);
    });
  },
  Compare: (u, node) => {
    u.requireParens(Precedence.CMP, node, () => {
      u.setPrecedence(next(Precedence.CMP), node.left, ...node.comparators);
      u.traverse(node.left);
      const count = Math.min(node.ops.length, node.comparators.length);
      for (let i = 0; i < count; i++) {
        u.write(` ${COMPARE_OPS[node.ops[i].nodeType]} `);
        u.traverse(node.comparators[i]);
      }
    });
  },
  BoolOp: (u, node) => {
    const [operator, base] = BOOL_OPS[node.op.nodeType];
    // Each operand is one level tighter than the previous (CPython's increasing_level_traverse).
    let precedence = base;
    u.requireParens(precedence, node, () =>
      u.interleave(
        () => u.write(` ${operator} `),
        (value) => {
          precedence = next(precedence);
          u.setPrecedence(precedence, value);
          u.traverse(value);
        },
        node.values,
      ),
    );
  },
  Attribute: (u, node) => {
    u.setPrecedence(Precedence.ATOM, node.value);
    u.traverse(node.value);
    // `3.__abs__()` is a syntax error: an int literal needs a space before the dot.
    if (
      node.value.nodeType === "Constant" &&
      (typeof node.value.value === "bigint" || typeof node.value.value === "boolean")
    ) {
      u.write(" ");
    }
    u.write(".");
    u.write(node.attr);
  },
  Call: (u, node) => {
    u.setPrecedence(Precedence.ATOM, node.func);
    u.traverse(node.func);
    u.delimit("(", ")", () => commaList(u, [...node.args, ...node.keywords]));
  },
  Subscript: (u, node) => {
    u.setPrecedence(Precedence.ATOM, node.value);
    u.traverse(node.value);
    u.delimit("[", "]", () => {
      const slice = node.slice;
      // A non-empty tuple index needs no parentheses.
      if (slice.nodeType === "Tuple" && slice.elts.length > 0) u.itemsView((e) => u.traverse(e), slice.elts);
      else u.traverse(slice);
    });
  },
  Starred: (u, node) => {
    u.write("*");
    u.setPrecedence(Precedence.EXPR, node.value);
    u.traverse(node.value);
  },
  Slice: (u, node) => {
    if (node.lower) u.traverse(node.lower);
    u.write(":");
    if (node.upper) u.traverse(node.upper);
    if (node.step) {
      u.write(":");
      u.traverse(node.step);
    }
  },
  Lambda: (u, node) => {
    u.requireParens(Precedence.TEST, node, () => {
      u.write("lambda");
      const buffer = u.buffered(() => u.traverse(node.args));
      if (buffer.length > 0) u.write(" ", ...buffer);
      u.write(": ");
      u.setPrecedence(Precedence.TEST, node.body);
      u.traverse(node.body);
    });
  },
};
