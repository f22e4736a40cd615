// The embedding API: an Interpreter runs source, files and modules with its own builtins, sys, imports and host.
import { compile, type WarnCallback } from "@ophis/compiler";
import {
  callObject,
  E,
  getAttr,
  None,
  newError,
  newStr,
  type PyBaseException,
  PyCode,
  type PyDict,
  type PyFunction,
  PyInt,
  type PyModule,
  type PyObject,
  repr,
  runtime,
  setHashSeed,
  str,
} from "@ophis/objects";
import { syntaxErrorWithLocation } from "@ophis/tokenizer";
import { makeBuiltins, type Streams } from "./builtins.js";
import { asPyException } from "./errors.js";
import { frameForCall, run } from "./eval.js";
import { absPath, dirName } from "./imports/paths.js";
import { ImportSystem, type MainTarget, RunModuleError } from "./imports/system.js";
import { installExecBuiltins } from "./modules/exec.js";
import { registerNativeModules } from "./modules/registry.js";
import { makeSys, type SysModule } from "./modules/sys.js";
import type { CommandLineOptions } from "./modules/sys-info.js";
import { holdShapes, SHAPES_SOURCE } from "./shapes.js";
import { type Limits, setThreadState, ThreadState } from "./thread.js";
import { formatException } from "./traceback.js";
import { moduleFromFilename, Warnings } from "./warnings.js";

/** A file's status as the import system needs it: kind, modification time (seconds) and size in bytes. */
export interface FileStat {
  isDirectory: boolean;
  mtime: number;
  size: number;
}

/** What the interpreter needs from its environment: standard streams, files, the working directory, sleeping. */
export interface Host {
  stdout(text: string): void;
  stderr(text: string): void;
  /** One line of standard input with its newline, or null at end of input. */
  readLine(): string | null;
  readFile(path: string): Uint8Array | null;
  /** The status of a path, or null when nothing is there; without it, only files can be found. */
  stat?(path: string): FileStat | null;
  /** Writes a whole file, creating missing parent directories; false when it cannot. */
  writeFile?(path: string, data: Uint8Array): boolean;
  /** The working directory (absolute); "/" when absent. */
  cwd?(): string;
  /** Blocks the thread for `seconds` (time.sleep). */
  sleep?(seconds: number): void;
  /** CPU time used by the process, in seconds (time.process_time). */
  cpuTime?(): number;
}

export interface InterpreterOptions extends CommandLineOptions {
  host: Host;
  argv?: string[];
  limits?: Limits;
  /** -B: never write __pycache__ files. */
  dontWriteBytecode?: boolean;
  /** -u, -i and the like, as sys.flags shows them. */
  flags?: { unbuffered?: boolean; inspect?: boolean; interactive?: boolean };
  /** PYTHONHASHSEED: a number fixes str and bytes hashes (and so set order); absent or null, they are random. */
  hashSeed?: number | null;
}

/** The outcome of running a program: the exit status CPython would give, and the uncaught exception if any. */
export interface RunResult {
  exitCode: number;
  exception: PyBaseException | null;
}

const decoder = new TextDecoder();

export class Interpreter {
  readonly ts = new ThreadState();
  readonly builtins: PyDict;
  readonly host: Host;
  readonly imports: ImportSystem;
  readonly sys: SysModule;
  readonly warnings: Warnings;
  readonly cwd: string;
  private readonly sources = new Map<string, string>();

