// Shared by the ast tests: the snippet fixtures, and trees rebuilt from CPython's tagged JSON.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type AST,
  type ConstantValue,
  classSpec,
  Ellipsis,
  type FieldSpec,
  type LiteralValue,
  NODE_CLASSES,
  PyComplex,
  PyDict,
  PyEllipsis,
  PyFrozenSet,
  PySet,
  PyTuple,
  reprFloat,
} from "../src/index.js";

export const snippetsDir = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "snippets");

export interface Outcome<T> {
  value?: T;
  error?: { type: string; str: string };
}

export interface Expected {
  error?: { type: string; str: string };
  tree: unknown;
  dump: Record<"attrs_indent1" | "plain" | "show_empty" | "positional" | "positional_all", string>;
  unparse: Outcome<string>;
  walk: string[];
  segments: ([string | null, string | null] | null)[];
  docstrings: [string | null, string | null][];
  incremented: string;
  fixed: string;
  literal_eval?: Outcome<unknown>;
}

export interface Snippet {
  name: string;
  source: string;
  options: { mode?: string; type_comments?: boolean };
  expected: Expected;
}

export function loadSnippets(): Snippet[] {
  return readdirSync(snippetsDir)
    .filter((name) => existsSync(join(snippetsDir, name, "expected.json")))
    .sort()
    .map((name) => {
      const dir = join(snippetsDir, name);
      const optionsFile = join(dir, "options.json");
      return {
        name,
        source: readFileSync(join(dir, "input.py"), "utf8"),
        options: existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, "utf8")) : {},
        expected: JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")),
      };
    });
}

type Tagged = Record<string, unknown>;

function parseFloatRepr(text: string): number {
  if (text === "inf") return Number.POSITIVE_INFINITY;
  if (text === "-inf") return Number.NEGATIVE_INFINITY;
  if (text === "nan" || text === "-nan") return Number.NaN;
  return Number(text);
}

/** A tagged Python value (see scripts/ast_oracle.py) as Ophis holds it; `field` says how ints are held. */
export function fromTagged(value: unknown, field: FieldSpec | null = null): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map((item) => fromTagged(item, field));
  const t = value as Tagged;
  if ("_type" in t) return buildNode(t);
  if ("int" in t) return field?.type === "int" ? Number(t.int) : BigInt(t.int as string);
  if ("float" in t) return parseFloatRepr(t.float as string);
  if ("complex" in t) {
    const [re, im] = t.complex as string[];
    return new PyComplex(parseFloatRepr(re), parseFloatRepr(im));
  }
  if ("bytes" in t) return new Uint8Array(t.bytes as number[]);
  if ("ellipsis" in t) return Ellipsis;
  if ("tuple" in t) return new PyTuple((t.tuple as unknown[]).map((v) => fromTagged(v) as ConstantValue));
  if ("frozenset" in t)
    return new PyFrozenSet((t.frozenset as unknown[]).map((v) => fromTagged(v) as ConstantValue));
  throw new Error(`unknown tagged value ${JSON.stringify(value)}`);
}

function buildNode(t: Tagged): AST {
  const type = t._type as string;
  const spec = classSpec(type);
  const init: Record<string, unknown> = {};
  for (const f of [...spec.fields, ...spec.attributes]) {
    if (f.name in t) init[f.name] = fromTagged(t[f.name], f);
  }
  const cls = (NODE_CLASSES as unknown as Record<string, new (init: unknown) => AST>)[type];
  return new cls(init);
}

/** A literal_eval result in the oracle's tagged form; sets sorted so that hash order does not matter. */
export function toTagged(value: LiteralValue): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return { int: value.toString() };
  if (typeof value === "number") return { float: reprFloat(value) };
  if (value instanceof PyComplex) return { complex: [reprFloat(value.real), reprFloat(value.imag)] };
  if (value instanceof Uint8Array) return { bytes: [...value] };
  if (value instanceof PyEllipsis) return { ellipsis: true };
  if (Array.isArray(value)) return value.map(toTagged);
  if (value instanceof PyTuple) return { tuple: value.items.map((v) => toTagged(v as LiteralValue)) };
  if (value instanceof PyFrozenSet) return { frozenset: value.items.map(toTagged) };
  if (value instanceof PySet) return { set: value.items.map(toTagged) };
  if (value instanceof PyDict) return { dict: value.entries.map(([k, v]) => [toTagged(k), toTagged(v)]) };
  throw new Error("not a literal value");
}

/** Sorts set items by their JSON text, on either side, so that two sets compare by content. */
export function normalizeSets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeSets);
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => [k, normalizeSets(v)] as const);
    const out = Object.fromEntries(entries) as Record<string, unknown>;
    if (Array.isArray(out.set))
      out.set = [...out.set].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    return out;
  }
  return value;
}
