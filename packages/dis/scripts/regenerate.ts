// Rewrites test/fixtures/stdlib-dis*.sha256 from CPython: `npm run fixtures -w @ophis/dis` (about 40 s).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Oracle, sha256, stdlibCorpus, writeDigests } from "@ophis/oracle";
import { comparableDis } from "../test/comparable-text.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures");
const oracle = await Oracle.start();
const plain = new Map<string, string>();
const caches = new Map<string, string>();
for (const file of stdlibCorpus()) {
  const [text] = oracle.dis([file.bytes], { filename: file.path });
  const [withCaches] = oracle.dis([file.bytes], { filename: file.path, show_caches: true });
  if ("dis" in text) plain.set(file.path, sha256(comparableDis(text.dis)));
  if ("dis" in withCaches) caches.set(file.path, sha256(comparableDis(withCaches.dis)));
}
writeDigests(join(fixtures, "stdlib-dis.sha256"), plain);
writeDigests(join(fixtures, "stdlib-dis-caches.sha256"), caches);
console.log(`${plain.size} stdlib files: dis digests regenerated`);
