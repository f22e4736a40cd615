// Every stdlib file compiled by CPython: marshal.loads then dumps gives CPython's bytes back, byte for byte.
import { readFileSync } from "node:fs";
import { Oracle, stdlibCorpus } from "@ophis/oracle";
import { beforeAll, describe, expect, it } from "vitest";
import { dumps, loads } from "../src/index.js";

const files = stdlibCorpus();
/** Files whose bytes still differ (a FLAG_REF decided by a refcount these rules do not model); only shrinks. */
const knownFailures = new Set(
  readFileSync(new URL("fixtures/marshal-known-failures.txt", import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean),
);
const marshalled = new Map<string, Uint8Array>();

beforeAll(async () => {
  const oracle = await Oracle.start();
  for (const file of files) {
    const [answer] = oracle.marshal([file.bytes], { filename: file.path });
    if ("bytes" in answer) marshalled.set(file.path, answer.bytes);
  }
});

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length ? -1 : i;
}

describe("marshal round trip over the stdlib corpus", () => {
  it("matches CPython byte for byte, apart from the known failures", () => {
    const failing: string[] = [];
    for (const [path, bytes] of marshalled) {
      if (firstDifference(dumps(loads(bytes)), bytes) >= 0) failing.push(path);
    }
    const rate = (marshalled.size - failing.length) / marshalled.size;
    console.log(
      `marshal round trip: ${marshalled.size - failing.length}/${marshalled.size} (${(rate * 100).toFixed(1)}%)`,
    );
    expect(marshalled.size).toBeGreaterThan(500);
    expect(failing.filter((p) => !knownFailures.has(p))).toEqual([]);
    expect(
      [...knownFailures].filter((p) => !failing.includes(p)),
      "fixed: remove from the list",
    ).toEqual([]);
  });

  it("loads(dumps(loads(b))) reproduces the same value for every file", () => {
    for (const [path, bytes] of marshalled) {
      const again = dumps(loads(dumps(loads(bytes))));
      expect(firstDifference(again, dumps(loads(bytes))), path).toBe(-1);
    }
  });
});