  constructor(readonly options: InterpreterOptions) {
    // First, so that this interpreter's hash seed and thread state are the ones left installed.
    holdShapes(runShapes);
    this.host = options.host;
    setHashSeed(options.hashSeed ?? null);
    this.cwd = options.host.cwd?.() ?? "/";
    setThreadState(this.ts);
    if (options.limits) this.ts.setLimits(options.limits);
    const streams: Streams = {
      write: (t) => this.sys.writeOut(t),
      writeErr: (t) => this.sys.writeErr(t),
      readLine: () => this.sys.readLine(),
      writeParts: (parts) => this.sys.writeParts(parts),
    };
    this.builtins = makeBuiltins(this.ts, streams);
    this.imports = new ImportSystem({
      host: this.host,
      ts: this.ts,
      builtins: this.builtins,
      cwd: this.cwd,
      rememberSource: (filename, source) => this.sources.set(filename, decoder.decode(source)),
      compileWarnings: (filename) => this.compileWarnings(filename),
      writeBytecode: () => this.sys.writeBytecode(),
      searchPath: () => this.sys.path(),
    });
    this.sys = makeSys(this, options.argv ?? [""]);
    this.warnings = new Warnings(options.warnoptions ?? [], (t) => this.sys.writeErr(t));
    registerNativeModules(this);
    installExecBuiltins(this);
    this.ts.importName = (frame, name, fromlist, level) =>
      this.imports.importName(frame.globals, name, fromlist, level);
    this.ts.importFrom = (mod, name) => this.imports.importFrom(mod, name);
    this.ts.importStar = (frame, mod) => this.imports.importStar(frame.locals, mod);
    this.ts.displayhook = (value) => {
      const hook = this.sys.dict.getStr("displayhook");
      if (hook === undefined) throw newError("RuntimeError", "lost sys.displayhook");
      callObject(hook, [value]);
    };
    runtime.callFunction = (fn, args, kwnames) => this.callFunction(fn, args, kwnames);
  }

  private callFunction(fn: PyFunction, args: PyObject[], kwnames: readonly string[] | null): PyObject {
    // Generator functions run up to RETURN_GENERATOR, which hands back the generator object.
    return run(this.ts, frameForCall(fn, args, kwnames));
  }

  /** Source text for tracebacks: what this interpreter ran or imported, else the file as the host has it now. */
  sourceText(filename: string): string | null {
    const known = this.sources.get(filename);
    if (known !== undefined) return known;
    if (filename.startsWith("<")) return null;
    const bytes = this.host.readFile(filename);
    return bytes === null ? null : decoder.decode(bytes);
  }

  /**
   * Compile-time warnings as CPython's compiler emits them: through the warning filters (-W options), printed as
   * warnings.showwarning does ("file:line: Category: message", then the stripped source line); a warning the
   * filters make an error becomes a SyntaxError at the warning's position.
   */
  compileWarnings(filename: string): WarnCallback {
    return (category, message, lineno, col_offset, end_lineno, end_col_offset) => {
      const text = this.sourceText(filename);
      const line = text === null ? null : (text.split(/\r\n|\r|\n/)[lineno - 1] ?? null);
      const site = { filename, lineno, module: moduleFromFilename(filename), sourceLine: line?.trim() ?? "" };
      if (this.warnings.warn(E[category] ?? E.SyntaxWarning, message, site, null) === "error")
        throw syntaxErrorWithLocation(
          "SyntaxError",
          message,
          filename,
          lineno,
          col_offset + 1,
          line === null ? null : `${line}\n`,
          end_lineno,
          end_col_offset + 1,
        );
    };
  }

  rememberSource(filename: string, text: string): void {
    this.sources.set(filename, text);
  }

  /** A fresh __main__ module, registered in sys.modules, as CPython's pymain prepares it. */
  mainModule(file: string | null): PyModule {
    const mod = this.imports.makeNative("__main__");
    const d = mod.moduleDict;
    d.setStr("__package__", None);
    d.setStr("__loader__", None);
    d.setStr("__spec__", None);
    d.setStr("__builtins__", this.imports.builtinsModule());
    if (file !== null) d.setStr("__file__", newStr(file));
    this.imports.modules.setStr("__main__", mod);
    return mod;
  }

  /** Runs `source` as the __main__ module; an uncaught exception is printed to stderr as CPython does. */
  runSource(source: string | Uint8Array, filename = "<string>"): RunResult {
    const text = typeof source === "string" ? source : decoder.decode(source);
    this.sources.set(filename, text);
    if (filename.startsWith("<")) this.sys.setPath0("");
    const main = this.mainModule(filename.startsWith("<") ? null : filename);
    return this.guard(() => {
      const code = new PyCode(compile(source, filename, "exec", { warn: this.compileWarnings(filename) }));
      this.imports.execCode(code, main.moduleDict);
    });
  }

