// LOAD_GLOBAL's inline cache (CPython's LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN): the dict entry that holds the
// name, reused while neither the globals nor the builtins have gained or lost a key since it was found.
import type { Entry, PyDict, PyObject } from "@ophis/objects";

/** One LOAD_GLOBAL instruction's cache (the Prepared code's `globalSites`, by code unit). */
export class GlobalSite {
  globals: PyDict | null = null;
  globalsVersion = -1;
  builtins: PyDict | null = null;
  builtinsVersion = -1;
  entry: Entry | null = null;
}

/** The value of global `name`: from the cached entry, else looked up (and cached), else undefined. */
export function cachedGlobal(
  site: GlobalSite,
  globals: PyDict,
  builtins: PyDict,
  name: string,
): PyObject | undefined {
  if (
    site.globals === globals &&
    site.globalsVersion === globals.version &&
    site.builtins === builtins &&
    site.builtinsVersion === builtins.version
  )
    return site.entry!.value;
  const entry = globals.entryStr(name) ?? builtins.entryStr(name);
  if (entry === undefined) return undefined;
  site.globals = globals;
  site.globalsVersion = globals.version;
  site.builtins = builtins;
  site.builtinsVersion = builtins.version;
  site.entry = entry;
  return entry.value;
}
