// Prints where stdlib files' comparable dis text (argv[2..]) first differs from CPython's; with `--out DIR`
// first, also writes DIR/<file>.{cpython,ophis}.dis for a full diff.
import { mkdirSync, writeFileSync } from "node:fs";
import { dis } from "@ophis/dis";
import { lineDiff, Oracle, stdlibCorpus } from "@ophis/oracle";
import { comparableDis } from "../../dis/test/comparable-text.js";
import { compile } from "../src/index.js";

const args = process.argv.slice(2);
const out = args[0] === "--out" ? args.splice(0, 2)[1] : null;
if (out) mkdirSync(out, { recursive: true });
const o = await Oracle.start();
for (const path of args) {
  const file = stdlibCorpus().find((f) => f.path === path)!;
  const src = new TextDecoder().decode(file.bytes);
  const r = o.dis([src], { filename: path });
  const want = comparableDis("dis" in r[0] ? r[0].dis : JSON.stringify(r[0]));
  const got = comparableDis(dis(compile(file.bytes, path, "exec")));
  console.log("=== " + path);
  console.log(want.trim() === got.trim() ? "MATCH" : lineDiff(want, got).split("\n").slice(0, 40).join("\n"));
  if (out) {
    const base = `${out}/${path.replaceAll("/", "_")}`;
    writeFileSync(`${base}.cpython.dis`, want);
    writeFileSync(`${base}.ophis.dis`, got);
  }
}
