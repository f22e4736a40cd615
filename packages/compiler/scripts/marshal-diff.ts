// Prints which code-object fields differ from CPython's for one stdlib file (argv[2]), to chase marshal identity.
import { type CodeObject, loads } from "@ophis/bytecode";
import { Oracle, stdlibCorpus } from "@ophis/oracle";
import { compile } from "../src/index.js";

const path = process.argv[2] ?? "__hello__.py";
const file = stdlibCorpus().find((f) => f.path === path)!;
const [answer] = (await Oracle.start()).marshal([file.bytes], { filename: path });
if (!("bytes" in answer)) throw new Error("oracle failed");
const walk = (a: CodeObject, b: CodeObject, where: string): void => {
  for (const key of Object.keys(a) as (keyof CodeObject)[]) {
    const x = JSON.stringify(a[key], (_, v) =>
      typeof v === "bigint" ? `${v}n` : v instanceof Uint8Array ? [...v] : v,
    );
    const y = JSON.stringify(b[key], (_, v) =>
      typeof v === "bigint" ? `${v}n` : v instanceof Uint8Array ? [...v] : v,
    );
    if (key !== "co_consts" && x !== y) console.log(where, key, x?.slice(0, 200), "!=", y?.slice(0, 200));
  }
  a.co_consts.forEach((c, i) => {
    const d = b.co_consts[i];
    if (c && typeof c === "object" && "co_code" in c)
      walk(c as CodeObject, d as CodeObject, `${where}/${(c as CodeObject).co_name}`);
  });
};
walk(compile(file.bytes, path, "exec"), loads(answer.bytes) as CodeObject, path);
