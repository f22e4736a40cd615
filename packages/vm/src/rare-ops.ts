// The less frequent instructions, kept out of the eval loop's main switch so that function stays small enough
// for V8 to optimize quickly; each returns the code unit to continue at.
import { CO, Op } from "@ophis/bytecode";
import {
  callObject,
  delAttr,
  delItem,
  E,
  EMPTY_STR,
  getAttr,
  getItem,
  iterate,
  len,
  None,
  newError,
  newInt,
  newInterpolation,
  newList,
  newSet,
  newStr,
  newTemplate,
  PyBaseException,
  PyCell,
  type PyCode,
  PyDict,
  PyFunction,
  PyFunction as PyFunctionClass,
  type PyInt,
  type PyList,
  PyMethodDescr,
  type PyObject,
  type PySet,
  PySlice,
  PyStr,
  PyTuple,
  setAdd,
  setItem,
  typeError,
  unaryOp,
  updateSet,
} from "@ophis/objects";
import { getAIter, getANext } from "./async-generators.js";
import { getAwaitable } from "./coroutines.js";
import {
  commonConstant,
  freeVarError,
  loadGlobal,
  mergeInto,
  nameError,
  opName,
  raiseLocals,
  raiseNameError,
  starArgs,
  unboundLocal,
} from "./eval.js";
import { checkEgMatch } from "./exception-groups.js";
import { buildString, convertValue, formatValueOp } from "./formatting.js";
import type { Frame } from "./frame.js";
import { yieldFromIter } from "./generators.js";
import { intrinsic1, intrinsic2 } from "./intrinsics.js";
import type { ThreadState } from "./thread.js";

