// The modules written in TypeScript, registered with an interpreter's import system by name.
import { newStr, newTuple, PyModule } from "@ophis/objects";
import { builtinImporter, initModuleAttrs, newSpec } from "../imports/spec.js";
import type { Interpreter } from "../interpreter.js";
import { makeMath } from "./math.js";
import { makeTime } from "./time.js";

export function registerNativeModules(interp: Interpreter): void {
  const { imports } = interp;
  imports.native.set("sys", () => interp.sys.module);
  imports.native.set("builtins", () => builtinsModule(interp));
  imports.native.set("math", () => makeMath(interp));
  imports.native.set("time", () => makeTime(interp));
  const names = [...imports.native.keys()].sort();
  interp.sys.dict.setStr("builtin_module_names", newTuple(names.map(newStr)));
  imports.modules.setStr("builtins", builtinsModule(interp));
}

const cache = new WeakMap<Interpreter, PyModule>();

/** The builtins module: its dict is the interpreter's builtins namespace itself. */
function builtinsModule(interp: Interpreter): PyModule {
  const known = cache.get(interp);
  if (known) return known;
  const mod = new PyModule("builtins", interp.builtins);
  const spec = newSpec({
    name: "builtins",
    loader: builtinImporter,
    origin: "built-in",
    searchLocations: null,
    cached: null,
    hasLocation: false,
  });
  initModuleAttrs(mod, spec, newStr("Built-in functions, types, exceptions, and other objects."));
  cache.set(interp, mod);
  return mod;
}
