// Properties of marshal: values round-trip, and any byte string either loads or raises a Python exception.
import { PyException } from "@ophis/tokenizer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CodeObject,
  dumps,
  Ellipsis,
  loads,
  PyComplex,
  type PycValidation,
  PyFrozenSet,
  PySlice,
  type PyValue,
  readPyc,
  writePyc,
} from "../src/index.js";

const scalar: fc.Arbitrary<PyValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.bigInt({ min: -(2n ** 100n), max: 2n ** 100n }),
  fc.integer({ min: -10, max: 300 }).map(BigInt),
  fc.double(),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.uint8Array({ maxLength: 8 }),
  fc.constant(Ellipsis),
  fc.tuple(fc.double(), fc.double()).map(([re, im]) => new PyComplex(re, im)),
);

const { tree } = fc.letrec<{ tree: PyValue }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("tree"), { maxLength: 4 }),
    fc.array(scalar, { maxLength: 4 }).map((items) => new PyFrozenSet(items)),
    fc.tuple(scalar, scalar, scalar).map(([a, b, c]) => new PySlice(a, b, c)),
  ),
}));

const code: fc.Arbitrary<CodeObject> = fc
  .record({
    consts: fc.array(tree, { maxLength: 4 }),
    names: fc.array(fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/), { maxLength: 4 }),
    locals: fc.array(fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/), { maxLength: 4 }),
    units: fc.integer({ min: 1, max: 20 }),
    line: fc.integer({ min: 1, max: 5000 }),
  })
  .map(
    (r) =>
      new CodeObject({
        co_argcount: 0,
        co_posonlyargcount: 0,
        co_kwonlyargcount: 0,
        co_stacksize: 2,
        co_flags: 0,
        co_code: new Uint8Array(r.units * 2),
        co_consts: r.consts as CodeObject["co_consts"],
        co_names: r.names,
        co_localsplusnames: r.locals,
        co_localspluskinds: new Uint8Array(r.locals.length).fill(0x20),
        co_filename: "gen.py",
        co_name: "f",
        co_qualname: "f",
        co_firstlineno: r.line,
        co_linetable: new Uint8Array([0x80 | (13 << 3), 0]),
        co_exceptiontable: new Uint8Array(0),
      }),
  );

/** Compares as Python would (floats by bit pattern, so NaN equals NaN and 0.0 differs from -0.0). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.from(a).equals(Buffer.from(b));
  // A frozenset has no order: marshal writes its items sorted, so they come back in another order.
  if (a instanceof PyFrozenSet && b instanceof PyFrozenSet) {
    const rest = [...b.items];
    return (
      a.items.length === rest.length &&
      a.items.every((x) => {
        const i = rest.findIndex((y) => same(x, y));
        return i >= 0 && rest.splice(i, 1).length === 1;
      })
    );
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    if (a.constructor !== b.constructor) return false;
    const ka = Object.keys(a);
    return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

describe("marshal properties", () => {
  it("loads(dumps(x)) equals x for constant trees", () => {
    fc.assert(fc.property(tree, (x) => same(loads(dumps(x)), x)));
  });

  it("loads(dumps(code)) equals code, and dumps is stable", () => {
    fc.assert(
      fc.property(code, (co) => {
        const bytes = dumps(co);
        const back = loads(bytes);
        return same(back, co) && Buffer.from(dumps(back)).equals(Buffer.from(bytes));
      }),
    );
  });

  it("raises only Python exceptions on arbitrary or mutated bytes", () => {
    const base = [...dumps(fc.sample(code, 1)[0])];
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc
        .array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 4 })
        .map((edits) => {
          const b = Uint8Array.from(base);
          for (const [i, v] of edits) b[i] = v;
          return b;
        }),
      fc.nat(base.length).map((n) => Uint8Array.from(base.slice(0, n))),
    );
    fc.assert(
      fc.property(inputs, (bytes) => {
        try {
          loads(bytes);
        } catch (error) {
          if (!(error instanceof PyException)) throw error;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses deep nesting with ValueError, not a JS stack overflow", () => {
    const deep = new Uint8Array(100_000).fill(0x29);
    expect(() => loads(deep)).toThrow(PyException);
  });

  it("writes a .pyc that reads back with its header, timestamp- or hash-based", () => {
    const validation: fc.Arbitrary<PycValidation> = fc.oneof(
      fc
        .tuple(fc.nat({ max: 2 ** 32 - 1 }), fc.nat({ max: 2 ** 32 - 1 }))
        .map(([mtime, sourceSize]) => ({ kind: "timestamp", mtime, sourceSize }) as const),
      fc
        .tuple(fc.uint8Array({ minLength: 8, maxLength: 8 }), fc.boolean())
        .map(([sourceHash, checkSource]) => ({ kind: "hash", sourceHash, checkSource }) as const),
    );
    fc.assert(
      fc.property(code, validation, (co, v) => {
        const pyc = readPyc(writePyc(co, v));
        return same(pyc.code, co) && same(pyc.validation, v);
      }),
    );
  });
});
