// .pyc files cross between Ophis and CPython 3.14 both ways over the stdlib corpus, and disassemble as CPython's.
import { readFileSync } from "node:fs";
import { type CodeObject, MAGIC_BYTES, type Pyc, readPyc, writePyc } from "@ophis/bytecode";
import { dis } from "@ophis/dis";
import { Oracle, type PycToLoad, readDigests, sha256, stdlibCorpus } from "@ophis/oracle";
import { PyException } from "@ophis/tokenizer";
import { beforeAll, describe, expect, it } from "vitest";
import { comparableDis } from "../../dis/test/comparable-text.js";
import { compile } from "../src/index.js";

const lines = (url: URL) => new Set(readFileSync(url, "utf8").split("\n").filter(Boolean));
const plainDigests = readDigests(
  new URL("../../dis/test/fixtures/stdlib-dis.sha256", import.meta.url).pathname,
);
const cachesDigests = readDigests(
  new URL("../../dis/test/fixtures/stdlib-dis-caches.sha256", import.meta.url).pathname,
);
/** Files where Ophis's compile differs from CPython's: its .pyc cannot disassemble as CPython's own. */
const compilerKnownFailures = lines(new URL("fixtures/corpus-known-failures.txt", import.meta.url));
/** Files whose marshal bytes Ophis cannot reproduce (a FLAG_REF decided by a refcount). */
const marshalKnownFailures = lines(
  new URL("../../bytecode/test/fixtures/marshal-known-failures.txt", import.meta.url),
);
/** An mtime CPython checks the header against: any value, as long as both sides agree on it. */
const MTIME = 1_764_000_000;

const files = stdlibCorpus();
let oracle: Oracle;
/** CPython's timestamp .pyc of every file, written before anything else runs in the interpreter. */
const cpythonPycs = new Map<string, Uint8Array>();

beforeAll(async () => {
  oracle = await Oracle.start();
  // Whether marshal marks an object FLAG_REF depends on its refcount, which objects left alive by other
  // requests (interned strings, cached constants) can raise: ask for these while the interpreter is fresh.
  for (const file of files) {
    const [answer] = oracle.pyc([file.bytes], {
      filename: file.path,
      mtime: MTIME,
      source_size: file.bytes.length,
    });
    if (!("bytes" in answer)) throw new Error(`${file.path}: ${answer.error.str}`);
    cpythonPycs.set(file.path, answer.bytes);
  }
}, 600_000);

const matchesDigest = (text: string, digest: string | undefined) => sha256(comparableDis(text)) === digest;
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe("Ophis's .pyc files in CPython", () => {
  it("pass importlib's header checks, load, and disassemble as CPython's own compile", {
    timeout: 600_000,
  }, () => {
    const pycs: PycToLoad[] = files.map((file) => ({
      pyc: writePyc(compile(file.bytes, file.path, "exec"), {
        kind: "timestamp",
        mtime: MTIME,
        sourceSize: file.bytes.length,
      }),
      name: file.path,
      mtime: MTIME,
      sourceSize: file.bytes.length,
    }));
    const answers = oracle.disPyc(pycs);
    const refused: string[] = [];
    const differing: string[] = [];
    answers.forEach((answer, i) => {
      const path = files[i].path;
      if ("error" in answer) refused.push(`${path}: ${answer.error.type}: ${answer.error.str}`);
      else if (!matchesDigest(answer.dis, plainDigests.get(path))) differing.push(path);
      else expect(answer.flags).toBe(0);
    });
    const loaded = files.length - refused.length;
    console.log(
      `Ophis -> CPython: ${loaded}/${files.length} .pyc files load, ${loaded - differing.length} disassemble as CPython's compile`,
    );
    expect(refused).toEqual([]);
    expect(differing.filter((p) => !compilerKnownFailures.has(p))).toEqual([]);
  });

  it("carry hash-based headers CPython validates against the source", () => {
    const sample = files.filter((_, i) => i % 37 === 0);
    let matching = 0;
    for (const kind of ["checked-hash", "unchecked-hash"] as const) {
      const theirs = sample.map((file, i) => {
        const [answer] = oracle.pyc([file.bytes], { kind, filename: file.path });
        if (!("bytes" in answer)) throw new Error(`${file.path}: ${answer.error.str}`);
        return readPyc(answer.bytes, sample[i].path).validation;
      });
      const pycs = sample.map((file, i) => {
        const validation = theirs[i];
        expect(validation).toMatchObject({ kind: "hash", checkSource: kind === "checked-hash" });
        return {
          pyc: writePyc(compile(file.bytes, file.path, "exec"), validation),
          name: file.path,
          source: file.bytes,
        };
      });
      oracle.disPyc(pycs, { show_caches: true }).forEach((answer, i) => {
        const path = sample[i].path;
        if ("error" in answer) throw new Error(`${path}: ${answer.error.type}: ${answer.error.str}`);
        expect(answer.flags).toBe(kind === "checked-hash" ? 3 : 1);
        if (matchesDigest(answer.dis, cachesDigests.get(path))) matching++;
        else expect(compilerKnownFailures.has(path), path).toBe(true);
      });
    }
    console.log(
      `Ophis -> CPython, hash-based: ${matching}/${sample.length * 2} .pyc files disassemble the same`,
    );
  });
});

