// Character names as CPython's unicodedata knows them (the table is generated from CPython): for `\N{...}`
// escapes, unicodedata-style lookups and the namereplace error handler. Decoded once, on first use.
import {
  HEX_NAMED,
  JAMO,
  NAME_ALIASES,
  NAME_DIGITS,
  NAME_LINES,
  NAME_ONE,
  NAME_TWO,
  NAME_WORDS,
} from "./generated/unicode-names.js";

const HANGUL_FIRST = 0xac00;
const HANGUL_COUNT = 11172;
const HANGUL_PREFIX = "HANGUL SYLLABLE ";

let byName: Map<string, number> | null = null;
let byCode: Map<number, string> | null = null;

function decodeTable(): void {
  const words = NAME_WORDS.split(" ");
  const digit = new Map<string, number>();
  for (let i = 0; i < NAME_DIGITS.length; i++) digit.set(NAME_DIGITS[i], i);
  const B = NAME_DIGITS.length;
  byName = new Map();
  byCode = new Map();
  let next = -1;
  let previous: string[] = [];
  for (const line of NAME_LINES.split("\n")) {
    if (line[0] === "+") {
      next += Number.parseInt(line.slice(1), 36);
      continue;
    }
    const parts = previous.slice(0, digit.get(line[0])!);
    for (let i = 1; i < line.length; ) {
      let d = digit.get(line[i++])!;
      if (d >= NAME_ONE + NAME_TWO) {
        d =
          NAME_ONE +
          NAME_TWO * B +
          (d - NAME_ONE - NAME_TWO) * B * B +
          digit.get(line[i])! * B +
          digit.get(line[i + 1])!;
        i += 2;
      } else if (d >= NAME_ONE) d = NAME_ONE + (d - NAME_ONE) * B + digit.get(line[i++])!;
      parts.push(words[d]);
    }
    const name = parts.join(" ");
    byName.set(name, next);
    byCode.set(next, name);
    previous = parts;
    next++;
  }
  // Aliases name characters for lookups only: unicodedata.name keeps the character's own name.
  for (const [alias, cp] of NAME_ALIASES) byName.set(alias, cp);
}

function hex(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, "0");
}

/** unicodedata.name: the character's name, or undefined when it has none. */
export function characterName(cp: number): string | undefined {
  if (cp >= HANGUL_FIRST && cp < HANGUL_FIRST + HANGUL_COUNT) {
    const i = cp - HANGUL_FIRST;
    return (
      HANGUL_PREFIX + JAMO[0][Math.floor(i / 588)] + JAMO[1][Math.floor((i % 588) / 28)] + JAMO[2][i % 28]
    );
  }
  for (const [prefix, first, last] of HEX_NAMED) if (cp >= first && cp <= last) return prefix + hex(cp);
  if (byCode === null) decodeTable();
  return byCode!.get(cp);
}

/** The longest jamo short name of `names` that `text` starts with at `at` (CPython's find_syllable). */
function jamoAt(text: string, at: number, names: readonly string[]): number {
  let best = -1;
  for (let i = 0; i < names.length; i++)
    if (text.startsWith(names[i], at) && (best < 0 || names[i].length > names[best].length)) best = i;
  return best;
}

/** `\N{name}` and unicodedata.lookup: the code point of a name or (common) alias, in any case, or undefined. */
export function lookupCharacterName(name: string): number | undefined {
  const upper = name.toUpperCase();
  if (upper.startsWith(HANGUL_PREFIX)) {
    let at = HANGUL_PREFIX.length;
    const l = jamoAt(upper, at, JAMO[0]);
    if (l >= 0) at += JAMO[0][l].length;
    const v = jamoAt(upper, at, JAMO[1]);
    if (v >= 0) at += JAMO[1][v].length;
    const t = jamoAt(upper, at, JAMO[2]);
    if (t >= 0) at += JAMO[2][t].length;
    if (l >= 0 && v >= 0 && t >= 0 && at === upper.length) return HANGUL_FIRST + (l * 21 + v) * 28 + t;
    return undefined;
  }
  for (const [prefix, first, last] of HEX_NAMED) {
    if (!upper.startsWith(prefix)) continue;
    const digits = upper.slice(prefix.length);
    if (!/^[0-9A-F]{4,5}$/.test(digits)) return undefined;
    const cp = Number.parseInt(digits, 16);
    if (cp >= first && cp <= last) return cp;
  }
  if (byName === null) decodeTable();
  return byName!.get(upper);
}
