// Binding call arguments to a function's parameters (CPython's initialize_locals), with CPython's messages.
import { CO } from "@ophis/bytecode";
import { newTuple, PyDict, type PyFunction, type PyObject, typeError } from "@ophis/objects";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/** Fills `locals` (the start of localsplus) from positional args and keyword args named by kwnames. */
export function bindArguments(
  fn: PyFunction,
  locals: (PyObject | null)[],
  args: readonly PyObject[],
  kwnames: readonly string[] | null,
): void {
  const code = fn.code.code;
  const argcount = code.co_argcount;
  const kwonly = code.co_kwonlyargcount;
  const posonly = code.co_posonlyargcount;
  const names = code.co_localsplusnames;
  const hasVarargs = (code.co_flags & CO.VARARGS) !== 0;
  const hasVarkw = (code.co_flags & CO.VARKEYWORDS) !== 0;
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const total = argcount + kwonly;
  const name = fn.qualname;

  let kwdict: PyDict | null = null;
  if (hasVarkw) {
    kwdict = new PyDict();
    locals[total + (hasVarargs ? 1 : 0)] = kwdict;
  }
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) locals[i] = args[i];
  if (hasVarargs) locals[total] = newTuple(args.slice(argcount, Math.max(argcount, npos)));
  else if (npos > argcount) {
    const defaults = fn.defaults?.length ?? 0;
    let kwGiven = 0;
    for (let i = 0; i < nkw; i++) {
      const k = names.indexOf(kwnames![i]);
      if (k >= argcount && k < total) kwGiven++;
    }
    const takes =
      defaults > 0
        ? `from ${argcount - defaults} to ${argcount} positional arguments`
        : `${plural(argcount, "positional argument")}`;
    const given = kwGiven
      ? `${plural(npos, "positional argument")} (and ${plural(kwGiven, "keyword-only argument")}) were given`
      : `${npos} ${npos === 1 ? "was" : "were"} given`;
    throw typeError(`${name}() takes ${takes} but ${given}`);
  }

  const posonlyPassedByName: string[] = [];
  for (let i = 0; i < nkw; i++) {
    const key = kwnames![i];
    const value = args[npos + i];
    let k = -1;
    for (let j = posonly; j < total; j++)
      if (names[j] === key) {
        k = j;
        break;
      }
    if (k < 0) {
      if (kwdict) {
        kwdict.setStr(key, value);
        continue;
      }
      if (names.slice(0, posonly).includes(key)) {
        posonlyPassedByName.push(key);
        continue;
      }
      throw typeError(`${name}() got an unexpected keyword argument '${key}'`);
    }
    if (locals[k] !== null) throw typeError(`${name}() got multiple values for argument '${key}'`);
    locals[k] = value;
  }
  if (posonlyPassedByName.length)
    throw typeError(
      `${name}() got some positional-only arguments passed as keyword arguments: '${posonlyPassedByName.join(", ")}'`,
    );

  if (npos < argcount) {
    const defaults = fn.defaults ?? [];
    const firstDefault = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (locals[i] !== null) continue;
      if (i >= firstDefault) locals[i] = defaults[i - firstDefault];
      else missing.push(names[i]);
    }
    if (missing.length)
      throw typeError(
        `${name}() missing ${plural(missing.length, "required positional argument")}: ${quoteList(missing)}`,
      );
  }
  if (kwonly) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (locals[i] !== null) continue;
      const d = fn.kwdefaults?.getStr(names[i]);
      if (d !== undefined) locals[i] = d;
      else missing.push(names[i]);
    }
    if (missing.length)
      throw typeError(
        `${name}() missing ${plural(missing.length, "required keyword-only argument")}: ${quoteList(missing)}`,
      );
  }
}
