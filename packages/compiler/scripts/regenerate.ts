// Rewrites test/fixtures/syntax-errors/<case>/{input.py,expected.json} from CPython (the oracle); never by hand.
import { mkdirSync, writeFileSync } from "node:fs";
import { Oracle } from "@ophis/oracle";
import { SNIPPETS } from "./syntax-error-snippets.js";

const root = new URL("../test/fixtures/syntax-errors/", import.meta.url);
const oracle = await Oracle.start();
const names = Object.keys(SNIPPETS).sort();
const answers = oracle.marshal(
  names.map((n) => SNIPPETS[n]),
  { filename: "<test>" },
);
names.forEach((name, i) => {
  const dir = new URL(`${name}/`, root);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL("input.py", dir), SNIPPETS[name]);
  const answer = answers[i];
  const expected = "error" in answer ? { error: answer.error } : { compiles: true };
  writeFileSync(new URL("expected.json", dir), `${JSON.stringify(expected, null, 2)}\n`);
});
console.log(`wrote ${names.length} cases`);
