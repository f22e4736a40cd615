// dis(loads(CPython's marshal bytes)) prints exactly CPython's dis.dis text, for every stdlib file.
import { readFileSync } from "node:fs";
import { type CodeObject, loads } from "@ophis/bytecode";
import { Oracle, readDigests, sha256, stdlibCorpus } from "@ophis/oracle";
import { beforeAll, describe, expect, it } from "vitest";
import { dis } from "../src/index.js";
import { comparableDis } from "./comparable-text.js";

const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url);
const files = stdlibCorpus();
const plain = readDigests(fixture("stdlib-dis.sha256").pathname);
const withCaches = readDigests(fixture("stdlib-dis-caches.sha256").pathname);
/** Files whose text differs from CPython's; the list must only shrink. */
const knownFailures = new Set(
  readFileSync(fixture("dis-known-failures.txt"), "utf8").split("\n").filter(Boolean),
);
const codes = new Map<string, CodeObject>();

beforeAll(async () => {
  const oracle = await Oracle.start();
  for (const file of files) {
    const [answer] = oracle.marshal([file.bytes], { filename: file.path });
    if ("bytes" in answer) codes.set(file.path, loads(answer.bytes) as CodeObject);
  }
});

describe.each([
  ["plain", false, plain],
  ["show_caches", true, withCaches],
] as const)("dis over the stdlib corpus (%s)", (_name, showCaches, digests) => {
  it("matches CPython's text, apart from the known failures", () => {
    const failing: string[] = [];
    for (const [path, code] of codes) {
      if (sha256(comparableDis(dis(code, { showCaches }))) !== digests.get(path)) failing.push(path);
    }
    console.log(`dis ${_name}: ${codes.size - failing.length}/${codes.size} files match`);
    expect(codes.size).toBeGreaterThan(500);
    expect(failing.sort()).toEqual([...knownFailures].sort());
  });
});
