// Tokenize the CPython 3.14 stdlib: Ophis against pyright's tokenizer and CPython's own tokenize.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { decodeUtf8, stdlibCorpus, stdlibZipPath } from "@ophis/oracle";
import { Tokenizer } from "@zzzen/pyright-internal/dist/parser/tokenizer.js";
import { startChild } from "../child.js";
import type { Benchmark, Contender, Slot } from "../harness.js";
import { inProcess } from "../harness.js";

const require = createRequire(import.meta.url);

interface Corpus {
  sources: string[];
  bytes: number;
}

/** Every stdlib .py file that decodes as UTF-8 (the Python side selects the same ones). */
function loadCorpus(): Corpus {
  const sources: string[] = [];
  let bytes = 0;
  for (const file of stdlibCorpus()) {
    const text = decodeUtf8(file.bytes);
    if (text === null) continue;
    sources.push(text);
    bytes += file.bytes.length;
  }
  return { sources, bytes };
}

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

interface Greeting {
  version: string;
  files: number;
  bytes: number;
}

/** CPython's tokenize in python3 (pyenv 3.13.0 unless PYENV_VERSION says otherwise). */
async function cpython(corpus: Corpus): Promise<Slot> {
  const script = fileURLToPath(new URL("../../python/tokenize_stdlib.py", import.meta.url));
  const env = { PYENV_VERSION: process.env.PYENV_VERSION ?? "3.13.0" };
  try {
    const { contender, greeting } = await startChild<Greeting>("cpython", {
      command: "python3",
      args: [script, stdlibZipPath()],
      env,
    });
    contender.name = `cpython ${greeting.version} tokenize`;
    if (greeting.files !== corpus.sources.length || greeting.bytes !== corpus.bytes) {
      contender.close?.();
      const theirs = `${greeting.files} files, ${greeting.bytes} bytes`;
      const ours = `${corpus.sources.length} files, ${corpus.bytes} bytes`;
      return { name: contender.name, unavailable: `read a different corpus (${theirs}, not ${ours})` };
    }
    return contender;
  } catch (error) {
    return { name: "cpython tokenize", unavailable: (error as Error).message };
  }
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
      slots: [await ophis(corpus), pyright(corpus), await cpython(corpus)],
    };
  },
};
