// Real CPython 3.14 (Pyodide, offline in Node) answering batches of questions, one load per process.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

/** Python source: text (as tokenize.generate_tokens reads it) or bytes (as tokenize.tokenize does). */
export type Source = string | Uint8Array;

/** A Python exception as the oracle saw it. `type` is "SyntaxError", "tokenize.TokenError", ... */
export interface OracleError {
  type: string;
  args: unknown[];
  str: string;
  msg?: string | null;
  filename?: string | null;
  lineno?: number | null;
  offset?: number | null;
  end_lineno?: number | null;
  end_offset?: number | null;
  text?: string | null;
}

/** One token as a row: [type, string, [line, col], [line, col], line]. */
export type TokenRow = [number, string, [number, number], [number, number], string];

export interface TokensAnswer {
  tokens: TokenRow[];
  error?: OracleError;
}

export interface ProcessAnswer {
  stdout: string;
  stderr: string;
  status: number;
}

export interface DumpOptions {
  annotate_fields?: boolean;
  include_attributes?: boolean;
  indent?: number | null;
  show_empty?: boolean;
  type_comments?: boolean;
  feature_version?: [number, number] | null;
  optimize?: number;
}

export interface DisOptions {
  show_caches?: boolean;
  show_offsets?: boolean;
  show_positions?: boolean;
  depth?: number | null;
}

export interface RunRequest {
  source: string;
  /** Name of the main file inside a fresh working directory (default main.py). */
  filename?: string;
  /** Other files of the program, relative to the working directory. */
  files?: Record<string, string>;
  argv?: string[];
  stdin?: string;
}

export interface PycOptions {
  /** timestamp (default), or a hash-based pyc whose source hash is checked on import or not. */
  kind?: "timestamp" | "checked-hash" | "unchecked-hash";
  mtime?: number;
  source_size?: number;
}

/** A .pyc and what importlib validates its header against: mtime and size, or (hash-based) the source. */
export interface PycToLoad {
  pyc: Uint8Array;
  name?: string;
  mtime?: number;
  sourceSize?: number;
  source?: Uint8Array;
}

const here = dirname(fileURLToPath(import.meta.url));
const driverPath = join(here, "..", "python", "driver.py");

type PyCall = (json: string) => string;

function encodeSource(source: Source): { source: string } | { base64: string } {
  return typeof source === "string" ? { source } : { base64: Buffer.from(source).toString("base64") };
}

export class Oracle {
  private constructor(private readonly call: (entry: string, requests: unknown[]) => unknown[]) {}

  /** Loads CPython once (a few seconds); reuse the instance for every batch. */
  static async start(): Promise<Oracle> {
    // A fixed hash seed makes set and frozenset order, and so marshal bytes and dis text, the same on every run.
    const pyodide = await loadPyodide({ stdout: () => {}, stderr: () => {}, env: { PYTHONHASHSEED: "0" } });
    pyodide.runPython(readFileSync(driverPath, "utf8"), { filename: "ophis_oracle_driver.py" });
    const entries = new Map<string, PyCall>();
    return new Oracle((entry, requests) => {
      let fn = entries.get(entry);
      if (fn === undefined) {
        fn = pyodide.globals.get(entry) as PyCall;
        entries.set(entry, fn);
      }
      return JSON.parse(fn(JSON.stringify(requests))) as unknown[];
    });
  }

  /** tokenize.generate_tokens for text, tokenize.tokenize for bytes: tokens up to the error, and the error. */
  tokens(sources: readonly Source[]): TokensAnswer[] {
    return this.call("tokens", sources.map(encodeSource)) as TokensAnswer[];
  }

  /** What `python -m tokenize [-e] FILE` prints, FILE being `path` (absolute) in the oracle's file system. */
  tokenizeCli(sources: readonly Source[], options: { exact?: boolean; path?: string } = {}): ProcessAnswer[] {
    return this.call(
      "tokenize_cli",
      sources.map((s) => ({ ...encodeSource(s), ...options })),
    ) as ProcessAnswer[];
  }

  /** ast.dump(ast.parse(source, ...), ...) or the SyntaxError. */
  astDump(
    sources: readonly Source[],
    options: DumpOptions & { mode?: string; filename?: string } = {},
  ): ({ dump: string } | { error: OracleError })[] {
    const { mode, filename, ...rest } = options;
    return this.call(
      "ast_dump",
      sources.map((s) => ({ ...encodeSource(s), mode, filename, options: rest })),
    ) as ({ dump: string } | { error: OracleError })[];
  }

