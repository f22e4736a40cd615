// Tokenize the CPython 3.14 stdlib: Ophis against pyright's tokenizer and CPython's own tokenize.
import { createRequire } from "node:module";
import { Tokenizer } from "@zzzen/pyright-internal/dist/parser/tokenizer.js";
import { type Corpus, loadCorpus, startPython } from "../corpus.js";
import type { Benchmark, Contender, Slot } from "../harness.js";
import { inProcess } from "../harness.js";

const require = createRequire(import.meta.url);

/** The slice of @ophis/tokenizer's API used here. */
interface OphisTokenizer {
  generateTokens(source: string): Iterable<unknown>;
}

/**
 * Imported by a computed name so this package still compiles and runs its peers while the
 * tokenizer is unbuilt or broken.
 */
async function ophis(corpus: Corpus): Promise<Slot> {
  const specifier = "@ophis/tokenizer";
  let api: OphisTokenizer;
  try {
    api = (await import(specifier)) as OphisTokenizer;
    if (typeof api.generateTokens !== "function") throw new Error("no generateTokens export");
  } catch (error) {
    return { name: "ophis", unavailable: (error as Error).message.split("\n")[0] };
  }
  return inProcess("ophis", () => {
    let items = 0;
    let failures = 0;
    for (const source of corpus.sources) {
      try {
        for (const _ of api.generateTokens(source)) items++;
      } catch {
        failures++;
      }
    }
    return { items, failures };
  });
}

function pyright(corpus: Corpus): Contender {
  const version = (require("@zzzen/pyright-internal/package.json") as { version: string }).version;
  return inProcess(`pyright ${version}`, () => {
    let items = 0;
    for (const source of corpus.sources) items += new Tokenizer().tokenize(source).tokens.count;
    return { items, failures: 0 };
  });
}

export const tokenizerBenchmark: Benchmark = {
  name: "tokenizer",
  description: "tokenize every .py file of CPython 3.14's stdlib (pyodide's python_stdlib.zip)",
  async prepare() {
    const corpus = loadCorpus();
    return {
      bytes: corpus.bytes,
      unit: "tokens",
      input: `${corpus.sources.length} files`,
      slots: [
        await ophis(corpus),
        pyright(corpus),
        await startPython("tokenize", "tokenize_stdlib.py", corpus),
      ],
    };
  },
};