export function rareOp(ts: ThreadState, frame: Frame, op: number, oparg: number, pc: number): number {
  const p = frame.prepared;
  const stack = frame.stack;
  const locals = frame.localsplus;
  switch (op) {
    case Op.LOAD_COMMON_CONSTANT:
      stack.push(commonConstant(oparg, frame));
      break;
    case Op.LOAD_FAST_AND_CLEAR:
      stack.push(locals[oparg]);
      locals[oparg] = null;
      break;
    case Op.STORE_FAST_LOAD_FAST: {
      locals[oparg >> 4] = stack.pop()!;
      const v = locals[oparg & 15];
      if (v === null) throw unboundLocal(frame.code.co_localsplusnames[oparg & 15]);
      stack.push(v);
      break;
    }
    case Op.DELETE_FAST:
      if (locals[oparg] === null) throw unboundLocal(frame.code.co_localsplusnames[oparg]);
      locals[oparg] = null;
      break;
    case Op.MAKE_CELL:
      locals[oparg] = new PyCell(locals[oparg]);
      break;
    case Op.COPY_FREE_VARS: {
      const closure = frame.func?.closure ?? [];
      const offset = p.nlocalsplus - oparg;
      for (let i = 0; i < oparg; i++) locals[offset + i] = closure[i];
      break;
    }
    case Op.DELETE_DEREF: {
      const cell = locals[oparg] as PyCell;
      if (cell.contents === null) throw freeVarError(frame, oparg);
      cell.contents = null;
      break;
    }
    case Op.LOAD_FROM_DICT_OR_DEREF: {
      const mapping = stack.pop()!;
      const name = frame.code.co_localsplusnames[oparg];
      let v = mapping instanceof PyDict ? mapping.getStr(name) : undefined;
      if (v === undefined) {
        const c = (locals[oparg] as PyCell).contents;
        if (c === null) throw freeVarError(frame, oparg);
        v = c;
      }
      stack.push(v);
      break;
    }
    case Op.LOAD_FROM_DICT_OR_GLOBALS: {
      const mapping = stack.pop()!;
      const name = p.names[oparg];
      const v = mapping instanceof PyDict ? mapping.getStr(name) : undefined;
      stack.push(v ?? loadGlobal(frame, name));
      break;
    }
    case Op.DELETE_NAME: {
      const ns = frame.locals as PyDict;
      if (!ns.delStr(p.names[oparg])) throw nameError(p.names[oparg]);
      break;
    }
    case Op.STORE_GLOBAL:
      frame.globals.setStr(p.names[oparg], stack.pop()!);
      break;
    case Op.DELETE_GLOBAL:
      if (!frame.globals.delStr(p.names[oparg])) throw nameError(p.names[oparg]);
      break;
    case Op.DELETE_ATTR:
      delAttr(stack.pop()!, p.names[oparg]);
      break;
    case Op.LOAD_SUPER_ATTR: {
      const self = stack.pop()!;
      const cls = stack.pop()!;
      const superFn = stack.pop()!;
      const sup = callObject(superFn, [cls, self]);
      const name = p.names[oparg >> 2];
      if (oparg & 1) stack.push(getAttr(sup, name), null);
      else stack.push(getAttr(sup, name));
      break;
    }
    case Op.BINARY_SLICE: {
      const stop = stack.pop()!;
      const start = stack.pop()!;
      const container = stack.pop()!;
      stack.push(getItem(container, new PySlice(start, stop, None)));
      break;
    }
    case Op.STORE_SLICE: {
      const stop = stack.pop()!;
      const start = stack.pop()!;
      const container = stack.pop()!;
      const v = stack.pop()!;
      setItem(container, new PySlice(start, stop, None), v);
      break;
    }
    case Op.BUILD_SLICE: {
      const step = oparg === 3 ? stack.pop()! : None;
      const stop = stack.pop()!;
      const start = stack.pop()!;
      stack.push(new PySlice(start, stop, step));
      break;
    }
    case Op.DELETE_SUBSCR: {
      const key = stack.pop()!;
      delItem(stack.pop()!, key);
      break;
    }
    case Op.UNARY_NEGATIVE:
      stack.push(unaryOp(stack.pop()!, "__neg__"));
      break;
    case Op.UNARY_INVERT:
      stack.push(unaryOp(stack.pop()!, "__invert__"));
      break;
    case Op.GET_YIELD_FROM_ITER:
      stack[stack.length - 1] = yieldFromIter(frame, stack[stack.length - 1]!);
      break;
    case Op.GET_AWAITABLE:
      stack.push(getAwaitable(stack.pop()!, oparg));
      break;
    case Op.GET_AITER:
      stack.push(getAIter(stack.pop()!));
      break;
    case Op.GET_ANEXT:
      stack.push(getANext(stack[stack.length - 1]!));
      break;
    case Op.BUILD_SET:
      stack.push(newSet(stack.splice(stack.length - oparg, oparg) as PyObject[]));
      break;
    case Op.BUILD_MAP: {
      const items = stack.splice(stack.length - 2 * oparg, 2 * oparg) as PyObject[];
      const d = new PyDict();
      for (let i = 0; i < items.length; i += 2) d.set(items[i], items[i + 1]);
      stack.push(d);
      break;
    }
    case Op.LIST_EXTEND: {
      const v = stack.pop()!;
      const target = stack[stack.length - oparg] as PyList;
      try {
        for (const x of iterate(v)) target.items.push(x);
      } catch (e) {
        if (e instanceof PyBaseException && e.type === E.TypeError && v.type.lookup("__iter__") === undefined)
          throw typeError(`Value after * must be an iterable, not ${v.type.name}`);
        throw e;
      }
      break;
    }
    case Op.SET_ADD: {
      const v = stack.pop()!;
      setAdd(stack[stack.length - oparg]!, v);
      break;
    }
    case Op.SET_UPDATE: {
      const v = stack.pop()!;
      updateSet(stack[stack.length - oparg] as PySet, v);
      break;
    }
    case Op.MAP_ADD: {
      const value = stack.pop()!;
      const key = stack.pop()!;
      (stack[stack.length - oparg] as PyDict).set(key, value);
      break;
    }
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE: {
      const v = stack.pop()!;
      const target = stack[stack.length - oparg] as PyDict;
      mergeInto(target, v, op === Op.DICT_MERGE, stack[stack.length - oparg - 3] ?? null);
      break;
    }
    case Op.UNPACK_EX: {
      const before = oparg & 0xff;
      const after = oparg >> 8;
      const all = [...iterate(stack.pop()!)];
      if (all.length < before + after)
        throw newError(
          "ValueError",
          `not enough values to unpack (expected at least ${before + after}, got ${all.length})`,
        );
      const out = [
        ...all.slice(0, before),
        newList(all.slice(before, all.length - after)),
        ...all.slice(all.length - after),
      ];
      for (let i = out.length - 1; i >= 0; i--) stack.push(out[i]);
      break;
    }
    case Op.MAKE_FUNCTION: {
      const code = stack.pop() as PyCode;
      const fn = new PyFunction(code, frame.globals, frame.builtins);
      fn.module = frame.globals.getStr("__name__") ?? None;
      const consts = code.code.co_consts;
      if (code.code.co_flags & CO.HAS_DOCSTRING && typeof consts[0] === "string") fn.doc = newStr(consts[0]);
      stack.push(fn);
      break;
    }
    case Op.SET_FUNCTION_ATTRIBUTE: {
      const fn = stack.pop() as PyFunction;
      const attr = stack.pop()!;
      if (oparg === 1) fn.defaults = [...(attr as PyTuple).items];
      else if (oparg === 2) fn.kwdefaults = attr as PyDict;
      else if (oparg === 4) fn.annotations = attr;
      else if (oparg === 8) fn.closure = (attr as PyTuple).items as PyCell[];
      else if (oparg === 16) fn.annotate = attr;
      stack.push(fn);
      break;
    }
    case Op.CALL_FUNCTION_EX: {
      const kwargs = stack.pop()!;
      const posargs = stack.pop()!;
      const selfOrNull = stack.pop()!;
      const callable = stack.pop()!;
      const all = posargs instanceof PyTuple ? [...posargs.items] : starArgs(callable, posargs);
      if (selfOrNull !== null) all.unshift(selfOrNull);
      let kwnames: string[] | null = null;
      if (kwargs !== null && kwargs instanceof PyDict && kwargs.size) {
        kwnames = [];
        for (const e of kwargs.entries()) {
          if (!(e.key instanceof PyStr)) throw typeError("keywords must be strings");
          kwnames.push(e.key.value);
          all.push(e.value);
        }
      }
      frame.pc = pc;
      stack.push(callObject(callable, all, kwnames));
      break;
    }
    case Op.CALL_INTRINSIC_1:
      stack.push(intrinsic1(ts, frame, oparg, stack.pop()!));
      break;
    case Op.CALL_INTRINSIC_2: {
      const b = stack.pop()!;
      const a = stack.pop()!;
      stack.push(intrinsic2(oparg, a, b));
      break;
    }
    case Op.LOAD_BUILD_CLASS:
      stack.push(frame.builtins.getStr("__build_class__") ?? raiseNameError("__build_class__"));
      break;
    case Op.LOAD_LOCALS:
      stack.push(frame.locals ?? raiseLocals());
      break;
    case Op.SETUP_ANNOTATIONS:
      if (frame.locals instanceof PyDict && frame.locals.getStr("__annotations__") === undefined)
        frame.locals.setStr("__annotations__", new PyDict());
      break;
    case Op.FORMAT_SIMPLE:
      stack.push(formatValueOp(stack.pop()!, null));
      break;
    case Op.FORMAT_WITH_SPEC: {
      const spec = stack.pop()!;
      stack.push(formatValueOp(stack.pop()!, spec));
      break;
    }
    case Op.CONVERT_VALUE:
      stack.push(convertValue(stack.pop()!, oparg));
      break;
    case Op.BUILD_STRING:
      stack.push(buildString(stack.splice(stack.length - oparg, oparg) as PyObject[]));
      break;
    case Op.BUILD_INTERPOLATION: {
      const spec = oparg & 1 ? stack.pop()! : EMPTY_STR;
      const expression = stack.pop()!;
      const value = stack.pop()!;
      stack.push(newInterpolation(value, expression, oparg >> 2, spec));
      break;
    }
    case Op.BUILD_TEMPLATE: {
      const interpolations = stack.pop() as PyTuple;
      const strings = stack.pop() as PyTuple;
      stack.push(newTemplate(strings, interpolations));
      break;
    }
    case Op.END_SEND: {
      const v = stack.pop()!;
      stack.pop();
      stack.push(v);
      break;
    }
    case Op.CHECK_EG_MATCH: {
      const matchType = stack.pop()!;
      const [rest, match] = checkEgMatch(frame, stack.pop()!, matchType);
      if (match !== None) ts.handled = match;
      stack.push(rest, match);
      break;
    }
    case Op.WITH_EXCEPT_START: {
      // Stack: exit_func, self_or_null, lasti, prev_exc, exc.
      const exc = stack[stack.length - 1]!;
      const self = stack[stack.length - 4];
      const exitFn = stack[stack.length - 5]!;
      const tb = exc instanceof PyBaseException ? (exc.traceback ?? None) : None;
      const callArgs = [exc.type, exc, tb];
      if (self !== null) callArgs.unshift(self);
      stack.push(callObject(exitFn, callArgs));
      break;
    }
    case Op.LOAD_SPECIAL: {
      const owner = stack.pop()!;
      const name = ["__enter__", "__exit__", "__aenter__", "__aexit__"][oparg];
      const m = owner.type.lookup(name);
      if (m === undefined) {
        // Having the other protocol's pair of methods earns a hint to use the other statement.
        const other = oparg < 2 ? ["__aenter__", "__aexit__"] : ["__enter__", "__exit__"];
        const hint = other.every((n) => owner.type.lookup(n) !== undefined)
          ? oparg < 2
            ? " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?"
            : " but it supports the context manager protocol. Did you mean to use 'with'?"
          : "";
        throw typeError(
          `'${owner.type.name}' object does not support the ${oparg < 2 ? "" : "asynchronous "}context manager protocol (missed ${name} method)${hint}`,
        );
      }
      if (m instanceof PyFunctionClass || m instanceof PyMethodDescr) stack.push(m, owner);
      else stack.push(getAttr(owner, name), null);
      break;
    }
    case Op.IMPORT_NAME: {
      const fromlist = stack.pop()!;
      const level = stack.pop()!;
      frame.pc = pc;
      stack.push(ts.importName(frame, p.names[oparg], fromlist, Number((level as PyInt).value)));
      break;
    }
    case Op.IMPORT_FROM: {
      const mod = stack[stack.length - 1]!;
      stack.push(ts.importFrom(mod, p.names[oparg]));
      break;
    }
    case Op.GET_LEN:
      stack.push(newInt(len(stack[stack.length - 1]!)));
      break;
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS:
    case Op.MATCH_CLASS:
      ts.matchOp(op, oparg, stack);
      break;
    default:
      throw newError("SystemError", `Ophis's VM does not execute ${opName(op)} yet`);
  }
  return pc;
}
