#!/usr/bin/env node
import { stdlibCorpus } from "./corpus.js";
// Rewrites committed expectations from CPython: `npm run oracle:fixtures [-- suite ...]`.
import { sha256, tokenStreamText, writeDigests } from "./digest.js";
import {
  astFixtures,
  committedDumpOptions,
  comparable,
  decodeUtf8,
  type ExpectedSnippet,
  expectedParse,
  listCases,
  parseText,
  tokenizerFixtures,
  writeExpected,
} from "./fixtures.js";
import { Oracle } from "./oracle.js";

type Suite = (oracle: Oracle) => string;

const suites: Record<string, Suite> = {
  "tokenizer-snippets": (oracle) => {
    const cases = listCases(tokenizerFixtures.snippets);
    const texts = cases.map((c) => decodeUtf8(c.input));
    const fromText = oracle.tokens(texts.map((t) => t ?? ""));
    const fromBytes = oracle.tokens(cases.map((c) => c.input));
    cases.forEach((c, i) => {
      const expected: ExpectedSnippet = {
        generate_tokens: texts[i] === null ? null : comparable(fromText[i]),
        tokenize: comparable(fromBytes[i]),
      };
      writeExpected(c.dir, expected);
    });
    return `${cases.length} snippets`;
  },
  "tokenizer-corpus": (oracle) => {
    const files = stdlibCorpus();
    const answers = oracle.tokens(files.map((f) => f.bytes));
    const digests = new Map<string, string>();
    files.forEach((f, i) => {
      const { tokens, error } = comparable(answers[i]);
      digests.set(f.path, sha256(tokenStreamText(tokens, error)));
    });
    writeDigests(tokenizerFixtures.corpusDigests, digests);
    return `${files.length} stdlib files`;
  },
  "ast-snippets": (oracle) => {
    const cases = listCases(astFixtures.snippets);
    const answers = oracle.astDump(
      cases.map((c) => c.input),
      committedDumpOptions,
    );
    cases.forEach((c, i) => {
      writeExpected(c.dir, expectedParse(answers[i]));
    });
    return `${cases.length} snippets`;
  },
  "ast-unparse-corpus": (oracle) => {
    const files = stdlibCorpus();
    const answers = oracle.astUnparse(files.map((f) => f.bytes));
    const digests = new Map<string, string>();
    files.forEach((f, i) => {
      const answer = answers[i];
      digests.set(f.path, sha256("unparse" in answer ? answer.unparse : JSON.stringify(answer.error)));
    });
    writeDigests(astFixtures.unparseDigests, digests);
    return `${files.length} stdlib files`;
  },
  "ast-corpus": (oracle) => {
    const files = stdlibCorpus();
    const answers = oracle.astDump(
      files.map((f) => f.bytes),
      committedDumpOptions,
    );
    const digests = new Map<string, string>();
    files.forEach((f, i) => {
      digests.set(f.path, sha256(parseText(expectedParse(answers[i]))));
    });
    writeDigests(astFixtures.corpusDigests, digests);
    return `${files.length} stdlib files`;
  },
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in suites)) {
    console.error(`unknown suite ${name}; known: ${Object.keys(suites).join(", ")}`);
    process.exit(2);
  }
}
const oracle = await Oracle.start();
for (const name of wanted.length > 0 ? wanted : Object.keys(suites)) {
  console.log(`${name}: ${suites[name](oracle)} regenerated`);
}
