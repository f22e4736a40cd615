// Prints where one or more stdlib files' comparable dis text (argv[2..]) first differs from CPython's.
import { dis } from "@ophis/dis";
import { lineDiff, Oracle, stdlibCorpus } from "@ophis/oracle";
import { comparableDis } from "../../dis/test/comparable-text.js";
import { compile } from "../src/index.js";

const o = await Oracle.start();
for (const path of process.argv.slice(2)) {
  const file = stdlibCorpus().find((f) => f.path === path)!;
  const src = new TextDecoder().decode(file.bytes);
  const r = o.dis([src], { filename: path });
  const want = comparableDis("dis" in r[0] ? r[0].dis : JSON.stringify(r[0]));
  const got = comparableDis(dis(compile(file.bytes, path, "exec")));
  console.log("=== " + path);
  console.log(want.trim() === got.trim() ? "MATCH" : lineDiff(want, got).split("\n").slice(0, 40).join("\n"));
}
