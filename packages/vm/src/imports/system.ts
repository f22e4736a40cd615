// The import system: sys.modules, built-in modules, sys.path search, __import__, `from m import x` and `import *`.
import type { CodeObject } from "@ophis/bytecode";
import type { WarnCallback } from "@ophis/compiler";
import {
  callObject,
  contains,
  E,
  False,
  getAttr,
  getAttrOrUndefined,
  iterate,
  None,
  newError,
  newList,
  newStr,
  type PyBaseException,
  type PyCell,
  PyCode,
  PyDict,
  PyFunction,
  PyImportError,
  PyModule,
  type PyObject,
  PyStr,
  repr,
  setAttr,
  setItem,
  True,
  truthy,
  typeError,
} from "@ophis/objects";
import { run } from "../eval.js";
import { Frame, prepare } from "../frame.js";
import type { Host } from "../interpreter.js";
import type { ThreadState } from "../thread.js";
import { cacheFromSource, findOnPath, loadSourceCode } from "./loader.js";
import { resolveRelative } from "./resolve.js";
import {
  builtinImporter,
  initModuleAttrs,
  moduleName,
  namespaceLoader,
  namespacePath,
  newSpec,
  sourceLoader,
} from "./spec.js";

/** What the import system needs from its interpreter. */
export interface ImportHost {
  host: Host;
  ts: ThreadState;
  builtins: PyDict;
  /** The working directory for relative sys.path entries ("" entries mean it). */
  cwd: string;
  /** Keeps a module's source so tracebacks can quote it. */
  rememberSource(filename: string, source: Uint8Array): void;
  /** Where the compiler's warnings about `filename` go (the program's stderr). */
  compileWarnings(filename: string): WarnCallback;
  /** True unless -B or sys.dont_write_bytecode says otherwise. */
  writeBytecode(): boolean;
  /** sys.path as the program currently sees it. */
  searchPath(): PyObject;
}

/** An ImportError (or subclass) carrying importlib's `name` and `path` attributes. */
export function importError(
  type: "ImportError" | "ModuleNotFoundError",
  message: string,
  name: string | null,
  path: string | null = null,
): PyBaseException {
  const opt = (v: string | null) => (v === null ? None : newStr(v));
  return callObject(E[type], [newStr(message), opt(name), opt(path)], ["name", "path"]) as PyBaseException;
}

function errorName(e: PyBaseException): PyObject | undefined {
  return e instanceof PyImportError ? e.name : undefined;
}

export class ImportSystem {
  /** sys.modules. */
  readonly modules = new PyDict();
  /** Factories of the modules written in TypeScript (sys.builtin_module_names). */
  readonly native = new Map<string, () => PyModule>();

  constructor(private readonly ctx: ImportHost) {}

  /** A fresh built-in module with BuiltinImporter's spec and attributes; the caller adds its contents. */
  makeNative(name: string, doc: string | null = null): PyModule {
    const mod = new PyModule(name, new PyDict());
    const spec = newSpec({
      name,
      loader: builtinImporter,
      origin: "built-in",
      searchLocations: null,
      cached: null,
      hasLocation: false,
    });
    initModuleAttrs(mod, spec, doc === null ? None : newStr(doc));
    return mod;
  }

  /** importlib._bootstrap._gcd_import with level 0: the module named `name`, imported if needed. */
  importModule(name: string): PyObject {
    const cached = this.modules.getStr(name);
    if (cached !== undefined) {
      if (cached === None)
        throw importError("ModuleNotFoundError", `import of ${name} halted; None in sys.modules`, name);
      return cached;
    }
    return this.findAndLoad(name);
  }

  private findAndLoad(name: string): PyObject {
    const dot = name.lastIndexOf(".");
    let searchPath: PyObject = this.ctx.searchPath();
    let parentModule: PyObject | null = null;
    if (dot >= 0) {
      const parent = name.slice(0, dot);
      if (this.modules.getStr(parent) === undefined) this.importModule(parent);
      const again = this.modules.getStr(name);
      if (again !== undefined) return again;
      parentModule = this.modules.getStr(parent) ?? null;
      const path = parentModule ? getAttrOrUndefined(parentModule, "__path__") : undefined;
      if (path === undefined)
        throw importError(
          "ModuleNotFoundError",
          `No module named '${name}'; '${parent}' is not a package`,
          name,
        );
      searchPath = path;
    }
    const mod = this.load(name, searchPath);
    if (parentModule !== null) {
      try {
        setAttr(parentModule, name.slice(dot + 1), mod);
      } catch (e) {
        // importlib only warns when the parent refuses the attribute.
        if (!(e as PyObject).type?.isSubtype(E.AttributeError)) throw e;
      }
    }
    return mod;
  }

