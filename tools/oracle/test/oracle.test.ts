// The oracle itself: the corpus reader, CPython's answers, the network block and the digest helpers.

import { deflateRawSync } from "node:zlib";
import { lineDiff, Oracle, readZip, sha256, stdlibCorpus, tokenStreamText } from "@ophis/oracle";
import { beforeAll, describe, expect, it } from "vitest";

let oracle: Oracle;
beforeAll(async () => {
  oracle = await Oracle.start();
});

describe("stdlib corpus", () => {
  it("reads every .py file of the stdlib zip CPython itself imports from", () => {
    const files = stdlibCorpus();
    expect(files.length).toBeGreaterThan(500);
    expect(files.map((f) => f.path)).toContain("asyncio/events.py");
    const [answer] = oracle.run([
      {
        source:
          "import os, zipfile\nzip = zipfile.ZipFile(os.path.dirname(os.__file__))\nprint(len([n for n in zip.namelist() if n.endswith('.py')]))",
      },
    ]);
    expect(Number(answer.stdout)).toBe(files.length);
  });

  it("inflates deflated and stored zip entries", () => {
    const text = new TextEncoder().encode("print('zip')\n".repeat(50));
    const deflated = new Uint8Array(deflateRawSync(text));
    const zip = buildZip([
      ["a.py", 8, deflated, text.length],
      ["dir/b.py", 0, text, text.length],
    ]);
    const files = readZip(zip);
    expect(new TextDecoder().decode(files.get("a.py"))).toBe("print('zip')\n".repeat(50));
    expect(files.get("dir/b.py")).toEqual(text);
  });
});

describe("answers", () => {
  it("is CPython 3.14", () => {
    expect(oracle.version().version_info.slice(0, 2)).toEqual([3, 14]);
  });

  it("tokenizes text and bytes, reporting the error after the tokens before it", () => {
    const [text, bytes, broken] = oracle.tokens(["x = 1\n", new TextEncoder().encode("y\n"), "a (\n"]);
    expect(text.tokens.map((t) => t[1])).toEqual(["x", "=", "1", "\n", ""]);
    expect(bytes.tokens[0]).toEqual([68, "utf-8", [0, 0], [0, 0], ""]);
    expect(broken.tokens.map((t) => t[1])).toEqual(["a", "(", "\n"]);
    expect(broken.error?.type).toBe("tokenize.TokenError");
    expect(broken.error?.args).toEqual(["unexpected EOF in multi-line statement", [1, 0]]);
  });

  it("runs programs with CPython's traceback text and exit status", () => {
    const [ok, failing, exiting] = oracle.run([
      { source: "import sys\nprint(sys.argv[1:], input())", argv: ["a"], stdin: "typed\n" },
      { source: "def f():\n    return 1/0\nf()\n" },
      { source: "raise SystemExit(4)" },
    ]);
    expect(ok).toEqual({ stdout: "['a'] typed\n", stderr: "", status: 0 });
    expect(failing.stderr).toMatch(
      /^Traceback \(most recent call last\):\n {2}File "[^"]*main.py", line 3, in <module>\n/,
    );
    expect(failing.stderr.endsWith("ZeroDivisionError: division by zero\n")).toBe(true);
    expect(failing.status).toBe(1);
    expect(exiting.status).toBe(4);
  });

  it("starts each program of a batch afresh, whatever the one before changed in sys", () => {
    const failing = "def f():\n    return 1/0\nf()\n";
    const [, after] = oracle.run([
      { source: "import sys\nsys.tracebacklimit = 0\nsys.setrecursionlimit(50)\nsys.excepthook = print\n" },
      { source: `import sys\nprint(sys.getrecursionlimit())\n${failing}` },
    ]);
    const [alone] = oracle.run([{ source: `import sys\nprint(sys.getrecursionlimit())\n${failing}` }]);
    // Each program of a batch runs in its own directory: compare without its number.
    const unnumbered = (a: typeof after) => ({
      ...a,
      stderr: a.stderr.replace(/oracle_run_\d+/g, "oracle_run"),
    });
    expect(unnumbered(after)).toEqual(unnumbered(alone));
    expect(after.stderr).toContain("Traceback (most recent call last):");
  });

  it("never reaches the network", () => {
    const [answer] = oracle.run([{ source: "import socket\nsocket.create_connection(('127.0.0.1', 9))" }]);
    expect(answer.stderr).toContain("network access is blocked in the Ophis oracle");
    expect(answer.status).toBe(1);
  });

  it("gives ast dumps, dis text and marshal bytes", () => {
    expect(oracle.astDump(["x"])[0]).toEqual({ dump: "Module(body=[Expr(value=Name(id='x', ctx=Load()))])" });
    const dis = oracle.dis(["def f(): pass"])[0];
    expect("dis" in dis && dis.dis).toContain("<code object f at 0x....");
    const marshalled = oracle.marshal(["None"])[0];
    expect("bytes" in marshalled && marshalled.bytes[0] & 0x7f).toBe("c".charCodeAt(0));
  });
});

describe("digests", () => {
  it("serializes token streams canonically and diffs them readably", () => {
    const text = tokenStreamText([[1, "x", [1, 0], [1, 1], "x\n"]], { type: "SyntaxError", args: ["m"] });
    expect(text).toBe('[1,"x",[1,0],[1,1],"x\\n"]\n["error","SyntaxError",["m"]]\n');
    expect(sha256("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(lineDiff("a\nb\nc", "a\nB\nc")).toContain("- b\n+ B");
  });
});

type Entry = [name: string, method: number, data: Uint8Array, size: number];

function buildZip(entries: Entry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, method, data, size] of entries) {
    const nameBytes = new TextEncoder().encode(name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(8, method, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, nameBytes.length, true);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(10, method, true);
    header.setUint32(20, data.length, true);
    header.setUint32(24, size, true);
    header.setUint16(28, nameBytes.length, true);
    header.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), nameBytes, data);
    central.push(new Uint8Array(header.buffer), nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
