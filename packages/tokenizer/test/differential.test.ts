// Differential tests against CPython 3.14: mutated programs, error attributes, and Python's repr() of strings.
import { Oracle } from "@ophis/oracle";
import { generateTokens, PyException, reprStr, tokenize } from "@ophis/tokenizer";
import { beforeAll, describe, expect, it } from "vitest";
import { collect } from "./support.js";

let oracle: Oracle;
beforeAll(async () => {
  oracle = await Oracle.start();
});

/** A small deterministic generator (the same seed gives the same cases on every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const FRAGMENTS = [
  "'",
  '"',
  "'''",
  '"""',
  "{",
  "}",
  "{{",
  "}}",
  "\\",
  "\\\n",
  "\n",
  "\r",
  "\r\n",
  "\t",
  "\f",
  " ",
  "#",
  'f"',
  "f'",
  't"',
  "rf'",
  'b"',
  'u"',
  'rb"',
  'tr"',
  'bt"',
  "x",
  "1",
  "0",
  "0x",
  "1_0",
  "1e",
  ".5",
  "1j",
  "é",
  "𝔘",
  "€",
  "\u00a0",
  "(",
  ")",
  "[",
  "]",
  ":",
  "=",
  "!",
  "!r",
  ":>10",
  "...",
  "->",
  "**=",
  "<>",
  "$",
  "\x01",
  "\0",
  "if x:\n",
  "    ",
  "\\N{BULLET}",
  'f"{x=}"',
  'f"{x:{y}}"',
  "\ud800",
];
const BASES = [
  "x = 1\n",
  "def f(a, b):\n    return a + b\n",
  'if x:\n    y = f"{a!r:>{w}} {{z}}"\nelse:\n\tpass\n',
  "s = '''abc\ndef'''\n",
  'print(f"{x=}", t"{y}")\n',
  "x = [1,\n  2,\n]\n",
];

function mutated(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let s = pick(BASES) + (next() < 0.5 ? pick(BASES) : "");
    const edits = 1 + Math.floor(next() * 4);
    for (let j = 0; j < edits; j++) {
      const at = Math.floor(next() * (s.length + 1));
      const r = next();
      if (r < 0.6) s = s.slice(0, at) + pick(FRAGMENTS) + s.slice(at);
      else if (r < 0.85) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(next() * 3));
      else s = s.slice(0, at);
    }
    out.push(s);
  }
  return out;
}

describe("mutated programs", () => {
  it("generateTokens gives CPython's tokens and errors on 1500 mutations", () => {
    const sources = mutated(1500, 20261124);
    const expected = oracle.tokens(sources);
    const mismatches = sources.filter((source, i) => {
      const want = expected[i];
      const wanted = {
        tokens: want.tokens,
        ...(want.error ? { error: { type: want.error.type, args: want.error.args } } : {}),
      };
      return JSON.stringify(collect(() => generateTokens(source))) !== JSON.stringify(wanted);
    });
    expect(mismatches).toEqual([]);
  });
});

describe("errors carry CPython's attributes", () => {
  const cases = [
    "if x:\n    a\n  b\n",
    "if x:\n\tif y:\n        pass\n",
    "if x:\n        a\n\tb\n",
    Array.from({ length: 101 }, (_, i) => `${" ".repeat(i)}if x:\n`).join(""),
    "def f():\n  é = 1\n é\n",
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c] as const))("%s", (_name, source) => {
    const [want] = oracle.tokens([source]);
    let got: PyException | undefined;
    try {
      for (const _ of generateTokens(source));
    } catch (error) {
      if (error instanceof PyException) got = error;
      else throw error;
    }
    expect(want.error).toBeDefined();
    expect(got).toBeDefined();
    const e = want.error;
    expect({
      type: got?.pyType,
      args: got?.args,
      msg: got?.msg,
      filename: got?.filename,
      lineno: got?.lineno,
      offset: got?.offset,
      endLineno: got?.endLineno,
      endOffset: got?.endOffset,
      text: got?.text,
    }).toEqual({
      type: e?.type,
      args: e?.args,
      msg: e?.msg,
      filename: e?.filename,
      lineno: e?.lineno,
      offset: e?.offset,
      endLineno: e?.end_lineno,
      endOffset: e?.end_offset,
      text: e?.text,
    });
  });
});

describe("tokenize(bytes)", () => {
  it("decodes lines with the cookie's codec and reports the decoding errors of detect_encoding", () => {
    const encode = (s: string) => new TextEncoder().encode(s);
    const sources: Uint8Array[] = [
      new Uint8Array([...encode("# coding: cp1252\nx = '"), 0x80, 0x81, ...encode("'\n")]),
      new Uint8Array([...encode("x = '"), 0xff, ...encode("'\n")]),
      new Uint8Array([...encode("\n\nx = '"), 0xff, ...encode("'\n")]),
      new Uint8Array([0xef, 0xbb, 0xbf, ...encode("# coding: latin-1\n")]),
      new Uint8Array([0xef, 0xbb, 0xbf, ...encode("x = 1\r\n")]),
      encode("# vim: set fileencoding=koi8-r :\nx = 1\n"),
      encode("# coding: nonesuch\n"),
      encode("#!/usr/bin/python\n# -*- coding: utf-32 -*-\n"),
      new Uint8Array([...encode("# coding: latin-1\ns = '"), 0xe9, ...encode("'\0\n")]),
    ];
    const expected = oracle.tokens(sources);
    sources.forEach((bytes, i) => {
      const want = expected[i];
      expect(collect(() => tokenize(bytes))).toEqual({
        tokens: want.tokens,
        ...(want.error ? { error: { type: want.error.type, args: want.error.args } } : {}),
      });
    });
  });
});

describe("repr of str", () => {
  it("matches Python's repr() for quotes, escapes and non-printable characters", () => {
    const strings = [
      "",
      "'",
      '"',
      "'\"",
      "a\\b",
      "\t\n\r\x0b\x0c\x00\x1f\x7f",
      "\x80\x9f\xa0\xad\xff",
      "é€𝔘",
      "\u200b\u2028\u2029\u3000\ufeff\ufffd\uffff",
      "\ud800\udfff",
      "\u{10ffff}\u{e0001}\u{1f600}",
      "\u0378\u0600\u061c",
    ];
    const [answer] = oracle.run([
      {
        source: [
          "import json",
          "strings = json.loads(open('in.json').read())",
          "print(json.dumps([repr(s) for s in strings]))",
        ].join("\n"),
        files: { "in.json": JSON.stringify(strings) },
      },
    ]);
    expect(answer.stderr).toBe("");
    expect(strings.map(reprStr)).toEqual(JSON.parse(answer.stdout));
  });
});
