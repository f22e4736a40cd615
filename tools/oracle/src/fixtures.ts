// Fixture folders (`<suite>/<case>/input.py` beside `expected.json`) and where each suite lives.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ComparableError } from "./digest.js";
import type { OracleError, TokenRow, TokensAnswer } from "./oracle.js";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** Where the tokenizer's expectations live. */
export const tokenizerFixtures = {
  snippets: join(repoRoot, "packages/tokenizer/test/fixtures/snippets"),
  corpusDigests: join(repoRoot, "packages/tokenizer/test/fixtures/stdlib-tokens.sha256"),
};

/** Where the parser's expectations live: snippets (valid and invalid) and the stdlib digests. */
export const astFixtures = {
  snippets: join(repoRoot, "packages/ast/test/fixtures/parse"),
  corpusDigests: join(repoRoot, "packages/ast/test/fixtures/stdlib-dump.sha256"),
  unparseDigests: join(repoRoot, "packages/ast/test/fixtures/stdlib-unparse.sha256"),
};

/** The options every committed dump uses: `ast.dump(tree, include_attributes=True, indent=1)`. */
export const committedDumpOptions = { include_attributes: true, indent: 1 } as const;

/** What CPython gives for one parse snippet: the dump, or the SyntaxError's fields. */
export type ExpectedParse = { dump: string } | { error: ExpectedSyntaxError };

export interface ExpectedSyntaxError {
  type: string;
  msg: string | null | undefined;
  lineno: number | null | undefined;
  offset: number | null | undefined;
  end_lineno: number | null | undefined;
  end_offset: number | null | undefined;
  text: string | null | undefined;
}

export function expectedParse(answer: { dump: string } | { error: OracleError }): ExpectedParse {
  if ("dump" in answer) return { dump: answer.dump };
  const e = answer.error;
  return {
    error: {
      type: e.type,
      msg: e.msg ?? e.str,
      lineno: e.lineno,
      offset: e.offset,
      end_lineno: e.end_lineno,
      end_offset: e.end_offset,
      text: e.text,
    },
  };
}

/** The text whose sha256 is committed for a corpus file's parse: the dump, or the error as JSON. */
export function parseText(expected: ExpectedParse): string {
  return "dump" in expected ? expected.dump : JSON.stringify(expected.error);
}

export interface FixtureCase {
  name: string;
  dir: string;
  input: Uint8Array;
}

export function listCases(suiteDir: string): FixtureCase[] {
  if (!existsSync(suiteDir)) return [];
  return readdirSync(suiteDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(suiteDir, entry.name, "input.py")))
    .map((entry) => ({
      name: entry.name,
      dir: join(suiteDir, entry.name),
      input: new Uint8Array(readFileSync(join(suiteDir, entry.name, "input.py"))),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The text a `generate_tokens` user would have: strict UTF-8, a BOM kept as U+FEFF; null when undecodable. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A token stream as committed: rows, and the error as type and args. */
export interface ExpectedTokens {
  tokens: TokenRow[];
  error?: ComparableError;
}

/** What CPython gives for one snippet: through generate_tokens (text) and through tokenize (bytes). */
export interface ExpectedSnippet {
  generate_tokens: ExpectedTokens | null;
  tokenize: ExpectedTokens;
}

export function comparable(answer: TokensAnswer): ExpectedTokens {
  const result: ExpectedTokens = { tokens: answer.tokens };
  if (answer.error) result.error = comparableError(answer.error);
  return result;
}

export function comparableError(error: OracleError): ComparableError {
  return { type: error.type, args: error.args };
}

export function readExpected<T>(dir: string): T | undefined {
  const file = join(dir, "expected.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
}

export function writeExpected(dir: string, value: unknown): void {
  writeFileSync(join(dir, "expected.json"), `${JSON.stringify(value, null, 1)}\n`);
}
