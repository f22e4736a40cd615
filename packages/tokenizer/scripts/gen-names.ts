// Writes src/generated/unicode-names.ts from CPython's unicodedata (the oracle): every character name, for
// `\N{...}` escapes and the namereplace error handler. Names CPython computes (CJK UNIFIED IDEOGRAPH-4E00,
// HANGUL SYLLABLE GAG, ...) become ranges with a prefix; the rest are stored as word indices.
// `--check` exits 1 when the file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Oracle } from "@ophis/oracle";

const target = fileURLToPath(new URL("../src/generated/unicode-names.ts", import.meta.url));

// Formal name aliases `\N{...}` accepts too. Python offers no way to list them, so these are the common ones
// (control characters and format characters), each checked against CPython's unicodedata.lookup when generating.
const ALIASES = [
  "NULL",
  "NUL",
  "START OF HEADING",
  "SOH",
  "START OF TEXT",
  "STX",
  "END OF TEXT",
  "ETX",
  "END OF TRANSMISSION",
  "EOT",
  "ENQUIRY",
  "ENQ",
  "ACKNOWLEDGE",
  "ACK",
  "ALERT",
  "BEL",
  "BACKSPACE",
  "BS",
  "CHARACTER TABULATION",
  "HORIZONTAL TABULATION",
  "HT",
  "TAB",
  "LINE FEED",
  "NEW LINE",
  "END OF LINE",
  "LF",
  "NL",
  "EOL",
  "LINE TABULATION",
  "VERTICAL TABULATION",
  "VT",
  "FORM FEED",
  "FF",
  "CARRIAGE RETURN",
  "CR",
  "SHIFT OUT",
  "SO",
  "SHIFT IN",
  "SI",
  "DATA LINK ESCAPE",
  "DLE",
  "DEVICE CONTROL ONE",
  "DC1",
  "DEVICE CONTROL TWO",
  "DC2",
  "DEVICE CONTROL THREE",
  "DC3",
  "DEVICE CONTROL FOUR",
  "DC4",
  "NEGATIVE ACKNOWLEDGE",
  "NAK",
  "SYNCHRONOUS IDLE",
  "SYN",
  "END OF TRANSMISSION BLOCK",
  "ETB",
  "CANCEL",
  "CAN",
  "END OF MEDIUM",
  "EOM",
  "SUBSTITUTE",
  "SUB",
  "ESCAPE",
  "ESC",
  "FILE SEPARATOR",
  "FS",
  "GROUP SEPARATOR",
  "GS",
  "RECORD SEPARATOR",
  "RS",
  "UNIT SEPARATOR",
  "US",
  "SP",
  "DELETE",
  "DEL",
  "NEXT LINE",
  "NEL",
  "NBSP",
  "SHY",
  "CGJ",
  "ZWSP",
  "ZWNJ",
  "ZWJ",
  "LRM",
  "RLM",
  "LRE",
  "RLE",
  "PDF",
  "LRO",
  "RLO",
  "NNBSP",
  "MMSP",
  "WJ",
  "LRI",
  "RLI",
  "FSI",
  "PDI",
  "BYTE ORDER MARK",
  "BOM",
  "ZWNBSP",
  "VS1",
  "VS16",
];

// Prefixes followed by the code point in hex; Hangul syllables are named from their jamo.
const program = `
import json, unicodedata
HEX_PREFIXES = ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
                "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-", "EGYPTIAN HIEROGLYPH-"]
names, ranges, hangul = [], [], []
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None: continue
    if name.startswith("HANGUL SYLLABLE "):
        hangul.append(cp); continue
    prefix = next((p for p in HEX_PREFIXES if name == p + "%04X" % cp), None)
    if prefix is not None:
        if ranges and ranges[-1][0] == prefix and ranges[-1][2] == cp - 1: ranges[-1][2] = cp
        else: ranges.append([prefix, cp, cp])
        continue
    names.append([cp, name])
S = 0xAC00
syll = lambda cp: unicodedata.name(chr(cp))[len("HANGUL SYLLABLE "):]
lead = [syll(S + l * 588)[:-1] for l in range(19)]
vowel = [syll(S + v * 28)[len(lead[0]):] for v in range(21)]
tail = [""] + [syll(S + t)[len(lead[0] + vowel[0]):] for t in range(1, 28)]
assert hangul == list(range(S, S + 11172))
assert all(syll(S + i) == lead[i // 588] + vowel[(i % 588) // 28] + tail[i % 28] for i in range(11172))
aliases = [[a, ord(unicodedata.lookup(a))] for a in ${JSON.stringify(ALIASES)}]
print(json.dumps({"version": unicodedata.unidata_version, "names": names, "ranges": ranges,
                  "jamo": [lead, vowel, tail], "aliases": aliases}))
`;

