// Public entry of the CPython oracle: the live interpreter, the stdlib corpus, fixtures and digests.

export type { CorpusFile } from "./corpus.js";
export { readZip, stdlibCorpus, stdlibZipPath } from "./corpus.js";
export type { ComparableError } from "./digest.js";
export { lineDiff, readDigests, sha256, tokenStreamText, writeDigests } from "./digest.js";
export type {
  ExpectedParse,
  ExpectedSnippet,
  ExpectedSyntaxError,
  ExpectedTokens,
  FixtureCase,
} from "./fixtures.js";
export {
  astFixtures,
  committedDumpOptions,
  comparable,
  comparableError,
  decodeUtf8,
  expectedParse,
  listCases,
  parseText,
  readExpected,
  repoRoot,
  tokenizerFixtures,
  writeExpected,
} from "./fixtures.js";
export type {
  DisOptions,
  DumpOptions,
  OracleError,
  ProcessAnswer,
  PycOptions,
  PycToLoad,
  RunRequest,
  Source,
  TokenRow,
  TokensAnswer,
} from "./oracle.js";
export { Oracle } from "./oracle.js";
