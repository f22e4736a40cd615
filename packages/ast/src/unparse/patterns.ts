// Unparsing match statements' cases and patterns, and type parameters (PEP 695, with 3.13 defaults).
import type { AST } from "../nodes/ast.js";
import type { ExprNode } from "../nodes/generated/unions.js";
import { next, Precedence } from "./precedence.js";
import { writeConstant } from "./strings.js";
import type { Unparser, Visitors } from "./unparser.js";

function commaList(u: Unparser, items: readonly AST[]): void {
  u.interleave(
    () => u.write(", "),
    (item) => u.traverse(item),
    items,
  );
}

function zipStrict<A, B>(a: readonly A[], b: readonly B[]): [A, B][] {
  if (a.length !== b.length) throw new Error("ValueError: zip() arguments have different lengths");
  return a.map((item, i) => [item, b[i]]);
}

function writeDefault(u: Unparser, value: ExprNode | null): void {
  if (value) {
    u.write(" = ");
    u.traverse(value);
  }
}

export const PATTERN_VISITORS: Visitors = {
  match_case: (u, node) => {
    u.fill("case ", false);
    u.traverse(node.pattern);
    if (node.guard) {
      u.write(" if ");
      u.traverse(node.guard);
    }
    u.block(() => u.traverse(node.body));
  },
  MatchValue: (u, node) => u.traverse(node.value),
  MatchSingleton: (u, node) => writeConstant(u, node.value),
  MatchSequence: (u, node) => u.delimit("[", "]", () => commaList(u, node.patterns)),
  MatchStar: (u, node) => u.write(`*${node.name ?? "_"}`),
  MatchMapping: (u, node) => {
    u.delimit("{", "}", () => {
      u.interleave(
        () => u.write(", "),
        ([key, pattern]) => {
          u.traverse(key);
          u.write(": ");
          u.traverse(pattern);
        },
        zipStrict(node.keys, node.patterns),
      );
      if (node.rest !== null) {
        if (node.keys.length > 0) u.write(", ");
        u.write(`**${node.rest}`);
      }
    });
  },
  MatchClass: (u, node) => {
    u.setPrecedence(Precedence.ATOM, node.cls);
    u.traverse(node.cls);
    u.delimit("(", ")", () => {
      commaList(u, node.patterns);
      if (node.kwd_attrs.length > 0) {
        if (node.patterns.length > 0) u.write(", ");
        u.interleave(
          () => u.write(", "),
          ([attr, pattern]) => {
            u.write(`${attr}=`);
            u.traverse(pattern);
          },
          zipStrict(node.kwd_attrs, node.kwd_patterns),
        );
      }
    });
  },
  MatchAs: (u, node) => {
    const pattern = node.pattern;
    if (node.name === null) u.write("_");
    else if (pattern === null) u.write(node.name);
    else {
      u.requireParens(Precedence.TEST, node, () => {
        u.setPrecedence(Precedence.BOR, pattern);
        u.traverse(pattern);
        u.write(` as ${node.name}`);
      });
    }
  },
  MatchOr: (u, node) => {
    u.requireParens(Precedence.BOR, node, () => {
      u.setPrecedence(next(Precedence.BOR), ...node.patterns);
      u.interleave(
        () => u.write(" | "),
        (p) => u.traverse(p),
        node.patterns,
      );
    });
  },
  TypeVar: (u, node) => {
    u.write(node.name);
    if (node.bound) {
      u.write(": ");
      u.traverse(node.bound);
    }
    writeDefault(u, node.default_value);
  },
  TypeVarTuple: (u, node) => {
    u.write(`*${node.name}`);
    writeDefault(u, node.default_value);
  },
  ParamSpec: (u, node) => {
    u.write(`**${node.name}`);
    writeDefault(u, node.default_value);
  },
};
