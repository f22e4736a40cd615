// Position invariants of parsed trees (start before end, children inside parents, siblings in order), as CPython keeps them.
import { Oracle, stdlibCorpus } from "@ophis/oracle";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { AST } from "../src/nodes/ast.js";
import { parse } from "../src/parse.js";
import { unparse } from "../src/unparse/unparser.js";
import { module } from "./generators.js";

type Fields = Record<string, unknown>;
type Range = [number, number, number, number];

function rangeOf(node: AST): Range | null {
  const f = node as unknown as Fields;
  if (typeof f.lineno !== "number" || typeof f.end_lineno !== "number") return null;
  return [f.lineno, f.col_offset as number, f.end_lineno, f.end_col_offset as number];
}

/** (line, col) a before or at (line, col) b. */
const leq = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);

/**
 * Every break of the naive invariants, as "rule Parent.field Child": `reversed` (end before start),
 * `outside` (a child's range not inside its nearest positioned ancestor's), `order` (a list field's
 * item starting before the previous one ends). Nodes without positions (arguments, comprehension,
 * withitem, match_case) are looked through. WALKER_PY below is the same function over CPython's trees.
 */
function positionBreaks(tree: AST): Set<string> {
  const breaks = new Set<string>();
  const visit = (node: AST, container: Range | null) => {
    const own = rangeOf(node);
    if (own && !leq(own[0], own[1], own[2], own[3])) breaks.add(`reversed ${node.nodeType}`);
    const inner = own ?? container;
    for (const name of node._fields) {
      const value = (node as unknown as Fields)[name];
      const items = Array.isArray(value) ? value : [value];
      let previous: Range | null = null;
      for (const item of items) {
        if (!(item instanceof AST)) continue;
        const r = rangeOf(item);
        const where = `${node.nodeType}.${name} ${item.nodeType}`;
        if (r && inner && !(leq(inner[0], inner[1], r[0], r[1]) && leq(r[2], r[3], inner[2], inner[3])))
          breaks.add(`outside ${where}`);
        if (r && previous && Array.isArray(value) && !leq(previous[2], previous[3], r[0], r[1]))
          breaks.add(`order ${where}`);
        if (r) previous = r;
        visit(item, inner);
      }
    }
  };
  visit(tree, null);
  return breaks;
}

const WALKER_PY = `
import ast, json, os
def rng(n):
    if getattr(n, "lineno", None) is None or getattr(n, "end_lineno", None) is None: return None
    return (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
def breaks(tree):
    out = set()
    def visit(node, container):
        own = rng(node)
        if own and (own[2], own[3]) < (own[0], own[1]): out.add(f"reversed {type(node).__name__}")
        inner = own or container
        for name, value in ast.iter_fields(node):
            items = value if isinstance(value, list) else [value]
            previous = None
            for item in items:
                if not isinstance(item, ast.AST): continue
                r = rng(item)
                where = f"{type(node).__name__}.{name} {type(item).__name__}"
                if r and inner and not ((inner[0], inner[1]) <= (r[0], r[1]) and (r[2], r[3]) <= (inner[2], inner[3])): out.add(f"outside {where}")
                if r and previous and isinstance(value, list) and (r[0], r[1]) < (previous[2], previous[3]): out.add(f"order {where}")
                if r: previous = r
                visit(item, inner)
    visit(tree, None)
    return sorted(out)
result = {}
for name in sorted(os.listdir("src")):
    with open(os.path.join("src", name), "rb") as f:
        result[name] = breaks(ast.parse(f.read()))
print(json.dumps(result))
`;

/**
 * The only breaks CPython's own trees show (checked by the test below over the same sources), each
 * with its reason. Everything else nests and orders strictly, f-string internals included.
 */
const EXEMPTIONS: [RegExp, string][] = [
  [
    /^outside (FunctionDef|AsyncFunctionDef|ClassDef)\.decorator_list /,
    "a definition starts at `def`/`class`, after its decorators",
  ],
  [
    /^order (JoinedStr\.values FormattedValue|TemplateStr\.values Interpolation)$/,
    "in a self-documenting `{x=}` the literal part 'x=' spans the expression text the field spans too",
  ],
];

const strict = new TextDecoder("utf-8", { fatal: true });
const corpus = stdlibCorpus()
  .filter((_, i) => i % 4 === 0)
  .flatMap((f) => {
    try {
      return [[f.path, strict.decode(f.bytes)] as const];
    } catch {
      return [];
    }
  });
/** Corners where positions could plausibly break: f-/t-string internals, implicit concatenation, parentheses. */
const HANDMADE = [
  `f"{x=}" f"{ x = !r:^{w}}"; t"{y=:>10}"\nf"{x:{y}.{z}}{a!r}" "lit" f"{'a' 'b'}"\n`,
  `x = ("a"\n     f"{b}"\n     "c", t"" t"{d}")\nb"x" b"y"\ns = """one\ntwo""" \\\n  "three"\n`,
  `f'''{\n  a\n  +\n  b\n=}''' + f"{f'{f"{x}"}'}"\n`,
  "@d\n@e.f(1)\nasync def g[T: int = str, *Ts, **P](a, /, b=1, *c, d, e=2, **f) -> (yield):\n    return [x async for x in y]\n",
  "with (a as b, c):\n    (d) = [e] = f(x for x in y)\ndel (a), [b, (c)]\n*a, (b) = c\n",
  "match x:\n    case {1: _, **r} | [*_, (a as b)] | C(d, e=f) if g:\n        pass\ntry:\n    pass\nexcept* E as e:\n    pass\n",
  "lambda: (yield)\nprint(*a, sep='', **k)\nclass A(B, metaclass=M, *c, **d): x: int = 1\nglobal a, b\n",
];
const generated = fc
  .sample(module, { numRuns: 300, seed: 2718 })
  .map((t, i) => [`generated-${i}`, unparse(t)] as const);
const sources = new Map<string, string>(
  [...corpus, ...generated, ...HANDMADE.map((t, i) => [`handmade-${i}`, t] as const)].map(([path, text]) => [
    path.replaceAll("/", "__"),
    text,
  ]),
);
let theirs: Record<string, string[]>;

beforeAll(async () => {
  const [answer] = (await Oracle.start()).run([
    { source: WALKER_PY, files: Object.fromEntries([...sources].map(([n, t]) => [`src/${n}`, t])) },
  ]);
  expect(answer.stderr).toBe("");
  theirs = JSON.parse(answer.stdout);
});

describe("position invariants", () => {
  it("break exactly where CPython's trees break them (stdlib sample and generated programs)", () => {
    const differences: string[] = [];
    for (const [name, text] of sources) {
      const ours = [...positionBreaks(parse(text))].sort();
      if (JSON.stringify(ours) !== JSON.stringify(theirs[name]))
        differences.push(`${name}: CPython ${theirs[name]}, Ophis ${ours}`);
    }
    expect(differences).toEqual([]);
  });

  it("break only in the documented ways", () => {
    const all = new Set(Object.values(theirs).flat());
    expect([...all].filter((b) => !EXEMPTIONS.some(([pattern]) => pattern.test(b))).sort()).toEqual([]);
  });
});
