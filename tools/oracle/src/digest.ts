// Canonical text and sha256 digests of expected output, so a corpus's expectations fit in one small file.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { TokenRow } from "./oracle.js";

/** An error as compared across implementations: Python's qualified type name and its args. */
export interface ComparableError {
  type: string;
  args: unknown[];
}

/** One line per token, then the error if any: the text whose digest is committed. */
export function tokenStreamText(tokens: readonly TokenRow[], error?: ComparableError): string {
  const lines = tokens.map((row) => JSON.stringify(row));
  if (error !== undefined) lines.push(JSON.stringify(["error", error.type, error.args]));
  return `${lines.join("\n")}\n`;
}

export function sha256(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Reads a digest file in `sha256sum` format: "<hex>  <path>" per line. */
export function readDigests(file: string): Map<string, string> {
  const digests = new Map<string, string>();
  if (!existsSync(file)) return digests;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match) digests.set(match[2], match[1]);
  }
  return digests;
}

export function writeDigests(file: string, digests: ReadonlyMap<string, string>): void {
  const paths = [...digests.keys()].sort();
  writeFileSync(file, paths.map((p) => `${digests.get(p)}  ${p}\n`).join(""));
}

/** A unified-style line diff, short enough to read in a test failure. */
export function lineDiff(expected: string, actual: string, context = 3, limit = 40): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  let tailA = a.length - 1;
  let tailB = b.length - 1;
  while (tailA >= first && tailB >= first && a[tailA] === b[tailB]) {
    tailA--;
    tailB--;
  }
  const out: string[] = [];
  for (let i = Math.max(0, first - context); i < first; i++) out.push(`  ${a[i]}`);
  for (let i = first; i <= tailA && out.length < limit; i++) out.push(`- ${a[i]}`);
  for (let i = first; i <= tailB && out.length < limit * 2; i++) out.push(`+ ${b[i]}`);
  return `first difference at line ${first + 1} (- CPython, + Ophis)\n${out.join("\n")}`;
}