  private load(name: string, searchPath: PyObject): PyObject {
    const factory = dotless(name) ? this.native.get(name) : undefined;
    if (factory !== undefined) {
      const mod = factory();
      this.modules.setStr(name, mod);
      return mod;
    }
    const tail = name.slice(name.lastIndexOf(".") + 1);
    const found = findOnPath(this.ctx.host, tail, searchPath, this.ctx.cwd);
    if (found === null) throw importError("ModuleNotFoundError", `No module named '${name}'`, name);
    if (found.kind === "namespace") {
      const locations = namespacePath(found.dirs);
      const spec = newSpec({
        name,
        loader: namespaceLoader,
        origin: null,
        searchLocations: locations,
        cached: null,
        hasLocation: false,
      });
      const mod = new PyModule(name, new PyDict());
      initModuleAttrs(mod, spec);
      // A namespace package has no file, and says so with __file__ = None.
      mod.moduleDict.setStr("__file__", None);
      this.modules.setStr(name, mod);
      return mod;
    }
    const locations = found.isPackage
      ? namespacePath([found.origin.slice(0, found.origin.lastIndexOf("/"))])
      : null;
    const spec = newSpec({
      name,
      loader: sourceLoader(name, found.origin),
      origin: found.origin,
      searchLocations: locations,
      cached: cacheFromSource(found.origin),
      hasLocation: true,
    });
    const mod = new PyModule(name, new PyDict());
    initModuleAttrs(mod, spec);
    this.modules.setStr(name, mod);
    spec.dict!.setStr("_initializing", True);
    try {
      const warn = this.ctx.compileWarnings(found.origin);
      const loaded = loadSourceCode(this.ctx.host, found.origin, this.ctx.writeBytecode(), warn);
      if (loaded === null) throw importError("ModuleNotFoundError", `No module named '${name}'`, name);
      this.ctx.rememberSource(found.origin, loaded.source);
      this.execCode(new PyCode(loaded.code), mod.moduleDict);
    } catch (e) {
      this.modules.delStr(name);
      throw e;
    } finally {
      spec.dict!.setStr("_initializing", False);
    }
    // A module may replace itself in sys.modules while it runs.
    const final = this.modules.getStr(name);
    if (final === undefined)
      throw importError("ImportError", `Loaded module ${name} not found in sys.modules`, name);
    return final;
  }

  /** Runs module-level code in `globals`, adding __builtins__ as exec() does. */
  execCode(
    code: PyCode,
    globals: PyDict,
    locals: PyObject = globals,
    closure: PyCell[] | null = null,
  ): PyObject {
    // As exec() does, a namespace without __builtins__ gets the builtins dict (only __main__ holds the module).
    if (globals.getStr("__builtins__") === undefined) globals.setStr("__builtins__", this.ctx.builtins);
    const b = globals.getStr("__builtins__")!;
    const builtins = b instanceof PyModule ? b.moduleDict : b instanceof PyDict ? b : this.ctx.builtins;
    // exec(code, closure=...) runs the code as the body of a function holding those cells.
    let func: PyFunction | null = null;
    if (closure !== null) {
      func = new PyFunction(code, globals, builtins);
      func.closure = closure;
    }
    const frame = new Frame(prepare(code), code, globals, builtins, locals, func);
    return run(this.ctx.ts, frame);
  }

  builtinsModule(): PyObject {
    return this.modules.getStr("builtins") ?? new PyModule("builtins", this.ctx.builtins);
  }

  /** builtins.__import__(name, globals, locals, fromlist, level). */
  importName(globals: PyObject | null, name: string, fromlist: PyObject, level: number): PyObject {
    if (level < 0) throw newError("ValueError", "level must be >= 0");
    if (level === 0 && name === "") throw newError("ValueError", "Empty module name");
    const absolute = level > 0 ? resolveRelative(name, globals, level) : name;
    const mod = this.importModule(absolute);
    const hasFromlist = fromlist !== None && truthy(fromlist);
    if (!hasFromlist) {
      if (level === 0) {
        const dot = name.indexOf(".");
        return dot < 0 ? mod : this.importModule(name.slice(0, dot));
      }
      if (name === "") return mod;
      const dot = name.indexOf(".");
      const cut = dot < 0 ? 0 : name.length - dot;
      const full = moduleName(mod) ?? absolute;
      return this.modules.getStr(full.slice(0, full.length - cut)) ?? mod;
    }
    if (getAttrOrUndefined(mod, "__path__") !== undefined) this.handleFromlist(mod, fromlist, false);
    return mod;
  }

  /** importlib._bootstrap._handle_fromlist: imports the submodules a `from package import ...` names. */
  private handleFromlist(mod: PyObject, fromlist: PyObject, recursive: boolean): void {
    for (const x of iterate(fromlist)) {
      if (!(x instanceof PyStr)) {
        const where = recursive ? `${moduleName(mod)}.__all__` : "``from list''";
        throw typeError(`Item in ${where} must be str, not ${x.type.name}`);
      }
      if (x.value === "*") {
        if (!recursive) {
          const all = getAttrOrUndefined(mod, "__all__");
          if (all !== undefined) this.handleFromlist(mod, all, true);
        }
        continue;
      }
      if (getAttrOrUndefined(mod, x.value) !== undefined) continue;
      const fromName = `${moduleName(mod)}.${x.value}`;
      try {
        this.importModule(fromName);
      } catch (e) {
        const err = e as PyBaseException;
        if (
          err.type?.isSubtype(E.ModuleNotFoundError) &&
          errorName(err) instanceof PyStr &&
          (errorName(err) as PyStr).value === fromName &&
          this.modules.getStr(fromName) !== None
        )
          continue;
        throw e;
      }
    }
  }

