// Compares the dis text of one snippet (argv[2]) with CPython's: prints MATCH or the first differing lines.

import { dis } from "@ophis/dis";
import { lineDiff, Oracle } from "@ophis/oracle";
import { compile } from "../src/index.js";

const o = await Oracle.start();
const src = process.argv[2];
const r = o.dis([src], { filename: "t.py" });
const want = "dis" in r[0] ? r[0].dis : JSON.stringify(r[0]);
let got: string;
try {
  got = dis(compile(src, "t.py", "exec"), {}).replace(/0x[0-9a-f]+/g, "0x....");
} catch (e) {
  got = String((e as Error).stack);
  console.log(got);
}
if (want.trim() === got.trim()) console.log("MATCH");
else {
  console.log(lineDiff(want, got));
}
