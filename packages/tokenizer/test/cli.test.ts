// `ophis-tokenize [-e] FILE` prints what `python -m tokenize [-e] FILE` prints, errors included.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Oracle } from "@ophis/oracle";
import { beforeAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../bin/ophis-tokenize.js", import.meta.url));

const sources: Record<string, string | Uint8Array> = {
  operators: "x = [a ** 2 for a in range(10) if a % 3 != 0]  # squares\n",
  fstring: 'print(f"{name!r:>{width}} and {{braces}}", t"{x=}")\n',
  blocks: "def f(a, /, *b, **c) -> None:\n    if a:\n\treturn ...\n",
  unicode: "π = 'ünïcödé \\t\\x00 \u200b 𝔘'\nλ = b'\\xff'\n",
  latin1: new Uint8Array([...Buffer.from("# -*- coding: latin-1 -*-\ns = '"), 0xe9, ...Buffer.from("'\n")]),
  noNewline: "if x:\n    y = 1",
  unterminated: "s = 'abc\n",
  unclosed: "foo(1,\n  2\n",
  badIndent: "if x:\n        a\n    b\n",
  invalidCharacter: "a = 1 € 2\n",
};

let oracle: Oracle;
let dir: string;
beforeAll(async () => {
  oracle = await Oracle.start();
  dir = mkdtempSync(join(tmpdir(), "ophis-tokenize-"));
});

describe("ophis-tokenize", () => {
  for (const exact of [false, true]) {
    it.each(Object.entries(sources))(`%s${exact ? " with -e" : ""}`, (name, source) => {
      const path = join(dir, `${name}.py`);
      writeFileSync(path, source);
      const [expected] = oracle.tokenizeCli([source], { exact, path });
      const ours = spawnSync(process.execPath, [cli, ...(exact ? ["-e"] : []), path], { encoding: "utf8" });
      expect({ stdout: ours.stdout, stderr: ours.stderr, status: ours.status }).toEqual(expected);
    });
  }
});
