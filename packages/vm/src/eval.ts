// The eval loop: CPython 3.14 bytecode on an explicit frame stack (Python-to-Python calls never recurse in JS).
import { CO, Op } from "@ophis/bytecode";
import {
  BINARY_OPERATORS,
  binaryOp,
  callObject,
  contains,
  E,
  False,
  getAttr,
  getAttrOrUndefined,
  getItem,
  getIter,
  inplaceOp,
  intAdd,
  intSub,
  isBaseException,
  iterate,
  iterNext,
  None,
  newError,
  newInt,
  newList,
  newStr,
  newTuple,
  PyBaseException,
  type PyCell,
  PyDict,
  PyFunction,
  PyInt,
  PyList,
  type PyMethod,
  PyMethodDescr,
  type PyNameError,
  PyNativeIterator,
  type PyObject,
  PyStr,
  PyTuple,
  PyType,
  pyBool,
  richCompare,
  setItem,
  T,
  True,
  truthy,
  typeError,
} from "@ophis/objects";
import { bindArguments } from "./arguments.js";
import { endAsyncFor } from "./async-generators.js";
import { AttrSite, loadAttr, loadMethod, storeAttr } from "./attr-cache.js";
import { allocatePlain, initResult, plainInit } from "./class-calls.js";
import { asPyException } from "./errors.js";
import { givenExceptionMatches } from "./exception-groups.js";
import { fastBinary, fastCompare, fastStoreSubscript, fastTruth } from "./fast-paths.js";
import { Frame, type Prepared, prepare } from "./frame.js";
import { iterSend, makeGenerator } from "./generators.js";
import { cachedGlobal, GlobalSite } from "./global-cache.js";
import { rareOp } from "./rare-ops.js";
import type { ThreadState } from "./thread.js";
import { handledBefore, noteRaised, unwind } from "./unwind.js";

const COMPARE = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

/** A frame for calling `fn` with these arguments (arguments bound, cells made later by MAKE_CELL). */
export function frameForCall(
  fn: PyFunction,
  args: readonly PyObject[],
  kwnames: readonly string[] | null,
  locals: PyObject | null = null,
): Frame {
  const prepared = prepare(fn.code);
  const frame = new Frame(prepared, fn.code, fn.globals, fn.builtins, locals, fn);
  const code = fn.code.code;
  if (
    kwnames === null &&
    args.length === code.co_argcount &&
    (code.co_flags & SIMPLE_SIGNATURE_EXCLUDES) === 0 &&
    code.co_kwonlyargcount === 0
  ) {
    const lp = frame.localsplus;
    for (let i = 0; i < args.length; i++) lp[i] = args[i];
  } else bindArguments(fn, frame.localsplus, args, kwnames);
  return frame;
}

export function nameError(name: string): PyObject {
  const e = newError("NameError", `name '${name}' is not defined`);
  (e as PyNameError).name = newStr(name);
  return e;
}

export function unboundLocal(name: string): PyObject {
  return newError(
    "UnboundLocalError",
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
}

export function loadGlobal(frame: Frame, name: string): PyObject {
  const v = frame.globals.getStr(name) ?? frame.builtins.getStr(name);
  if (v === undefined) throw nameError(name);
  return v;
}

/** The n items of `seq` for UNPACK_SEQUENCE: a tuple's or list's own array (read at once, never kept). */
function unpack(seq: PyObject, n: number): readonly PyObject[] {
  let items: readonly PyObject[];
  if (seq instanceof PyTuple || seq instanceof PyList) items = seq.items;
  else {
    const it = getIterForUnpack(seq);
    const out: PyObject[] = [];
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) break;
      out.push(v);
      if (out.length > n) throw newError("ValueError", `too many values to unpack (expected ${n})`);
    }
    items = out;
  }
  if (items.length < n)
    throw newError("ValueError", `not enough values to unpack (expected ${n}, got ${items.length})`);
  if (items.length > n)
    throw newError(
      "ValueError",
      seq instanceof PyTuple || seq instanceof PyList
        ? `too many values to unpack (expected ${n}, got ${items.length})`
        : `too many values to unpack (expected ${n})`,
    );
  return items;
}

function getIterForUnpack(seq: PyObject): PyObject {
  try {
    return getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.type === E.TypeError)
      throw typeError(`cannot unpack non-iterable ${seq.type.name} object`);
    throw e;
  }
}

