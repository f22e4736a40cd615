// complex's 64-bit hash (the oracle runs a 32-bit CPython, so these expectations come from 64-bit CPython 3.13).
import { complexHash, complexRepr, formatComplex } from "@ophis/objects";
import { describe, expect, it } from "vitest";

const ID = 0x7f0000100000 >> 4;

describe("complex hash", () => {
  it("matches 64-bit CPython", () => {
    const cases: [number, number, bigint][] = [
      [1.5, 2.5, 4611686018429387911n],
      [0.1, 0.2, 1614090106475185856n],
      [-1e300, 1e-300, -6339398033648882639n],
      [2 ** 62, 3, 3000011n],
      [-(2 ** 63), 1e18, 5003764205206896636n],
      [Infinity, -Infinity, -314159628318n],
      [0.5, -0.5, -2305843009213693952n],
      [1e20, 1e20, 857238125172236652n],
      [3.25, -7.125, -288230376158711762n],
      [1e-5, 42, 2170758078864671334n],
      [123456.789, -987654.321, -401209081289728338n],
      [-1, 0, -2n],
      [0, -1, -2000006n],
      [-1000004, 1, -2n],
    ];
    for (const [re, im, h] of cases) expect(BigInt(complexHash({ real: re, imag: im }, ID))).toBe(h);
  });

  it("hashes a nan part by identity, the same for both parts", () => {
    const h = BigInt(complexHash({ real: Number.NaN, imag: 0 }, ID));
    expect(h).toBe(BigInt(ID));
  });
});

describe("complex text", () => {
  it("drops the parentheses only for a +0.0 real part", () => {
    expect(complexRepr(0, -0)).toBe("-0j");
    expect(complexRepr(-0, -0)).toBe("(-0-0j)");
    expect(complexRepr(Number.NaN, Infinity)).toBe("(nan+infj)");
  });

  it("formats both parts with one spec", () => {
    expect(formatComplex(1, 2, "^20.2f")).toBe("     1.00+2.00j     ");
    expect(formatComplex(0, 2, "+")).toBe("+2j");
    expect(() => formatComplex(1, 2, "010")).toThrow();
  });
});
