// Unicode properties (printable, identifier start and continue) as CPython's unicodedata has them, not the host's.
import { Oracle } from "@ophis/oracle";
import { isIdentifierContinue, isIdentifierStart, isPrintable, reprStr } from "@ophis/tokenizer";
import { expect, it } from "vitest";

// Every 37th code point, plus characters Unicode 16 assigned (newer than many JS engines' tables).
const sample: number[] = [0x088f, 0x1ae0, 0xfbd1, 0x331db, 0x10d4a, 0x1e5d0, 0x11380, 0x16d40];
for (let cp = 0; cp < 0x110000; cp += 37) sample.push(cp);

it("agrees with CPython on str.isprintable, identifiers and repr for a sample across all planes", async () => {
  const program = [
    "import json, sys",
    "out = []",
    "for cp in json.loads(sys.stdin.read()):",
    "    c = chr(cp)",
    "    out.append([c.isprintable(), c.isidentifier(), ('a' + c).isidentifier(), repr(c)])",
    "print(json.dumps(out))",
  ].join("\n");
  const [answer] = (await Oracle.start()).run([{ source: program, stdin: JSON.stringify(sample) }]);
  expect(answer.stderr).toBe("");
  const expected = JSON.parse(answer.stdout) as [boolean, boolean, boolean, string][];
  const ours = sample.map((cp) => {
    const c = String.fromCodePoint(cp);
    return [isPrintable(cp), isIdentifierStart(cp), isIdentifierContinue(cp), reprStr(c)];
  });
  expect(ours).toEqual(expected);
});
