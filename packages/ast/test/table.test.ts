// The node table against real CPython 3.14: every class, its base, _fields, _attributes and _field_types.
import { Oracle } from "@ophis/oracle";
import { beforeAll, describe, expect, it } from "vitest";
import {
  Add,
  CLASS_SPECS,
  expr,
  expr_context,
  fieldTypeText,
  Load,
  Name,
  NODE_CLASSES,
  operator,
} from "../src/index.js";

// Deprecated classes Lib/ast.py keeps for old code; no parser produces them, so the table leaves them out.
const DEPRECATED = ["Suite", "AugLoad", "AugStore", "Param", "slice", "Index", "ExtSlice"];

const PROGRAM = `
import ast, json
DEPRECATED = ${JSON.stringify(DEPRECATED)}
out = []
def visit(cls):
    for sub in cls.__subclasses__():
        if sub.__module__ != "ast" or sub.__name__ in DEPRECATED:
            continue
        types = getattr(sub, "_field_types", {})
        out.append({
            "name": sub.__name__,
            "base": cls.__name__,
            "fields": list(sub._fields),
            "attributes": list(sub._attributes),
            "field_types": {k: repr(v).replace("<class '", "").replace("'>", "") for k, v in types.items()},
            "class_defaults": [n for n in sub._fields + sub._attributes if getattr(sub, n, ...) is None],
        })
        visit(sub)
visit(ast.AST)
print(json.dumps(out))
`;

interface CPythonClass {
  name: string;
  base: string;
  fields: string[];
  attributes: string[];
  field_types: Record<string, string>;
  class_defaults: string[];
}

let cpython: CPythonClass[];

beforeAll(async () => {
  const oracle = await Oracle.start();
  const [result] = oracle.run([{ source: PROGRAM }]);
  expect(result.stderr).toBe("");
  cpython = JSON.parse(result.stdout);
});

describe("node table", () => {
  it("has exactly CPython's classes, in definition order", () => {
    expect([...CLASS_SPECS.keys()]).toEqual(cpython.map((c) => c.name));
  });

  it("matches each class's base, _fields, _attributes, _field_types and None defaults", () => {
    for (const c of cpython) {
      const spec = CLASS_SPECS.get(c.name)!;
      const ours = {
        name: spec.name,
        base: spec.base,
        fields: spec.fields.map((f) => f.name),
        attributes: spec.attributes.map((f) => f.name),
        // Abstract bases have no _field_types in CPython.
        field_types: spec.abstract
          ? {}
          : Object.fromEntries(spec.fields.map((f) => [f.name, fieldTypeText(f)])),
        class_defaults: [...spec.fields, ...spec.attributes]
          .filter((f) => f.optional && !f.sequence)
          .map((f) => f.name),
      };
      expect(ours).toEqual({ ...c, field_types: spec.abstract ? {} : c.field_types });
    }
  });

  it("derives classes whose statics and instances agree with the table", () => {
    for (const [name, spec] of CLASS_SPECS) {
      if (spec.abstract) continue;
      const cls = (
        NODE_CLASSES as unknown as Record<
          string,
          { _fields: readonly string[]; _attributes: readonly string[] }
        >
      )[name];
      expect(cls._fields).toEqual(spec.fields.map((f) => f.name));
      expect(cls._attributes).toEqual(spec.attributes.map((f) => f.name));
    }
    const n = new Name({ id: "x" });
    expect(n.ctx).toBe(Load());
    expect(n instanceof expr).toBe(true);
    expect(Load() instanceof expr_context && Add() instanceof operator).toBe(true);
    expect(new Load()).toBe(Load());
    expect(Object.keys(n)).toEqual(["lineno", "col_offset", "end_lineno", "end_col_offset", "id", "ctx"]);
  });
});
