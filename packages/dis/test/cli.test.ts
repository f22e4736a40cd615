// `ophis-dis [options] FILE` prints what `python -m dis [options] FILE` prints, usage errors included.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Oracle, type ProcessAnswer, stdlibCorpus } from "@ophis/oracle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { comparableDis } from "./comparable-text.js";

const cli = fileURLToPath(new URL("../bin/ophis-dis.js", import.meta.url));

/** CPython's main with argparse's prog set to `python -m dis`, as `python -m dis` itself shows it. */
const MAIN_AS_MODULE = `import argparse, dis, sys
_init = argparse.ArgumentParser.__init__
def init(self, *args, **kwargs):
    kwargs.setdefault("prog", "python -m dis")
    _init(self, *args, **kwargs)
argparse.ArgumentParser.__init__ = init
dis.main(sys.argv[1:])
`;

/** Addresses masked and frozenset items sorted on both sides, as the corpus digests compare dis text. */
const masked = (answer: ProcessAnswer): ProcessAnswer => ({
  ...answer,
  stdout: comparableDis(answer.stdout),
});

let invocations = 0;

function ours(args: string[], cwd: string, input?: string): ProcessAnswer {
  invocations++;
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd, input });
  return masked({ stdout: run.stdout, stderr: run.stderr, status: run.status ?? -1 });
}

function theirs(argv: string[], files: Record<string, string>): ProcessAnswer {
  const [answer] = oracle.run([{ source: MAIN_AS_MODULE, argv, files }]);
  return masked(answer);
}

/** -S (adaptive) with -C would show the warm-up counters quickening writes; Ophis never quickens. */
const OPTION_SETS = [[], ["-C"], ["-O"], ["-P"], ["-S"], ["-C", "-O", "-P"], ["--show-caches", "--show-pos"]];
/** Ten stdlib modules spread over the corpus, each disassembled with one set of options. */
const decoder = new TextDecoder("utf-8", { fatal: true });
const FILES = stdlibCorpus()
  .filter((_, i) => i % 53 === 7)
  .slice(0, 10)
  .map((f, i) => ({
    name: f.path.replaceAll("/", "_"),
    text: decoder.decode(f.bytes),
    args: OPTION_SETS[i % 7],
  }));

let oracle: Oracle;
let dir: string;
beforeAll(async () => {
  oracle = await Oracle.start();
  dir = mkdtempSync(join(tmpdir(), "ophis-dis-"));
});
afterAll(() => {
  console.log(
    `ophis-dis: ${invocations} invocations compared with python -m dis (${FILES.length} stdlib files)`,
  );
});

describe("ophis-dis FILE", () => {
  it.each(FILES.map((f) => [`${f.args.join(" ")} ${f.name}`, f] as const))("%s", (_name, file) => {
    writeFileSync(join(dir, file.name), file.text);
    const argv = [...file.args, file.name];
    expect(ours(argv, dir)).toEqual(theirs(argv, { [file.name]: file.text }));
  });

  it("reads stdin when no file is given", () => {
    const source = "for x in y:\n    print(x)\n";
    // The oracle's stdin has no binary buffer: CPython reads the same text from a file (no nested code, so the
    // file name never shows).
    expect(ours(["-P"], dir, source)).toEqual(theirs(["-P", "loop.py"], { "loop.py": source }));
  });

  it("reports a SyntaxError as CPython's last traceback line, exit status 1", () => {
    writeFileSync(join(dir, "bad.py"), "x = (\n");
    const expected = theirs(["bad.py"], { "bad.py": "x = (\n" });
    const mine = ours(["bad.py"], dir);
    expect(mine.status).toBe(expected.status);
    expect(mine.stderr).toBe(`${expected.stderr.trimEnd().split("\n").at(-1)}\n`);
  });
});

describe("ophis-dis usage", () => {
  const argvs = [
    ["-h"],
    ["--help", "x.py"],
    ["--show", "x.py"],
    ["--bogus", "x.py"],
    ["x.py", "y.py"],
    ["-CX", "x.py"],
  ];
  it.each(argvs.map((argv) => [argv.join(" "), argv]))("%s", (_name, argv) => {
    writeFileSync(join(dir, "x.py"), "x = 1\n");
    expect(ours(argv, dir)).toEqual(theirs(argv, { "x.py": "x = 1\n" }));
  });
});
