// The builtins that reach the compiler, the import system and the host: exec, eval, compile, __import__, open, exit.
import { compile } from "@ophis/compiler";
import {
  callObject,
  E,
  getAttrOrUndefined,
  index,
  None,
  newStr,
  newTuple,
  PyBuiltinFunction,
  PyBytes,
  PyCell,
  PyCode,
  PyDict,
  type PyObject,
  PyStr,
  PyTuple,
  splitKeywords,
  str,
  typeError,
} from "@ophis/objects";
import type { Frame } from "../frame.js";
import type { Interpreter } from "../interpreter.js";
import { openFile } from "./open.js";
import { installSiteBuiltins } from "./site-builtins.js";

type Mode = "exec" | "eval" | "single";

/** Binds positional and keyword arguments of a builtin to its parameter names, with CPython's messages. */
export function bindArgs(
  fname: string,
  names: readonly string[],
  required: number,
  args: PyObject[],
  kw: readonly string[] | null,
  positionalOnly = 0,
): (PyObject | undefined)[] {
  const { positional, keywords } = splitKeywords(args, kw);
  if (positional.length > names.length)
    throw typeError(
      `${fname}() takes ${required === names.length ? "exactly" : "at most"} ${names.length} argument${names.length === 1 ? "" : "s"} (${positional.length} given)`,
    );
  const out: (PyObject | undefined)[] = names.map((_, i) => positional[i]);
  for (const [k, v] of keywords) {
    const i = names.indexOf(k);
    if (i < 0 || i < positionalOnly) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== undefined)
      throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  for (let i = 0; i < required; i++)
    if (out[i] === undefined)
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  return out;
}

function sourceText(fname: string, o: PyObject): string | Uint8Array {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyBytes) return o.value;
  throw typeError(`${fname}() arg 1 must be a string, bytes or code object`);
}

/** A function frame's locals as a fresh dict (PEP 667's snapshot); module and class frames have a real namespace. */
export function frameLocals(frame: Frame): PyObject {
  if (frame.locals !== null) return frame.locals;
  const d = new PyDict();
  frame.code.co_localsplusnames.forEach((name, i) => {
    let v = frame.localsplus[i];
    if (v instanceof PyCell) v = v.contents;
    if (v !== null && v !== undefined) d.setStr(name, v);
  });
  return d;
}

/** The globals and locals exec/eval run with: the caller's when omitted, with CPython's type checks. */
function namespaces(interp: Interpreter, fname: string, g: PyObject | undefined, l: PyObject | undefined) {
  const frame = interp.ts.frame;
  let globals: PyObject | undefined = g === None ? undefined : g;
  let locals: PyObject | undefined = l === None ? undefined : l;
  if (globals !== undefined && !(globals instanceof PyDict))
    throw typeError(
      fname === "eval"
        ? "globals must be a real dict; try eval(expr, {}, mapping)"
        : `exec() globals must be a dict, not ${globals.type.name}`,
    );
  if (locals !== undefined && getAttrOrUndefined(locals, "__getitem__") === undefined)
    throw typeError(`locals must be a mapping or None, not ${locals.type.name}`);
  if (globals === undefined) {
    globals = frame?.globals ?? new PyDict();
    if (locals === undefined) locals = frame ? frameLocals(frame) : globals;
  }
  return { globals: globals as PyDict, locals: locals ?? globals };
}

/** The cells exec(code, closure=...) runs `code` with, checked as CPython checks them. */
function closureFor(fname: string, code: PyCode, given: PyObject | undefined): PyCell[] | null {
  const n = code.code.co_freevars.length;
  if (fname === "eval") {
    if (n > 0) throw typeError("code object passed to eval() may not contain free variables");
    return null;
  }
  if (given === undefined || given === None) {
    if (n > 0) throw typeError(`code object requires a closure of exactly length ${n}`);
    return null;
  }
  if (n === 0) throw typeError("cannot use a closure with this code object");
  // CPython reports a tuple holding anything but cells with the same message as a wrong length.
  if (
    !(given instanceof PyTuple) ||
    given.items.length !== n ||
    !given.items.every((c) => c instanceof PyCell)
  )
    throw typeError(`code object requires a closure of exactly length ${n}`);
  return given.items as PyCell[];
}

export function installExecBuiltins(interp: Interpreter): void {
  const b = interp.builtins;
  const def = (name: string, f: (args: PyObject[], kw: readonly string[] | null) => PyObject) =>
    b.setStr(name, new PyBuiltinFunction(name, f));

  def("compile", (args, kw) => {
    const [source, filename, mode, flags, , optimize] = bindArgs(
      "compile",
      ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
      3,
      args,
      kw,
    );
    const m = str(mode!);
    if (!(mode instanceof PyStr) || !["exec", "eval", "single"].includes(m))
      throw newValueError("compile() mode must be 'exec', 'eval' or 'single'");
    if (!(source instanceof PyStr || source instanceof PyBytes))
      throw typeError("compile() arg 1 must be a string, bytes or AST object");
    const name = filename instanceof PyStr ? filename.value : str(filename!);
    const code = compile(source.value, name, m as Mode, {
      warn: interp.compileWarnings(name),
      flags: flags === undefined ? 0 : Number(index(flags)),
      optimize: optimize === undefined ? 0 : Math.max(0, Number(index(optimize))),
    });
    return new PyCode(code);
  });

  const runIn = (fname: "exec" | "eval", mode: Mode) => (args: PyObject[], kw: readonly string[] | null) => {
    const [source, g, l, closureArg] = bindArgs(
      fname,
      ["source", "globals", "locals", "closure"],
      1,
      args,
      kw,
    );
    const { globals, locals } = namespaces(interp, fname, g, l);
    let code: PyCode;
    let closure: PyCell[] | null = null;
    if (source instanceof PyCode) {
      closure = closureFor(fname, source, closureArg);
      code = source;
    } else {
      if (closureArg !== undefined && closureArg !== None)
        throw typeError("closure can only be used when source is a code object");
      let text = sourceText(fname, source!);
      // eval() ignores leading spaces and tabs of a string, as CPython strips them before parsing.
      if (fname === "eval" && typeof text === "string") text = text.replace(/^[ \t]+/, "");
      code = new PyCode(compile(text, "<string>", mode, { warn: interp.compileWarnings("<string>") }));
    }
    const result = interp.imports.execCode(code, globals, locals, closure);
    return fname === "exec" ? None : result;
  };
  def("exec", runIn("exec", "exec"));
  def("eval", runIn("eval", "eval"));

  def("__import__", (args, kw) => {
    const [name, globals, , fromlist, level] = bindArgs(
      "__import__",
      ["name", "globals", "locals", "fromlist", "level"],
      1,
      args,
      kw,
    );
    if (!(name instanceof PyStr)) throw typeError("module name must be a string");
    const lvl = level === undefined ? 0 : Number(index(level));
    return interp.imports.importName(globals ?? null, name.value, fromlist ?? newTuple([]), lvl);
  });

  def("open", (args, kw) => openFile(interp, args, kw));

  installSiteBuiltins(b, interp);
}

function newValueError(message: string): PyObject {
  return callObject(E.ValueError, [newStr(message)]);
}
