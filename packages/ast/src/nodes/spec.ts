// Lookups derived from the node table: each class's base, fields and attributes, parsed from ASDL text.
import { NODE_TABLE, type TypeSpec } from "./table.js";

/** ASDL's builtin field types; every other field type names a sum or product of the table. */
export const BUILTIN_TYPES = ["identifier", "string", "constant", "int"] as const;
export type BuiltinType = (typeof BUILTIN_TYPES)[number];

export interface FieldSpec {
  readonly name: string;
  /** A builtin type or the name of a sum or product (`expr`, `arguments`, ...). */
  readonly type: string;
  /** `?`: may be None. With `sequence`, the items may be None (`expr?*`). */
  readonly optional: boolean;
  /** `*`: a list. */
  readonly sequence: boolean;
}

export interface ClassSpec {
  /** CPython's class name. */
  readonly name: string;
  /** The abstract base for sum constructors; "AST" for sums and products themselves. */
  readonly base: string;
  readonly abstract: boolean;
  readonly fields: readonly FieldSpec[];
  readonly attributes: readonly FieldSpec[];
  /** A constructor of a sum whose constructors all have no fields (Load, Add, ...): one shared instance. */
  readonly singleton: boolean;
}

/** Parses "expr?* keys" into a field spec. */
export function parseField(text: string): FieldSpec {
  const match = /^([A-Za-z_]+)(\?)?(\*)?(\?)? ([A-Za-z_]+)$/.exec(text);
  if (!match) throw new Error(`bad ASDL field ${JSON.stringify(text)}`);
  const [, type, optional, star] = match;
  return { name: match[5], type, optional: optional === "?", sequence: star === "*" };
}

function isSimpleSum(spec: TypeSpec): boolean {
  return (
    spec.kind === "sum" &&
    spec.attributes.length === 0 &&
    Object.values(spec.constructors).every((fields) => fields.length === 0)
  );
}

function buildSpecs(): Map<string, ClassSpec> {
  const specs = new Map<string, ClassSpec>();
  for (const type of NODE_TABLE) {
    const attributes = type.attributes.map(parseField);
    if (type.kind === "product") {
      const fields = type.fields.map(parseField);
      specs.set(type.name, {
        name: type.name,
        base: "AST",
        abstract: false,
        fields,
        attributes,
        singleton: false,
      });
      continue;
    }
    specs.set(type.name, {
      name: type.name,
      base: "AST",
      abstract: true,
      fields: [],
      attributes,
      singleton: false,
    });
    const singleton = isSimpleSum(type);
    for (const [name, fields] of Object.entries(type.constructors)) {
      specs.set(name, {
        name,
        base: type.name,
        abstract: false,
        fields: fields.map(parseField),
        attributes,
        singleton,
      });
    }
  }
  return specs;
}

/** Every class of the table by CPython name, in definition order (bases before their constructors). */
export const CLASS_SPECS: ReadonlyMap<string, ClassSpec> = buildSpecs();

export function classSpec(name: string): ClassSpec {
  const spec = CLASS_SPECS.get(name);
  if (!spec) throw new TypeError(`unknown AST node class ${name}`);
  return spec;
}

/** `_field_types` as CPython prints it: `list[ast.expr]`, `ast.expr | None`, `str`, `object`, `int`. */
export function fieldTypeText(field: FieldSpec): string {
  const builtin: Record<string, string> = {
    identifier: "str",
    string: "str",
    constant: "object",
    int: "int",
  };
  const item = builtin[field.type] ?? `ast.${field.type}`;
  if (field.sequence) return `list[${item}]`;
  return field.optional ? `${item} | None` : item;
}
