// Every snippet's tree, rebuilt from CPython's JSON through our constructors, must dump, unparse,
// walk, segment and evaluate exactly as CPython 3.14 did (test/fixtures/snippets/*/expected.json).
import { describe, expect, it } from "vitest";
import {
  type AST,
  dump,
  fixMissingLocations,
  getDocstring,
  getSourceSegment,
  incrementLineno,
  literalEval,
  PyException,
  unparse,
  walk,
} from "../src/index.js";
import { fromTagged, loadSnippets, normalizeSets, toTagged } from "./support.js";

const snippets = loadSnippets().filter((s) => !s.expected.error);
const tree = (s: (typeof snippets)[number]) => fromTagged(s.expected.tree) as AST;

describe("snippets", () => {
  it("has at least 150 parsed snippets", () => {
    expect(snippets.length).toBeGreaterThanOrEqual(150);
  });

  describe.each(snippets)("$name", (s) => {
    it("dump (all five variants)", () => {
      const t = tree(s);
      expect(dump(t, { includeAttributes: true, indent: 1 })).toBe(s.expected.dump.attrs_indent1);
      expect(dump(t)).toBe(s.expected.dump.plain);
      expect(dump(t, { showEmpty: true })).toBe(s.expected.dump.show_empty);
      expect(dump(t, { annotateFields: false })).toBe(s.expected.dump.positional);
      const all = { annotateFields: false, includeAttributes: true, indent: "\t", showEmpty: true };
      expect(dump(t, all)).toBe(s.expected.dump.positional_all);
    });

    it("unparse", () => {
      const expected = s.expected.unparse;
      if (expected.error) expect(() => unparse(tree(s))).toThrow();
      else expect(unparse(tree(s))).toBe(expected.value);
    });

    it("walk order", () => {
      expect([...walk(tree(s))].map((n) => n.nodeType)).toEqual(s.expected.walk);
    });

    it("getSourceSegment", () => {
      const segments = [...walk(tree(s))].map((n) =>
        n.nodeType !== "TypeIgnore" && "lineno" in n && "end_col_offset" in n
          ? [getSourceSegment(s.source, n), getSourceSegment(s.source, n, { padded: true })]
          : null,
      );
      expect(segments).toEqual(s.expected.segments);
    });

    it("getDocstring", () => {
      const docstrings = [...walk(tree(s))]
        .filter((n) => ["Module", "FunctionDef", "AsyncFunctionDef", "ClassDef"].includes(n.nodeType))
        .map((n) => [getDocstring(n), getDocstring(n, false)]);
      expect(docstrings).toEqual(s.expected.docstrings);
    });

    it("incrementLineno and fixMissingLocations", () => {
      expect(dump(incrementLineno(tree(s), 3), { includeAttributes: true })).toBe(s.expected.incremented);
      const stripped = tree(s);
      [...walk(stripped)].forEach((node, i) => {
        if (i % 2 === 1)
          for (const name of node._attributes) (node as unknown as Record<string, unknown>)[name] = undefined;
      });
      expect(dump(fixMissingLocations(stripped), { includeAttributes: true })).toBe(s.expected.fixed);
    });

    if (s.expected.literal_eval === undefined) return;
    it("literalEval", () => {
      const expected = s.expected.literal_eval!;
      if (expected.value !== undefined) {
        expect(normalizeSets(toTagged(literalEval(tree(s))))).toEqual(normalizeSets(expected.value));
        return;
      }
      let error: unknown;
      try {
        literalEval(tree(s));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PyException);
      const { pyType, message } = error as PyException;
      // CPython's message ends with repr(node), which holds a memory address.
      expect({ type: pyType, str: message }).toEqual({
        type: expected.error!.type,
        str: expected.error!.str.replace(/ at 0x[0-9a-f]+>/, ">"),
      });
    });
  });
});
