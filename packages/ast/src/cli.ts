#!/usr/bin/env node
// `ophis-ast [options] [infile]`: prints what `python -m ast` prints (Lib/ast.py main in CPython 3.14).
import { dump } from "./dump.js";
import { PyException } from "./errors.js";
import { type ParseOptions, parse } from "./parse.js";
import { reprStr } from "./repr.js";

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

const proc = (globalThis as unknown as { process: NodeProcess }).process;
const fsModule = "node:fs";
const fs = (await import(fsModule)) as NodeFs;

const PROG = "python -m ast";
const USAGE = `usage: ${PROG} [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [--feature-version VERSION] [-O LEVEL] [--show-empty]
                     [infile]
`;
const HELP = `${USAGE}
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i, --indent INDENT   indentation of nodes (number of spaces)
  --feature-version VERSION
                        Python version in the format 3.x (for example, 3.10)
  -O, --optimize LEVEL  optimization level for parser (default -1)
  --show-empty          show empty lists and fields in dump output
`;

const MODES = ["exec", "single", "eval", "func_type"] as const;

interface Args {
  infile: string;
  mode: ParseOptions["mode"];
  typeComments: boolean;
  includeAttributes: boolean;
  indent: number;
  featureVersion: string | null;
  optimize: number;
  showEmpty: boolean;
}

/** An option of the parser: its argparse name ("-m/--mode"), and whether it takes a value. */
interface OptionSpec {
  short: string | null;
  long: string;
  apply: (args: Args, value: string) => void;
  takesValue: boolean;
}

/** argparse's parser.error: usage and message on stderr, exit status 2. */
class UsageError extends Error {}

/** Python's int(): optional sign, digits with single underscores, surrounding whitespace. */
function pyInt(option: string, value: string): number {
  if (!/^\s*[+-]?\d+(_\d+)*\s*$/.test(value))
    throw new UsageError(`argument ${option}: invalid int value: ${reprStr(value)}`);
  return Number(value.replaceAll("_", ""));
}

const OPTIONS: OptionSpec[] = [
  { short: "-h", long: "--help", takesValue: false, apply: () => {} },
  {
    short: "-m",
    long: "--mode",
    takesValue: true,
    apply: (args, value) => {
      const mode = MODES.find((m) => m === value);
      if (mode === undefined) {
        throw new UsageError(
          `argument -m/--mode: invalid choice: ${reprStr(value)} (choose from ${MODES.join(", ")})`,
        );
      }
      args.mode = mode;
    },
  },
  {
    short: null,
    long: "--no-type-comments",
    takesValue: false,
    apply: (args) => {
      args.typeComments = false;
    },
  },
  {
    short: "-a",
    long: "--include-attributes",
    takesValue: false,
    apply: (args) => {
      args.includeAttributes = true;
    },
  },
  {
    short: "-i",
    long: "--indent",
    takesValue: true,
    apply: (args, v) => {
      args.indent = pyInt("-i/--indent", v);
    },
  },
  {
    short: null,
    long: "--feature-version",
    takesValue: true,
    apply: (args, v) => {
      args.featureVersion = v;
    },
  },
  {
    short: "-O",
    long: "--optimize",
    takesValue: true,
    apply: (args, v) => {
      args.optimize = pyInt("-O/--optimize", v);
    },
  },
  {
    short: null,
    long: "--show-empty",
    takesValue: false,
    apply: (args) => {
      args.showEmpty = true;
    },
  },
];

const optionName = (o: OptionSpec) => (o.short ? `${o.short}/${o.long}` : o.long);
const isNegativeNumber = (s: string) => /^-\d+$|^-\d*\.\d+$/.test(s);

/** The long option `word` names, by its full name or an unambiguous prefix (as argparse allows). */
function longOption(word: string): OptionSpec | null {
  const exact = OPTIONS.find((o) => o.long === word);
  if (exact) return exact;
  const matches = OPTIONS.filter((o) => o.long.startsWith(word));
  if (matches.length > 1) {
    throw new UsageError(`ambiguous option: ${word} could match ${matches.map((o) => o.long).join(", ")}`);
  }
  return matches[0] ?? null;
}

