// fast-check generators of valid Python source, for round-trip properties.
import fc from "fast-check";

const names = fc.constantFrom("x", "y_1", "_", "self", "données", "λ", "名前", "match", "case", "type", "𝔘x");
const numbers = fc.constantFrom(
  "0",
  "42",
  "1_000",
  "0x_ff",
  "0o17",
  "0b1010",
  "3.14",
  "1e-9",
  ".5",
  "1.",
  "2j",
  "1_0.0_1e+1_0j",
);
const strings = fc.constantFrom(
  "'a'",
  '"b\\n"',
  "r'\\d+'",
  "b'\\x00'",
  "rb'x'",
  "u'u'",
  "'''tri\nple'''",
  '"""doc"""',
  "'it''s'",
  "'line\\\ncontinued'",
);

function fstring(expr: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom("f", "F", "rf", "t", "Tr"),
      fc.constantFrom("'", '"', '"""'),
      fc.constantFrom("", "text ", "{{brace}} "),
      expr,
      fc.constantFrom("", "!r", "=", ":>10", ":{w}.{p}", "!s:^{n}"),
    )
    .map(([prefix, quote, text, inner, tail]) => {
      // A single-quoted f-string ends at the line's end: keep its replacement field on one line.
      const safe = quote === '"""' ? inner : inner.replace(/ {2}# item\n/g, " ").replace(/\n/g, " ");
      // `{{` would be an escaped brace, not a field holding a dict or set.
      const field = safe.startsWith("{") ? ` ${safe}` : safe;
      return `${prefix}${quote}${text}{${field}${tail}} end${quote}`;
    });
}

const binaryOperators = fc.constantFrom(
  " + ",
  "-",
  " * ",
  "**",
  " // ",
  "%",
  " @ ",
  "<<",
  " >> ",
  "&",
  "|",
  "^",
  " < ",
  ">=",
  " == ",
  " != ",
  " and ",
  " or ",
  " in ",
  " not in ",
  " is not ",
);

export const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    names,
    numbers,
    strings,
    fstring(names),
    fc.tuple(tie("expr"), binaryOperators, tie("expr")).map(([a, op, b]) => `${a}${op}${b}`),
    fc.tuple(fc.constantFrom("-", "~", "not ", "await "), tie("expr")).map(([op, a]) => `${op}${a}`),
    fc.tuple(names, fc.array(tie("expr"), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(", ")})`),
    fc.array(tie("expr"), { maxLength: 3 }).map((items) => `[\n  ${items.join(",  # item\n  ")}\n]`),
    fc.tuple(tie("expr"), tie("expr")).map(([k, v]) => `{${k}: ${v}}`),
    fc.tuple(tie("expr"), names, tie("expr")).map(([e, n, it]) => `(${e} for ${n} in ${it})`),
    fc.tuple(tie("expr"), tie("expr")).map(([a, i]) => `${a}[${i}:]`),
    tie("expr").map((e) => `(lambda a, *b: ${e})`),
    fc.tuple(names, tie("expr")).map(([n, e]) => `(${n} := ${e})`),
    tie("expr").chain((e) => fstring(fc.constant(e))),
  ),
})).expr;

const simpleStatement = fc.oneof(
  fc.tuple(names, expression).map(([n, e]) => `${n} = ${e}`),
  fc
    .tuple(names, fc.constantFrom("+=", "//=", "**=", ">>=", "@=", ":="), expression)
    .map(([n, op, e]) => (op === ":=" ? `(${n} := ${e})` : `${n} ${op} ${e}`)),
  expression,
  fc.constant("pass"),
  expression.map((e) => `return ${e}`),
  fc.tuple(names, expression).map(([n, e]) => `assert ${n}, \\\n    ${e}`),
  fc.tuple(expression, fc.constantFrom("# comment", "# type: ignore", "#")).map(([e, c]) => `${e}  ${c}`),
  fc.tuple(expression, expression).map(([a, b]) => `${a}; ${b}`),
);

const header = fc.oneof(
  expression.map((e) => `if ${e}:`),
  fc.tuple(names, names).map(([f, a]) => `def ${f}(${a}, /, *args, k=1, **kw) -> None:`),
  fc.tuple(names, expression).map(([n, e]) => `for ${n} in ${e}:`),
  expression.map((e) => `while ${e}:`),
  names.map((n) => `class ${n}(Base, metaclass=M):`),
  fc.tuple(expression, names).map(([e, n]) => `with ${e} as ${n}:`),
  fc.constant("try:"),
  expression.map((e) => `match ${e}:`),
);

interface Block {
  lines: string[];
}

const block: fc.Arbitrary<Block> = fc.letrec<{ block: Block }>((tie) => ({
  block: fc
    .array(
      fc.oneof(
        { depthSize: "small" },
        simpleStatement.map((s) => ({ lines: [s] })),
        fc.constant({ lines: ["", "# a comment line", "   "] }),
        fc.tuple(header, tie("block")).map(([h, body]) => ({
          lines: [
            h,
            ...(body.lines.length > 0 ? body.lines : ["pass"]).map((l) => (l === "" ? l : `\t${l}`)),
          ],
        })),
      ),
      { maxLength: 5 },
    )
    .map((parts) => ({ lines: parts.flatMap((p) => p.lines) })),
})).block;

/** A syntactically plausible program: the tokenizer accepts it (the parser may not, which is fine here). */
export const program: fc.Arbitrary<string> = fc
  .tuple(block, fc.constantFrom("\n", "\r\n"), fc.boolean(), fc.constantFrom("\t", "    ", "  "))
  .map(([b, eol, finalNewline, indent]) => {
    const text = b.lines.map((l) => l.replace(/^\t+/, (tabs) => indent.repeat(tabs.length))).join(eol);
    return finalNewline ? text + eol : text;
  });
