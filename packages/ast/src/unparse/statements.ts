// Unparsing modules, statements, function signatures and the other statement-level pieces.
import type { AST } from "../nodes/ast.js";
import type { arguments_ } from "../nodes/generated/expr.js";
import type {
  AsyncFunctionDef,
  ClassDef,
  FunctionDef,
  Module,
  Try,
  TryStar,
} from "../nodes/generated/stmt.js";
import type { ExprNode, StmtNode, TypeParamNode } from "../nodes/generated/unions.js";
import { BINARY_OPS, Precedence } from "./precedence.js";
import { writeDocstring } from "./strings.js";
import type { Unparser, Visitors } from "./unparser.js";

function writeDocstringAndTraverseBody(u: Unparser, node: AST & { body: StmtNode[] }): void {
  const docstring = u.getRawDocstring(node);
  if (docstring) {
    writeDocstring(u, docstring);
    u.traverse(node.body.slice(1));
  } else {
    u.traverse(node.body);
  }
}

function commaList(u: Unparser, items: readonly AST[]): void {
  u.interleave(
    () => u.write(", "),
    (item) => u.traverse(item),
    items,
  );
}

export function typeParams(u: Unparser, params: readonly TypeParamNode[]): void {
  if (params.length > 0) u.delimit("[", "]", () => commaList(u, params));
}

function functionHelper(u: Unparser, node: FunctionDef | AsyncFunctionDef, keyword: string): void {
  u.maybeNewline();
  for (const deco of node.decorator_list) {
    u.fill("@", false);
    u.traverse(deco);
  }
  u.fill(`${keyword} ${node.name}`, false);
  typeParams(u, node.type_params);
  u.delimit("(", ")", () => u.traverse(node.args));
  if (node.returns) {
    u.write(" -> ");
    u.traverse(node.returns);
  }
  u.block(() => writeDocstringAndTraverseBody(u, node), u.getTypeComment(node));
}

function classHelper(u: Unparser, node: ClassDef): void {
  u.maybeNewline();
  for (const deco of node.decorator_list) {
    u.fill("@", false);
    u.traverse(deco);
  }
  u.fill(`class ${node.name}`, false);
  typeParams(u, node.type_params);
  u.delimitIf("(", ")", node.bases.length > 0 || node.keywords.length > 0, () =>
    commaList(u, [...node.bases, ...node.keywords]),
  );
  u.block(() => writeDocstringAndTraverseBody(u, node));
}

function elseBlock(u: Unparser, keyword: string, body: readonly StmtNode[]): void {
  if (body.length === 0) return;
  u.fill(keyword, false);
  u.block(() => u.traverse(body));
}

function tryHelper(u: Unparser, node: Try | TryStar, star: boolean): void {
  const previous = u.inTryStar;
  u.inTryStar = star;
  try {
    u.fill("try", false);
    u.block(() => u.traverse(node.body));
    for (const handler of node.handlers) u.traverse(handler);
    elseBlock(u, "else", node.orelse);
    elseBlock(u, "finally", node.finalbody);
  } finally {
    u.inTryStar = previous;
  }
}

function forHelper(
  u: Unparser,
  keyword: string,
  node: { target: ExprNode; iter: ExprNode; body: StmtNode[]; orelse: StmtNode[] },
  typeComment: string | null,
): void {
  u.fill(keyword, false);
  u.setPrecedence(Precedence.TUPLE, node.target);
  u.traverse(node.target);
  u.write(" in ");
  u.traverse(node.iter);
  u.block(() => u.traverse(node.body), typeComment);
  elseBlock(u, "else", node.orelse);
}

function writeArguments(u: Unparser, node: arguments_): void {
  let first = true;
  const separate = () => {
    if (first) first = false;
    else u.write(", ");
  };
  // Positional parameters; defaults belong to the last ones.
  const allArgs = [...node.posonlyargs, ...node.args];
  const missing = allArgs.length - node.defaults.length;
  allArgs.forEach((a, i) => {
    separate();
    u.traverse(a);
    const d = i >= missing ? node.defaults[i - missing] : null;
    if (d) {
      u.write("=");
      u.traverse(d);
    }
    if (i + 1 === node.posonlyargs.length) u.write(", /");
  });
  // *args, or a bare '*' before keyword-only parameters.
  if (node.vararg || node.kwonlyargs.length > 0) {
    separate();
    u.write("*");
    if (node.vararg) {
      u.write(node.vararg.arg);
      if (node.vararg.annotation) {
        u.write(": ");
        u.traverse(node.vararg.annotation);
      }
    }
  }
  const kwCount = Math.min(node.kwonlyargs.length, node.kw_defaults.length);
  for (let i = 0; i < kwCount; i++) {
    u.write(", ");
    u.traverse(node.kwonlyargs[i]);
    const d = node.kw_defaults[i];
    if (d) {
      u.write("=");
      u.traverse(d);
    }
  }
  if (node.kwarg) {
    separate();
    u.write(`**${node.kwarg.arg}`);
    if (node.kwarg.annotation) {
      u.write(": ");
      u.traverse(node.kwarg.annotation);
    }
  }
}

