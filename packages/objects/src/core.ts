// The root of the object model: PyObject, PyType (with C3 MRO and cached lookup) and raising Python errors from JS.
import { type Counted, makeImmortal } from "@ophis/gc";

/** Every Python object: a type and a reference count; instances of Python classes also carry a __dict__. */
export class PyObject implements Counted {
  ob_refcnt = 1;
  type: PyType;
  /** The instance __dict__ of objects whose type allows one (classes defined in Python), else null. */
  dict: DictLike | null = null;
  constructor(type: PyType) {
    this.type = type;
  }
  dealloc(): void {}
}

/** What a __dict__ must offer the attribute machinery; PyDict implements it. */
export interface DictLike extends PyObject {
  getStr(name: string): PyObject | undefined;
  setStr(name: string, value: PyObject): void;
  delStr(name: string): boolean;
}

/** Bumped whenever any type's attributes change: lookup caches compare against it. */
let typeVersion = 0;

/** The current type version: a cache filled from type lookups at this version is valid while it stays the same. */
export function currentTypeVersion(): number {
  return typeVersion;
}

/** A native function: positional args then keyword values named by kwnames (CPython's vectorcall). */
export type NativeFn = (args: PyObject[], kwnames: readonly string[] | null) => PyObject;

/** Type objects. Attributes live in a Map (the class __dict__); special methods are found through the MRO. */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  bases: PyType[];
  mro: PyType[] = [];
  attrs = new Map<string, PyObject>();
  /** Defined by a class statement (a heap type): instances get a __dict__ and attributes can be set. */
  heap: boolean;
  /** The builtin type whose layout instances have (list for a subclass of list, ...): the nearest with an allocator. */
  get solid(): PyType {
    for (const t of this.mro) if (t.allocate !== null) return t;
    return this;
  }
  /** Creates a bare instance of this type (tp_alloc + the builtin part of tp_new). */
  allocate: ((type: PyType) => PyObject) | null = null;
  flags = 0;
  /** The dotted tp_name of a builtin type defined in a module ("time.struct_time"), else null. */
  private dottedName: string | null = null;
  private cache = new Map<string, PyObject | null>();
  private cacheVersion = -1;

  constructor(metatype: PyType | null, name: string, bases: PyType[], heap = false) {
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.heap = heap;
    this.mro = computeMro(this);
    if (!heap) makeImmortal(this);
  }

  /**
   * tp_name, what CPython's error messages call a type: the dotted name a builtin type of a module declares
   * ("string.templatelib.Template"), else __name__ (classes defined in Python, and builtins like int).
   */
  get tpName(): string {
    return this.dottedName ?? this.name;
  }

  /** Declares the module-qualified tp_name of a builtin type (its __module__ attribute is set separately). */
  setDottedName(dotted: string): void {
    this.dottedName = dotted;
  }

  /** _PyType_Lookup: the attribute `name` on this type or a class of its MRO, or undefined. */
  lookup(name: string): PyObject | undefined {
    if (this.cacheVersion !== typeVersion) {
      this.cache.clear();
      this.cacheVersion = typeVersion;
    }
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit ?? undefined;
    let found: PyObject | undefined;
    for (const t of this.mro) {
      found = t.attrs.get(name);
      if (found !== undefined) break;
    }
    this.cache.set(name, found ?? null);
    return found;
  }

  setAttr(name: string, value: PyObject): void {
    this.attrs.set(name, value);
    typeVersion++;
  }

  deleteAttr(name: string): boolean {
    typeVersion++;
    return this.attrs.delete(name);
  }

  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    return this.mro.includes(other);
  }

  /** Recomputes the MRO after bases change (type.__bases__ assignment, or bootstrap). */
  resetMro(): void {
    this.mro = computeMro(this);
    typeVersion++;
  }
}

/** C3 linearization; raises TypeError as CPython when no consistent order exists. */
function computeMro(type: PyType): PyType[] {
  if (type.bases.length === 0) return [type];
  if (type.bases.length === 1) return [type, ...type.bases[0].mro];
  const seqs = [...type.bases.map((b) => [...b.mro]), [...type.bases]];
  const result: PyType[] = [type];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length);
    if (!nonEmpty.length) return result;
    let candidate: PyType | undefined;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((other) => other.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (!candidate) {
      const names = [...new Set(nonEmpty.map((s) => s[0].name))].join(", ");
      throw newError(
        "TypeError",
        `Cannot create a consistent method resolution order (MRO) for bases ${names}`,
      );
    }
    result.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

/** The builtin types every other module needs, filled in by the modules that define them. */
export const T = {} as {
  object: PyType;
  type: PyType;
  str: PyType;
  int: PyType;
  bool: PyType;
  float: PyType;
  NoneType: PyType;
  tuple: PyType;
  list: PyType;
  dict: PyType;
  BaseException: PyType;
  [name: string]: PyType;
};

// object and type refer to each other: build them by hand.
T.object = new PyType(null, "object", []);
T.type = new PyType(null, "type", [T.object]);
T.object.type = T.type;
T.type.type = T.type;
T.object.allocate = (type) => new PyObject(type);

/**
 * Adds `type` to T or E under a computed name. A keyed store (`T[name] = type`) to an object past a dozen
 * properties makes V8 turn it into a hash table, and every `T.int` in hot code into a lookup; a defined property
 * keeps the object's hidden class, so those loads stay constant.
 */
export function registerType(table: Record<string, PyType>, name: string, type: PyType): void {
  Object.defineProperty(table, name, { value: type, writable: true, enumerable: true, configurable: true });
}

/** Exception types by name, filled by exceptions.ts. */
export const E: Record<string, PyType> = {};

/** The JS-side shape of a raised Python exception: what native code throws and the eval loop catches. */
export interface RaisedException extends PyObject {
  args: PyObject[];
}

/** Builds the exception; set by exceptions.ts (which knows the exception layout). */
export const exceptionFactory: { make: (type: PyType, message: string | null) => RaisedException } = {
  make: () => {
    throw new Error("exceptions not initialised");
  },
};

/** An exception instance of the named builtin type, ready to throw. */
export function newError(name: string, message: string | null): RaisedException {
  const type = E[name];
  if (!type) throw new Error(`unknown exception type ${name}`);
  return exceptionFactory.make(type, message);
}

export function typeError(message: string): RaisedException {
  return newError("TypeError", message);
}

export function valueError(message: string): RaisedException {
  return newError("ValueError", message);
}

/** Python's name for an object's type in messages ('int', 'MyClass'). */
export function typeNameOf(o: PyObject): string {
  return o.type.name;
}
