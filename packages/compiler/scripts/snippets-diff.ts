// Compares every snippet folder's input.py (under argv[2], default test/fixtures/snippets) with CPython, live,
// as dis text with positions (which also covers the plain text) followed by marshal bytes.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { lineDiff, Oracle } from "@ophis/oracle";
import {
  ophisMarshal,
  ophisOutcome,
  oracleMarshal,
  oracleOutcome,
  SNIPPET_FILENAME,
} from "./snippet-outcome.js";

const root = process.argv[2]
  ? resolve(process.argv[2])
  : new URL("../test/fixtures/snippets/", import.meta.url).pathname;
const names = readdirSync(root).sort();
const sources = names.map((n) => readFileSync(`${root}/${n}/input.py`, "utf8"));
const oracle = await Oracle.start();
const answers = oracle.dis(sources, { filename: SNIPPET_FILENAME, show_positions: true });
const marshals = oracle.marshal(sources, { filename: SNIPPET_FILENAME });
let matching = 0;
names.forEach((name, i) => {
  const want = oracleOutcome(answers[i]) + oracleMarshal(marshals[i]);
  const got = ophisOutcome(sources[i], true) + ophisMarshal(sources[i]);
  if (want === got) matching++;
  else console.log(`=== ${name}\n${lineDiff(want, got).split("\n").slice(0, 30).join("\n")}`);
});
console.log(`${matching}/${names.length} snippets match`);
