// The `ophis` command line, as CPython's `python`: a file, -c CODE, or a program on standard input.
import { readFileSync } from "node:fs";
import { Interpreter } from "@ophis/vm";
import { nodeHost } from "./node-host.js";

const USAGE = "usage: ophis [option] ... [-c cmd | file | -] [arg] ...\n";

function main(argv: string[]): number {
  const host = nodeHost();
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === "-c") {
      if (i + 1 >= argv.length) {
        host.stderr(`Argument expected for the -c option\n${USAGE}Try \`ophis -h' for more information.\n`);
        return 2;
      }
      const interp = new Interpreter({ host, argv: ["-c", ...argv.slice(i + 2)] });
      return interp.runSource(argv[i + 1], "<string>").exitCode;
    }
    if (a === "-u" || a === "-B") {
      // Output is unbuffered and no bytecode is cached yet: both options hold already.
      i++;
      continue;
    }
    if (a === "-h" || a === "--help") {
      host.stdout(USAGE);
      return 0;
    }
    if (a === "-" || !a.startsWith("-")) break;
    host.stderr(`Unknown option: ${a}\n${USAGE}Try \`ophis -h' for more information.\n`);
    return 2;
  }
  const rest = argv.slice(i);
  if (rest.length === 0 || rest[0] === "-") {
    const source = readFileSync(0);
    const interp = new Interpreter({ host, argv: rest.length ? rest : [""] });
    return interp.runSource(source, "<stdin>").exitCode;
  }
  const interp = new Interpreter({ host, argv: rest });
  return interp.runFile(rest[0]).exitCode;
}

process.exitCode = main(process.argv.slice(2));
