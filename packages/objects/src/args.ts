// Argument checks for native functions, with CPython's messages.
import type { PyObject } from "./core.js";
import { typeError } from "./core.js";

/** For functions that take no keyword arguments ("f() takes no keyword arguments"). */
export function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames?.length) throw typeError(`${name}() takes no keyword arguments`);
}

/** Exactly n positional arguments, in the Argument Clinic wording. */
export function exactArgs(
  name: string,
  args: PyObject[],
  kwnames: readonly string[] | null,
  n: number,
): void {
  noKeywords(name, kwnames);
  if (args.length !== n) {
    if (n === 0) throw typeError(`${name}() takes no arguments (${args.length} given)`);
    if (n === 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
    throw typeError(`${name} expected ${n} arguments, got ${args.length}`);
  }
}

/** Between min and max positional arguments. */
export function rangeArgs(
  name: string,
  args: PyObject[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
): void {
  noKeywords(name, kwnames);
  if (args.length < min)
    throw typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
  if (args.length > max)
    throw typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`);
}

/** Splits vectorcall arguments into positional ones and a keyword map. */
export function splitKeywords(
  args: PyObject[],
  kwnames: readonly string[] | null,
): { positional: PyObject[]; keywords: Map<string, PyObject> } {
  const keywords = new Map<string, PyObject>();
  if (!kwnames || kwnames.length === 0) return { positional: args, keywords };
  const n = args.length - kwnames.length;
  for (let i = 0; i < kwnames.length; i++) keywords.set(kwnames[i], args[n + i]);
  return { positional: args.slice(0, n), keywords };
}