function exceptionMatches(exc: PyObject, match: PyObject): boolean {
  // Every entry of a tuple is checked before any is matched, as _PyEval_CheckExceptTypeValid does.
  for (const m of match instanceof PyTuple ? match.items : [match])
    if (!(m instanceof PyType) || !m.isSubtype(E.BaseException))
      throw typeError("catching classes that do not inherit from BaseException is not allowed");
  return givenExceptionMatches(exc, match);
}

/** The exception object `raise X` raises: an instance, or a class called with no arguments. */
export function exceptionFrom(
  x: PyObject,
  what = "exceptions must derive from BaseException",
): PyBaseException {
  if (x instanceof PyBaseException) return x;
  if (x instanceof PyType && x.isSubtype(E.BaseException)) {
    const e = callObject(x, []);
    if (!(e instanceof PyBaseException))
      throw typeError(
        `calling ${x.name} should have returned an instance of BaseException, not ${e.type.name}`,
      );
    return e;
  }
  throw typeError(what);
}

/**
 * Runs `entry` (and every Python frame it calls) until it returns or yields; returns the value. A generator
 * frame that yields sets `entry.suspended`.
 */
export function run(ts: ThreadState, entry: Frame, pending: PyBaseException | null = null): PyObject {
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw newError("RecursionError", "maximum recursion depth exceeded");
  }
  entry.back = ts.frame;
  ts.frame = entry;
  let frame = entry;
  let p = frame.prepared;
  let ops = p.ops;
  let args = p.args;
  let nexts = p.next;
  let stack = frame.stack;
  let locals = frame.localsplus;
  let pc = frame.pc;
  let reraise = pending !== null;
  /** Where to search the exception table when it is not frame.lasti (RERAISE restores lasti). */
  let unwindFrom = -1;
  let thrown: unknown = pending;
  for (;;) {
    try {
      if (thrown !== null) {
        const t = thrown;
        thrown = null;
        throw t;
      }
      for (;;) {
        const op = ops[pc];
        const oparg = args[pc];
        frame.lasti = pc;
        pc = nexts[pc];
        switch (op) {
          case Op.NOP:
          case Op.NOT_TAKEN:
          case Op.EXTENDED_ARG:
          case Op.CACHE:
            break;
          case Op.RESUME:
            if (ts.breaker) ts.checkBreaker();
            break;
          case Op.POP_TOP:
            stack.pop();
            break;
          case Op.PUSH_NULL:
            stack.push(null);
            break;
          case Op.LOAD_CONST:
            stack.push(p.consts[oparg]);
            break;
          case Op.LOAD_SMALL_INT:
            stack.push(newInt(oparg));
            break;
          case Op.LOAD_FAST:
          case Op.LOAD_FAST_BORROW:
          case Op.LOAD_FAST_CHECK: {
            const v = locals[oparg];
            if (v === null) throw unboundLocal(frame.code.co_localsplusnames[oparg]);
            stack.push(v);
            break;
          }
          case Op.LOAD_FAST_LOAD_FAST:
          case Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW: {
            const a = locals[oparg >> 4];
            const b = locals[oparg & 15];
            if (a === null) throw unboundLocal(frame.code.co_localsplusnames[oparg >> 4]);
            if (b === null) throw unboundLocal(frame.code.co_localsplusnames[oparg & 15]);
            stack.push(a, b);
            break;
          }
          case Op.STORE_FAST:
            locals[oparg] = stack.pop()!;
            break;
          case Op.STORE_FAST_STORE_FAST:
            locals[oparg >> 4] = stack.pop()!;
            locals[oparg & 15] = stack.pop()!;
            break;
          case Op.LOAD_DEREF: {
            const v = (locals[oparg] as PyCell).contents;
            if (v === null) throw freeVarError(frame, oparg);
            stack.push(v);
            break;
          }
          case Op.STORE_DEREF:
            (locals[oparg] as PyCell).contents = stack.pop()!;
            break;
          case Op.LOAD_NAME: {
            const name = p.names[oparg];
            const ns = frame.locals;
            let v: PyObject | undefined;
            // Module-level code (locals are the globals, a plain dict) looks names up as LOAD_GLOBAL does.
            if (ns === frame.globals && ns.type === T.dict) v = globalAt(p, frame, name);
            else if (ns instanceof PyDict && ns.type === T.dict) v = ns.getStr(name);
            else if (ns) {
              try {
                v = getItem(ns, newStr(name));
              } catch (e) {
                if (!(e instanceof PyBaseException && e.type.isSubtype(E.KeyError))) throw e;
              }
            }
            stack.push(v ?? loadGlobal(frame, name));
            break;
          }
          case Op.STORE_NAME: {
            const ns = frame.locals;
            const v = stack.pop()!;
            if (ns instanceof PyDict && ns.type === T.dict) ns.setStr(p.names[oparg], v);
            else if (ns) setItem(ns, newStr(p.names[oparg]), v);
            else throw newError("SystemError", `no locals found when storing '${p.names[oparg]}'`);
            break;
          }
          case Op.LOAD_GLOBAL:
            stack.push(globalAt(p, frame, p.names[oparg >> 1]));
            if (oparg & 1) stack.push(null);
            break;
          case Op.LOAD_ATTR: {
            const owner = stack.pop()!;
            const name = p.names[oparg >> 1];
            const site = p.sites[frame.lasti] ?? newSite(p, frame.lasti);
            if (oparg & 1) loadMethod(site, stack, owner, name);
            else stack.push(loadAttr(site, owner, name));
            break;
          }
          case Op.STORE_ATTR: {
            const owner = stack.pop()!;
            const v = stack.pop()!;
            storeAttr(p.sites[frame.lasti] ?? newSite(p, frame.lasti), owner, p.names[oparg], v);
            break;
          }
          case Op.BINARY_OP: {
            const b = stack.pop()!;
            const a = stack.pop()!;
            stack.push(fastBinary(a, b, oparg) ?? binary(a, b, oparg));
            break;
          }
          case Op.STORE_SUBSCR: {
            const key = stack.pop()!;
            const container = stack.pop()!;
            const v = stack.pop()!;
            if (!fastStoreSubscript(container, key, v)) setItem(container, key, v);
            break;
          }
          case Op.COMPARE_OP: {
            const b = stack.pop()!;
            const a = stack.pop()!;
            const r = fastCompare(a, b, oparg >> 5) ?? compare(a, b, COMPARE[oparg >> 5]);
            stack.push(oparg & 16 && r !== True && r !== False ? pyBool(truthy(r)) : r);
            break;
          }
          case Op.IS_OP: {
            const b = stack.pop()!;
            const a = stack.pop()!;
            stack.push(pyBool((a === b) !== (oparg === 1)));
            break;
          }
          case Op.CONTAINS_OP: {
            const b = stack.pop()!;
            const a = stack.pop()!;
            stack.push(pyBool(contains(b, a) !== (oparg === 1)));
            break;
          }
          case Op.UNARY_NOT:
            stack.push(stack.pop() === True ? False : True);
            break;
          case Op.TO_BOOL: {
            const v = stack.pop()!;
            stack.push(v === True || v === False ? v : pyBool(fastTruth(v) ?? truthy(v)));
            break;
          }
          case Op.POP_JUMP_IF_FALSE:
            if (stack.pop() === False) pc += oparg;
            break;
          case Op.POP_JUMP_IF_TRUE:
            if (stack.pop() === True) pc += oparg;
            break;
          case Op.POP_JUMP_IF_NONE:
            if (stack.pop() === None) pc += oparg;
            break;
          case Op.POP_JUMP_IF_NOT_NONE:
            if (stack.pop() !== None) pc += oparg;
            break;
          case Op.JUMP_FORWARD:
            pc += oparg;
            break;
          case Op.JUMP_BACKWARD:
            pc -= oparg;
            if (ts.breaker) {
              frame.pc = pc;
              ts.checkBreaker();
            }
            break;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            pc -= oparg;
            break;
          case Op.GET_ITER:
            stack.push(getIter(stack.pop()!));
            break;
          case Op.FOR_ITER: {
            const it = stack[stack.length - 1]!;
            const v = it instanceof PyNativeIterator && !it.type.heap ? it.step() : iterNext(it);
            if (v === undefined) pc += oparg + 1;
            else stack.push(v);
            break;
          }
          case Op.END_FOR:
          case Op.POP_ITER:
            stack.pop();
            break;
          case Op.BUILD_TUPLE:
            stack.push(newTuple(stack.splice(stack.length - oparg, oparg) as PyObject[]));
            break;
          case Op.BUILD_LIST:
            stack.push(newList(stack.splice(stack.length - oparg, oparg) as PyObject[]));
            break;
          case Op.LIST_APPEND: {
            const v = stack.pop()!;
            (stack[stack.length - oparg] as PyList).items.push(v);
            break;
          }
          case Op.UNPACK_SEQUENCE: {
            const items = unpack(stack.pop()!, oparg);
            for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
            break;
          }
          case Op.COPY:
            stack.push(stack[stack.length - oparg]);
            break;
          case Op.SWAP: {
            const top = stack.length - 1;
            const other = stack.length - oparg;
            const t = stack[top];
            stack[top] = stack[other];
            stack[other] = t;
            break;
          }
          case Op.CALL:
          case Op.CALL_KW: {
            const kwnames =
              op === Op.CALL_KW ? (stack.pop() as PyTuple).items.map((k) => (k as PyStr).value) : null;
            const base = stack.length - oparg - 2;
            let callable = stack[base]!;
            let self = stack[base + 1];
            // Type checks rather than instanceof: a bound method and a function have exactly these types.
            if (self === null && callable.type === T.method) {
              self = (callable as PyMethod).self;
              callable = (callable as PyMethod).func;
            }
            let callee: Frame | null = null;
            if (
              callable.type === T.function &&
              !((callable as PyFunction).code.code.co_flags & GENERATOR_FLAGS)
            ) {
              if (ts.depth >= ts.recursionLimit)
                throw newError("RecursionError", "maximum recursion depth exceeded");
              callee = exactCall(callable as PyFunction, stack, base + 2, oparg, self, kwnames);
            } else if (callable instanceof PyType && self === null) {
              const init = plainInit(callable);
              if (init !== null) {
                if (ts.depth >= ts.recursionLimit)
                  throw newError("RecursionError", "maximum recursion depth exceeded");
                const instance = allocatePlain(callable);
                callee = exactCall(init, stack, base + 2, oparg, instance, kwnames);
                callee.initSelf = instance;
              }
            }
            if (callee !== null) {
              dropTo(stack, base);
              ts.depth++;
              frame.pc = pc;
              callee.back = frame;
              ts.frame = frame = callee;
              p = frame.prepared;
              ops = p.ops;
              args = p.args;
              nexts = p.next;
              stack = frame.stack;
              locals = frame.localsplus;
              pc = 0;
              break;
            }
            const callArgs = stack.slice(base + 2) as PyObject[];
            dropTo(stack, base);
            frame.pc = pc;
            // A method of a builtin type loaded with its instance needs no bound-method object.
            if (self !== null && callable instanceof PyMethodDescr)
              stack.push(callable.fn(self, callArgs, kwnames));
            else {
              if (self !== null) callArgs.unshift(self);
              stack.push(callObject(callable, callArgs, kwnames));
            }
            break;
          }
          case Op.RETURN_VALUE: {
            const v = stack.pop()!;
            ts.depth--;
            const done = frame;
            ts.frame = frame = done.back!;
            if (done === entry) {
              done.back = null;
              return v;
            }
            p = frame.prepared;
            ops = p.ops;
            args = p.args;
            nexts = p.next;
            stack = frame.stack;
            locals = frame.localsplus;
            pc = frame.pc;
            stack.push(done.initSelf === null ? v : initResult(done, v));
            break;
          }
          case Op.RETURN_GENERATOR: {
            // Only reached for generator frames run through frameForCall + makeGenerator (see callFunction).
            frame.pc = pc;
            const gen = makeGenerator(frame);
            ts.depth--;
            const done = frame;
            ts.frame = frame = done.back!;
            done.back = null;
            if (done === entry) return gen;
            throw newError("SystemError", "generator frame called inline");
          }
          case Op.YIELD_VALUE: {
            const v = stack.pop()!;
            frame.pc = pc;
            frame.suspended = true;
            ts.depth--;
            ts.frame = frame.back;
            frame.back = null;
            return v;
          }
          case Op.SEND: {
            const v = stack.pop()!;
            const receiver = stack[stack.length - 1]!;
            frame.pc = pc;
            const r = iterSend(receiver, v);
            if (r.done) {
              stack.push(r.value);
              pc += oparg;
            } else stack.push(r.value);
            break;
          }
          case Op.CLEANUP_THROW: {
            const exc = stack.pop() as PyBaseException;
            stack.pop();
            stack.pop();
            if (exc.type.isSubtype(E.StopIteration)) {
              stack.push(None);
              stack.push(exc.args[0] ?? None);
            } else {
              reraise = true;
              throw exc;
            }
            break;
          }
          case Op.RAISE_VARARGS: {
            if (oparg === 0) {
              const current = ts.handled;
              if (current === None || current === null)
                throw newError("RuntimeError", "No active exception to reraise");
              reraise = true;
              throw current;
            }
            const cause = oparg === 2 ? stack.pop()! : undefined;
            const exc = exceptionFrom(stack.pop()!);
            if (cause !== undefined) {
              if (cause === None) exc.cause = null;
              else exc.cause = exceptionFrom(cause, "exception causes must derive from BaseException");
              exc.suppressContext = true;
            }
            if (!handledBefore(frame, entry)) throw exc;
            // What the catch below would do, without the cost of a JS throw.
            noteRaised(ts, frame, exc);
            frame = unwind(ts, entry, frame, exc, -1)!;
            p = frame.prepared;
            ops = p.ops;
            args = p.args;
            nexts = p.next;
            stack = frame.stack;
            locals = frame.localsplus;
            pc = frame.pc;
            break;
          }
          case Op.RERAISE: {
            const exc = stack.pop()!;
            // The handler is looked up from RERAISE itself; the restored lasti is what a handler pushes.
            unwindFrom = frame.lasti;
            if (oparg) frame.lasti = Number((stack[stack.length - 1] as PyInt).value) >> 1;
            reraise = true;
            throw exc;
          }
          case Op.END_ASYNC_FOR: {
            // StopAsyncIteration ends an `async for`; anything else goes on as it was raised (no new entry).
            const exc = endAsyncFor(stack);
            if (exc === null) break;
            reraise = true;
            throw exc;
          }
          case Op.PUSH_EXC_INFO: {
            const exc = stack.pop()!;
            stack.push(ts.handled ?? None, exc);
            ts.handled = exc;
            break;
          }
          case Op.POP_EXCEPT: {
            const prev = stack.pop()!;
            ts.handled = prev === None ? null : prev;
            break;
          }
          case Op.CHECK_EXC_MATCH: {
            const match = stack.pop()!;
            const exc = stack[stack.length - 1]!;
            stack.push(pyBool(exceptionMatches(exc, match)));
            break;
          }
          default:
            // Less frequent instructions live in rare-ops.ts so this loop stays small enough for V8 to optimize.
            frame.pc = pc;
            pc = rareOp(ts, frame, op, oparg, pc);
        }
      }
    } catch (raw) {
      const exc = asPyException(raw);
      if (!reraise) noteRaised(ts, frame, exc);
      reraise = false;
      const handling = unwind(ts, entry, frame, exc, unwindFrom);
      unwindFrom = -1;
      if (handling === null) throw exc;
      frame = handling;
      p = frame.prepared;
      ops = p.ops;
      args = p.args;
      nexts = p.next;
      stack = frame.stack;
      locals = frame.localsplus;
      pc = frame.pc;
    }
  }
}