  /** IMPORT_FROM: an attribute of the module, else its submodule from sys.modules, else ImportError. */
  importFrom(mod: PyObject, name: string): PyObject {
    try {
      return getAttr(mod, name);
    } catch (e) {
      if (!(e as PyObject).type?.isSubtype(E.AttributeError)) throw e;
    }
    const pkgName = getAttrOrUndefined(mod, "__name__");
    if (pkgName instanceof PyStr) {
      const sub = this.modules.getStr(`${pkgName.value}.${name}`);
      if (sub !== undefined) return sub;
    }
    const modName = pkgName instanceof PyStr ? pkgName.value : "<unknown module name>";
    const file = getAttrOrUndefined(mod, "__file__");
    const location = file instanceof PyStr ? file.value : "unknown location";
    const spec = getAttrOrUndefined(mod, "__spec__");
    const initializing =
      spec !== undefined && spec !== None && truthy(getAttrOrUndefined(spec, "_initializing") ?? False);
    const message = initializing
      ? `cannot import name ${repr(newStr(name))} from partially initialized module ${repr(newStr(modName))} (most likely due to a circular import) (${location})`
      : `cannot import name ${repr(newStr(name))} from ${repr(newStr(modName))} (${location})`;
    throw importError("ImportError", message, modName, file instanceof PyStr ? file.value : null);
  }

  /** CALL_INTRINSIC_1 INTRINSIC_IMPORT_STAR: copies the public names (or __all__) of `mod` into `locals`. */
  importStar(locals: PyObject | null, mod: PyObject): void {
    if (locals === null) throw newError("SystemError", "no locals found during 'import *'");
    let names = getAttrOrUndefined(mod, "__all__");
    const skipPrivate = names === undefined;
    if (names === undefined) {
      const d = getAttrOrUndefined(mod, "__dict__");
      if (d === undefined)
        throw newError("ImportError", "from-import-* object has no __dict__ and no __all__");
      names = d instanceof PyDict ? newList([...d.entries()].map((e) => e.key)) : d;
    }
    const modName = moduleName(mod) ?? "?";
    for (const n of iterate(names)) {
      if (!(n instanceof PyStr)) {
        const where = skipPrivate ? `Key in ${modName}.__dict__` : `Item in ${modName}.__all__`;
        throw typeError(`${where} must be str, not ${n.type.name}`);
      }
      if (skipPrivate && n.value.startsWith("_")) continue;
      const value = getAttr(mod, n.value);
      if (locals instanceof PyDict) locals.setStr(n.value, value);
      else setItem(locals, n, value);
    }
  }

  /** runpy._get_module_details for `-m NAME`: the code to run as __main__ (a package runs its __main__). */
  mainSpecFor(name: string): MainTarget {
    const dot = name.lastIndexOf(".");
    let searchPath = this.ctx.searchPath();
    if (dot >= 0) {
      const parent = this.importModule(name.slice(0, dot));
      const path = getAttrOrUndefined(parent, "__path__");
      if (path === undefined) throw new RunModuleError(`No module named ${name}`);
      searchPath = path;
    }
    const found = findOnPath(this.ctx.host, name.slice(dot + 1), searchPath, this.ctx.cwd);
    if (found === null) throw new RunModuleError(`No module named ${name}`);
    if (found.kind === "namespace" || found.isPackage) {
      if (name.endsWith(".__main__") || name === "__main__")
        throw new RunModuleError(`Cannot use package as __main__ module`);
      this.importModule(name);
      try {
        return this.mainSpecFor(`${name}.__main__`);
      } catch (e) {
        if (e instanceof RunModuleError)
          throw new RunModuleError(`${e.message}; '${name}' is a package and cannot be directly executed`);
        throw e;
      }
    }
    const warn = this.ctx.compileWarnings(found.origin);
    const loaded = loadSourceCode(this.ctx.host, found.origin, this.ctx.writeBytecode(), warn);
    if (loaded === null) throw new RunModuleError(`No module named ${name}`);
    const spec = newSpec({
      name,
      loader: sourceLoader(name, found.origin),
      origin: found.origin,
      searchLocations: null,
      cached: null,
      hasLocation: true,
    });
    return { spec, origin: found.origin, code: loaded.code, source: loaded.source };
  }

  isLoaded(name: string): boolean {
    return contains(this.modules, newStr(name));
  }
}

/** What `-m` runs: the module's spec, file and code. */
export interface MainTarget {
  spec: PyObject;
  origin: string;
  code: CodeObject;
  source: Uint8Array;
}

/** runpy's _Error: reported as "ophis: MESSAGE" with status 1, without a traceback. */
export class RunModuleError extends Error {}

function dotless(name: string): boolean {
  return !name.includes(".");
}