/** argparse over main's options; null when -h printed the help. */
function parseArgs(argv: string[]): Args | null {
  const args: Args = {
    infile: "-",
    mode: "exec",
    typeComments: true,
    includeAttributes: false,
    indent: 3,
    featureVersion: null,
    optimize: -1,
    showEmpty: false,
  };
  const positionals: string[] = [];
  const unrecognized: string[] = [];
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    const takeValue = (option: OptionSpec, attached: string | null): string => {
      if (attached !== null) return attached;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-" && !isNegativeNumber(next))) {
        throw new UsageError(`argument ${optionName(option)}: expected one argument`);
      }
      i++;
      return next;
    };
    if (onlyPositional || word === "-" || !word.startsWith("-") || isNegativeNumber(word)) {
      positionals.push(word);
    } else if (word === "--") {
      onlyPositional = true;
    } else if (word.startsWith("--")) {
      const eq = word.indexOf("=");
      const option = longOption(eq >= 0 ? word.slice(0, eq) : word);
      if (option === null) unrecognized.push(word);
      else if (option.long === "--help") {
        proc.stdout.write(HELP);
        return null;
      } else if (option.takesValue)
        option.apply(args, takeValue(option, eq >= 0 ? word.slice(eq + 1) : null));
      else if (eq >= 0)
        throw new UsageError(
          `argument ${optionName(option)}: ignored explicit argument ${reprStr(word.slice(eq + 1))}`,
        );
      else option.apply(args, "");
    } else {
      // A cluster of short options: flags first, then at most one option taking the rest as its value.
      for (let j = 1; j < word.length; j++) {
        const option = OPTIONS.find((o) => o.short === `-${word[j]}`);
        if (option === undefined) {
          unrecognized.push(j === 1 ? word : `-${word.slice(j)}`);
          break;
        }
        if (option.short === "-h") {
          proc.stdout.write(HELP);
          return null;
        }
        if (option.takesValue) {
          const rest = word.slice(j + 1).replace(/^=/, "");
          option.apply(args, takeValue(option, rest === "" ? null : rest));
          break;
        }
        option.apply(args, "");
      }
    }
  }
  if (positionals.length > 0) args.infile = positionals[0];
  unrecognized.push(...positionals.slice(1));
  if (unrecognized.length > 0) throw new UsageError(`unrecognized arguments: ${unrecognized.join(" ")}`);
  return args;
}

/** The last lines of CPython's traceback for a SyntaxError (traceback's _format_syntax_error). */
function formatSyntaxError(error: PyException): string {
  const e = error as PyException & {
    msg?: string;
    filename?: string | null;
    lineno?: number | null;
    offset?: number | null;
    endLineno?: number | null;
    endOffset?: number | null;
    text?: string | null;
  };
  let out = "";
  let suffix = "";
  if (e.lineno !== null && e.lineno !== undefined)
    out += `  File "${e.filename || "<string>"}", line ${e.lineno}\n`;
  else if (e.filename !== null && e.filename !== undefined) suffix = ` (${e.filename})`;
  if (typeof e.text === "string") {
    const rtext = e.text.replace(/\n+$/, "");
    const ltext = rtext.replace(/^[ \n\f]+/, "");
    const chars = Array.from(ltext);
    const textLength = Array.from(e.text).length;
    const rtextLength = Array.from(rtext).length;
    const spaces = rtextLength - chars.length;
    if (e.offset === null || e.offset === undefined) out += `    ${ltext}\n`;
    else {
      let offset = e.offset;
      let endOffset = e.lineno === e.endLineno ? (e.endOffset ? e.endOffset : offset) : rtextLength + 1;
      if (e.text && offset > textLength) offset = rtextLength + 1;
      if (e.text && endOffset > textLength) endOffset = rtextLength + 1;
      if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      out += `    ${ltext}\n`;
      if (colno >= 0) {
        const caretSpace = chars.slice(0, colno).map((c) => (/\s/.test(c) ? c : " "));
        out += `    ${caretSpace.join("")}${"^".repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
  }
  return `${out}${e.pyType}: ${e.msg || "<no detail available>"}${suffix}\n`;
}

function main(argv: string[]): void {
  let args: Args | null;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    proc.stderr.write(`${USAGE}${PROG}: error: ${error.message}\n`);
    proc.exitCode = 2;
    return;
  }
  if (args === null) return;
  let featureVersion: [3, number] | null = null;
  if (args.featureVersion) {
    const [major, minor] = args.featureVersion.split(/\.(.*)/s);
    if (minor === undefined || !/^\s*[+-]?\d+\s*$/.test(major) || !/^\s*[+-]?\d+\s*$/.test(minor)) {
      proc.stderr.write(
        `${USAGE}${PROG}: error: Invalid format for --feature-version; expected format 3.x (for example, 3.10)\n`,
      );
      proc.exitCode = 2;
      return;
    }
    featureVersion = [3, Number(minor)];
  }
  const name = args.infile === "-" ? "<stdin>" : args.infile;
  let source: Uint8Array;
  try {
    source = fs.readFileSync(args.infile === "-" ? 0 : args.infile);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const text =
      code === "ENOENT"
        ? `FileNotFoundError: [Errno 2] No such file or directory: ${reprStr(name)}`
        : `OSError: ${String(error)}`;
    proc.stderr.write(`${text}\n`);
    proc.exitCode = 1;
    return;
  }
  try {
    const tree = parse(source, {
      filename: name,
      mode: args.mode,
      typeComments: args.typeComments,
      featureVersion,
      optimize: args.optimize,
    });
    const indent = Math.max(0, args.indent);
    proc.stdout.write(
      `${dump(tree, { includeAttributes: args.includeAttributes, indent, showEmpty: args.showEmpty })}\n`,
    );
  } catch (error) {
    if (!(error instanceof PyException)) throw error;
    proc.stderr.write(error.isSyntaxError ? formatSyntaxError(error) : `${error.pyType}: ${error.message}\n`);
    proc.exitCode = 1;
  }
}

main(proc.argv.slice(2));