const [answer] = (await Oracle.start()).run([{ source: program }]);
if (answer.status !== 0) throw new Error(answer.stderr);
const data = JSON.parse(answer.stdout) as {
  version: string;
  names: [number, string][];
  ranges: [string, number, number][];
  jamo: string[][];
  aliases: [string, number][];
};

// Words by frequency, so the common ones get the shortest codes.
const counts = new Map<string, number>();
for (const [, name] of data.names) for (const w of name.split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
const words = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
const wordIndex = new Map(words.map((w, i) => [w, i]));

// A word index in 1 to 3 characters of DIGITS: the first character's place in the alphabet says how many follow.
const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+,-./:;<=>?@[]^_`{|}~";
const B = DIGITS.length;
const ONE = 50;
const TWO = 36;
function encodeIndex(i: number): string {
  if (i < ONE) return DIGITS[i];
  i -= ONE;
  if (i < TWO * B) return DIGITS[ONE + Math.floor(i / B)] + DIGITS[i % B];
  i -= TWO * B;
  const hi = Math.floor(i / (B * B));
  if (ONE + TWO + hi >= B) throw new Error("too many words");
  return DIGITS[ONE + TWO + hi] + DIGITS[Math.floor(i / B) % B] + DIGITS[i % B];
}

// Names in code point order, one per line: how many leading words it shares with the name before (one DIGITS
// character), then the indices of its other words. A line "+N" (base 36) skips N - 1 unnamed code points.
let text = "";
let next = -1;
let previous: string[] = [];
for (const [cp, name] of data.names) {
  if (cp !== next) text += `\n+${(cp - next).toString(36)}`;
  const w = name.split(" ");
  let shared = 0;
  while (shared < w.length - 1 && shared < previous.length && w[shared] === previous[shared]) shared++;
  text += `\n${DIGITS[shared]}${w
    .slice(shared)
    .map((x) => encodeIndex(wordIndex.get(x)!))
    .join("")}`;
  previous = w;
  next = cp + 1;
}

const out = `// Generated by packages/tokenizer/scripts/gen-names.ts from CPython's unicodedata (Unicode ${data.version}). Do not edit: run \`npm run codegen -w @ophis/tokenizer\`.

/** The words of character names, most frequent first, separated by spaces. */
export const NAME_WORDS = ${JSON.stringify(words.join(" "))};

/** The alphabet of word indices: 1 character below ${ONE}, 2 below ${ONE + TWO * B}, else 3. */
export const NAME_DIGITS = ${JSON.stringify(DIGITS)};
export const NAME_ONE = ${ONE};
export const NAME_TWO = ${TWO};

/**
 * Names in code point order, one per line: the number of leading words shared with the previous name (a
 * NAME_DIGITS character), then word indices; a line "+N" (base 36) moves on N code points (the first from -1).
 */
export const NAME_LINES = ${JSON.stringify(text.slice(1))};

/** Ranges of code points named by a prefix and their hex value: [prefix, first, last]. */
export const HEX_NAMED: readonly (readonly [string, number, number])[] = ${JSON.stringify(data.ranges)};

/** Formal name aliases (the common ones) and the code points they name. */
export const NAME_ALIASES: readonly (readonly [string, number])[] = ${JSON.stringify(data.aliases)};

/** The jamo short names that compose HANGUL SYLLABLE names: leading, vowel, trailing. */
export const JAMO: readonly (readonly string[])[] = ${JSON.stringify(data.jamo)};
`;

if (process.argv.includes("--check")) {
  if (readFileSync(target, "utf8") !== out) {
    console.error(`${target} is stale: run npm run codegen -w @ophis/tokenizer`);
    process.exit(1);
  }
  console.log("generated files are up to date");
} else {
  writeFileSync(target, out);
  console.log(`wrote ${target} (${data.names.length} names, ${words.length} words)`);
}
