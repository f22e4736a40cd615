#!/usr/bin/env node
// `ophis-tokenize [-e|--exact] [file]`: prints what `python -m tokenize [-e] [file]` prints (Lib/tokenize.py _main).
import { PyException } from "./errors.js";
import { exactType, generateTokens, type TokenInfo, tokenize, tokName } from "./index.js";
import { reprStr } from "./pyrepr.js";

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
interface NodeError {
  code?: string;
}

const proc = (globalThis as unknown as { process: NodeProcess }).process;
const fsModule = "node:fs";
const fs = (await import(fsModule)) as NodeFs;

const PROG = "python -m tokenize";
const USAGE = `usage: ${PROG} [-h] [-e] [filename.py]\n`;
const HELP = `${USAGE}
positional arguments:
  filename.py  the file to tokenize; defaults to stdin

options:
  -h, --help   show this help message and exit
  -e, --exact  display token names using the exact type
`;

/** "%-Ns": pads to N code points. */
function pad(s: string, width: number): string {
  let n = 0;
  for (const _ of s) n++;
  return n >= width ? s : s + " ".repeat(width - n);
}

function formatToken(t: TokenInfo, exact: boolean): string {
  const type = exact ? exactType(t) : t.type;
  const range = `${t.start[0]},${t.start[1]}-${t.end[0]},${t.end[1]}:`;
  return `${pad(range, 20)}${pad(tokName[type], 15)}${pad(reprStr(t.string), 15)}\n`;
}

/** OSError's str() for the usual failures to read a file. */
function osErrorText(error: unknown, path: string): string {
  const code = (error as NodeError).code;
  const quoted = reprStr(path);
  if (code === "ENOENT") return `[Errno 2] No such file or directory: ${quoted}`;
  if (code === "EISDIR") return `[Errno 21] Is a directory: ${quoted}`;
  if (code === "EACCES") return `[Errno 13] Permission denied: ${quoted}`;
  if (code === "ENOTDIR") return `[Errno 20] Not a directory: ${quoted}`;
  return String(error);
}

function fail(message: string): void {
  proc.stderr.write(`${message}\n`);
  proc.exitCode = 1;
}

/** The `except` clauses of _main, in their order. */
function report(error: PyException, filename: string): void {
  const args = error.args;
  if (error.pyType === "IndentationError" || error.pyType === "TabError") {
    const location = args[1] as unknown[];
    fail(`${filename}:${location[1]}:${location[2]}: error: ${args[0]}`);
  } else if (error.pyType === "tokenize.TokenError") {
    const location = args[1] as unknown[];
    fail(`${filename}:${location[0]}:${location[1]}: error: ${args[0]}`);
  } else if (error.isSyntaxError) {
    fail(`${filename}: error: ${error.message}`);
  } else {
    fail(`unexpected error: ${error.message}`);
  }
}

function main(argv: string[]): void {
  let exact = false;
  let filename: string | null = null;
  let onlyPositional = false;
  for (const arg of argv) {
    if (!onlyPositional && (arg === "-e" || arg === "--exact")) exact = true;
    else if (!onlyPositional && (arg === "-h" || arg === "--help")) {
      proc.stdout.write(HELP);
      return;
    } else if (!onlyPositional && arg === "--") onlyPositional = true;
    else if (!onlyPositional && arg.startsWith("-") && arg !== "-") {
      proc.stderr.write(`${USAGE}${PROG}: error: unrecognized arguments: ${arg}\n`);
      proc.exitCode = 2;
      return;
    } else if (filename === null) filename = arg;
    else {
      proc.stderr.write(`${USAGE}${PROG}: error: unrecognized arguments: ${arg}\n`);
      proc.exitCode = 2;
      return;
    }
  }

  if (filename !== null) {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(filename);
    } catch (error) {
      fail(`error: ${osErrorText(error, filename)}`);
      return;
    }
    // Python lists every token first, so an error leaves no token printed.
    let out: string[];
    try {
      out = [];
      for (const t of tokenize(bytes, filename)) out.push(formatToken(t, exact));
    } catch (error) {
      if (!(error instanceof PyException)) throw error;
      report(error, filename);
      return;
    }
    proc.stdout.write(out.join(""));
    return;
  }

  // From stdin tokens are printed as they come, so those before an error are printed.
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(fs.readFileSync(0));
  } catch (error) {
    fail(`unexpected error: ${String(error)}`);
    return;
  }
  let out: string[] = [];
  try {
    for (const t of generateTokens(text)) {
      out.push(formatToken(t, exact));
      if (out.length >= 1024) {
        proc.stdout.write(out.join(""));
        out = [];
      }
    }
  } catch (error) {
    proc.stdout.write(out.join(""));
    if (!(error instanceof PyException)) throw error;
    report(error, "<stdin>");
    return;
  }
  proc.stdout.write(out.join(""));
}

main(proc.argv.slice(2));
