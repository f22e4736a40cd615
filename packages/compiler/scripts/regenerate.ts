// Rewrites the compiler's fixtures from CPython (the oracle), never by hand: syntax-errors/<case>/{input.py,
// expected.json} from syntax-error-snippets.ts, and snippets/<case>/expected.* from each committed input.py.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Oracle } from "@ophis/oracle";
import { oracleMarshal, oracleOutcome, SNIPPET_FILENAME } from "./snippet-outcome.js";
import { SNIPPETS } from "./syntax-error-snippets.js";

const fixtures = new URL("../test/fixtures/", import.meta.url);
const oracle = await Oracle.start();

function writeSyntaxErrors(): void {
  const root = new URL("syntax-errors/", fixtures);
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
  console.log(`wrote ${names.length} syntax-error cases`);
}

/** The snippets' inputs are the committed input.py files; only the expected.* files are derived. */
function writeSnippets(): void {
  const root = new URL("snippets/", fixtures);
  const names = readdirSync(root).sort();
  const sources = names.map((n) => readFileSync(new URL(`${n}/input.py`, root), "utf8"));
  const plain = oracle.dis(sources, { filename: SNIPPET_FILENAME });
  const positions = oracle.dis(sources, { filename: SNIPPET_FILENAME, show_positions: true });
  const marshals = oracle.marshal(sources, { filename: SNIPPET_FILENAME });
  names.forEach((name, i) => {
    writeFileSync(new URL(`${name}/expected.dis`, root), oracleOutcome(plain[i]));
    writeFileSync(new URL(`${name}/expected.positions.dis`, root), oracleOutcome(positions[i]));
    writeFileSync(new URL(`${name}/expected.marshal.hex`, root), oracleMarshal(marshals[i]));
  });
  console.log(`wrote ${names.length} dis snippets`);
}

const only = process.argv[2];
if (only !== "snippets") writeSyntaxErrors();
if (only !== "syntax-errors") writeSnippets();
