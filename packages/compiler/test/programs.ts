// fast-check arbitraries of Python programs that compile: statements placed only where they are legal.
import fc from "fast-check";

type Arb<T> = fc.Arbitrary<T>;

/** Where a statement sits: what it may use (return, break, await, yield) depends on it. */
interface Context {
  inFunction: boolean;
  inAsync: boolean;
  inLoop: boolean;
}

/** Inside a lambda or comprehension: no yield, await or walrus (CPython refuses them in these places). */
const NESTED: Context = { inFunction: false, inAsync: false, inLoop: false };

const name = fc.constantFrom("a", "b", "x", "y", "z", "self", "print", "len");
const target = fc.constantFrom("a", "b", "x", "y", "z");
const pyString = fc.string({ unit: "grapheme-ascii", maxLength: 6 }).map((s) => JSON.stringify(s));

const leaf: Arb<string> = fc.oneof(
  { arbitrary: name, weight: 4 },
  fc.integer({ min: -5, max: 300 }).map(String),
  fc.bigInt({ min: 2n ** 62n, max: 2n ** 70n }).map(String),
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: 0 })
    .map((d) => (/[.e]/.test(String(d)) ? String(d) : `${d}.0`)),
  pyString,
  fc
    .uint8Array({ maxLength: 4 })
    .map((b) => `b"${[...b].map((x) => `\\x${x.toString(16).padStart(2, "0")}`).join("")}"`),
  fc.constantFrom("None", "True", "False", "...", "1j", "(1, 'two', 3.0)", "()"),
);

const BINARY = [
  "+",
  "-",
  "*",
  "/",
  "//",
  "%",
  "**",
  "<<",
  ">>",
  "&",
  "|",
  "^",
  "<",
  "==",
  "is not",
  "in",
  "and",
  "or",
];

