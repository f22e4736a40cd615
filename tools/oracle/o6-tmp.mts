import { comparable, Oracle } from "@ophis/oracle";
import fc from "fast-check";
import { dump, parse } from "../../packages/ast/src/index.ts";
import { parseOutcome } from "../../packages/ast/test/parser-support.ts";

const o = await Oracle.start();
const PIECES = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  ",",
  ".",
  "=",
  "'",
  '"',
  "f'",
  "{x}",
  "\\",
  "#",
  "\n",
  " ",
  "    ",
  "\t",
  "x",
  "1",
  "if ",
  "else",
  "def ",
  "lambda",
  "yield",
  "match ",
  "case ",
  "not ",
  "and ",
  "*",
];
const texts = fc.sample(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((p) => p.join("")),
  { numRuns: 2000, seed: 7 },
);
const theirs = o.astDump(texts, { include_attributes: true });
let bad = 0;
texts.forEach((t, i) => {
  const ours = parseOutcome(() => dump(parse(t), { includeAttributes: true }));
  const th: any = theirs[i];
  const a =
    "dump" in th
      ? th.dump
      : JSON.stringify([
          th.error.type,
          th.error.msg,
          th.error.lineno,
          th.error.offset,
          th.error.end_lineno,
          th.error.end_offset,
        ]);
  const b =
    "dump" in ours
      ? ours.dump
      : JSON.stringify([
          ours.error!.type,
          ours.error!.msg,
          ours.error!.lineno,
          ours.error!.offset,
          ours.error!.end_lineno,
          ours.error!.end_offset,
        ]);
  if (a !== b && bad++ < 8)
    console.log(JSON.stringify(t), "\n CPY", a.slice(0, 200), "\n OUR", b.slice(0, 200));
});
console.log("mismatches", bad, "of", texts.length);
