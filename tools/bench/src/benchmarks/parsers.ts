// The JS parsers the parser benchmark runs, behind one shape, for the timed runs and the memory child alike.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parser as lezerPython } from "@lezer/python";
import { DiagnosticSink } from "@zzzen/pyright-internal/dist/common/diagnosticSink.js";
import { pythonVersion3_14 } from "@zzzen/pyright-internal/dist/common/pythonVersion.js";
import { ParseOptions, Parser as PyrightParser } from "@zzzen/pyright-internal/dist/parser/parser.js";
import { Language, Parser as TreeSitterParser } from "web-tree-sitter";

const require = createRequire(import.meta.url);

/** What one file's parse gave: the tree to keep alive or drop, and what the report counts. */
export interface Parsed {
  tree: unknown;
  /** Top-level statements, as the parser groups them. */
  statements: number;
  failed: boolean;
  /** Frees what the garbage collector cannot (tree-sitter's trees live in wasm memory). */
  release?(): void;
}

export interface JsParser {
  /** The contender's name in the report, with its version. */
  name: string;
  parse(source: string): Parsed;
}

export const jsParserKinds = ["ophis", "pyright", "tree-sitter", "lezer"] as const;
export type JsParserKind = (typeof jsParserKinds)[number];

/** A dependency's version, from its package.json (found by walking up, as some packages do not export it). */
function version(pkg: string, entry = pkg): string {
  for (let dir = dirname(require.resolve(entry)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version: string };
    if (manifest.name === pkg) return manifest.version;
  }
  throw new Error(`no package.json for ${pkg}`);
}

/** The slice of @ophis/ast's API used here. */
interface OphisAst {
  parse(source: string, options?: { filename?: string }): { body?: unknown[] };
}

/** Imported by a computed name so the peers still compile and run while @ophis/ast is unbuilt or broken. */
async function ophis(): Promise<JsParser> {
  const specifier = "@ophis/ast";
  const api = (await import(specifier)) as OphisAst;
  if (typeof api.parse !== "function") throw new Error("no parse export");
  return {
    name: "ophis",
    parse(source) {
      try {
        const tree = api.parse(source);
        return { tree, statements: tree.body?.length ?? 0, failed: false };
      } catch {
        return { tree: undefined, statements: 0, failed: true };
      }
    },
  };
}

/** pyright's recovering parser; a file fails when it reports an error. Its result also holds the tokens. */
function pyright(): JsParser {
  const options = new ParseOptions();
  options.pythonVersion = pythonVersion3_14;
  return {
    name: `pyright ${version("@zzzen/pyright-internal", "@zzzen/pyright-internal/dist/parser/parser.js")}`,
    parse(source) {
      const sink = new DiagnosticSink();
      const tree = new PyrightParser().parseSourceFile(source, options, sink);
      const statements = tree.parserOutput.parseTree.d.statements.length;
      return { tree, statements, failed: sink.getErrors().length > 0 };
    },
  };
}

/** tree-sitter-python's wasm grammar in web-tree-sitter; a file fails when its tree has an error node. */
async function treeSitter(): Promise<JsParser> {
  await TreeSitterParser.init();
  const language = await Language.load(require.resolve("tree-sitter-python/tree-sitter-python.wasm"));
  const parser = new TreeSitterParser();
  parser.setLanguage(language);
  return {
    name: `tree-sitter ${version("web-tree-sitter")}/${version("tree-sitter-python")}`,
    parse(source) {
      const tree = parser.parse(source);
      if (tree === null) return { tree, statements: 0, failed: true };
      const root = tree.rootNode;
      let statements = 0;
      const cursor = tree.walk();
      if (cursor.gotoFirstChild()) {
        do if (cursor.nodeIsNamed && cursor.nodeType !== "comment") statements++;
        while (cursor.gotoNextSibling());
      }
      cursor.delete();
      return { tree, statements, failed: root.hasError, release: () => tree.delete() };
    },
  };
}

/**
 * @lezer/python as editors use it, recovering from errors. Lezer has no cheap "had errors" flag, so
 * `failed` is whether its strict configuration, which raises instead of recovering, rejects the file;
 * that is checked untimed, by `lezerRejects`.
 */
function lezer(): JsParser {
  return {
    name: `lezer ${version("@lezer/python")}`,
    parse(source) {
      const tree = lezerPython.parse(source);
      let statements = 0;
      const cursor = tree.cursor();
      if (cursor.firstChild()) {
        do if (cursor.name !== "Comment") statements++;
        while (cursor.nextSibling());
      }
      return { tree, statements, failed: false };
    },
  };
}

/** How many sources @lezer/python's strict configuration rejects. */
export function lezerRejects(sources: string[]): number {
  const strict = lezerPython.configure({ strict: true });
  let rejected = 0;
  for (const source of sources) {
    try {
      strict.parse(source);
    } catch {
      rejected++;
    }
  }
  return rejected;
}

export function loadJsParser(kind: JsParserKind): Promise<JsParser> {
  switch (kind) {
    case "ophis":
      return ophis();
    case "pyright":
      return Promise.resolve(pyright());
    case "tree-sitter":
      return treeSitter();
    case "lezer":
      return Promise.resolve(lezer());
  }
}
