// co_lines, co_positions, the exception table, derived name tuples and .pyc bytes, against CPython on samples.
import { Oracle } from "@ophis/oracle";
import { beforeAll, describe, expect, it } from "vitest";
import { CodeObject, loads, readPyc, writePyc } from "../src/index.js";

const SAMPLES = [
  "x = 1\nprint(x)\n",
  "def f(a, /, b, *c, d, **e):\n    try:\n        return a + b\n    except (KeyError, ValueError) as err:\n        raise\n    finally:\n        print('done')\n",
  "class A:\n    def m(self):\n        def inner():\n            return self\n        return inner\n",
  "async def g(xs):\n    async with xs as y:\n        return [i async for i in y if i]\n",
  "for i in range(10):\n    if i % 2:\n        continue\n    else:\n        break\nelse:\n    pass\n",
  "def h(\n    a,\n    b,\n):\n    return (a\n            +\n            b)\n" +
    "x = 1\n".repeat(300) +
    "h(1, 2)\n",
  "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v}:\n        pass\n    case A(x=1):\n        pass\n",
  "with open('f') as f, open('g') as g:\n    try:\n        pass\n    except* ValueError:\n        pass\n",
];

const PROGRAM = `
import json, sys, base64, marshal, dis
from importlib._bootstrap_external import _code_to_timestamp_pyc
samples = json.loads(sys.stdin.read())
def walk(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, "co_code"): yield from walk(c)
def pyc(src):
    # As py_compile and SourceLoader.get_code hold it: in a local only, so marshal sees one reference to the code.
    code = compile(src, "sample.py", "exec")
    return bytes(_code_to_timestamp_pyc(code, 1700000000, len(src)))
out = []
for src in samples:
    code = compile(src, "sample.py", "exec")
    out.append({
        "marshal": base64.b64encode(marshal.dumps(code)).decode(),
        "pyc": base64.b64encode(pyc(src)).decode(),
        "codes": [{
            "lines": list(co.co_lines()), "positions": list(co.co_positions()),
            "exc": [[e.start, e.end, e.target, e.depth, e.lasti] for e in dis._parse_exception_table(co)],
            "varnames": co.co_varnames, "cellvars": co.co_cellvars, "freevars": co.co_freevars, "nlocals": co.co_nlocals,
        } for co in walk(code)],
    })
print(json.dumps(out))
`;

interface Answer {
  marshal: string;
  pyc: string;
  codes: {
    lines: unknown[];
    positions: unknown[];
    exc: unknown[];
    varnames: string[];
    cellvars: string[];
    freevars: string[];
    nlocals: number;
  }[];
}

let answers: Answer[];
beforeAll(async () => {
  const oracle = await Oracle.start();
  const [run] = oracle.run([{ source: PROGRAM, stdin: JSON.stringify(SAMPLES) }]);
  answers = JSON.parse(run.stdout) as Answer[];
});

const b64 = (s: string) => new Uint8Array(Buffer.from(s, "base64"));

function* walk(co: CodeObject): Generator<CodeObject> {
  yield co;
  for (const c of co.co_consts) if (c instanceof CodeObject) yield* walk(c);
}

describe("line, position and exception tables", () => {
  it.each(SAMPLES.map((s, i) => [i, s] as const))("sample %i", (i) => {
    const code = loads(b64(answers[i].marshal)) as CodeObject;
    const ours = [...walk(code)].map((co) => ({
      lines: co.co_lines(),
      positions: co.co_positions(),
      exc: co.exceptionEntries().map((e) => [e.start, e.end, e.target, e.depth, e.lasti]),
      varnames: co.co_varnames,
      cellvars: co.co_cellvars,
      freevars: co.co_freevars,
      nlocals: co.co_nlocals,
    }));
    expect(ours).toEqual(answers[i].codes);
  });
});

describe(".pyc", () => {
  it.each(SAMPLES.map((s, i) => [i, s] as const))("writes importlib's bytes for sample %i", (i, source) => {
    const code = loads(b64(answers[i].marshal)) as CodeObject;
    const pyc = writePyc(code, { kind: "timestamp", mtime: 1700000000, sourceSize: source.length });
    expect(Buffer.from(pyc).toString("base64")).toBe(answers[i].pyc);
    const back = readPyc(pyc);
    expect(back.validation).toEqual({ kind: "timestamp", mtime: 1700000000, sourceSize: source.length });
    expect(back.code.co_code).toEqual(code.co_code);
  });
});