describe("CPython's .pyc files in Ophis", () => {
  it("load, keep their header, disassemble as CPython's and write back the same bytes", {
    timeout: 600_000,
  }, () => {
    let rewritten = 0;
    const differing: string[] = [];
    for (const file of files) {
      const bytes = cpythonPycs.get(file.path) as Uint8Array;
      const pyc: Pyc = readPyc(bytes, file.path);
      expect(pyc.validation).toEqual({ kind: "timestamp", mtime: MTIME, sourceSize: file.bytes.length });
      const code: CodeObject = pyc.code;
      if (
        !matchesDigest(dis(code), plainDigests.get(file.path)) ||
        !matchesDigest(dis(code, { showCaches: true }), cachesDigests.get(file.path))
      )
        differing.push(file.path);
      if (sameBytes(writePyc(code, pyc.validation), bytes)) rewritten++;
      else expect(marshalKnownFailures.has(file.path), file.path).toBe(true);
    }
    console.log(
      `CPython -> Ophis: ${files.length}/${files.length} .pyc files load, ${files.length - differing.length} disassemble as CPython's, ${rewritten} rewritten byte for byte`,
    );
    expect(differing).toEqual([]);
  });
});

describe("broken .pyc files", () => {
  const good = writePyc(compile("x = 1\n", "bad.py", "exec"), { kind: "timestamp", mtime: 0, sourceSize: 6 });
  const withFlags = (flags: number) => {
    const b = Uint8Array.from(good);
    b[4] = flags;
    return b;
  };
  const notCode = Uint8Array.from([...good.subarray(0, 16), 0xe9, 0x01, 0x00, 0x00, 0x00]);
  const cases: [string, Uint8Array][] = [
    ["bad magic", Uint8Array.from([0x00, 0x00, ...good.subarray(2)])],
    ["short bad magic", Uint8Array.from([0x41, 0x42])],
    ["truncated header", Uint8Array.from([...MAGIC_BYTES, 0, 0])],
    ["invalid flags", withFlags(4)],
    ["non-code body", notCode],
  ];

  it("are refused with CPython's exception type and message", () => {
    const answers = oracle.disPyc(cases.map(([name, pyc]) => ({ pyc, name, mtime: 0, sourceSize: 6 })));
    cases.forEach(([name, pyc], i) => {
      const answer = answers[i];
      if (!("error" in answer)) throw new Error(`CPython accepted ${name}`);
      let ours: PyException | undefined;
      try {
        readPyc(pyc, name);
      } catch (error) {
        if (!(error instanceof PyException)) throw error;
        ours = error;
      }
      expect({ case: name, type: ours?.pyType, message: ours?.args[0] }).toEqual({
        case: name,
        type: answer.error.type,
        message: answer.error.args[0],
      });
    });
    console.log(`broken .pyc files: ${cases.length} cases refused as CPython refuses them`);
  });
});