function expr(depth: number, ctx: Context): Arb<string> {
  if (depth <= 0) return leaf;
  const e = expr(depth - 1, ctx);
  const n = expr(depth - 1, NESTED);
  const forms: Arb<string>[] = [
    leaf,
    fc.tuple(e, fc.constantFrom(...BINARY), e).map(([a, op, b]) => `(${a} ${op} ${b})`),
    e.map((a) => `(not ${a})`),
    e.map((a) => `(-${a})`),
    fc.tuple(name, fc.array(e, { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(", ")})`),
    fc.tuple(name, e, e).map(([f, a, b]) => `${f}(*${a}, k=${b}, **${a})`),
    fc.tuple(e, fc.constantFrom("attr", "real", "append")).map(([a, n]) => `(${a}).${n}`),
    fc.tuple(e, e).map(([a, b]) => `${a}[${b}]`),
    fc.tuple(e, e).map(([a, b]) => `${a}[${b}:1:-1]`),
    fc.array(e, { maxLength: 3 }).map((xs) => `(${xs.join(", ")}${xs.length === 1 ? "," : ""})`),
    fc.array(e, { maxLength: 3 }).map((xs) => `[${xs.join(", ")}]`),
    fc.array(e, { minLength: 1, maxLength: 3 }).map((xs) => `{${xs.join(", ")}}`),
    fc
      .array(fc.tuple(e, e), { maxLength: 3 })
      .map((kv) => `{${kv.map(([k, v]) => `${k}: ${v}`).join(", ")}}`),
    fc.tuple(e, e, e).map(([a, b, c]) => `(${a} if ${b} else ${c})`),
    fc.tuple(n, target, n, n).map(([a, t, it, cond]) => `[${a} for ${t} in ${it} if ${cond}]`),
    fc.tuple(n, target, n).map(([a, t, it]) => `{${t}: ${a} for ${t} in ${it}}`),
    fc.tuple(n, target, n).map(([a, t, it]) => `(${a} for ${t} in ${it})`),
    n.map((a) => `(lambda q, *r, s=1: ${a})`),
    fc.tuple(e, e).map(([a, b]) => `f"{ ${a} }-{ ${b} !r:>3}"`),
    fc.tuple(e, fc.constantFrom("(1, 2, 3)", "{1, 2, 3}", "[1, 2]")).map(([a, c]) => `(${a} in ${c})`),
  ];
  if (ctx !== NESTED) forms.push(fc.tuple(target, e).map(([t, a]) => `(${t} := ${a})`));
  // await takes a primary: `await -1` is a syntax error, so the operand is parenthesized.
  if (ctx.inAsync) forms.push(e.map((a) => `(await (${a}))`));
  if (ctx.inFunction && !ctx.inAsync) forms.push(e.map((a) => `(yield ${a})`));
  return fc.oneof(...forms);
}

const indent = (lines: string[]) => lines.map((l) => `    ${l}`);

function block(depth: number, ctx: Context): Arb<string[]> {
  return fc.array(stmt(depth, ctx), { minLength: 1, maxLength: 3 }).map((ss) => ss.flat());
}

function stmt(depth: number, ctx: Context): Arb<string[]> {
  const e = expr(2, ctx);
  const simple: Arb<string[]>[] = [
    fc.tuple(target, e).map(([t, a]) => [`${t} = ${a}`]),
    fc.tuple(target, target, e).map(([t, u, a]) => [`${t}, *${u} = ${a}`]),
    fc.tuple(target, fc.constantFrom("+=", "-=", "|=", "**="), e).map(([t, op, a]) => [`${t} ${op} ${a}`]),
    fc.tuple(target, e, e).map(([t, i, a]) => [`${t}[${i}] = ${a}`]),
    e.map((a) => [a]),
    fc.tuple(e, e).map(([a, b]) => [`assert ${a}, ${b}`]),
    target.map((t) => [`del ${t}`]),
    fc.constantFrom(["import os.path"], ["from m import n as o, p"], ["pass"]),
    e.map((a) => [`raise ValueError(${a}) from None`]),
  ];
  if (ctx.inFunction)
    simple.push(
      e.map((a) => [`return ${a}`]),
      fc.constant(["return"]),
    );
  if (ctx.inLoop) simple.push(fc.constantFrom(["break"], ["continue"]));
  if (depth <= 0) return fc.oneof(...simple);
  const body = block(depth - 1, ctx);
  const loopBody = block(depth - 1, { ...ctx, inLoop: true });
  const funcBody = (isAsync: boolean) =>
    block(depth - 1, { inFunction: true, inAsync: isAsync, inLoop: false });
  const compound: Arb<string[]>[] = [
    fc.tuple(e, body, body).map(([c, a, b]) => [`if ${c}:`, ...indent(a), "else:", ...indent(b)]),
    fc.tuple(e, loopBody).map(([c, a]) => [`while ${c}:`, ...indent(a)]),
    fc
      .tuple(target, e, loopBody, body)
      .map(([t, it, a, b]) => [`for ${t} in ${it}:`, ...indent(a), "else:", ...indent(b)]),
    fc
      .tuple(body, body, body)
      .map(([a, h, f]) => [
        "try:",
        ...indent(a),
        "except (KeyError, OSError) as err:",
        ...indent(h),
        "finally:",
        ...indent(f),
      ]),
    // break, continue and return may not leave an except* block.
    fc
      .tuple(body, block(depth - 1, { ...ctx, inFunction: false, inLoop: false }))
      .map(([a, h]) => ["try:", ...indent(a), "except* TypeError:", ...indent(h)]),
    fc.tuple(e, target, body).map(([c, t, a]) => [`with ${c} as ${t}, open(${c}):`, ...indent(a)]),
    fc
      .tuple(e, body, body)
      .map(([s, a, b]) => [
        `match ${s}:`,
        "    case [1, q, *r] if q:",
        ...indent(indent(a)),
        "    case {'k': q} | (q, 2):",
        ...indent(indent(b)),
      ]),
    fc
      .tuple(fc.constantFrom("f", "g"), funcBody(false))
      .map(([f, a]) => [`def ${f}(p, /, q=1, *r, s, **t):`, ...indent(["nonlocal_use = p", ...a])]),
    fc.tuple(fc.constantFrom("f", "g"), funcBody(true)).map(([f, a]) => [`async def ${f}(p):`, ...indent(a)]),
    fc
      .tuple(
        fc.constantFrom("C", "D"),
        block(depth - 1, { inFunction: false, inAsync: false, inLoop: false }),
      )
      .map(([c, a]) => [`class ${c}(Base, metaclass=M):`, ...indent(a)]),
  ];
  if (ctx.inAsync) {
    compound.push(
      fc.tuple(target, e, loopBody).map(([t, it, a]) => [`async for ${t} in ${it}:`, ...indent(a)]),
      fc.tuple(e, body).map(([c, a]) => [`async with ${c}:`, ...indent(a)]),
    );
  }
  return fc.oneof({ arbitrary: fc.oneof(...simple), weight: 3 }, ...compound);
}

/** A module of one to four statements, blocks nested up to two deep. */
export const program: Arb<string> = fc
  .array(stmt(2, { inFunction: false, inAsync: false, inLoop: false }), { minLength: 1, maxLength: 4 })
  .map((ss) => `${ss.flat().join("\n")}\n`);
