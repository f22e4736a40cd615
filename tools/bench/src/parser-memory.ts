// Child entry for the parser benchmark's memory column: `node --expose-gc dist/parser-memory.js KIND`.

import { type JsParserKind, jsParserKinds, loadJsParser } from "./benchmarks/parsers.js";
import { loadCorpus } from "./corpus.js";

/**
 * Prints {"bytes"}: how much the resident set grew over parsing every file with every tree kept,
 * measured after full collections. One file is parsed and dropped first, so lazy set-up (compiled
 * code, tables built on first use) is not counted as held by the trees.
 */
async function main(kind: JsParserKind): Promise<void> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect === undefined) throw new Error("run with --expose-gc");
  const { sources } = loadCorpus();
  const parser = await loadJsParser(kind);
  parser.parse(sources[0]).release?.();
  collect();
  const before = process.memoryUsage.rss();
  const kept = sources.map((source) => parser.parse(source));
  collect();
  const bytes = process.memoryUsage.rss() - before;
  console.log(JSON.stringify({ bytes, trees: kept.filter((parsed) => parsed.tree !== undefined).length }));
}

const kind = process.argv[2] as JsParserKind;
if (!jsParserKinds.includes(kind)) throw new Error(`usage: parser-memory.js ${jsParserKinds.join("|")}`);
await main(kind);
