// Finding modules on sys.path and loading their code: source files, with __pycache__ bytecode as SourceFileLoader.
import { type CodeObject, readPyc, writePyc } from "@ophis/bytecode";
import { compile, type WarnCallback } from "@ophis/compiler";
import { PyList, type PyObject, PyStr } from "@ophis/objects";
import type { Host } from "../interpreter.js";
import { absPath, dirName, joinPath } from "./paths.js";

/** The cache tag of this implementation (sys.implementation.cache_tag): pyc files never collide with CPython's. */
export const CACHE_TAG = "ophis-314";

/** Where a module was found: a source file (package or module) or a namespace package's directories. */
export type Found =
  | { kind: "source"; origin: string; isPackage: boolean }
  | { kind: "namespace"; dirs: string[] };

function isDirectory(host: Host, path: string): boolean {
  return host.stat?.(path)?.isDirectory ?? false;
}

function isFile(host: Host, path: string): boolean {
  if (host.stat) {
    const s = host.stat(path);
    return s !== null && !s.isDirectory;
  }
  return host.readFile(path) !== null;
}

/** PathFinder.find_spec over `entries` (sys.path or a package's __path__): FileFinder's order, packages first. */
export function findOnPath(host: Host, tail: string, entries: PyObject, cwd: string): Found | null {
  const namespace: string[] = [];
  const list = entries instanceof PyList ? entries.items : [];
  for (const entry of list) {
    if (!(entry instanceof PyStr)) continue;
    // FileFinder makes relative entries absolute against the working directory.
    const dir = absPath(entry.value === "" ? "." : entry.value, cwd);
    const base = joinPath(dir, tail);
    if (isDirectory(host, base)) {
      const init = joinPath(base, "__init__.py");
      if (isFile(host, init)) return { kind: "source", origin: init, isPackage: true };
      namespace.push(base);
    }
    const file = `${base}.py`;
    if (isFile(host, file)) return { kind: "source", origin: file, isPackage: false };
  }
  return namespace.length ? { kind: "namespace", dirs: namespace } : null;
}

/** importlib.util.cache_from_source with this implementation's tag. */
export function cacheFromSource(path: string): string {
  const dir = dirName(path);
  const file = path.slice(path.lastIndexOf("/") + 1);
  const stem = file.endsWith(".py") ? file.slice(0, -3) : file;
  return joinPath(joinPath(dir, "__pycache__"), `${stem}.${CACHE_TAG}.pyc`);
}

export interface LoadedCode {
  code: CodeObject;
  /** The source text, kept for tracebacks; null when the code came from the cache and the source was not read. */
  source: Uint8Array;
}

/**
 * SourceFileLoader.get_code: reuse the cached .pyc while the source's mtime and size match its header,
 * else compile the source and (unless writing is disabled) write the cache.
 */
export function loadSourceCode(
  host: Host,
  origin: string,
  writeBytecode: boolean,
  warn?: WarnCallback,
): LoadedCode | null {
  const source = host.readFile(origin);
  if (source === null) return null;
  const stat = host.stat?.(origin) ?? null;
  const cachePath = cacheFromSource(origin);
  if (stat !== null) {
    const data = host.readFile(cachePath);
    if (data !== null) {
      try {
        const pyc = readPyc(data, origin);
        const v = pyc.validation;
        if (
          v.kind === "timestamp" &&
          v.mtime === Math.floor(stat.mtime) >>> 0 &&
          v.sourceSize === stat.size >>> 0
        )
          return { code: pyc.code, source };
      } catch {
        // A stale or corrupt cache is ignored and rewritten, as importlib does.
      }
    }
  }
  const code = compile(source, origin, "exec", { warn });
  if (writeBytecode && stat !== null && host.writeFile) {
    const bytes = writePyc(code, { kind: "timestamp", mtime: Math.floor(stat.mtime), sourceSize: stat.size });
    host.writeFile(cachePath, bytes);
  }
  return { code, source };
}
