// Compares the dis text of one snippet (argv[2]) with CPython's: prints MATCH or the first differing lines.
// `--positions` first compares with source positions shown, which is where line-table differences surface.
import { dis } from "@ophis/dis";
import { lineDiff, Oracle } from "@ophis/oracle";
import { compile } from "../src/index.js";

const args = process.argv.slice(2);
const positions = args[0] === "--positions" ? Boolean(args.shift()) : false;
const o = await Oracle.start();
const src = args[0];
const r = o.dis([src], { filename: "t.py", show_positions: positions });
const want = "dis" in r[0] ? r[0].dis : JSON.stringify(r[0]);
let got: string;
try {
  got = dis(compile(src, "t.py", "exec"), { showPositions: positions }).replace(/0x[0-9a-f]+/g, "0x....");
} catch (e) {
  got = String((e as Error).stack);
  console.log(got);
}
if (want.trim() === got.trim()) console.log("MATCH");
else {
  console.log(lineDiff(want, got));
}
