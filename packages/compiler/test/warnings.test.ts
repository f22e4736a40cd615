// Compile-time SyntaxWarnings (PEP 765, `is` with a literal, missed commas, asserts on tuples, invalid escapes) as CPython's.
import { Oracle } from "@ophis/oracle";
import { PyException } from "@ophis/tokenizer";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../src/index.js";

const snippets: Record<string, string> = {
  "return in finally": "def f():\n    try:\n        pass\n    finally:\n        return 1\n",
  "break and continue in finally":
    "for i in x:\n    try:\n        pass\n    finally:\n        if i:\n            break\n        continue\n",
  "loops and functions inside finally":
    "try:\n    pass\nfinally:\n    for j in y:\n        break\n    else:\n        pass\n    def g():\n        return 1\n    while 1:\n        continue\n",
  "return in a loop in finally":
    "def f():\n    try: pass\n    finally:\n        while 1:\n            return 1\n",
  "loop else in finally":
    "for i in x:\n    try: pass\n    finally:\n        for j in y: pass\n        else:\n            continue\n",
  "nested try in finally":
    "def f():\n    try: pass\n    finally:\n        try:\n            return 1\n        except E:\n            return 2\n        finally:\n            return 3\n",
  "is with literals":
    "x is 1\nx is not 'a'\nx is ()\nx is (1,)\nx is -1\nx is None\nx is ...\nx is b''\nx is 1.0\nx is 1j\nx is f'a'\nx is True\nx is []\n1 is x\n",
  "chained is": "a < b is 2 is not 3\na is b is not c\n",
  "is in a condition": "if x is 1:\n    pass\nwhile y is not 'z': pass\nz = a if b is 3 else c\n",
  "assert on a tuple": "assert (1, 2)\nassert ()\nassert (x,), 'm'\nassert x, (1, 2)\n",
  "calling literals":
    "(1,2)(3)\n1(2)\n'a'()\n[1]()\n{1}()\n{}()\nf'x'()\n(x for x in y)()\n[x for x in y]()\nNone()\n...()\nTrue()\nb''()\n1.0()\n{k: v for k, v in z}()\n(lambda: 1)()\n",
  "subscripting literals":
    "1[2]\n{1}[0]\nNone[0]\n(x for x in y)[0]\n{x for x in y}[0]\n1.5[0]\nTrue[0]\n(lambda: 0)[1]\n",
  "bad indices":
    "(1,2)[x]\n[1]['a']\n[1][1.0]\n'a'[()]\n(1,2)[:]\n[1][x]\n[1][-1]\n'ab'['a']\nb''[1.0]\n[1][(1,)]\n(1,)['x':1]\n[1][f'x']\n[1][True]\n{}['a']\n",
  "store and delete are not checked": "1[2] = 3\ndel (1,2)['a']\n",
  "missing comma in a list": "x = [\n    (1, 2)\n    (3, 4),\n]\n",
  "invalid escapes": "'\\d'\nb'\\d'\n'\\d\\e'\nrb'\\d'\n'\\N{DASH}'\nb'\\N'\n'\\u0041'\nb'\\u0041'\n",
  "octal escapes": "'\\400'\nb'\\400'\n'\\777'\n'\\377'\n'\\1234'\n",
  "escapes in multi-line strings": "x = '''\none\n\\q'''\ny = ('a'\n  '\\8')\n",
  "escapes in f-strings": "f'\\d{x}'\nf'{x}\\w'\nrf'\\d{x}'\n",
  "warnings of every kind in order":
    "def f():\n    try:\n        x is 1\n    finally:\n        return '\\d'\n1()\n",
  "warnings in nested scopes":
    "class C:\n    def m(self):\n        return [x is 'a' for x in y]\n    g = lambda: ()()\n",
  "no warnings": "x == 1\nx is None\nf(x)[0]\n[1, 2][0]\n'%s' % (1,)\nr'\\d'\n",
  "warnings before an error": "x is 1\ndef f(:\n",
  "assert under a function": "def f():\n    assert (x, 'msg')\n",
  "warnings after a compile error": "x is 1\nreturn 2\n",
  "t-strings": "t'x'()\n[1][t'x']\nt'\\d{x}'\n",
  "odd operands": "x is (1, (2,))\nx is (1, y)\n[1][lambda: 0]\n[1][{}]\n(1)[0]\n'a'[None]\n",
  "escapes at the edges":
    "'\\\u00e9'\n'a\\\nb'\n'\\\\d'\nf'{x:\\d}'\nrf'{x:\\d}'\nf'{x:{y}\\d}'\n'\\0'\n'\\x41\\z'\n",
};

type Row = [string, string, number];

function ophisWarnings(source: string): { warnings: Row[]; error: string | null } {
  const warnings: Row[] = [];
  try {
    compile(source, "<warn>", "exec", {
      warn: (category, message, lineno) => warnings.push([category, message, lineno]),
    });
    return { warnings, error: null };
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    return { warnings, error: err.pyType };
  }
}

let expected: Map<string, { warnings: Row[]; error: string | null }>;

beforeAll(async () => {
  const oracle = await Oracle.start();
  const names = Object.keys(snippets);
  const answers = oracle.compileWarnings(names.map((n) => snippets[n]));
  expected = new Map(
    names.map((n, i) => [n, { warnings: answers[i].warnings, error: answers[i].error?.type ?? null }]),
  );
}, 120_000);

describe("compile-time SyntaxWarnings", () => {
  for (const name of Object.keys(snippets)) {
    it(name, () => expect(ophisWarnings(snippets[name])).toEqual(expected.get(name)));
  }

  it("reports nothing without a callback", () => {
    expect(() => compile("x is 1\n'\\d'\n", "<warn>", "exec")).not.toThrow();
  });
});
