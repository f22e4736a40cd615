// Rewrites test/fixtures/corpus-known-failures.txt: the stdlib files whose dis text still differs from CPython's.
import { writeFileSync } from "node:fs";
import { dis } from "@ophis/dis";
import { readDigests, sha256, stdlibCorpus } from "@ophis/oracle";
import { comparableDis } from "../../dis/test/comparable-text.js";
import { compile } from "../src/index.js";

const digests = readDigests(new URL("../../dis/test/fixtures/stdlib-dis.sha256", import.meta.url).pathname);
const failing: string[] = [];
const files = stdlibCorpus();
const reasons = new Map<string, number>();
for (const file of files) {
  try {
    const code = compile(file.bytes, file.path, "exec");
    if (sha256(comparableDis(dis(code))) !== digests.get(file.path)) failing.push(file.path);
  } catch (err) {
    failing.push(file.path);
    const msg = String((err as Error).message).slice(0, 60);
    reasons.set(msg, (reasons.get(msg) ?? 0) + 1);
  }
}
writeFileSync(
  new URL("../test/fixtures/corpus-known-failures.txt", import.meta.url),
  failing
    .sort()
    .map((path) => `${path}\n`)
    .join(""),
);
console.log(`${files.length - failing.length}/${files.length} match`);
console.log([...reasons].sort((a, b) => b[1] - a[1]).slice(0, 15));
