// Every benchmark the CLI knows, by name; add new ones here.
import type { Benchmark } from "../harness.js";
import { compilerBenchmark } from "./compiler.js";
import { parserBenchmark } from "./parser.js";
import { tokenizerBenchmark } from "./tokenizer.js";
import { vmBenchmarks } from "./vm.js";

export const benchmarks: Benchmark[] = [
  tokenizerBenchmark,
  parserBenchmark,
  compilerBenchmark,
  ...vmBenchmarks,
];

/** Names that stand for several benchmarks. */
export const groups: Record<string, string[]> = { vm: vmBenchmarks.map((b) => b.name) };
