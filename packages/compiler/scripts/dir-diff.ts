// Compares our dis text with CPython's for every .py file under a directory (argv[2]), beyond the stdlib corpus:
// prints each differing file's first difference (or our error) and a count; `--out DIR` first also writes both
// texts of each differing file there. Files CPython rejects are skipped.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { dis } from "@ophis/dis";
import { lineDiff, Oracle } from "@ophis/oracle";
import { comparableDis } from "../../dis/test/comparable-text.js";
import { compile } from "../src/index.js";

function pyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pyFiles(path));
    else if (name.endsWith(".py")) out.push(path);
  }
  return out;
}

const args = process.argv.slice(2);
const out = args[0] === "--out" ? args.splice(0, 2)[1] : null;
if (out) mkdirSync(out, { recursive: true });
const oracle = await Oracle.start();
const files = pyFiles(args[0]);
let compared = 0;
let matching = 0;
for (const path of files) {
  const bytes = readFileSync(path);
  const [answer] = oracle.dis([bytes], { filename: path });
  if (!("dis" in answer)) continue;
  compared++;
  const want = comparableDis(answer.dis);
  let got: string;
  try {
    got = comparableDis(dis(compile(bytes, path, "exec")));
  } catch (err) {
    console.log(`=== ${path}\nOphis: ${(err as Error).message}`);
    continue;
  }
  if (want === got) matching++;
  else {
    console.log(`=== ${path}\n${lineDiff(want, got).split("\n").slice(0, 16).join("\n")}`);
    if (out) {
      const base = join(out, relative(args[0], path).replaceAll("/", "_"));
      writeFileSync(`${base}.cpython.dis`, want);
      writeFileSync(`${base}.ophis.dis`, got);
    }
  }
}
console.log(`${matching}/${compared} files match (${files.length - compared} rejected by CPython)`);
