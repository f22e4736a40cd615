// BaseExceptionGroup and ExceptionGroup (Objects/exceptions.c), and what except* needs: CHECK_EG_MATCH and PREP_RERAISE_STAR.
import {
  allocException,
  callObject,
  defineGetSets,
  defineMethods,
  E,
  getAttrOrUndefined,
  isCallable,
  iterate,
  None,
  newList,
  newStr,
  newTuple,
  PyBaseException,
  PyBaseExceptionGroup,
  PyBuiltinFunction,
  PyFunction,
  PyList,
  PyMethod,
  type PyObject,
  PyStaticMethod,
  PyStr,
  PyTuple,
  PyType,
  repr,
  setAttr,
  splitKeywords,
  truthy,
  typeError,
  valueError,
} from "@ophis/objects";
import type { Frame } from "./frame.js";

function group(o: PyObject): PyBaseExceptionGroup {
  return o as PyBaseExceptionGroup;
}

function isSequence(o: PyObject): boolean {
  if (o instanceof PyStr) return true;
  if (o instanceof PyList || o instanceof PyTuple) return true;
  return o.type.lookup("__getitem__") !== undefined && !(o.type.lookup("keys") !== undefined);
}

function groupNew(args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const type = args[0] as PyType;
  const { positional } = splitKeywords(args.slice(1), kwnames);
  if (kwnames?.length) throw typeError(`${type.name}() takes no keyword arguments`);
  if (positional.length !== 2)
    throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${positional.length} given)`);
  const [message, exceptions] = positional;
  if (!(message instanceof PyStr))
    throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${message.type.name}`);
  if (!isSequence(exceptions)) throw typeError("second argument (exceptions) must be a sequence");
  const excs = [...iterate(exceptions)];
  if (excs.length === 0) throw valueError("second argument (exceptions) must be a non-empty sequence");
  let nestedBase = false;
  excs.forEach((e, i) => {
    if (!(e instanceof PyBaseException))
      throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!e.type.isSubtype(E.Exception)) nestedBase = true;
  });
  let cls = type;
  if (cls === E.ExceptionGroup) {
    if (nestedBase) throw typeError("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (cls === E.BaseExceptionGroup) {
    if (!nestedBase) cls = E.ExceptionGroup;
  } else if (nestedBase && cls.isSubtype(E.Exception))
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  const eg = allocException(cls, positional) as PyBaseExceptionGroup;
  eg.msg = message;
  eg.excs = excs;
  return eg;
}

E.BaseExceptionGroup.setAttr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", groupNew)));

defineMethods(E.BaseExceptionGroup, {
  __init__: (self, args, kwnames) => {
    if (kwnames?.length) throw typeError(`${self.type.name}() takes no keyword arguments`);
    group(self).args = args;
    return None;
  },
  __str__: (self) => {
    const eg = group(self);
    const n = eg.excs.length;
    return newStr(`${(eg.msg as PyStr).value} (${n} sub-exception${n > 1 ? "s" : ""})`);
  },
  __repr__: (self) => {
    const eg = group(self);
    const given = eg.args[1];
    const excs = given instanceof PyList ? repr(newList([...eg.excs])) : repr(newTuple(eg.excs));
    return newStr(`${eg.type.name}(${repr(eg.msg)}, ${excs})`);
  },
  derive: (self, [excs]) => callObject(E.BaseExceptionGroup, [group(self).msg, excs]),
  split: (self, [matcher]) => {
    const m = makeMatcher(matcher);
    const r = splitRecursive(group(self), m, true);
    return newTuple([r.match ?? None, r.rest ?? None]);
  },
  subgroup: (self, [matcher]) => {
    const m = makeMatcher(matcher);
    return splitRecursive(group(self), m, false).match ?? None;
  },
});
defineGetSets(E.BaseExceptionGroup, {
  message: [(self) => group(self).msg],
  exceptions: [(self) => newTuple(group(self).excs)],
});

type Matcher = (e: PyBaseException) => boolean;

/** Whether `e` is matched by an except clause's type (or tuple of types). */
export function givenExceptionMatches(e: PyObject, match: PyObject): boolean {
  if (match instanceof PyTuple) return match.items.some((m) => givenExceptionMatches(e, m));
  return match instanceof PyType && e.type.isSubtype(match);
}

function isExceptionClass(o: PyObject): boolean {
  return o instanceof PyType && o.isSubtype(E.BaseException);
}

/** get_matcher_type: an exception type, a tuple of them, or a predicate (any callable that is not a class). */
function makeMatcher(value: PyObject): Matcher {
  const callable =
    value instanceof PyFunction ||
    value instanceof PyMethod ||
    value instanceof PyBuiltinFunction ||
    isCallable(value);
  if (callable && !(value instanceof PyType)) return (e) => truthy(callObject(value, [e]));
  if (isExceptionClass(value) || (value instanceof PyTuple && value.items.every(isExceptionClass)))
    return (e) => givenExceptionMatches(e, value);
  throw typeError(
    "expected an exception type, a tuple of exception types, or a callable (other than a class)",
  );
}

