// The parser's token array: the whole source lexed in CPython's parser mode into typed arrays, positions in UTF-8 bytes.
import { tok } from "@ophis/tokenizer";
import { type LexError, Lexer } from "./lexer-bridge.js";

/** Keyword token types follow the tokenizer's numbers, from 100 on, in this order. */
export const KEYWORDS = [
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
] as const;
const KEYWORD_BASE = 100;

/**
 * Keywords by first character and length (index: (char code - 0x41) * 9 + length, 'A' to 'z', lengths 2 to 8):
 * the words and their types (a slot may hold several: "if", "in", "is"), to test in place.
 */
const KEYWORD_SLOTS: ([string, number][] | null)[] = new Array(58 * 9).fill(null);
KEYWORDS.forEach((k, i) => {
  const slot = (k.charCodeAt(0) - 0x41) * 9 + k.length;
  const list = KEYWORD_SLOTS[slot] ?? [];
  list.push([k, KEYWORD_BASE + i]);
  KEYWORD_SLOTS[slot] = list;
});

/** The keyword type of the NAME text[start, end), or -1: compared in place, with no substring made. */
function keywordType(text: string, start: number, end: number): number {
  const len = end - start;
  if (len < 2 || len > 8) return -1;
  const c = text.charCodeAt(start) - 0x41;
  if (c < 0 || c > 0x39) return -1;
  const candidates = KEYWORD_SLOTS[c * 9 + len];
  if (candidates === null) return -1;
  for (let i = 0; i < candidates.length; i++) {
    if (text.startsWith(candidates[i][0], start)) return candidates[i][1];
  }
  return -1;
}

export const K_FALSE = 100;
export const K_NONE = 101;
export const K_TRUE = 102;
export const K_AND = 103;
export const K_AS = 104;
export const K_ASSERT = 105;
export const K_ASYNC = 106;
export const K_AWAIT = 107;
export const K_BREAK = 108;
export const K_CLASS = 109;
export const K_CONTINUE = 110;
export const K_DEF = 111;
export const K_DEL = 112;
export const K_ELIF = 113;
export const K_ELSE = 114;
export const K_EXCEPT = 115;
export const K_FINALLY = 116;
export const K_FOR = 117;
export const K_FROM = 118;
export const K_GLOBAL = 119;
export const K_IF = 120;
export const K_IMPORT = 121;
export const K_IN = 122;
export const K_IS = 123;
export const K_LAMBDA = 124;
export const K_NONLOCAL = 125;
export const K_NOT = 126;
export const K_OR = 127;
export const K_PASS = 128;
export const K_RAISE = 129;
export const K_RETURN = 130;
export const K_TRY = 131;
export const K_WHILE = 132;
export const K_WITH = 133;
export const K_YIELD = 134;

/** What the parser meets when it asks for the token the lexer could not produce. */
export interface LexFailure {
  /** The lexer's `done` code (Include/errcode.h numbers as the tokenizer package keeps them). */
  done: number;
  error: LexError | null;
  foreign: Error | null;
  lineno: number;
  /** Byte column of the lexer's cursor on its current line, and whether the cursor was at the buffer start. */
  curCol: number;
  curAtBuf: boolean;
  level: number;
  /** The innermost open bracket: char, line and byte column. */
  parenChar: number;
  parenLine: number;
  parenCol: number;
  /** Depth of the f-string mode stack when the lexer stopped. */
  modeIndex: number;
}

export const DONE_EOF = 11;
export const DONE_TOKEN = 13;
export const DONE_ERROR = 17;
export const DONE_TABSPACE = 18;
export const DONE_TOODEEP = 20;
export const DONE_DEDENT = 21;
export const DONE_DECODE = 22;
export const DONE_LINECONT = 25;

