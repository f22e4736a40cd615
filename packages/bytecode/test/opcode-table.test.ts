// The opcode table checked whole against CPython 3.14's opcode, dis and _opcode modules.
import { Oracle } from "@ophis/oracle";
import { beforeAll, describe, expect, it } from "vitest";
import {
  hasArg,
  hasarg,
  hasConst,
  hasconst,
  hasExc,
  hasexc,
  hasFree,
  hasfree,
  hasJump,
  hasjump,
  hasLocal,
  haslocal,
  hasName,
  hasname,
  inlineCacheEntries,
  isValid,
  opmap,
  SPECIALIZATIONS,
  specializedOpmap,
  stackEffect,
} from "../src/index.js";

const ARGS = [0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 255, 256, 257, 1000];
const PROGRAM = `
import dis, opcode, _opcode, json
def effect(op, arg, jump):
    try: return dis.stack_effect(op, arg, jump=jump)
    except ValueError: return "ValueError"
print(json.dumps({
  "opmap": opcode.opmap, "specialized": opcode._specialized_opmap, "specializations": opcode._specializations,
  "cache": opcode._inline_cache_entries,
  "lists": {k: getattr(dis, k) for k in ("hasarg","hasconst","hasname","hasjump","hasfree","haslocal","hasexc")},
  "helpers": [[f(op) for f in (_opcode.is_valid, _opcode.has_arg, _opcode.has_const, _opcode.has_name,
      _opcode.has_jump, _opcode.has_free, _opcode.has_local, _opcode.has_exc)] for op in range(300)],
  "effects": [[[effect(op, a, j) for j in (None, True, False)] for a in ${JSON.stringify(ARGS)}] for op in range(300)],
}))
`;

interface Facts {
  opmap: Record<string, number>;
  specialized: Record<string, number>;
  specializations: Record<string, string[]>;
  cache: Record<string, number>;
  lists: Record<string, number[]>;
  helpers: boolean[][];
  effects: (number | string)[][][];
}

let facts: Facts;
beforeAll(async () => {
  const oracle = await Oracle.start();
  const [answer] = oracle.run([{ source: PROGRAM }]);
  facts = JSON.parse(answer.stdout) as Facts;
});

describe("opcode table vs CPython 3.14", () => {
  it("has opcode.opmap and opcode._specialized_opmap", () => {
    expect(opmap).toEqual(facts.opmap);
    expect(specializedOpmap).toEqual(facts.specialized);
  });

  it("has opcode._specializations and opcode._inline_cache_entries", () => {
    expect(SPECIALIZATIONS).toEqual(facts.specializations);
    expect(inlineCacheEntries).toEqual(facts.cache);
  });

  it("has dis.hasarg, hasconst, hasname, hasjump, hasfree, haslocal, hasexc", () => {
    const ours = { hasarg, hasconst, hasname, hasjump, hasfree, haslocal, hasexc };
    for (const [name, list] of Object.entries(facts.lists)) {
      expect(
        [...ours[name as keyof typeof ours]].sort((a, b) => a - b),
        name,
      ).toEqual([...list].sort((a, b) => a - b));
    }
  });

  it("answers the _opcode helpers for every number below 300", () => {
    const helpers = [isValid, hasArg, hasConst, hasName, hasJump, hasFree, hasLocal, hasExc];
    const ours = facts.helpers.map((_, op) => helpers.map((f) => f(op)));
    expect(ours).toEqual(facts.helpers);
  });

  it("gives dis.stack_effect for every opcode, argument and jump", () => {
    const ours = facts.effects.map((_, op) =>
      ARGS.map((arg) =>
        [null, true, false].map((jump) => {
          try {
            return stackEffect(op, arg, jump);
          } catch {
            return "ValueError";
          }
        }),
      ),
    );
    expect(ours).toEqual(facts.effects);
  });
});
