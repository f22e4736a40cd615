// Import caching, sys values that follow 64-bit Linux CPython (not the 32-bit oracle), and file errors with Linux errno.
import { Interpreter } from "@ophis/vm";
import { describe, expect, it } from "vitest";
import { memoryHost, PROGRAM_DIR } from "./programs-support.js";

const encoder = new TextEncoder();

function run(files: Map<string, Uint8Array>, source: string, options: { dontWriteBytecode?: boolean } = {}) {
  const out = { stdout: "", stderr: "" };
  files.set(`${PROGRAM_DIR}/main.py`, encoder.encode(source));
  const interp = new Interpreter({ host: memoryHost(files, "", out), argv: ["main.py"], ...options });
  const { exitCode } = interp.runFile(`${PROGRAM_DIR}/main.py`);
  return { ...out, exitCode };
}

describe("__pycache__", () => {
  it("writes <name>.ophis-314.pyc and reuses it while the source's mtime and size are unchanged", () => {
    const files = new Map<string, Uint8Array>();
    files.set(`${PROGRAM_DIR}/m.py`, encoder.encode("print('first')\n"));
    expect(run(files, "import m\n").stdout).toBe("first\n");
    expect(files.has(`${PROGRAM_DIR}/__pycache__/m.ophis-314.pyc`)).toBe(true);
    // Same size and (memory host) mtime: importlib trusts the cache, so the old code runs.
    files.set(`${PROGRAM_DIR}/m.py`, encoder.encode("print('other')\n"));
    expect(run(files, "import m\n").stdout).toBe("first\n");
    // A different size invalidates it.
    files.set(`${PROGRAM_DIR}/m.py`, encoder.encode("print('changed')\n"));
    expect(run(files, "import m\n").stdout).toBe("changed\n");
  });

  it("writes nothing with -B", () => {
    const files = new Map<string, Uint8Array>();
    files.set(`${PROGRAM_DIR}/m.py`, encoder.encode("x = 1\n"));
    const r = run(files, "import sys, m\nprint(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)\n", {
      dontWriteBytecode: true,
    });
    expect(r.stdout).toBe("True 1\n");
    expect([...files.keys()].some((k) => k.includes("__pycache__"))).toBe(false);
  });
});

describe("sys on 64-bit Linux", () => {
  it("has CPython 3.14's platform values and Ophis's identity", () => {
    const r = run(
      new Map(),
      [
        "import sys",
        "print(sys.maxsize == 2**63 - 1, sys.platform, sys.byteorder)",
        "print(sys.implementation.name, sys.implementation.cache_tag)",
        "print(sys.version_info[:2], hex(sys.hexversion)[:6])",
        "print(sys.flags.dont_write_bytecode, sys.getrecursionlimit())",
        "print(repr(sys.stdout), repr(sys.stdin))",
      ].join("\n"),
    );
    expect(r.stdout).toBe(
      [
        "True linux little",
        "ophis ophis-314",
        "(3, 14) 0x30e0",
        "0 1000",
        "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'> <_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>",
        "",
      ].join("\n"),
    );
  });

  it("gives __main__ the builtins module and other namespaces its dict, as `python main.py` does", () => {
    const files = new Map([[`${PROGRAM_DIR}/m.py`, encoder.encode("")]]);
    const r = run(files, "import m\nprint(type(__builtins__).__name__, type(m.__builtins__).__name__)\n");
    expect(r.stdout).toBe("module dict\n");
  });

  it("reports a missing file with Linux's errno 2", () => {
    const r = run(new Map(), "try:\n    open('nope.txt')\nexcept OSError as e:\n    print(e.errno, e)\n");
    expect(r.stdout).toBe("2 [Errno 2] No such file or directory: 'nope.txt'\n");
  });

  it("calls a replaced sys.excepthook for an uncaught exception", () => {
    const r = run(
      new Map(),
      "import sys\nsys.excepthook = lambda t, v, tb: print('hook', t.__name__, v)\nraise ValueError('x')\n",
    );
    expect(r).toMatchObject({ stdout: "hook ValueError x\n", stderr: "", exitCode: 1 });
  });
});
