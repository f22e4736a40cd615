// Property: compile never throws anything but a PyException, on arbitrary and mutated sources.
import { PyException } from "@ophis/tokenizer";
import fc from "fast-check";
import { describe, it } from "vitest";
import { compile } from "../src/index.js";

const seeds = [
  "def f(a, *b, **c):\n    return a + b\n",
  "class C(B):\n    x = 1\n    def m(self):\n        return self.x\n",
  "for i in range(3):\n    if i:\n        break\nelse:\n    pass\n",
  "try:\n    f()\nexcept E as e:\n    g(e)\nfinally:\n    h()\n",
  "with a as b, c:\n    d[1:2] += e\n",
  "x = [i for i in y if i]\nz = {k: v for k, v in w}\n",
  "async def f():\n    await g()\n    async for x in y: pass\n",
  "match x:\n    case [1, *r]: pass\n    case {'a': b}: pass\n",
  "x: int = 1\ndef f[T](a: T) -> T: return a\n",
  "global q\nnonlocal r\nlambda: (yield)\n",
];

function check(source: string): void {
  try {
    compile(source, "<fuzz>", "exec");
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
  }
}

describe("compile on arbitrary input", () => {
  it("throws only PyException for random text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), check), { numRuns: 300 });
  });
  it("throws only PyException for mutated programs", () => {
    const mutated = fc
      .tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat(), fc.string({ maxLength: 6 }))
      .map(([s, a, b, ins]) => {
        const i = a % (s.length + 1);
        const j = Math.min(s.length, i + (b % 8));
        return s.slice(0, i) + ins + s.slice(j);
      });
    fc.assert(fc.property(mutated, check), { numRuns: 500 });
  });
});
