// Compile the CPython 3.14 stdlib (parse included): Ophis against CPython's own compile().
import { type Corpus, loadCorpus, startPython } from "../corpus.js";
import type { Benchmark, Slot } from "../harness.js";
import { inProcess } from "../harness.js";

/** The slice of @ophis/compiler's API used here; a code object keeps nested ones in co_consts. */
interface CodeLike {
  co_consts: readonly unknown[];
}
interface OphisCompiler {
  compile(source: string, filename: string, mode: "exec"): CodeLike;
}

function countCode(code: CodeLike): number {
  let n = 1;
  for (const c of code.co_consts)
    if (c !== null && typeof c === "object" && "co_consts" in c) n += countCode(c as CodeLike);
  return n;
}

/** Imported by a computed name so the peer still runs while the compiler is unbuilt or broken. */
async function ophis(corpus: Corpus): Promise<Slot> {
  const specifier = "@ophis/compiler";
  let api: OphisCompiler;
  try {
    api = (await import(specifier)) as OphisCompiler;
    if (typeof api.compile !== "function") throw new Error("no compile export");
  } catch (error) {
    return { name: "ophis", unavailable: (error as Error).message.split("\n")[0] };
  }
  return inProcess("ophis", () => {
    let items = 0;
    let failures = 0;
    corpus.sources.forEach((source, index) => {
      try {
        items += countCode(api.compile(source, `<stdlib ${index}>`, "exec"));
      } catch {
        failures++;
      }
    });
    return { items, failures };
  });
}

export const compilerBenchmark: Benchmark = {
  name: "compiler",
  description:
    "compile every .py file of CPython 3.14's stdlib, parse included (pyodide's python_stdlib.zip)",
  async prepare() {
    const corpus = loadCorpus();
    return {
      bytes: corpus.bytes,
      unit: "code objects",
      input: `${corpus.sources.length} files`,
      slots: [await ophis(corpus), await startPython("compile", "compile_stdlib.py", corpus)],
    };
  },
};
