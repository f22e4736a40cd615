// Code objects as Python sees them: the co_* attributes and CPython's repr.

import { newBytes } from "../bytes.js";
import type { PyObject } from "../core.js";
import { T } from "../core.js";
import { defineGetSets, defineMethods, type PyCode } from "../functions.js";
import { identity } from "../identity.js";
import { newInt } from "../int.js";
import { newTuple } from "../sequences.js";
import { newStr } from "../str.js";

function code(o: PyObject) {
  return (o as PyCode).code;
}

const names = (xs: readonly string[]) => newTuple(xs.map(newStr));

defineGetSets(T.code, {
  co_name: [(self) => newStr(code(self).co_name)],
  co_qualname: [(self) => newStr(code(self).co_qualname)],
  co_filename: [(self) => newStr(code(self).co_filename)],
  co_firstlineno: [(self) => newInt(code(self).co_firstlineno)],
  co_argcount: [(self) => newInt(code(self).co_argcount)],
  co_posonlyargcount: [(self) => newInt(code(self).co_posonlyargcount)],
  co_kwonlyargcount: [(self) => newInt(code(self).co_kwonlyargcount)],
  co_nlocals: [(self) => newInt(code(self).co_nlocals)],
  co_stacksize: [(self) => newInt(code(self).co_stacksize)],
  co_flags: [(self) => newInt(code(self).co_flags)],
  co_varnames: [(self) => names(code(self).co_varnames)],
  co_cellvars: [(self) => names(code(self).co_cellvars)],
  co_freevars: [(self) => names(code(self).co_freevars)],
  co_names: [(self) => names(code(self).co_names)],
  co_code: [(self) => newBytes(code(self).co_code)],
  co_linetable: [(self) => newBytes(code(self).co_linetable)],
  co_exceptiontable: [(self) => newBytes(code(self).co_exceptiontable)],
});

defineMethods(T.code, {
  __repr__: (self) => {
    const c = code(self);
    const at = `0x${identity(self).toString(16).padStart(12, "0")}`;
    return newStr(`<code object ${c.co_name} at ${at}, file "${c.co_filename}", line ${c.co_firstlineno}>`);
  },
});