interface SplitResult {
  match: PyBaseException | null;
  rest: PyBaseException | null;
}

/** exceptiongroup_subset: a group of `excs` made by orig.derive(), carrying orig's traceback, chain and notes. */
function subset(orig: PyBaseExceptionGroup, excs: PyBaseException[]): PyBaseException | null {
  if (excs.length === 0) return null;
  const eg = callObject(getAttrOrUndefined(orig, "derive")!, [newList(excs)]);
  if (!(eg instanceof PyBaseExceptionGroup))
    throw typeError("derive must return an instance of BaseExceptionGroup");
  eg.traceback = orig.traceback;
  eg.context = orig.context;
  eg.cause = orig.cause;
  eg.suppressContext = true;
  const notes = getAttrOrUndefined(orig, "__notes__");
  if (notes !== undefined && (notes instanceof PyList || notes instanceof PyTuple))
    setAttr(eg, "__notes__", newList([...notes.items]));
  return eg;
}

/** exceptiongroup_split_recursive: the matching leaves (and the rest) of `exc`, keeping the nesting. */
function splitRecursive(exc: PyBaseException, matcher: Matcher, withRest: boolean): SplitResult {
  if (matcher(exc)) return { match: exc, rest: null };
  if (!(exc instanceof PyBaseExceptionGroup)) return { match: null, rest: withRest ? exc : null };
  const matches: PyBaseException[] = [];
  const rests: PyBaseException[] = [];
  for (const sub of exc.excs) {
    const r = splitRecursive(sub as PyBaseException, matcher, withRest);
    if (r.match) matches.push(r.match);
    if (r.rest) rests.push(r.rest);
  }
  return { match: subset(exc, matches), rest: withRest ? subset(exc, rests) : null };
}

/** _PyEval_CheckExceptStarTypeValid: the except* clause's type must be exceptions, and not groups. */
function checkExceptStarType(match: PyObject): void {
  const items = match instanceof PyTuple ? match.items : [match];
  for (const t of items)
    if (!isExceptionClass(t))
      throw typeError("catching classes that do not inherit from BaseException is not allowed");
  for (const t of items)
    if ((t as PyType).isSubtype(E.BaseExceptionGroup))
      throw typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
}

/**
 * CHECK_EG_MATCH: splits the exception being handled by an except* clause's type into [rest, match]. A naked
 * exception that matches is wrapped in an ExceptionGroup whose traceback is the current frame.
 */
export function checkEgMatch(frame: Frame, exc: PyObject, matchType: PyObject): [PyObject, PyObject] {
  checkExceptStarType(matchType);
  if (exc === None) return [None, None];
  if (givenExceptionMatches(exc, matchType)) {
    if (exc instanceof PyBaseExceptionGroup) return [None, exc];
    const wrapped = callObject(E.BaseExceptionGroup, [newStr(""), newTuple([exc])]) as PyBaseException;
    wrapped.addTraceback(frame, frame.lasti);
    return [None, wrapped];
  }
  if (exc instanceof PyBaseExceptionGroup) {
    const pair = callObject(getAttrOrUndefined(exc, "split")!, [matchType]) as PyTuple;
    return [pair.items[1], pair.items[0]];
  }
  return [exc, None];
}

function leafIds(e: PyObject, out: Set<PyObject>): void {
  if (e === None) return;
  if (e instanceof PyBaseExceptionGroup) for (const sub of e.excs) leafIds(sub, out);
  else out.add(e);
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  const notesA = getAttrOrUndefined(a, "__notes__");
  const notesB = getAttrOrUndefined(b, "__notes__");
  return notesA === notesB && a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/**
 * PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): what leaves a try-except* statement. `excs` lists what each clause
 * raised or re-raised; re-raised parts are projected back onto the original group's structure.
 */
export function prepReraiseStar(orig: PyObject, excs: PyObject): PyObject {
  const items = (excs as PyList).items;
  if (items.length === 0) return None;
  if (!(orig instanceof PyBaseExceptionGroup)) return items[0];
  const raised: PyBaseException[] = [];
  const reraised: PyBaseException[] = [];
  for (const e of items) {
    if (e === None) continue;
    const x = e as PyBaseException;
    (sameMetadata(x, orig) ? reraised : raised).push(x);
  }
  const keep = new Set<PyObject>();
  for (const e of reraised) leafIds(e, keep);
  const projected = splitRecursive(
    orig,
    (e) => !(e instanceof PyBaseExceptionGroup) && keep.has(e),
    false,
  ).match;
  if (raised.length === 0) return projected ?? None;
  if (projected) raised.push(projected);
  if (raised.length > 1) return callObject(E.BaseExceptionGroup, [newStr(""), newList(raised)]);
  return raised[0];
}
