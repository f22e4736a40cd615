// The root class AST, and the callable singletons of the operator and context kinds (Load(), Add(), ...).
import { CLASS_SPECS } from "./spec.js";

export abstract class AST {
  /** CPython's class name of this node (`"Name"`), shared by all instances through the prototype. */
  declare readonly nodeType: string;
  static readonly _fields: readonly string[] = [];
  static readonly _attributes: readonly string[] = [];

  /** The field names, in order, as `node._fields` in Python. */
  get _fields(): readonly string[] {
    return (this.constructor as typeof AST)._fields;
  }

  /** The attribute names (positions), as `node._attributes` in Python. */
  get _attributes(): readonly string[] {
    return (this.constructor as typeof AST)._attributes;
  }
}

/** Names a node class: `nodeType` lives on the prototype so that instances carry only their fields. */
export function defineNodeType(cls: abstract new (...args: never[]) => AST, name: string): void {
  const spec = CLASS_SPECS.get(name);
  if (!spec) throw new Error(`${name} is not in the node table`);
  Object.defineProperty(cls.prototype, "nodeType", { value: name, enumerable: false });
  Object.defineProperty(cls, "_fields", { value: Object.freeze(spec.fields.map((f) => f.name)) });
  Object.defineProperty(cls, "_attributes", { value: Object.freeze(spec.attributes.map((f) => f.name)) });
}

/** A fieldless kind called like CPython's class (`Load()`) or constructed (`new Load()`): both give the shared instance. */
export interface SingletonKind<T extends AST> {
  (): T;
  new (): T;
  readonly prototype: T;
  readonly _fields: readonly string[];
  readonly _attributes: readonly string[];
}

export function singletonKind<T extends AST>(cls: new () => T, name: string): SingletonKind<T> {
  defineNodeType(cls, name);
  const instance = Object.freeze(new cls());
  // A function (not an arrow, which cannot be `new`-ed): calling it and `new`-ing it both return
  // the instance, since a constructor that returns an object gives that object.
  // biome-ignore lint/complexity/useArrowFunction: must stay constructible.
  const kind = function () {
    return instance;
  } as unknown as SingletonKind<T>;
  Object.defineProperty(kind, "prototype", { value: cls.prototype });
  Object.defineProperty(kind, "name", { value: name });
  Object.setPrototypeOf(kind, cls);
  return kind;
}
