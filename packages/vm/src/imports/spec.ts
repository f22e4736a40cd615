// Module specs and loaders as importlib exposes them (ModuleSpec, SourceFileLoader), and module attribute setup.
import {
  callObject,
  defaultRepr,
  defineMethods,
  False,
  getAttrOrUndefined,
  None,
  newError,
  newList,
  newStr,
  PyDict,
  type PyList,
  PyModule,
  PyObject,
  PyStr,
  PyType,
  pyBool,
  repr,
  str,
  T,
  True,
} from "@ophis/objects";

function nativeType(name: string, module: string): PyType {
  const t = new PyType(T.type, name, [T.object]);
  t.setAttr("__module__", newStr(module));
  return t;
}

export const ModuleSpecType = nativeType("ModuleSpec", "_frozen_importlib");
export const BuiltinImporterType = nativeType("BuiltinImporter", "_frozen_importlib");
export const SourceFileLoaderType = nativeType("SourceFileLoader", "_frozen_importlib_external");
export const NamespaceLoaderType = nativeType("NamespaceLoader", "_frozen_importlib_external");

defineMethods(BuiltinImporterType, {
  __repr__: () => newStr("<class '_frozen_importlib.BuiltinImporter'>"),
});
for (const t of [SourceFileLoaderType, NamespaceLoaderType])
  defineMethods(t, { __repr__: (self) => newStr(defaultRepr(self)) });

function withDict(type: PyType, attrs: Record<string, PyObject>): PyObject {
  const o = new PyObject(type);
  const d = new PyDict();
  for (const [k, v] of Object.entries(attrs)) d.setStr(k, v);
  o.dict = d;
  return o;
}

export const builtinImporter = withDict(BuiltinImporterType, {});
export const namespaceLoader = withDict(NamespaceLoaderType, {});

export function sourceLoader(name: string, path: string): PyObject {
  return withDict(SourceFileLoaderType, { name: newStr(name), path: newStr(path) });
}

export interface SpecFields {
  name: string;
  loader: PyObject;
  origin: string | null;
  /** A package's __path__ entries, or null for a plain module. */
  searchLocations: PyObject | null;
  cached: string | null;
  hasLocation: boolean;
}

/** A ModuleSpec instance; `_initializing` is true while the module body runs (for circular-import messages). */
export function newSpec(f: SpecFields): PyObject {
  const parent = f.searchLocations ? f.name : f.name.slice(0, Math.max(0, f.name.lastIndexOf(".")));
  return withDict(ModuleSpecType, {
    name: newStr(f.name),
    loader: f.loader,
    origin: f.origin === null ? None : newStr(f.origin),
    loader_state: None,
    submodule_search_locations: f.searchLocations ?? None,
    cached: f.cached === null ? None : newStr(f.cached),
    parent: newStr(parent),
    has_location: pyBool(f.hasLocation),
    _initializing: False,
  });
}

defineMethods(ModuleSpecType, {
  __repr__: (self) => {
    const d = self.dict!;
    const parts = [`name=${repr(d.getStr("name")!)}`, `loader=${repr(d.getStr("loader")!)}`];
    const origin = d.getStr("origin");
    if (origin && origin !== None) parts.push(`origin=${repr(origin)}`);
    const locations = d.getStr("submodule_search_locations");
    if (locations && locations !== None) parts.push(`submodule_search_locations=${str(locations)}`);
    return newStr(`ModuleSpec(${parts.join(", ")})`);
  },
});

/** Sets the attributes importlib's _init_module_attrs gives a freshly created module. */
export function initModuleAttrs(mod: PyModule, spec: PyObject, doc: PyObject = None): void {
  const d = mod.moduleDict;
  const s = spec.dict!;
  d.setStr("__name__", s.getStr("name")!);
  d.setStr("__doc__", doc);
  const locations = s.getStr("submodule_search_locations")!;
  d.setStr("__package__", s.getStr("parent")!);
  d.setStr("__loader__", s.getStr("loader")!);
  d.setStr("__spec__", spec);
  if (locations !== None) d.setStr("__path__", locations);
  if (s.getStr("has_location") !== False) {
    d.setStr("__file__", s.getStr("origin")!);
    const cached = s.getStr("cached");
    if (cached && cached !== None) d.setStr("__cached__", cached);
  }
}

/** importlib's _module_repr_from_spec, and the fallbacks for modules without a spec. */
function moduleRepr(mod: PyObject): string {
  const d = mod.dict as PyDict | null;
  const nameObj = d?.getStr("__name__");
  const name = nameObj instanceof PyStr ? repr(nameObj) : "'?'";
  const spec = d?.getStr("__spec__");
  if (spec && spec.type === ModuleSpecType) {
    const s = spec.dict!;
    const origin = s.getStr("origin")!;
    const loader = s.getStr("loader")!;
    if (origin === None) {
      if (loader.type === NamespaceLoaderType)
        return `<module ${name} (namespace) from ${repr(s.getStr("submodule_search_locations")!)}>`;
      return `<module ${name}>`;
    }
    if (s.getStr("has_location") !== False) return `<module ${name} from ${repr(origin)}>`;
    return `<module ${name} (${str(origin)})>`;
  }
  const file = d?.getStr("__file__");
  if (file instanceof PyStr) return `<module ${name} from ${repr(file)}>`;
  const loader = d?.getStr("__loader__");
  if (loader === builtinImporter) return `<module ${name} (built-in)>`;
  return `<module ${name}>`;
}

/** Attribute lookup's last resort on modules: PEP 562's module-level __getattr__, else CPython's message. */
function moduleGetattr(mod: PyObject, attr: PyObject): PyObject {
  const d = mod.dict as PyDict | null;
  const hook = d?.getStr("__getattr__");
  if (hook !== undefined) return callObject(hook, [attr]);
  const nameObj = d?.getStr("__name__");
  const name = attr instanceof PyStr ? attr.value : str(attr);
  if (!(nameObj instanceof PyStr)) throw newError("AttributeError", `module has no attribute '${name}'`);
  const spec = d?.getStr("__spec__");
  const initializing = spec?.type === ModuleSpecType && spec.dict?.getStr("_initializing") === True;
  if (initializing)
    throw newError(
      "AttributeError",
      `partially initialized module '${nameObj.value}' has no attribute '${name}' (most likely due to a circular import)`,
    );
  throw newError("AttributeError", `module '${nameObj.value}' has no attribute '${name}'`);
}

defineMethods(T.module, {
  __repr__: (self) => newStr(moduleRepr(self)),
  __getattr__: (self, [attr]) => moduleGetattr(self, attr),
});

/** A namespace package's __path__: a plain list here (CPython's _NamespacePath recomputes it lazily). */
export function namespacePath(dirs: string[]): PyList {
  return newList(dirs.map(newStr));
}

export function moduleName(mod: PyObject): string | null {
  const n = mod instanceof PyModule ? mod.moduleDict.getStr("__name__") : getAttrOrUndefined(mod, "__name__");
  return n instanceof PyStr ? n.value : null;
}
