// The `ophis` command line, as CPython's `python`: a file, -c CODE, -m MODULE, standard input, or the REPL.
import { readFileSync } from "node:fs";
import { isatty } from "node:tty";
import { type Host, Interpreter, RunModuleError } from "@ophis/vm";
import { parseArgs } from "./args.js";
import { nodeHost } from "./node-host.js";
import { Repl } from "./repl.js";

function banner(interp: Interpreter): string {
  const version = String((interp.sys.dict.getStr("version") as { value?: string } | undefined)?.value ?? "");
  return `Python ${version} on linux\nType "help", "copyright", "credits" or "license" for more information.\n`;
}

function interactive(interp: Interpreter, host: Host, tty: boolean, quiet: boolean): number {
  // CPython's basic REPL writes prompts to stderr when input is not a terminal.
  const writePrompt = tty ? host.stdout : host.stderr;
  if (!quiet) writePrompt(banner(interp));
  const repl = new Repl(interp, {
    readLine: (prompt) => {
      writePrompt(prompt);
      const line = host.readLine();
      return line === null ? null : line.replace(/\r?\n$/, "");
    },
    writePrompt,
  });
  return repl.run();
}

/** PYTHONHASHSEED as CPython reads it: "random" or unset is random, else an integer in 0..4294967295. */
function hashSeedFromEnvironment(text: string | undefined): number | null {
  if (text === undefined || text === "random" || !/^[0-9]+$/.test(text)) return null;
  const seed = Number(text);
  return seed <= 4294967295 ? seed : null;
}

function main(args: string[]): number {
  const host = nodeHost();
  const parsed = parseArgs(args, host);
  if (typeof parsed === "number") return parsed;
  const stdinTty = isatty(0);
  const interp = new Interpreter({
    host,
    argv: parsed.argv,
    dontWriteBytecode: parsed.dontWriteBytecode,
    hashSeed: hashSeedFromEnvironment(process.env.PYTHONHASHSEED),
    flags: { inspect: parsed.inspect, interactive: parsed.inspect, unbuffered: parsed.unbuffered },
    xoptions: parsed.xoptions,
    warnoptions: parsed.warnoptions,
    origArgv: ["ophis", ...args],
  });
  let status = 0;
  switch (parsed.mode) {
    case "command":
      status = interp.runSource(parsed.target, "<string>").exitCode;
      break;
    case "module":
      try {
        status = interp.runModule(parsed.target).exitCode;
      } catch (e) {
        if (!(e instanceof RunModuleError)) throw e;
        host.stderr(`ophis: ${e.message}\n`);
        return 1;
      }
      break;
    case "file":
      status = interp.runFile(parsed.target).exitCode;
      if (status === 2 && interp.imports.modules.getStr("__main__") === undefined) return 2;
      break;
    case "stdin":
      if (stdinTty || parsed.inspect) return interactive(interp, host, stdinTty, parsed.quiet);
      status = interp.runSource(readFileSync(0), "<stdin>").exitCode;
      break;
  }
  if (parsed.inspect) return interactive(interp, host, stdinTty, parsed.quiet);
  return status;
}

process.exitCode = main(process.argv.slice(2));
