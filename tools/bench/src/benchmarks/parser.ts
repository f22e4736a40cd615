// Parse the CPython 3.14 stdlib: Ophis against pyright, tree-sitter, lezer and CPython's own ast.parse.
import { fileURLToPath } from "node:url";
import { startChild } from "../child.js";
import { type Corpus, loadCorpus, pythonCommand, startPython } from "../corpus.js";
import type { Benchmark, Slot } from "../harness.js";
import { inProcess } from "../harness.js";
import { type JsParserKind, jsParserKinds, lezerRejects, loadJsParser } from "./parsers.js";

interface Held {
  bytes: number;
}

/** A one-shot child that prints what its trees hold, then exits. */
async function heldBy(name: string, spec: Parameters<typeof startChild>[1]): Promise<number> {
  const { contender, greeting } = await startChild<Held>(name, spec);
  contender.close?.();
  return greeting.bytes;
}

async function jsContender(kind: JsParserKind, corpus: Corpus): Promise<Slot> {
  let parser: Awaited<ReturnType<typeof loadJsParser>>;
  try {
    parser = await loadJsParser(kind);
  } catch (error) {
    return { name: kind, unavailable: (error as Error).message.split("\n")[0] };
  }
  const rejected = kind === "lezer" ? lezerRejects(corpus.sources) : undefined;
  const contender = inProcess(parser.name, () => {
    let items = 0;
    let failures = 0;
    for (const source of corpus.sources) {
      const parsed = parser.parse(source);
      items += parsed.statements;
      if (parsed.failed) failures++;
      parsed.release?.();
    }
    return { items, failures: rejected ?? failures };
  });
  const script = fileURLToPath(new URL("../parser-memory.js", import.meta.url));
  contender.memory = () => heldBy(kind, { command: process.execPath, args: ["--expose-gc", script, kind] });
  return contender;
}

async function cpython(corpus: Corpus): Promise<Slot> {
  const slot = await startPython("ast.parse", "parse_stdlib.py", corpus);
  if ("measure" in slot) slot.memory = () => heldBy(slot.name, pythonCommand("parse_stdlib.py", "--memory"));
  return slot;
}

export const parserBenchmark: Benchmark = {
  name: "parser",
  description: "parse every .py file of CPython 3.14's stdlib (pyodide's python_stdlib.zip)",
  async prepare() {
    const corpus = loadCorpus();
    const slots: Slot[] = [];
    for (const kind of jsParserKinds) slots.push(await jsContender(kind, corpus));
    slots.push(await cpython(corpus));
    return {
      bytes: corpus.bytes,
      unit: "statements",
      input: `${corpus.sources.length} files`,
      slots,
    };
  },
};
