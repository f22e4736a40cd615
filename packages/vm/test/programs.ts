// fast-check arbitraries of small Python programs whose every expression is printed (or its exception named).
import fc from "fast-check";

type Arb<T> = fc.Arbitrary<T>;

const smallInt = fc.integer({ min: -300, max: 300 }).map(String);
const bigInt = fc.bigInt({ min: -(1n << 80n), max: 1n << 80n }).map(String);
const float = fc
  .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
  .map((d) => (Object.is(d, -0) ? "-0.0" : Number.isInteger(d) ? `${d}.0` : String(d)))
  .filter((s) => !s.includes("e"));
const text = fc.string({
  maxLength: 5,
  unit: fc.constantFrom("a", "b", "Z", " ", "'", '"', "\\", "\n", "é", "1"),
});
const str = text.map((s) => JSON.stringify(s));

const atom: Arb<string> = fc.oneof(
  { weight: 3, arbitrary: smallInt },
  { weight: 1, arbitrary: bigInt },
  { weight: 2, arbitrary: float },
  { weight: 2, arbitrary: str },
  { weight: 1, arbitrary: fc.constantFrom("None", "True", "False", "[]", "()", "{}", "''") },
);

const binary = fc.constantFrom(
  "+",
  "-",
  "*",
  "//",
  "%",
  "<",
  "<=",
  "==",
  "!=",
  ">",
  "and",
  "or",
  "in",
  "is",
  "&",
  "|",
  "^",
);
const call = fc.constantFrom(
  "len",
  "str",
  "repr",
  "abs",
  "bool",
  "int",
  "float",
  "sorted",
  "list",
  "tuple",
  "min",
  "max",
  "type",
);
const method = fc.constantFrom(
  ".upper()",
  ".lower()",
  ".strip()",
  ".split()",
  ".count('a')",
  ".index(1)",
  ".copy()",
  ".keys()",
);

/** An expression of bounded depth built from literals, operators, containers, calls, subscripts and methods. */
export function expression(depth: number): Arb<string> {
  if (depth <= 0) return atom;
  const sub = expression(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: atom },
    { weight: 4, arbitrary: fc.tuple(sub, binary, sub).map(([a, op, b]) => `(${a} ${op} ${b})`) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom("-", "not ", "~"), sub).map(([op, a]) => `(${op}${a})`),
    },
    { weight: 2, arbitrary: fc.array(sub, { maxLength: 3 }).map((xs) => `[${xs.join(", ")}]`) },
    {
      weight: 1,
      arbitrary: fc
        .array(sub, { maxLength: 3 })
        .map((xs) => `(${xs.join(", ")}${xs.length === 1 ? "," : ""})`),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(atom, sub), { maxLength: 3 })
        .map((kv) => `{${kv.map(([k, v]) => `${k}: ${v}`).join(", ")}}`),
    },
    { weight: 2, arbitrary: fc.tuple(call, sub).map(([f, a]) => `${f}(${a})`) },
    { weight: 1, arbitrary: fc.tuple(sub, sub).map(([a, i]) => `${a}[${i}]`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(sub, fc.option(smallInt), fc.option(smallInt))
        .map(([a, i, j]) => `${a}[${i ?? ""}:${j ?? ""}]`),
    },
    { weight: 1, arbitrary: fc.tuple(sub, method).map(([a, m]) => `${a}${m}`) },
    { weight: 1, arbitrary: fc.tuple(sub, sub, sub).map(([a, b, c]) => `(${a} if ${b} else ${c})`) },
  );
}

/** A program printing each expression's repr, or the exception's type name and message. */
export const program: Arb<string> = fc
  .array(expression(3), { minLength: 1, maxLength: 8 })
  .map((exprs) =>
    [
      "def show(f):",
      "    try:",
      "        print(repr(f()))",
      "    except Exception as e:",
      "        print(type(e).__name__, e)",
      ...exprs.map((e) => `show(lambda: ${e})`),
    ].join("\n"),
  );
