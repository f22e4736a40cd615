#!/usr/bin/env node
// `ophis-dis [-C] [-O] [-P] [-S] [infile]`: prints what `python -m dis` prints (Lib/dis.py main in CPython 3.14).
import type { CodeObject } from "@ophis/bytecode";
import { type PyException, reprStr } from "@ophis/tokenizer";
import { dis } from "./format.js";

/** The little of Node this command needs (the library itself uses none). */
interface NodeProcess {
  argv: string[];
  exitCode?: number;
  stdout: { write(s: string): boolean };
  stderr: { write(s: string): boolean };
}
interface NodeFs {
  readFileSync(path: string | number): Uint8Array;
}
/** @ophis/compiler's entry, loaded at run time: the dis library itself never compiles. */
interface Compiler {
  compile(source: Uint8Array, filename: string, mode: "exec"): CodeObject;
}

const proc = (globalThis as unknown as { process: NodeProcess }).process;
const fsModule = "node:fs";
const compilerModule = "@ophis/compiler";

const PROG = "python -m dis";
const USAGE = `usage: ${PROG} [-h] [-C] [-O] [-P] [-S] [infile]\n`;
const HELP = `${USAGE}
positional arguments:
  infile

options:
  -h, --help            show this help message and exit
  -C, --show-caches     show inline caches
  -O, --show-offsets    show instruction offsets
  -P, --show-positions  show instruction positions
  -S, --specialized     show specialized bytecode
`;

type Flag = "help" | "showCaches" | "showOffsets" | "showPositions" | "specialized";

/** argparse's options, in its order: -h, then the four flags main() adds. */
const OPTIONS: { short: string; long: string; flag: Flag }[] = [
  { short: "-h", long: "--help", flag: "help" },
  { short: "-C", long: "--show-caches", flag: "showCaches" },
  { short: "-O", long: "--show-offsets", flag: "showOffsets" },
  { short: "-P", long: "--show-positions", flag: "showPositions" },
  { short: "-S", long: "--specialized", flag: "specialized" },
];

/** argparse's parser.error. */
class UsageError extends Error {}

interface Args {
  flags: Set<Flag>;
  infile: string;
}

/** argparse over flags only: long options by unique prefix, clustered short ones, `--` ending the options. */
function parseArgs(argv: string[]): Args {
  const flags = new Set<Flag>();
  const positionals: string[] = [];
  const unrecognized: string[] = [];
  let optionsEnded = false;
  for (const word of argv) {
    if (optionsEnded || word === "-" || !word.startsWith("-")) {
      positionals.push(word);
    } else if (word === "--") {
      optionsEnded = true;
    } else if (word.startsWith("--")) {
      const exact = OPTIONS.find((o) => o.long === word);
      const matches = exact ? [exact] : OPTIONS.filter((o) => o.long.startsWith(word));
      if (matches.length > 1)
        throw new UsageError(
          `ambiguous option: ${word} could match ${matches.map((o) => o.long).join(", ")}`,
        );
      if (matches.length === 0) unrecognized.push(word);
      else flags.add(matches[0].flag);
    } else {
      for (let j = 1; j < word.length; j++) {
        const option = OPTIONS.find((o) => o.short === `-${word[j]}`);
        if (option === undefined) {
          unrecognized.push(j === 1 ? word : `-${word.slice(j)}`);
          break;
        }
        flags.add(option.flag);
      }
    }
    if (flags.has("help")) return { flags, infile: "-" };
  }
  unrecognized.push(...positionals.slice(1));
  if (unrecognized.length > 0) throw new UsageError(`unrecognized arguments: ${unrecognized.join(" ")}`);
  return { flags, infile: positionals[0] ?? "-" };
}

async function main(argv: string[]): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    proc.stderr.write(`${USAGE}${PROG}: error: ${error.message}\n`);
    proc.exitCode = 2;
    return;
  }
  if (args.flags.has("help")) {
    proc.stdout.write(HELP);
    return;
  }
  const fs = (await import(fsModule)) as NodeFs;
  const name = args.infile === "-" ? "<stdin>" : args.infile;
  let source: Uint8Array;
  try {
    source = fs.readFileSync(args.infile === "-" ? 0 : args.infile);
  } catch (error) {
    const code = (error as { code?: string }).code;
    proc.stderr.write(
      code === "ENOENT"
        ? `FileNotFoundError: [Errno 2] No such file or directory: ${reprStr(name)}\n`
        : `OSError: ${String(error)}\n`,
    );
    proc.exitCode = 1;
    return;
  }
  const { compile } = (await import(compilerModule)) as Compiler;
  let code: CodeObject;
  try {
    code = compile(source, name, "exec");
  } catch (error) {
    if (!(error instanceof Error && "pyType" in error)) throw error;
    const e = error as PyException;
    proc.stderr.write(`${e.pyType}: ${e.isSyntaxError ? (e.msg ?? e.message) : e.message}\n`);
    proc.exitCode = 1;
    return;
  }
  proc.stdout.write(
    dis(code, {
      showCaches: args.flags.has("showCaches"),
      adaptive: args.flags.has("specialized"),
      showOffsets: args.flags.has("showOffsets"),
      showPositions: args.flags.has("showPositions"),
    }),
  );
}

await main(proc.argv.slice(2));
