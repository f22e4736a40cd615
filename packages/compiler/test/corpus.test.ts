// The stdlib corpus: our dis text must hash like CPython's (packages/dis digests) and our marshal bytes equal CPython's.
import { readFileSync } from "node:fs";
import { type CodeObject, dumps, loads } from "@ophis/bytecode";
import { dis } from "@ophis/dis";
import { Oracle, readDigests, sha256, stdlibCorpus } from "@ophis/oracle";
import { beforeAll, describe, expect, it } from "vitest";
import { comparableDis } from "../../dis/test/comparable-text.js";
import { compile } from "../src/index.js";

const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url);
const digests = readDigests(new URL("../../dis/test/fixtures/stdlib-dis.sha256", import.meta.url).pathname);
/** Files whose dis text differs from CPython's; the list must only shrink. */
const knownFailures = new Set(
  readFileSync(fixture("corpus-known-failures.txt"), "utf8").split("\n").filter(Boolean),
);
const files = stdlibCorpus();
const ours = new Map<string, CodeObject | null>();

beforeAll(() => {
  for (const file of files) {
    try {
      ours.set(file.path, compile(file.bytes, file.path, "exec"));
    } catch {
      ours.set(file.path, null);
    }
  }
});

describe("compile over the stdlib corpus", () => {
  const matching: string[] = [];
  it("prints CPython's dis text, apart from the known failures", () => {
    const failing: string[] = [];
    for (const [path, code] of ours) {
      const ok = code !== null && sha256(comparableDis(dis(code))) === digests.get(path);
      if (ok) matching.push(path);
      else failing.push(path);
    }
    console.log(`corpus dis: ${matching.length}/${ours.size} files match`);
    expect(ours.size).toBeGreaterThan(500);
    expect(failing.sort()).toEqual([...knownFailures].sort());
  });

  it("writes CPython's marshal bytes and stack sizes where the text matches", async () => {
    const oracle = await Oracle.start();
    let identical = 0;
    for (const path of matching) {
      const file = files.find((f) => f.path === path)!;
      const [answer] = oracle.marshal([file.bytes], { filename: path });
      if (!("bytes" in answer)) continue;
      const code = ours.get(path)!;
      const theirs = loads(answer.bytes) as CodeObject;
      expect(code.co_stacksize).toBe(theirs.co_stacksize);
      const mine = dumps(code);
      if (mine.length === answer.bytes.length && mine.every((b, i) => b === answer.bytes[i])) identical++;
    }
    console.log(`corpus marshal: ${identical}/${matching.length} dis-matching files byte-identical`);
  });
});