const GENERATOR_FLAGS = CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR;
const SIMPLE_SIGNATURE_EXCLUDES = CO.VARARGS | CO.VARKEYWORDS;

/**
 * The callee's frame for CALL: positional arguments copied straight from the caller's stack when they match the
 * parameters exactly (the common case, as CPython's CALL_PY_EXACT_ARGS), else the general binding.
 */
function exactCall(
  fn: PyFunction,
  stack: (PyObject | null)[],
  first: number,
  nargs: number,
  self: PyObject | null,
  kwnames: readonly string[] | null,
): Frame {
  const code = fn.code.code;
  const total = nargs + (self === null ? 0 : 1);
  if (
    kwnames === null &&
    (code.co_flags & SIMPLE_SIGNATURE_EXCLUDES) === 0 &&
    code.co_kwonlyargcount === 0 &&
    total === code.co_argcount
  ) {
    const frame = new Frame(prepare(fn.code), fn.code, fn.globals, fn.builtins, null, fn);
    const lp = frame.localsplus;
    let k = 0;
    if (self !== null) lp[k++] = self;
    for (let i = 0; i < nargs; i++) lp[k++] = stack[first + i];
    return frame;
  }
  const callArgs = stack.slice(first, first + nargs) as PyObject[];
  if (self !== null) callArgs.unshift(self);
  return frameForCall(fn, callArgs, kwnames);
}