  /** ast.unparse(ast.parse(source)) or the SyntaxError. */
  astUnparse(
    sources: readonly Source[],
    options: { mode?: string } = {},
  ): ({ unparse: string } | { error: OracleError })[] {
    return this.call(
      "ast_unparse",
      sources.map((s) => ({ ...encodeSource(s), ...options })),
    ) as ({ unparse: string } | { error: OracleError })[];
  }

  /** What `python -m ast [args] FILE` prints, FILE being `path` (absolute) in the oracle's file system. */
  astCli(sources: readonly Source[], options: { path: string; args?: string[] }): ProcessAnswer[] {
    return this.call(
      "ast_cli",
      sources.map((s) => ({ ...encodeSource(s), ...options })),
    ) as ProcessAnswer[];
  }

  /** The warnings compile(source) emits under simplefilter("always"): [category, message, lineno] rows. */
  compileWarnings(
    sources: readonly Source[],
    options: { mode?: string; filename?: string } = {},
  ): { warnings: [string, string, number][]; error: OracleError | null }[] {
    return this.call(
      "compile_warnings",
      sources.map((s) => ({ ...encodeSource(s), ...options })),
    ) as { warnings: [string, string, number][]; error: OracleError | null }[];
  }

  /** dis.dis text of compile(source), with code object addresses masked as 0x..... */
  dis(
    sources: readonly Source[],
    options: DisOptions & { mode?: string; filename?: string } = {},
  ): ({ dis: string } | { error: OracleError })[] {
    const { mode, filename, ...rest } = options;
    return this.call(
      "dis_text",
      sources.map((s) => ({ ...encodeSource(s), mode, filename, options: rest })),
    ) as ({ dis: string } | { error: OracleError })[];
  }

  /** marshal.dumps(compile(source)). */
  marshal(
    sources: readonly Source[],
    options: { mode?: string; filename?: string } = {},
  ): ({ bytes: Uint8Array } | { error: OracleError })[] {
    const answers = this.call(
      "marshal_code",
      sources.map((s) => ({ ...encodeSource(s), ...options })),
    ) as ({ base64: string } | { error: OracleError })[];
    return answers.map((a) =>
      "base64" in a ? { bytes: new Uint8Array(Buffer.from(a.base64, "base64")) } : a,
    );
  }

  /**
   * A .pyc of compile(source) as importlib writes it: `_code_to_timestamp_pyc(code, mtime, source_size)` or
   * `_code_to_hash_pyc(code, source_hash(source), checked)`.
   */
  pyc(
    sources: readonly Source[],
    options: PycOptions & { mode?: string; filename?: string } = {},
  ): ({ bytes: Uint8Array } | { error: OracleError })[] {
    const answers = this.call(
      "pyc_code",
      sources.map((s) => ({ ...encodeSource(s), ...options })),
    ) as ({ base64: string } | { error: OracleError })[];
    return answers.map((a) =>
      "base64" in a ? { bytes: new Uint8Array(Buffer.from(a.base64, "base64")) } : a,
    );
  }

  /**
   * Loads .pyc files as importlib does (`_classify_pyc`, then `_validate_timestamp_pyc` against mtime and
   * source_size or `_validate_hash_pyc` against the source, then `_compile_bytecode`): the header flags and
   * dis.dis text of the code, addresses masked as 0x...., or the ImportError, EOFError, ValueError ... raised.
   */
  disPyc(
    pycs: readonly PycToLoad[],
    options: DisOptions = {},
  ): ({ dis: string; flags: number } | { error: OracleError })[] {
    return this.call(
      "dis_pyc",
      pycs.map((p) => ({
        pyc: Buffer.from(p.pyc).toString("base64"),
        name: p.name,
        mtime: p.mtime ?? 0,
        source_size: p.sourceSize ?? 0,
        source: p.source === undefined ? undefined : Buffer.from(p.source).toString("base64"),
        options,
      })),
    ) as ({ dis: string; flags: number } | { error: OracleError })[];
  }

  /** Runs programs as `python main.py ARGS`, sockets blocked: stdout, stderr, exit status. */
  run(programs: readonly RunRequest[]): ProcessAnswer[] {
    return this.call("run", [...programs]) as ProcessAnswer[];
  }

  /** sys.version of the oracle. */
  version(): { version: string; version_info: number[] } {
    return this.call("version", [])[0] as never;
  }
}
