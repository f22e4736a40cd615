// `ophis-ast [options] FILE` prints what `python -m ast [options] FILE` prints, errors included.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Oracle, type ProcessAnswer } from "@ophis/oracle";
import { beforeAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../bin/ophis-ast.js", import.meta.url));

/** [name, source, options]: each runs through both commands. */
const cases: [string, string | Uint8Array, string[]][] = [
  ["assignment", "x = [a ** 2 for a in range(10) if a % 3 != 0]  # squares\n", []],
  ["attributes", "def f(a, /, *b, c=1, **d) -> None:\n    return a\n", ["-a"]],
  ["indent 2 with attributes", "class C[T](B, metaclass=M):\n    x: int = 1\n", ["-a", "-i", "2"]],
  ["clustered flags", "print(f'{x!r:>{w}}', t'{y}')\n", ["-ai1"]],
  ["indent 0", "match p:\n    case [1, *r] | {'k': _} if r:\n        pass\n", ["--indent=0"]],
  ["show empty", "async def g():\n    async with a as b:\n        await b\n", ["--show-empty"]],
  ["eval mode", "lambda x, *y: (x, *y)\n", ["-m", "eval"]],
  ["single mode", "x = 1; y = 2\n", ["--mode", "single"]],
  ["func_type mode", "(int, *str) -> None\n", ["-m", "func_type"]],
  ["feature version", "try:\n    pass\nexcept* E:\n    pass\n", ["--feature-version", "3.14"]],
  ["no type comments", "x = 1\n", ["--no-type-comments", "-a"]],
  [
    "type comments",
    "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    x = 1  # type: int\n# type: ignore[misc]\n",
    [],
  ],
  ["type comments ignored", "x = 1  # type: int\n", ["--no-type-comments"]],
  ["optimize", 'if __debug__:\n    """doc"""\n    print(\'%s-%r\' % (a, b))\n', ["-O", "1"]],
  [
    "optimize 2",
    '"""module doc"""\ndef f():\n    """doc"""\n    return -1\n',
    ["--optimize", "2", "-i", "1"],
  ],
  ["unicode and bytes", "π = 'ünïcödé \\t 𝔘'\nλ = b'\\xff'\n", ["-i", "4"]],
  [
    "latin-1",
    new Uint8Array([...Buffer.from("# -*- coding: latin-1 -*-\ns = '"), 0xe9, ...Buffer.from("'\n")]),
    [],
  ],
  ["unclosed", "foo(1,\n  2\n", []],
  ["invalid assignment", "if x:\n    f() = 1\n", []],
  ["bad indentation", "if x:\n        a\n    b\n", []],
  ["tab error", "if x:\n\ta\n        b\n", []],
  ["multi-line error range", "x = (1 +\n     2))\n", []],
  ["unterminated string", "s = 'abc\n", ["-a"]],
  ["carets after wide characters", "if x:\n    λ = 'é𝔘' é 1\n", []],
  ["carets after a tab", "if x:\n\ty = (1 2)\n", []],
  ["null byte", "x = 1\0\n", []],
];

/**
 * CPython's frames above the SyntaxError are installation-specific: keep the error's own lines (from
 * `  File "<infile>"`, or only the exception line when the error has no position).
 */
function fromFileLine(answer: ProcessAnswer, path: string): ProcessAnswer {
  if (!answer.stderr.startsWith("Traceback")) return answer;
  const at = answer.stderr.indexOf(`  File "${path}"`);
  const lines = answer.stderr.trimEnd().split("\n");
  return { ...answer, stderr: at >= 0 ? answer.stderr.slice(at) : `${lines[lines.length - 1]}\n` };
}

function ours(args: string[], cwd?: string): ProcessAnswer {
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status ?? -1 };
}

let oracle: Oracle;
let dir: string;
beforeAll(async () => {
  oracle = await Oracle.start();
  dir = mkdtempSync(join(tmpdir(), "ophis-ast-"));
});

describe("ophis-ast FILE", () => {
  it.each(cases)("%s", (name, source, args) => {
    const path = join(dir, `${name.replaceAll(" ", "-")}.py`);
    writeFileSync(path, source);
    const [expected] = oracle.astCli([source], { path, args });
    expect(ours([...args, path])).toEqual(fromFileLine(expected, path));
  });
});

/** CPython's main with argparse's prog set to `python -m ast`, as `python -m ast` itself shows it. */
const MAIN_AS_MODULE = `import argparse, ast, sys
_init = argparse.ArgumentParser.__init__
def init(self, *args, **kwargs):
    kwargs.setdefault("prog", "python -m ast")
    _init(self, *args, **kwargs)
argparse.ArgumentParser.__init__ = init
ast.main(sys.argv[1:])
`;

describe("ophis-ast usage", () => {
  const argvs = [
    ["-h"],
    ["x.py", "--help"],
    ["-m", "bad", "x.py"],
    ["-i", "x", "x.py"],
    ["-i"],
    ["--feature-version", "3", "x.py"],
    ["--feature-version", "3.x", "x.py"],
    ["--bogus", "x.py"],
    ["x.py", "y.py"],
    ["--in", "2", "x.py"],
    ["--inc", "--sh", "x.py"],
    ["-i", "-1", "x.py"],
    ["--", "x.py"],
  ];
  it.each(argvs.map((argv) => [argv.join(" "), argv]))("%s", (_name, argv) => {
    const files = { "x.py": "x = 1\n" };
    const [expected] = oracle.run([{ source: MAIN_AS_MODULE, argv, files }]);
    const cwd = mkdtempSync(join(dir, "usage-"));
    writeFileSync(join(cwd, "x.py"), files["x.py"]);
    expect(ours(argv, cwd)).toEqual(expected);
  });

  it("reads stdin when no file is given", () => {
    const run = spawnSync(process.execPath, [cli, "-m", "eval"], { encoding: "utf8", input: "x + 1\n" });
    const [expected] = oracle.astCli(["x + 1\n"], { path: join(dir, "stdin.py"), args: ["-m", "eval"] });
    expect(run.stdout).toBe(expected.stdout);
  });

  it("reports a missing file as CPython's FileNotFoundError (errno aside)", () => {
    const [expected] = oracle.run([{ source: MAIN_AS_MODULE, argv: ["nope.py"] }]);
    const last = (s: string) =>
      s
        .trimEnd()
        .split("\n")
        .at(-1)
        ?.replace(/\[Errno \d+\]/, "[Errno N]");
    const run = ours(["nope.py"], dir);
    expect([last(run.stderr), run.status]).toEqual([last(expected.stderr), expected.status]);
  });
});