/** Pops the stack down to `depth` items (pops are inlined where setting length is a runtime call). */
function dropTo(stack: (PyObject | null)[], depth: number): void {
  while (stack.length > depth) stack.pop();
}

/** LOAD_GLOBAL through the instruction's cache. */
function globalAt(p: Prepared, frame: Frame, name: string): PyObject {
  const at = frame.lasti;
  let site = p.globalSites[at];
  if (site === null) site = p.globalSites[at] = new GlobalSite();
  const v = cachedGlobal(site, frame.globals, frame.builtins, name);
  if (v === undefined) throw nameError(name);
  return v;
}

function newSite(p: Prepared, at: number): AttrSite {
  const site = new AttrSite();
  p.sites[at] = site;
  return site;
}

export function freeVarError(frame: Frame, i: number): PyObject {
  const name = frame.code.co_localsplusnames[i];
  const kinds = frame.code.co_localspluskinds[i];
  if (kinds & 0x80)
    return newError(
      "NameError",
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
    );
  return unboundLocal(name);
}

export function raiseNameError(name: string): never {
  throw newError("NameError", `${name} not found`);
}

export function raiseLocals(): never {
  throw newError("SystemError", "no locals found");
}

export function commonConstant(i: number, frame: Frame): PyObject {
  const names = ["AssertionError", "NotImplementedError", "tuple", "all", "any"];
  const name = names[i];
  return frame.builtins.getStr(name) ?? E[name];
}

