// Prints which code-object fields differ from CPython's for stdlib files (argv[2..], default every file whose
// marshal bytes differ), to chase marshal identity; ends with a count of files per differing field.
import { type CodeObject, dumps, loads } from "@ophis/bytecode";
import { Oracle, stdlibCorpus } from "@ophis/oracle";
import { compile } from "../src/index.js";

const json = (v: unknown): string =>
  JSON.stringify(v, (_, x) => (typeof x === "bigint" ? `${x}n` : x instanceof Uint8Array ? [...x] : x));

function walk(a: CodeObject, b: CodeObject, where: string, fields: Set<string>, verbose: boolean): void {
  for (const key of Object.keys(a) as (keyof CodeObject)[]) {
    if (key === "co_consts") continue;
    const x = json(a[key]);
    const y = json(b[key]);
    if (x === y) continue;
    fields.add(key);
    if (verbose) console.log(where, key, x?.slice(0, 200), "!=", y?.slice(0, 200));
  }
  const isCode = (c: unknown): c is CodeObject => c !== null && typeof c === "object" && "co_code" in c;
  const plain = (consts: readonly unknown[]) => json(consts.map((c) => (isCode(c) ? "<code>" : c)));
  if (plain(a.co_consts) !== plain(b.co_consts)) {
    fields.add("co_consts");
    if (verbose)
      console.log(
        where,
        "co_consts",
        plain(a.co_consts).slice(0, 300),
        "!=",
        plain(b.co_consts).slice(0, 300),
      );
  }
  a.co_consts.forEach((c, i) => {
    const d = b.co_consts[i];
    if (isCode(c) && isCode(d)) walk(c, d, `${where}/${c.co_name}`, fields, verbose);
  });
}

const oracle = await Oracle.start();
const paths = process.argv.slice(2);
const files = stdlibCorpus().filter((f) => paths.length === 0 || paths.includes(f.path));
const perField = new Map<string, string[]>();
for (const file of files) {
  const [answer] = oracle.marshal([file.bytes], { filename: file.path });
  if (!("bytes" in answer)) continue;
  const ours = compile(file.bytes, file.path, "exec");
  const mine = dumps(ours);
  if (mine.length === answer.bytes.length && mine.every((x, i) => x === answer.bytes[i])) continue;
  const fields = new Set<string>();
  const theirs = loads(answer.bytes) as CodeObject;
  walk(ours, theirs, file.path, fields, paths.length > 0);
  const roundTrip = dumps(theirs);
  // When CPython's own code object does not write back to its bytes, @ophis/bytecode's writer is at fault.
  if (!(roundTrip.length === answer.bytes.length && roundTrip.every((x, i) => x === answer.bytes[i])))
    fields.add("(writer: CPython's bytes do not round-trip)");
  else if (fields.size === 0) fields.add("(bytes only)");
  for (const f of fields) perField.set(f, [...(perField.get(f) ?? []), file.path]);
}
for (const [field, list] of [...perField].sort((a, b) => b[1].length - a[1].length))
  console.log(`${field}: ${list.length} files, e.g. ${list.slice(0, 6).join(" ")}`);