  /** `ophis FILE`: sys.path[0] is the script's directory. */
  runFile(path: string): RunResult {
    if (this.host.stat?.(path)?.isDirectory) return this.runDirectory(path);
    const bytes = this.host.readFile(path);
    if (bytes === null) {
      const full = absPath(path, this.cwd);
      this.host.stderr(`ophis: can't open file ${pyRepr(full)}: [Errno 2] No such file or directory\n`);
      return { exitCode: 2, exception: null };
    }
    // As CPython since 3.9: __main__'s file (and so tracebacks and warnings) is the absolute path; argv[0] is not.
    const full = absPath(path, this.cwd);
    this.sys.setPath0(dirName(full));
    return this.runSource(bytes, full);
  }

  /** `ophis DIR`: a directory holding __main__.py runs it, with the directory first on sys.path. */
  private runDirectory(path: string): RunResult {
    const full = absPath(path, this.cwd);
    const mainFile = `${full}/__main__.py`;
    const bytes = this.host.readFile(mainFile);
    if (bytes === null) {
      this.sys.writeErr(`ophis: can't find '__main__' module in ${pyRepr(full)}\n`);
      return { exitCode: 1, exception: null };
    }
    this.sys.setPath0(full);
    return this.runSource(bytes, mainFile);
  }

  /** `ophis -m NAME`: runpy._run_module_as_main, finding the module on sys.path (cwd first). */
  runModule(name: string): RunResult {
    this.sys.setPath0(this.cwd);
    let target: MainTarget;
    try {
      target = this.imports.mainSpecFor(name);
    } catch (raw) {
      // runpy's own errors ("No module named ...") are reported by the caller without a traceback.
      if (raw instanceof RunModuleError) throw raw;
      return this.uncaught(asPyException(raw));
    }
    return this.guard(() => {
      this.sys.setArgv0(target.origin);
      const main = this.mainModule(target.origin);
      const d = main.moduleDict;
      d.setStr("__spec__", target.spec);
      d.setStr("__loader__", getAttr(target.spec, "loader"));
      d.setStr("__package__", getAttr(target.spec, "parent"));
      this.sources.set(target.origin, decoder.decode(target.source));
      this.imports.execCode(new PyCode(target.code), d);
    });
  }

  /** Runs `body`, turning an uncaught exception into CPython's report and exit status. */
  guard(body: () => void): RunResult {
    try {
      body();
      this.sys.flushStdout();
      return { exitCode: 0, exception: null };
    } catch (raw) {
      return this.uncaught(asPyException(raw));
    }
  }

  /** The exit status for SystemExit's code, printing a non-integer code to stderr as CPython does. */
  exitStatus(e: PyBaseException): number {
    const code = e.args.length === 0 ? None : e.args[0];
    if (code === None) return 0;
    if (code instanceof PyInt) return Number(BigInt.asIntN(32, BigInt(code.value))) & 0xff;
    this.sys.writeErr(`${str(code)}\n`);
    return 1;
  }

  private uncaught(e: PyBaseException): RunResult {
    if (e.type.isSubtype(E.SystemExit)) return { exitCode: this.exitStatus(e), exception: e };
    this.printException(e);
    return { exitCode: 1, exception: e };
  }

  /** sys.excepthook's default behaviour, or the program's own hook when it installed one. */
  printException(e: PyBaseException): void {
    const hook = this.sys.dict.getStr("excepthook");
    if (hook !== undefined && hook !== this.sys.defaultExcepthook) {
      try {
        callObject(hook, [e.type, e, None]);
        return;
      } catch (raw) {
        this.sys.writeErr("Error in sys.excepthook:\n");
        this.sys.writeErr(this.formatException(asPyException(raw)));
        this.sys.writeErr("\nOriginal exception was:\n");
      }
    }
    this.sys.writeErr(this.formatException(e));
  }

  /** The traceback text of `e` as sys.excepthook prints it (sys.tracebacklimit honoured). */
  formatException(e: PyBaseException): string {
    return formatException(e, (f) => this.sourceText(f), this.sys.dict.getStr("tracebacklimit"));
  }
}

/** A silent interpreter that has run SHAPES_SOURCE (see shapes.ts). */
function runShapes(): Interpreter {
  const interp = new Interpreter({
    host: { stdout() {}, stderr() {}, readLine: () => null, readFile: () => null },
    hashSeed: 0,
  });
  interp.runSource(SHAPES_SOURCE, "<shapes>");
  return interp;
}

function pyRepr(s: string): string {
  return repr(newStr(s));
}
