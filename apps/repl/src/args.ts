// The command line as CPython parses it: options, then -c CMD, -m MOD, a file or -, then the program's arguments.
import type { Host } from "@ophis/vm";

const USAGE = "usage: ophis [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
const TRY = "Try `ophis -h' for more information.\n";
const HELP = `${USAGE}Options (and corresponding environment variables):
-B     : don't write .pyc files on import
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;

/** Options that take no argument and are accepted for compatibility (their effect is already Ophis's default). */
const ACCEPTED = new Set(["b", "d", "E", "I", "O", "P", "R", "s", "S", "v", "x"]);

export interface Parsed {
  mode: "file" | "command" | "module" | "stdin";
  target: string;
  argv: string[];
  inspect: boolean;
  quiet: boolean;
  dontWriteBytecode: boolean;
  unbuffered: boolean;
  /** -X and -W values, in order (sys._xoptions, sys.warnoptions). */
  xoptions: string[];
  warnoptions: string[];
}

/** Parses CPython's command line; returns an exit status instead when it only prints help, version or an error. */
export function parseArgs(args: string[], host: Pick<Host, "stdout" | "stderr">): Parsed | number {
  const p: Parsed = {
    mode: "stdin",
    target: "-",
    argv: [],
    inspect: false,
    quiet: false,
    dontWriteBytecode: false,
    unbuffered: false,
    xoptions: [],
    warnoptions: [],
  };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--help" || a === "--help-all") {
      host.stdout(HELP);
      return 0;
    }
    if (a === "--version") {
      host.stdout("Python 3.14.2\n");
      return 0;
    }
    if (a === "--") {
      i++;
      break;
    }
    if (a === "-" || !a.startsWith("-")) break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === "c" || c === "m" || c === "X" || c === "W") {
        const rest = a.slice(j + 1);
        const value = rest !== "" ? rest : args[++i];
        if (value === undefined) {
          host.stderr(`Argument expected for the -${c} option\n${USAGE}${TRY}`);
          return 2;
        }
        if (c === "c") {
          p.mode = "command";
          p.target = value;
          p.argv = ["-c", ...args.slice(i + 1)];
          return p;
        }
        if (c === "m") {
          p.mode = "module";
          p.target = value;
          p.argv = [value, ...args.slice(i + 1)];
          return p;
        }
        (c === "X" ? p.xoptions : p.warnoptions).push(value);
        break;
      }
      if (c === "i") p.inspect = true;
      else if (c === "q") p.quiet = true;
      else if (c === "B") p.dontWriteBytecode = true;
      else if (c === "u") p.unbuffered = true;
      else if (c === "h" || c === "?") {
        host.stdout(HELP);
        return 0;
      } else if (c === "V") {
        host.stdout("Python 3.14.2\n");
        return 0;
      } else if (!ACCEPTED.has(c)) {
        host.stderr(`Unknown option: -${c}\n${USAGE}${TRY}`);
        return 2;
      }
    }
  }
  const rest = args.slice(i);
  if (rest.length === 0 || rest[0] === "-") {
    p.mode = "stdin";
    p.argv = rest.length ? rest : [""];
  } else {
    p.mode = "file";
    p.target = rest[0];
    p.argv = rest;
  }
  return p;
}
