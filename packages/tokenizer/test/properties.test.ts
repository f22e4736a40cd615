// Properties: untokenize round trips, and any input gives tokens or a Python error, never a JS error.
import { Oracle, stdlibCorpus } from "@ophis/oracle";
import { generateTokens, PyException, type TokenInfo, tok, tokenize, untokenize } from "@ophis/tokenizer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { program } from "./programs.js";

function pairs(tokens: Iterable<TokenInfo>): [number, string][] {
  return [...tokens].map((t) => [t.type, t.string]);
}

/** The tokenizer adds an empty NEWLINE or NL where a file lacks its final newline; no text carries it. */
function withoutImplicitNewlines(tokens: [number, string][]): [number, string][] {
  return tokens.filter(([type, string]) => string !== "" || (type !== tok.NEWLINE && type !== tok.NL));
}

/** Runs a whole token stream; true when it ended in a Python-style error. Anything else escapes. */
function exhaust(stream: Iterable<TokenInfo>): boolean {
  try {
    let last: TokenInfo | undefined;
    for (const t of stream) last = t;
    expect(last?.type).toBe(0); // ENDMARKER closes every complete stream
    return false;
  } catch (error) {
    if (error instanceof PyException) return true;
    throw error;
  }
}

describe("untokenize round trip on generated programs", () => {
  it("full tokens: untokenize(generateTokens(s)) tokenizes back to the same stream", () => {
    fc.assert(
      fc.property(program, (source) => {
        const first = [...generateTokens(source)];
        const text = untokenize(first);
        expect(typeof text).toBe("string");
        expect(pairs(generateTokens(text as string))).toEqual(pairs(first));
      }),
      { numRuns: 300 },
    );
  });

  it("(type, string) pairs: the compat mode round trips too", () => {
    fc.assert(
      fc.property(program, (source) => {
        const first = pairs(generateTokens(source));
        const text = untokenize(first) as string;
        expect(withoutImplicitNewlines(pairs(generateTokens(text)))).toEqual(withoutImplicitNewlines(first));
      }),
      { numRuns: 200 },
    );
  });
});

describe("untokenize against CPython", () => {
  it("gives CPython's text for the same generated programs, from full tokens and from pairs", async () => {
    const sources = fc.sample(program, { numRuns: 150, seed: 314 });
    const oracle = await Oracle.start();
    const script = [
      "import io, json, sys, tokenize",
      "out = []",
      "for s in json.loads(sys.stdin.read()):",
      "    full = list(tokenize.generate_tokens(io.StringIO(s).readline))",
      "    out.append([tokenize.untokenize(full), tokenize.untokenize([t[:2] for t in full])])",
      "print(json.dumps(out))",
    ].join("\n");
    const [answer] = oracle.run([{ source: script, stdin: JSON.stringify(sources) }]);
    expect(answer.stderr).toBe("");
    const expected = JSON.parse(answer.stdout) as [string, string][];
    const ours = sources.map((s) => {
      const full = [...generateTokens(s)];
      return [untokenize(full), untokenize(full.map((t) => [t.type, t.string] as const))];
    });
    expect(ours).toEqual(expected);
  });
});

const pythonish = fc.string({
  unit: fc.constantFrom(
    ..."abc_xyz019 \t\n\r\f\\'\"#()[]{}:;.,=+-*/%<>!~^&|@$?`fFrRbBtTuU0jJxXoOeE\u00e9\u20ac\u00a0\u200b\ud835\udd18\x00",
  ),
  maxLength: 80,
});

describe("bad input gives tokens or a Python error", () => {
  it("arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), pythonish), (source) => {
        exhaust(generateTokens(source));
      }),
      { numRuns: 2000 },
    );
  });

  it("arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        exhaust(tokenize(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  const corpus = stdlibCorpus();
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 40 }),
    insert: fc.oneof(pythonish, fc.constantFrom("'", '"""', "f'{", "(", "\\", "\n\t", "\x00", "}")),
  });

  it("mutated stdlib files", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: corpus.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (index, edits) => {
          let text = new TextDecoder().decode(corpus[index].bytes);
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          }
          exhaust(generateTokens(text));
          exhaust(tokenize(new TextEncoder().encode(text)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
