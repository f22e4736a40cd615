// Character names against CPython's unicodedata: every code point's name, and lookups by name in any case.
import { Oracle } from "@ophis/oracle";
import { characterName, lookupCharacterName } from "@ophis/tokenizer";
import { describe, expect, it } from "vitest";

describe("character names", () => {
  it("name every code point as unicodedata.name does, and look each name up again", async () => {
    const oracle = await Oracle.start();
    const [answer] = oracle.run([
      {
        source:
          "import json, unicodedata\nprint(json.dumps([unicodedata.name(chr(c), None) for c in range(0x110000)]))\n",
      },
    ]);
    const expected = JSON.parse(answer.stdout) as (string | null)[];
    let named = 0;
    const wrong: string[] = [];
    for (let cp = 0; cp < expected.length; cp++) {
      const name = expected[cp];
      if (name !== null) named++;
      if ((characterName(cp) ?? null) !== name)
        wrong.push(`U+${cp.toString(16)}: ${characterName(cp)} vs ${name}`);
      else if (name !== null && lookupCharacterName(name.toLowerCase()) !== cp) wrong.push(`lookup ${name}`);
      if (wrong.length > 10) break;
    }
    expect(wrong).toEqual([]);
    expect(named).toBeGreaterThan(140_000);
  }, 120_000);

  it("refuse what CPython refuses", () => {
    for (const bad of [
      "",
      "NOPE",
      "CJK UNIFIED IDEOGRAPH-",
      "CJK UNIFIED IDEOGRAPH-0041",
      "HANGUL SYLLABLE",
      "HANGUL SYLLABLE Q",
    ])
      expect(lookupCharacterName(bad)).toBeUndefined();
  });
});