function binary(a: PyObject, b: PyObject, oparg: number): PyObject {
  if (oparg === 26) return getItem(a, b);
  if (
    a instanceof PyInt &&
    b instanceof PyInt &&
    a.type === b.type &&
    typeof a.value === "number" &&
    typeof b.value === "number"
  ) {
    if (oparg === 0 || oparg === 13) return intAdd(a.value, b.value);
    if (oparg === 10 || oparg === 23) return intSub(a.value, b.value);
  }
  if (oparg >= 13) return inplaceOp(a, b, BINARY_OPERATORS[oparg - 13]);
  return binaryOp(a, b, BINARY_OPERATORS[oparg]);
}

function compare(a: PyObject, b: PyObject, op: string): PyObject {
  return richCompare(a, b, op);
}

export function mergeInto(target: PyDict, v: PyObject, merge: boolean, callable: PyObject | null): void {
  if (!(v instanceof PyDict)) {
    const keys = v.type.lookup("keys");
    if (keys === undefined) {
      if (merge)
        throw typeError(`${callableName(callable)} argument after ** must be a mapping, not ${v.type.name}`);
      throw typeError(`'${v.type.name}' object is not a mapping`);
    }
    for (const k of iterate(callObject(getAttr(v, "keys"), []))) {
      if (merge && target.get(k) !== undefined)
        throw typeError(
          `${callableName(callable)} got multiple values for keyword argument '${(k as PyStr).value}'`,
        );
      target.set(k, getItem(v, k));
    }
    return;
  }
  for (const e of v.entries()) {
    if (merge && target.get(e.key) !== undefined)
      throw typeError(
        `${callableName(callable)} got multiple values for keyword argument '${(e.key as PyStr).value}'`,
      );
    target.set(e.key, e.value);
  }
}

/** `f(*x)` where x is not a tuple: its items, or CPython's TypeError when it is not iterable. */
export function starArgs(callable: PyObject, v: PyObject): PyObject[] {
  if (v.type.lookup("__iter__") === undefined && v.type.lookup("__getitem__") === undefined)
    throw typeError(`${callableName(callable)} argument after * must be an iterable, not ${v.type.name}`);
  return [...iterate(v)];
}

/** _PyObject_FunctionStr: how call errors name the callee ("module.qualname()" for Python functions). */
function callableName(c: PyObject | null): string {
  if (c instanceof PyFunction) {
    const mod = c.module instanceof PyStr ? c.module.value : null;
    return mod && mod !== "builtins" ? `${mod}.${c.qualname}()` : `${c.qualname}()`;
  }
  if (c instanceof PyType) return `${c.name}()`;
  return c ? `${c.type.name} object` : "function";
}

export function opName(op: number): string {
  for (const [k, v] of Object.entries(Op)) if (v === op) return k;
  return String(op);
}

export { getAttrOrUndefined, isBaseException, PyBaseException };