/** UTF-8 length of text[from, to). */
export function utf8Length(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * The ten token arrays of the last parse, kept for the next (allocating and zeroing them per file showed in
 * profiles). A Tokens takes them out and `release` puts them back, so nested parses never share them.
 */
let pooledArrays: Int32Array[] | null = null;

export class Tokens {
  readonly text: string;
  readonly ascii: boolean;
  type: Int32Array;
  start: Int32Array;
  end: Int32Array;
  lineno: Int32Array;
  col: Int32Array;
  endLineno: Int32Array;
  endCol: Int32Array;
  level: Int32Array;
  /** The lexer's line and byte column just after each token (C's p->tok->lineno and cur - line_start). */
  curLineno: Int32Array;
  curCol: Int32Array;
  count = 0;
  failure: LexFailure | null = null;
  /** `# type: ignore` comments (with `typeComments`): their lines and tags, kept out of the token array. */
  readonly typeIgnores: { lineno: number; tag: string }[] = [];
  readonly typeComments: boolean;
  /** The lexer, kept with its tokens so that one held Tokens holds a Lexer too (see shapes.ts). */
  private readonly lexer: Lexer;
  private lineStartsCache: number[] | null = null;
  /** byteCol's last answer (line start, text index, byte column), to go on from on the same line. */
  private colLine = -1;
  private colAt = 0;
  private colBytes = 0;

  constructor(text: string, typeComments = false) {
    this.text = text;
    this.typeComments = typeComments;
    this.ascii = !/[^\x00-\x7f]/.test(text);
    const cap = Math.max(16, (text.length >> 2) + 8);
    let a = pooledArrays;
    if (a !== null && a[0].length >= cap) {
      pooledArrays = null;
    } else {
      // Too small (or none): new arrays; pooled ones too small stay for the next file.
      a = [];
      for (let k = 0; k < 10; k++) a.push(new Int32Array(cap));
    }
    // Every entry below `count` is written by lexAll, so reused arrays need no clearing.
    this.type = a[0];
    this.start = a[1];
    this.end = a[2];
    this.lineno = a[3];
    this.col = a[4];
    this.endLineno = a[5];
    this.endCol = a[6];
    this.level = a[7];
    this.curLineno = a[8];
    this.curCol = a[9];
    this.lexer = new Lexer(text, false);
    this.lexAll();
  }

  /** Hands the token arrays to the next parse; this Tokens is not used after. */
  release(): void {
    // Arrays for a very large file are not kept (ten of 2^18 entries hold 10 MB), nor smaller than the pool's.
    const n = this.type.length;
    if (n > 1 << 18 || (pooledArrays !== null && pooledArrays[0].length >= n)) return;
    pooledArrays = [
      this.type,
      this.start,
      this.end,
      this.lineno,
      this.col,
      this.endLineno,
      this.endCol,
      this.level,
      this.curLineno,
      this.curCol,
    ];
  }

  private grow(): void {
    const n = this.type.length * 2;
    const g = (a: Int32Array): Int32Array => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.type = g(this.type);
    this.start = g(this.start);
    this.end = g(this.end);
    this.lineno = g(this.lineno);
    this.col = g(this.col);
    this.endLineno = g(this.endLineno);
    this.endCol = g(this.endCol);
    this.level = g(this.level);
    this.curLineno = g(this.curLineno);
    this.curCol = g(this.curCol);
  }

  /** Byte column of text index `at` on the line starting at `lineStart`. */
  byteCol(lineStart: number, at: number): number {
    if (this.ascii) return at - lineStart;
    // Tokens come in order, so most questions go on from the last one on the same line.
    let bytes: number;
    if (lineStart === this.colLine && at >= this.colAt) {
      bytes = this.colBytes + utf8Length(this.text, this.colAt, at);
    } else {
      bytes = utf8Length(this.text, lineStart, at);
    }
    this.colLine = lineStart;
    this.colAt = at;
    this.colBytes = bytes;
    return bytes;
  }

  private lexAll(): void {
    const lx = this.lexer;
    lx.typeComments = this.typeComments;
    const text = this.text;
    const STRING = tok.STRING;
    const FSTRING_MIDDLE = tok.FSTRING_MIDDLE;
    const TSTRING_MIDDLE = tok.TSTRING_MIDDLE;
    const NAME = tok.NAME;
    for (;;) {
      const type = lx.get();
      if (type === tok.ERRORTOKEN || lx.error !== null || lx.foreignError !== null) {
        const level = lx.level;
        let parenLine = 0;
        let parenCol = 0;
        let parenChar = 0;
        if (level > 0) {
          parenLine = lx.parenlinenostack[level - 1];
          parenChar = lx.parenstack[level - 1];
          const ls = this.lineStart(parenLine);
          parenCol = this.byteCol(ls, ls + lx.parencolstack[level - 1]);
        }
        this.failure = {
          done: lx.done,
          error: lx.error,
          foreign: lx.foreignError,
          lineno: lx.lineno,
          curCol: this.byteCol(lx.lineStart, lx.cur),
          curAtBuf: lx.cur === lx.buf,
          level,
          parenChar,
          parenLine,
          parenCol,
          modeIndex: lx.modeIndex,
        };
        return;
      }
      const ps = lx.pStart;
      const pe = lx.pEnd;
      if (type === tok.TYPE_IGNORE) {
        // As _PyPegen_fill_token: recorded, never seen by the rules. The tag runs to the lexer's cursor, so an
        // ignore alone on its line keeps the newline it consumed (C measures the tag by column offsets).
        this.typeIgnores.push({ lineno: lx.lineno, tag: lx.text.slice(ps, lx.cur) });
        continue;
      }
      const i = this.count;
      if (i === this.type.length) this.grow();
      let t = type;
      if (type === NAME) {
        const kw = keywordType(text, ps, pe);
        if (kw >= 0) t = kw;
      }
      this.type[i] = t;
      this.start[i] = ps;
      this.end[i] = pe;
      const stringLike = type === STRING || type === FSTRING_MIDDLE || type === TSTRING_MIDDLE;
      this.lineno[i] = stringLike ? lx.firstLineno : lx.lineno;
      this.endLineno[i] = lx.lineno;
      if (ps >= 0) {
        const ls = stringLike ? lx.multiLineStart : lx.lineStart;
        this.col[i] = ps >= ls ? this.byteCol(ls, ps) : -1;
        this.endCol[i] = pe >= lx.lineStart ? this.byteCol(lx.lineStart, pe) : -1;
        // A literal part ending in an escaped brace ("{{" or "}}") spans the brace it drops.
        if (type !== STRING && stringLike && lx.cur === pe + 1) {
          const c = text.charCodeAt(pe);
          if (c === 0x7b || c === 0x7d) this.endCol[i]++;
        }
      } else {
        this.col[i] = -1;
        this.endCol[i] = -1;
      }
      // NEWLINE's span covers the newline character.
      if (type === tok.NEWLINE && this.endCol[i] >= 0) this.endCol[i]++;
      this.level[i] = lx.level;
      this.curLineno[i] = lx.lineno;
      this.curCol[i] = this.byteCol(lx.lineStart, lx.cur);
      this.count = i + 1;
      if (type === tok.ENDMARKER) return;
    }
  }

  /**
   * "single" mode's token stream. _PyPegen_fill_token reads an ENDMARKER met after the first token as NEWLINE,
   * so that `compound_stmt NEWLINE` can end where the source ends. The source string is read with no newline
   * added, so when it lacks a final one, C's tokenizer gives neither the last line's NEWLINE nor the DEDENTs
   * closing its blocks: the ENDMARKER read as NEWLINE comes first, then those DEDENTs and, after them, the
   * ENDMARKER read as NEWLINE once more. This lexer adds the newline, so its tokens are rearranged to that.
   */
  implyFinalNewline(): void {
    const endmarker = this.count - 1;
    if (endmarker < 1 || this.type[endmarker] !== tok.ENDMARKER) return;
    const text = this.text;
    let last = endmarker - 1;
    let dedents = 0;
    if (text.charCodeAt(text.length - 1) !== 0x0a) {
      for (; this.type[last] === tok.DEDENT; last--) dedents++;
      // The NEWLINE of the added newline goes; the DEDENTs follow the first NEWLINE read from the ENDMARKER.
      if (this.type[last] === tok.NEWLINE && this.start[last] === text.length) last--;
      // Without the added newline, the lexer stops one column earlier.
      this.curCol[endmarker]--;
    }
    const firstDedent = endmarker - dedents;
    const count = last + 3 + dedents + (dedents > 0 ? 1 : 0);
    const spare = Math.max(count, endmarker + 1);
    this.growTo(spare + 1);
    this.copyToken(endmarker, spare);
    for (let k = dedents - 1; k >= 0; k--) this.copyToken(firstDedent + k, last + 2 + k);
    this.copyToken(spare, last + 1);
    this.type[last + 1] = tok.NEWLINE;
    if (dedents > 0) {
      this.copyToken(spare, count - 2);
      this.type[count - 2] = tok.NEWLINE;
    }
    this.copyToken(spare, count - 1);
    this.count = count;
  }

  private growTo(n: number): void {
    while (this.type.length < n) this.grow();
  }

  private copyToken(from: number, to: number): void {
    this.type[to] = this.type[from];
    this.start[to] = this.start[from];
    this.end[to] = this.end[from];
    this.lineno[to] = this.lineno[from];
    this.col[to] = this.col[from];
    this.endLineno[to] = this.endLineno[from];
    this.endCol[to] = this.endCol[from];
    this.level[to] = this.level[from];
    this.curLineno[to] = this.curLineno[from];
    this.curCol[to] = this.curCol[from];
  }

  /** Text index where line `lineno` (1-based) starts. */
  lineStart(lineno: number): number {
    const starts = this.lineStarts();
    return starts[Math.min(Math.max(lineno, 1), starts.length) - 1];
  }

  lineStarts(): number[] {
    if (this.lineStartsCache !== null) return this.lineStartsCache;
    const starts = [0];
    const text = this.text;
    let i = text.indexOf("\n");
    while (i >= 0) {
      starts.push(i + 1);
      i = text.indexOf("\n", i + 1);
    }
    this.lineStartsCache = starts;
    return starts;
  }

  /** Line `lineno` without its newline ("" past the end). */
  lineText(lineno: number): string {
    const starts = this.lineStarts();
    if (lineno < 1 || lineno > starts.length) return "";
    const s = starts[lineno - 1];
    let e = this.text.indexOf("\n", s);
    if (e < 0) e = this.text.length;
    return this.text.slice(s, e);
  }

  str(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }
}
