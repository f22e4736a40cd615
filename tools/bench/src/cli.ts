#!/usr/bin/env node
// Command line: `node tools/bench/dist/cli.js [name...] [--reps N] [--warmup N]`; no names runs them all.
import { benchmarks, groups } from "./benchmarks/index.js";
import { vmSummary } from "./benchmarks/vm.js";
import { defaultOptions, type Options, type Result, runBenchmark } from "./harness.js";
import { formatResult } from "./report.js";

const usage = "usage: bench [name...] [--reps N] [--warmup N]   (vm = every vm-* benchmark)";

function listing(): string {
  return ["benchmarks:", ...benchmarks.map((b) => `  ${b.name.padEnd(12)} ${b.description}`)].join("\n");
}

function count(flag: string, value: string | undefined, least: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < least) throw new Error(`${flag} wants an integer >= ${least}\n${usage}`);
  return n;
}

function parse(argv: string[]): { names: string[]; options: Options } {
  const names: string[] = [];
  const options = { ...defaultOptions };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--reps") options.reps = count(arg, argv[++i], 1);
    else if (arg === "--warmup") options.warmup = count(arg, argv[++i], 0);
    else if (arg.startsWith("-")) throw new Error(`unknown option ${arg}\n${usage}`);
    else names.push(...(groups[arg] ?? [arg]));
  }
  return { names, options };
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const unknown = parsed.names.filter((name) => !benchmarks.some((b) => b.name === name));
  if (unknown.length > 0) {
    console.error(`unknown benchmark: ${unknown.join(", ")}\n${listing()}`);
    return 2;
  }
  const chosen =
    parsed.names.length === 0 ? benchmarks : benchmarks.filter((b) => parsed.names.includes(b.name));
  const results: Result[] = [];
  for (const benchmark of chosen) {
    const result = await runBenchmark(benchmark, parsed.options);
    results.push(result);
    console.log(formatResult(result));
  }
  const summary = vmSummary(results);
  if (summary) console.log(summary);
  return 0;
}

process.exitCode = await main();
