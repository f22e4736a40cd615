// Relative import names: the package a module's globals belong to, and `level` dots resolved against it.
import { None, newError, PyDict, type PyObject, PyStr, typeError } from "@ophis/objects";

/** import.c's resolve_name: the absolute name for `from <level dots><name> import ...` run with `globals`. */
export function resolveRelative(name: string, globals: PyObject | null, level: number): string {
  if (!(globals instanceof PyDict)) throw newError("KeyError", "'__name__' not in globals");
  let pkg = globals.getStr("__package__");
  const spec = globals.getStr("__spec__");
  let packageName: string;
  if (pkg !== undefined && pkg !== None) {
    if (!(pkg instanceof PyStr)) throw typeError("package must be a string");
    packageName = pkg.value;
  } else if (spec !== undefined && spec !== None) {
    pkg = spec.dict?.getStr("parent");
    if (!(pkg instanceof PyStr)) throw typeError("__spec__.parent must be a string");
    packageName = pkg.value;
  } else {
    const modName = globals.getStr("__name__");
    if (modName === undefined) throw newError("KeyError", "'__name__' not in globals");
    if (!(modName instanceof PyStr)) throw typeError("__name__ must be a string");
    packageName = modName.value;
    if (globals.getStr("__path__") === undefined)
      packageName = packageName.slice(0, Math.max(0, packageName.lastIndexOf(".")));
  }
  if (packageName === "")
    throw newError("ImportError", "attempted relative import with no known parent package");
  let base = packageName;
  for (let i = 1; i < level; i++) {
    const dot = base.lastIndexOf(".");
    if (dot < 0) throw newError("ImportError", "attempted relative import beyond top-level package");
    base = base.slice(0, dot);
  }
  return name ? `${base}.${name}` : base;
}
