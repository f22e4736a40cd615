// Argument checks for str and bytes methods, with the messages of CPython's Argument Clinic.
import { rangeArgs } from "../args.js";
import { newError, type PyObject, typeError } from "../core.js";
import { PyInt } from "../int.js";
import { index } from "../protocols.js";
import { None } from "../singletons.js";

/** METH_NOARGS: `owner.name() takes no arguments (n given)`. */
export function noArgs(owner: string, name: string, args: PyObject[], kw: readonly string[] | null): void {
  if (kw?.length) throw typeError(`${owner}.${name}() takes no keyword arguments`);
  if (args.length) throw typeError(`${owner}.${name}() takes no arguments (${args.length} given)`);
}

/** METH_O: exactly one positional argument. */
export function oneArg(
  owner: string,
  name: string,
  args: PyObject[],
  kw: readonly string[] | null,
): PyObject {
  if (kw?.length) throw typeError(`${owner}.${name}() takes no keyword arguments`);
  if (args.length !== 1)
    throw typeError(`${owner}.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Positional-only parameters, `min` to `max` of them. */
export function posArgs(
  name: string,
  args: PyObject[],
  kw: readonly string[] | null,
  min: number,
  max: number,
): PyObject[] {
  rangeArgs(name, args, kw, min, max);
  return args;
}

/** Parameters that may be given by keyword, `required` of them mandatory and positional. */
export function kwArgs(
  name: string,
  args: PyObject[],
  kw: readonly string[] | null,
  names: readonly string[],
  required = 0,
): (PyObject | undefined)[] {
  const npos = args.length - (kw?.length ?? 0);
  if (npos > names.length)
    throw typeError(
      `${name}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${npos} given)`,
    );
  const out: (PyObject | undefined)[] = args.slice(0, npos);
  for (let i = 0; i < (kw?.length ?? 0); i++) {
    const k = kw![i];
    const at = names.indexOf(k);
    if (at < 0) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    if (at < npos) throw typeError(`argument for ${name}() given by name ('${k}') and position (${at + 1})`);
    out[at] = args[npos + i];
  }
  let missing = false;
  for (let i = 0; i < required; i++) if (out[i] === undefined) missing = true;
  if (missing)
    throw typeError(
      `${name}() takes at least ${required} positional argument${required === 1 ? "" : "s"} (${npos} given)`,
    );
  return out;
}

/** An index-sized integer argument (a bigint does not fit a C ssize_t). */
export function sizeArg(o: PyObject): number {
  const v = index(o);
  if (typeof v === "bigint") throw newError("OverflowError", "Python int too large to convert to C ssize_t");
  return v;
}

/** A start/end argument of find and friends: None or an index (clamped for bigints). */
export function sliceArg(o: PyObject | undefined, dflt: number): number {
  if (o === undefined || o === None) return dflt;
  if (!(o instanceof PyInt) && o.type.lookup("__index__") === undefined)
    throw typeError("slice indices must be integers or None or have an __index__ method");
  const v = index(o);
  if (typeof v === "bigint") return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/** Clamps [start, end) against a length n as ADJUST_INDICES does. */
export function adjustIndices(start: number, end: number, n: number): [number, number] {
  let s = start;
  let e = end;
  if (e > n) e = n;
  else if (e < 0) {
    e += n;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += n;
    if (s < 0) s = 0;
  }
  return [s, e];
}