export const STATEMENT_VISITORS: Visitors = {
  Module: (u, node: Module) => {
    u.typeIgnores = new Map(node.type_ignores.map((ignore) => [ignore.lineno, `ignore${ignore.tag}`]));
    try {
      writeDocstringAndTraverseBody(u, node);
    } finally {
      u.typeIgnores.clear();
    }
  },
  Interactive: (u, node) => {
    u.inInteractive = true;
    try {
      writeDocstringAndTraverseBody(u, node);
    } finally {
      u.inInteractive = false;
    }
  },
  Expression: (u, node) => u.traverse(node.body),
  FunctionType: (u, node) => {
    u.delimit("(", ")", () => commaList(u, node.argtypes));
    u.write(" -> ");
    u.traverse(node.returns);
  },
  Expr: (u, node) => {
    u.fill();
    u.setPrecedence(Precedence.YIELD, node.value);
    u.traverse(node.value);
  },
  Import: (u, node) => {
    u.fill("import ");
    commaList(u, node.names);
  },
  ImportFrom: (u, node) => {
    u.fill("from ");
    u.write(".".repeat(node.level ?? 0));
    if (node.module) u.write(node.module);
    u.write(" import ");
    commaList(u, node.names);
  },
  Assign: (u, node) => {
    u.fill();
    for (const target of node.targets) {
      u.setPrecedence(Precedence.TUPLE, target);
      u.traverse(target);
      u.write(" = ");
    }
    u.traverse(node.value);
    const typeComment = u.getTypeComment(node);
    if (typeComment) u.write(typeComment);
  },
  AugAssign: (u, node) => {
    u.fill();
    u.traverse(node.target);
    u.write(` ${BINARY_OPS[node.op.nodeType][0]}= `);
    u.traverse(node.value);
  },
  AnnAssign: (u, node) => {
    u.fill();
    u.delimitIf("(", ")", !node.simple && node.target.nodeType === "Name", () => u.traverse(node.target));
    u.write(": ");
    u.traverse(node.annotation);
    if (node.value) {
      u.write(" = ");
      u.traverse(node.value);
    }
  },
  Return: (u, node) => {
    u.fill("return");
    if (node.value) {
      u.write(" ");
      u.traverse(node.value);
    }
  },
  Pass: (u) => u.fill("pass"),
  Break: (u) => u.fill("break"),
  Continue: (u) => u.fill("continue"),
  Delete: (u, node) => {
    u.fill("del ");
    commaList(u, node.targets);
  },
  Assert: (u, node) => {
    u.fill("assert ");
    u.traverse(node.test);
    if (node.msg) {
      u.write(", ");
      u.traverse(node.msg);
    }
  },
  Global: (u, node) => {
    u.fill("global ");
    u.interleave(
      () => u.write(", "),
      (name) => u.write(name),
      node.names,
    );
  },
  Nonlocal: (u, node) => {
    u.fill("nonlocal ");
    u.interleave(
      () => u.write(", "),
      (name) => u.write(name),
      node.names,
    );
  },
  Raise: (u, node) => {
    u.fill("raise");
    if (!node.exc) {
      if (node.cause) throw new Error("ValueError: Node can't use cause without an exception.");
      return;
    }
    u.write(" ");
    u.traverse(node.exc);
    if (node.cause) {
      u.write(" from ");
      u.traverse(node.cause);
    }
  },
  Try: (u, node) => tryHelper(u, node, false),
  TryStar: (u, node) => tryHelper(u, node, true),
  ExceptHandler: (u, node) => {
    u.fill(u.inTryStar ? "except*" : "except", false);
    if (node.type) {
      u.write(" ");
      u.traverse(node.type);
    }
    if (node.name) {
      u.write(" as ");
      u.write(node.name);
    }
    u.block(() => u.traverse(node.body));
  },
  ClassDef: classHelper,
  FunctionDef: (u, node) => functionHelper(u, node, "def"),
  AsyncFunctionDef: (u, node) => functionHelper(u, node, "async def"),
  TypeAlias: (u, node) => {
    u.fill("type ");
    u.traverse(node.name);
    typeParams(u, node.type_params);
    u.write(" = ");
    u.traverse(node.value);
  },
  For: (u, node) => forHelper(u, "for ", node, u.getTypeComment(node)),
  AsyncFor: (u, node) => forHelper(u, "async for ", node, u.getTypeComment(node)),
  If: (u, node) => {
    u.fill("if ", false);
    u.traverse(node.test);
    u.block(() => u.traverse(node.body));
    // Nested ifs collapse into elifs.
    let current = node;
    while (current.orelse.length === 1 && current.orelse[0].nodeType === "If") {
      current = current.orelse[0];
      const branch = current;
      u.fill("elif ", false);
      u.traverse(branch.test);
      u.block(() => u.traverse(branch.body));
    }
    elseBlock(u, "else", current.orelse);
  },
  While: (u, node) => {
    u.fill("while ", false);
    u.traverse(node.test);
    u.block(() => u.traverse(node.body));
    elseBlock(u, "else", node.orelse);
  },
  With: (u, node) => {
    u.fill("with ", false);
    commaList(u, node.items);
    u.block(() => u.traverse(node.body), u.getTypeComment(node));
  },
  AsyncWith: (u, node) => {
    u.fill("async with ", false);
    commaList(u, node.items);
    u.block(() => u.traverse(node.body), u.getTypeComment(node));
  },
  Match: (u, node) => {
    u.fill("match ", false);
    u.traverse(node.subject);
    u.block(() => u.traverse(node.cases));
  },
  arguments: writeArguments,
  arg: (u, node) => {
    u.write(node.arg);
    if (node.annotation) {
      u.write(": ");
      u.traverse(node.annotation);
    }
  },
  keyword: (u, node) => {
    if (node.arg === null) u.write("**");
    else u.write(node.arg, "=");
    u.traverse(node.value);
  },
  alias: (u, node) => {
    u.write(node.name);
    if (node.asname) u.write(` as ${node.asname}`);
  },
  withitem: (u, node) => {
    u.traverse(node.context_expr);
    if (node.optional_vars) {
      u.write(" as ");
      u.traverse(node.optional_vars);
    }
  },
};
