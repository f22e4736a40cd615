// Rewrites test/fixtures/snippets/*/expected.json from real CPython 3.14 (the oracle): `npm run fixtures -w @ophis/ast`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Oracle } from "@ophis/oracle";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const snippets = join(root, "test", "fixtures", "snippets");
const program = readFileSync(join(root, "scripts", "ast_oracle.py"), "utf8");

const cases = readdirSync(snippets)
  .filter((name) => existsSync(join(snippets, name, "input.py")))
  .sort();
const requests = cases.map((name) => {
  const dir = join(snippets, name);
  const options = existsSync(join(dir, "options.json"))
    ? JSON.parse(readFileSync(join(dir, "options.json"), "utf8"))
    : {};
  return { source: readFileSync(join(dir, "input.py"), "utf8"), ...options };
});

const oracle = await Oracle.start();
const [result] = oracle.run([{ source: program, stdin: JSON.stringify(requests) }]);
if (result.status !== 0) throw new Error(`the oracle program failed:\n${result.stderr}`);
const answers = JSON.parse(result.stdout) as { error?: { type: string; str: string } }[];
answers.forEach((answer, i) => {
  if (answer.error) console.warn(`${cases[i]}: ${answer.error.type}: ${answer.error.str}`);
  // One top-level key per line: a third of the size of indented JSON, and diffs still show what changed.
  const lines = Object.entries(answer).map(
    ([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  writeFileSync(join(snippets, cases[i], "expected.json"), `{\n${lines.join(",\n")}\n}\n`);
});
console.log(`${cases.length} snippets regenerated`);
