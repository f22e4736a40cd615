// The embedding API: an Interpreter runs source, files and modules with its own builtins, sys and host streams.
import { compile } from "@ophis/compiler";
import {
  E,
  None,
  newStr,
  type PyBaseException,
  PyCode,
  PyDict,
  type PyFunction,
  PyInt,
  PyModule,
  type PyObject,
  runtime,
  str,
} from "@ophis/objects";
import { makeBuiltins, type Streams } from "./builtins.js";
import { asPyException } from "./errors.js";
import { frameForCall, run } from "./eval.js";
import { Frame, prepare } from "./frame.js";
import { type Limits, setThreadState, ThreadState } from "./thread.js";
import { formatException } from "./traceback.js";

/** What the interpreter needs from its environment: output, input, and reading files. */
export interface Host {
  stdout(text: string): void;
  stderr(text: string): void;
  /** One line of standard input with its newline, or null at end of input. */
  readLine(): string | null;
  readFile(path: string): Uint8Array | null;
}

export interface InterpreterOptions {
  host: Host;
  argv?: string[];
  limits?: Limits;
}

/** The outcome of running a program: the exit status CPython would give, and the uncaught exception if any. */
export interface RunResult {
  exitCode: number;
  exception: PyBaseException | null;
}

export class Interpreter {
  readonly ts = new ThreadState();
  readonly builtins: PyDict;
  private readonly sources = new Map<string, string>();
  readonly host: Host;

  constructor(options: InterpreterOptions) {
    this.host = options.host;
    setThreadState(this.ts);
    if (options.limits) this.ts.setLimits(options.limits);
    const streams: Streams = {
      write: (t) => this.host.stdout(t),
      writeErr: (t) => this.host.stderr(t),
      readLine: () => this.host.readLine(),
    };
    this.builtins = makeBuiltins(this.ts, streams);
    runtime.callFunction = (fn, args, kwnames) => this.callFunction(fn, args, kwnames);
  }

  private callFunction(fn: PyFunction, args: PyObject[], kwnames: readonly string[] | null): PyObject {
    // Generator functions run up to RETURN_GENERATOR, which hands back the generator object.
    return run(this.ts, frameForCall(fn, args, kwnames));
  }

  /** Runs `source` as the __main__ module; an uncaught exception is printed to stderr as CPython does. */
  runSource(source: string | Uint8Array, filename = "<string>"): RunResult {
    const text = typeof source === "string" ? source : new TextDecoder().decode(source);
    this.sources.set(filename, text);
    const globals = new PyDict();
    globals.setStr("__name__", newStr("__main__"));
    globals.setStr("__builtins__", new PyModule("builtins", this.builtins));
    globals.setStr("__doc__", None);
    globals.setStr("__file__", newStr(filename));
    try {
      const code = new PyCode(compile(source, filename, "exec"));
      const frame = new Frame(prepare(code), code, globals, this.builtins, globals, null);
      run(this.ts, frame);
      return { exitCode: 0, exception: null };
    } catch (raw) {
      return this.uncaught(asPyException(raw));
    }
  }

  runFile(path: string): RunResult {
    const bytes = this.host.readFile(path);
    if (bytes === null) {
      this.host.stderr(`ophis: can't open file '${path}': [Errno 2] No such file or directory\n`);
      return { exitCode: 2, exception: null };
    }
    return this.runSource(bytes, path);
  }

  private uncaught(e: PyBaseException): RunResult {
    if (e.type.isSubtype(E.SystemExit)) {
      const code = e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : e.args[0];
      if (code === None) return { exitCode: 0, exception: e };
      if (code instanceof PyInt) return { exitCode: Number(code.value) & 0xff, exception: e };
      this.host.stderr(`${str(code)}\n`);
      return { exitCode: 1, exception: e };
    }
    this.host.stderr(formatException(e, (f) => this.sources.get(f) ?? null));
    return { exitCode: 1, exception: e };
  }
}
