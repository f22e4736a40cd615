// Traceback and frame objects as Python code sees them: tb_frame/tb_lineno/tb_next, f_lineno/f_code/f_locals ...
import { type CodeObject, coPositions, type Positions } from "@ophis/bytecode";
import {
  defineGetSets,
  defineMethods,
  identity,
  intFrom,
  None,
  newStr,
  PyCell,
  type PyCode,
  PyDict,
  type PyObject,
  PyTraceback,
  T,
} from "@ophis/objects";
import type { Frame } from "./frame.js";
// frame.ts makes T.frame, which the accessors below are defined on.
import "./frame.js";

const positionsCache = new WeakMap<CodeObject, Positions[]>();

/** co_positions() of a code object, one entry per code unit (decoded once per code object). */
export function positionsOf(code: CodeObject): Positions[] {
  let p = positionsCache.get(code);
  if (!p) {
    p = coPositions(code.co_linetable, code.co_firstlineno, code.co_code.length);
    positionsCache.set(code, p);
  }
  return p;
}

/** The line of the instruction at code unit `lasti` (PyCode_Addr2Line), or null. */
export function lineAt(code: CodeObject, lasti: number): number | null {
  if (lasti < 0) return null;
  return positionsOf(code)[lasti]?.[0] ?? null;
}

function address(o: PyObject): string {
  return `0x${identity(o).toString(16).padStart(12, "0")}`;
}

function tb(o: PyObject): PyTraceback {
  return o as PyTraceback;
}

function frameOf(o: PyObject): Frame {
  return o as Frame;
}

function optionalInt(n: number | null): PyObject {
  return n === null ? None : intFrom(n);
}

/** f_locals: the namespace of module and class frames, a snapshot of the fast locals (cells read through) else. */
export function frameLocals(frame: Frame): PyObject {
  if (frame.locals) return frame.locals;
  const d = new PyDict();
  const names = frame.code.co_localsplusnames;
  frame.localsplus.forEach((v, i) => {
    const value = v instanceof PyCell ? v.contents : v;
    if (value !== null) d.setStr(names[i], value);
  });
  return d;
}

defineGetSets(T.traceback, {
  tb_frame: [(self) => tb(self).frame],
  tb_lasti: [(self) => intFrom(tb(self).lasti * 2)],
  tb_lineno: [(self) => optionalInt(lineAt(frameOf(tb(self).frame).code, tb(self).lasti))],
  tb_next: [
    (self) => tb(self).next ?? None,
    (self, v) => {
      tb(self).next = v instanceof PyTraceback ? v : null;
    },
  ],
});
defineMethods(T.traceback, {
  __repr__: (self) => newStr(`<traceback object at ${address(self)}>`),
});

defineGetSets(T.frame, {
  f_code: [(self) => frameOf(self).pycode],
  f_globals: [(self) => frameOf(self).globals],
  f_builtins: [(self) => frameOf(self).builtins],
  f_locals: [(self) => frameLocals(frameOf(self))],
  f_back: [(self) => frameOf(self).back ?? None],
  f_lasti: [(self) => intFrom(frameOf(self).lasti * 2)],
  f_lineno: [(self) => optionalInt(lineAt(frameOf(self).code, frameOf(self).lasti))],
});
defineMethods(T.frame, {
  __repr__: (self) => {
    const f = frameOf(self);
    const line = lineAt(f.code, f.lasti);
    return newStr(
      `<frame at ${address(self)}, file '${f.code.co_filename}', line ${line ?? "None"}, code ${f.code.co_name}>`,
    );
  },
});

// Code objects' names and place: only what tracebacks expose, unless the code type already defines them.
if (T.code.lookup("co_name") === undefined) {
  const code = (o: PyObject) => (o as PyCode).code;
  defineGetSets(T.code, {
    co_name: [(self) => newStr(code(self).co_name)],
    co_qualname: [(self) => newStr(code(self).co_qualname)],
    co_filename: [(self) => newStr(code(self).co_filename)],
    co_firstlineno: [(self) => intFrom(code(self).co_firstlineno)],
  });
}
