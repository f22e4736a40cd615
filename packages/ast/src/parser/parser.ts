// The parser's state (pegen's Parser): the token cursor, memo tables, the two passes and error raising.

import { PyException, tok } from "@ophis/tokenizer";
import type { WarnCallback } from "../parse.js";
import { byteOffsetToCharOffset, ParseAbort, syntaxError } from "./errors.js";
import { giveBackMemo, grownLog, type MemoTables, takeMemo } from "./memo.js";
import {
  DONE_DEDENT,
  DONE_EOF,
  DONE_LINECONT,
  DONE_TABSPACE,
  DONE_TOKEN,
  DONE_TOODEEP,
  type Tokens,
} from "./tokens.js";

/** Anything with a position: AST nodes, and tokens turned into `Loc`s. */
export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

/** `CURRENT_POS` of pegen: the tokenizer's position at the time of raising. */
export const CURRENT_POS = -5;

/**
 * Memoized rules, each with its own column of the memo table. The ones from `star_expression` on are memoized
 * in the second pass only, so the first pass uses a narrower table (FIRST_PASS_RULES columns): on the whole
 * stdlib the first pass never hit the memos of the expression chain below `expression` (one lookup in a
 * thousand for disjunction and bitwise_or), while the invalid_ rules of the second pass re-parse there.
 */
export enum Rule {
  expression,
  t_primary,
  strings,
  tstring,
  arguments,
  star_target,
  target_with_star_atom,
  del_target,
  simple_stmt,
  block,
  closed_pattern,
  star_pattern,
  type_param,
  attr,
  dotted_name,
  // Second pass only:
  star_expression,
  disjunction,
  conjunction,
  inversion,
  factor,
  await_primary,
  bitwise_or,
  sum,
  primary,
  invalid_named_expression,
  COUNT,
}

const FIRST_PASS_RULES = Rule.star_expression;

export const MISS: unique symbol = Symbol("miss");

const RULES = Rule.COUNT;

/** pegen's MAXSTACK. */
const MAXSTACK = 6000;

const NEWLINE = tok.NEWLINE;
const DEDENT = tok.DEDENT;
const ENDMARKER = tok.ENDMARKER;

export class Parser {
  readonly t: Tokens;
  readonly filename: string;
  readonly featureVersion: number;
  readonly mode: "exec" | "eval" | "single" | "func_type";
  mark = 0;
  /** How many tokens the parser has asked the tokenizer for (C's p->fill). */
  fill = 0;
  callInvalidRules = false;
  level = 0;
  barryAsFlufl = false;
  /** Receives SyntaxWarnings; none means they are dropped. */
  warn: WarnCallback | undefined = undefined;
  /** Whether the innermost f-string or t-string being parsed is raw (its format specs keep their backslashes). */
  rawFString = false;
  /** Literals already warned about ("lineno:col"), so that a second pass does not warn twice. */
  readonly warnedAt = new Set<string>();
  private readonly memo: MemoTables;
  private readonly memoEnds: Int32Array;
  private readonly memoValues: unknown[];
  /** The entries set so far: their indexes, in memoWritten[0, memoCount). */
  private memoWritten: Int32Array;
  private memoCount = 0;
  /** Columns of the memo table in this pass. */
  private memoWidth = FIRST_PASS_RULES;

  constructor(tokens: Tokens, filename: string, mode: Parser["mode"], featureVersion: number) {
    this.t = tokens;
    this.filename = filename;
    this.mode = mode;
    this.featureVersion = featureVersion;
    // Room for the second pass's width from the start, so the tables never grow mid-parse.
    const memo = takeMemo((tokens.count + 2) * RULES);
    this.memo = memo;
    this.memoEnds = memo.ends;
    this.memoValues = memo.values;
    this.memoWritten = memo.written;
  }

  /** Gives the memo and token tables back to the pools; the parser is not used after. */
  release(): void {
    this.t.release();
    this.forgetMemos();
    this.memo.written = this.memoWritten;
    giveBackMemo(this.memo);
  }

  /**
   * Unsets the entries set. The values are dropped too: left in the long-lived table, old trees would survive
   * young-generation collections and cost far more.
   */
  private forgetMemos(): void {
    const written = this.memoWritten;
    const ends = this.memoEnds;
    const values = this.memoValues;
    for (let i = 0; i < this.memoCount; i++) {
      const k = written[i];
      ends[k] = 0;
      values[k] = null;
    }
    this.memoCount = 0;
  }

  /** Second pass: memos forgotten, invalid_ rules on, tokens kept (as reset_parser_state_for_error_pass). */
  resetForErrorPass(): void {
    this.forgetMemos();
    this.memoWidth = RULES;
    this.mark = 0;
    this.level = 0;
    this.callInvalidRules = true;
  }

  // ---- tokens ----

  /** Makes token `i` known (fetching it as _PyPegen_fill_token would), raising the tokenizer's error there. */
  fetch(i: number): void {
    const t = this.t;
    if (i >= t.count) {
      if (t.failure !== null) {
        this.fill = t.count + 1;
        this.raiseTokenizerError();
      }
      return;
    }
    this.fill = i + 1;
  }

  /** Type of the token at the mark (fetching it). */
  peek(): number {
    const i = this.mark;
    if (i >= this.fill) this.fetch(i);
    const t = this.t;
    return i < t.count ? t.type[i] : ENDMARKER;
  }

  /** Type of the token `k` after the mark (fetching the ones between). */
  peekAt(k: number): number {
    const i = this.mark + k;
    for (let j = this.fill; j <= i; j++) this.fetch(j);
    const t = this.t;
    return i < t.count ? t.type[i] : ENDMARKER;
  }

  /** Consumes a token of `type`: its index, or -1 (mark unchanged). */
  expect(type: number): number {
    const i = this.mark;
    if (i >= this.fill) this.fetch(i);
    const t = this.t;
    if (i < t.count && t.type[i] === type) {
      this.mark = i + 1;
      return i;
    }
    return -1;
  }

  /** `&&tok`: the token, or "expected 'x'" at it. */
  expectForced(type: number, text: string): number {
    const i = this.expect(type);
    if (i >= 0) return i;
    const m = this.mark;
    return this.raiseLoc("SyntaxError", `expected '${text}'`, this.tokLoc(m), this.tokLoc(m));
  }

  /** A NAME whose text is `word` (a soft keyword): its index, or -1. */
  expectSoft(word: string): number {
    const i = this.mark;
    if (i >= this.fill) this.fetch(i);
    const t = this.t;
    if (
      i < t.count &&
      t.type[i] === tok.NAME &&
      t.end[i] - t.start[i] === word.length &&
      t.text.startsWith(word, t.start[i])
    ) {
      this.mark = i + 1;
      return i;
    }
    return -1;
  }

  /** Whether the token at the mark is a NAME spelled `word`. */
  atSoft(word: string): boolean {
    const i = this.mark;
    if (i >= this.fill) this.fetch(i);
    const t = this.t;
    return (
      i < t.count &&
      t.type[i] === tok.NAME &&
      t.end[i] - t.start[i] === word.length &&
      t.text.startsWith(word, t.start[i])
    );
  }

  tokStr(i: number): string {
    return this.t.text.slice(this.t.start[i], this.t.end[i]);
  }

  /** The position of token `i` (the error token past the last one has no columns). */
  tokLoc(i: number): Loc {
    const t = this.t;
    if (i >= t.count) {
      const f = t.failure;
      const line = f !== null ? f.lineno : t.endLineno[t.count - 1];
      if (f === null) return this.tokLoc(t.count - 1);
      return { lineno: line, col_offset: -1, end_lineno: line, end_col_offset: -1 };
    }
    return {
      lineno: t.lineno[i],
      col_offset: t.col[i],
      end_lineno: t.endLineno[i],
      end_col_offset: t.endCol[i],
    };
  }

  // ---- node positions (EXTRA) ----

  startLine(s: number): number {
    if (s >= this.fill) this.fetch(s);
    return s < this.t.count ? this.t.lineno[s] : this.t.lineno[this.t.count - 1];
  }

  startCol(s: number): number {
    return s < this.t.count ? this.t.col[s] : this.t.col[this.t.count - 1];
  }

  /** The last token before the mark that is not NEWLINE, INDENT, DEDENT or ENDMARKER. */
  lastNonWhitespace(): number {
    const t = this.t;
    let m = this.mark - 1;
    for (; m > 0; m--) {
      const ty = t.type[m];
      if (ty !== ENDMARKER && (ty < NEWLINE || ty > DEDENT)) break;
    }
    return Math.max(m, 0);
  }

  endLine(): number {
    return this.t.endLineno[this.lastNonWhitespace()];
  }

  endCol(): number {
    return this.t.endCol[this.lastNonWhitespace()];
  }

  // ---- memo ----

  /** The memoized result of `rule` at the mark (moving the mark past it), or MISS. */
  memoGet(rule: Rule): unknown {
    const m = this.mark;
    if (m >= this.fill) this.fetch(m);
    const k = m * this.memoWidth + rule;
    const e = this.memoEnds[k];
    if (e === 0) return MISS;
    this.mark = e - 1;
    return this.memoValues[k];
  }

  memoSet(rule: Rule, start: number, value: unknown): void {
    const k = start * this.memoWidth + rule;
    if (this.memoEnds[k] === 0) {
      if (this.memoCount === this.memoWritten.length) this.memoWritten = grownLog(this.memoWritten);
      this.memoWritten[this.memoCount++] = k;
    }
    this.memoEnds[k] = this.mark + 1;
    this.memoValues[k] = value;
  }

  // ---- depth ----

  enter(): void {
    if (++this.level > MAXSTACK) {
      const msg = "Parser stack overflowed - Python source too complex to parse";
      throw new ParseAbort(new PyException("MemoryError", [msg]));
    }
  }

  // ---- errors ----

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE: from a's start to b's end (0-based byte columns). */
  raiseLoc(pyType: string, msg: string, a: Loc, b: Loc): never {
    return this.raiseAt(
      pyType,
      msg,
      a.lineno,
      a.col_offset === CURRENT_POS ? CURRENT_POS : a.col_offset + 1,
      b.end_lineno ?? a.lineno,
      b.end_col_offset === CURRENT_POS ? CURRENT_POS : (b.end_col_offset ?? -1) + 1,
    );
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM: from a's start to the tokenizer's position. */
  raiseFrom(msg: string, a: Loc): never {
    return this.raiseAt("SyntaxError", msg, a.lineno, a.col_offset + 1, CURRENT_POS, CURRENT_POS);
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR (useMark false) and RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN. */
  raise(pyType: string, msg: string, useMark = false): never {
    if (useMark && this.mark === this.fill) this.fetch(this.mark);
    const i = useMark ? this.mark : this.fill - 1;
    const t = this.t;
    let lineno: number;
    let col: number;
    let endLineno: number;
    let endCol = -1;
    if (i >= t.count) {
      const f = t.failure;
      lineno = endLineno = f !== null ? f.lineno : t.lineno[t.count - 1];
      col = f === null || f.curAtBuf ? 0 : f.curCol;
    } else {
      lineno = t.lineno[i];
      endLineno = t.endLineno[i];
      if (t.col[i] === -1) {
        col = t.curCol[this.fill - 1];
      } else {
        col = t.col[i] + 1;
      }
      if (t.endCol[i] !== -1) endCol = t.endCol[i] + 1;
    }
    return this.raiseAt(pyType, msg, lineno, col, endLineno, endCol);
  }

  /** `_PyPegen_raise_error_known_location`: columns are 1-based byte offsets (or CURRENT_POS). */
  raiseAt(
    pyType: string,
    msg: string,
    lineno: number,
    col: number,
    endLineno: number,
    endCol: number,
  ): never {
    const t = this.t;
    const last = Math.min(this.fill, t.count) - 1;
    const tokLineno =
      this.fill > t.count && t.failure !== null ? t.failure.lineno : last >= 0 ? t.curLineno[last] : 1;
    if (endLineno === CURRENT_POS) endLineno = tokLineno;
    if (endCol === CURRENT_POS) {
      endCol = this.fill > t.count && t.failure !== null ? t.failure.curCol : last >= 0 ? t.curCol[last] : 0;
    }
    // With the source held as a string, the error line comes from the tokenizer's buffer (which keeps its
    // newline) when the error is on the tokenizer's current line, else from the source.
    let line = t.lineText(lineno);
    if (tokLineno <= lineno && lineno <= t.lineStarts().length && t.text.length > 0) line += "\n";
    const offset = byteOffsetToCharOffset(line, col);
    const endOffset = endCol > 0 ? byteOffsetToCharOffset(line, endCol) : endCol;
    throw new ParseAbort(syntaxError(pyType, msg, this.filename, lineno, offset, line, endLineno, endOffset));
  }

  /** `_Pypegen_tokenizer_error`: the tokenizer's failure at the token just asked for. */
  raiseTokenizerError(): never {
    const f = this.t.failure;
    if (f === null) throw new Error("no tokenizer failure");
    if (f.foreign !== null) throw new ParseAbort(f.foreign as never);
    if (f.error !== null) {
      const e = f.error;
      throw new ParseAbort(
        syntaxError(
          "SyntaxError",
          e.msg,
          this.filename,
          e.lineno,
          e.offset,
          e.text,
          e.endLineno,
          e.endOffset,
        ),
      );
    }
    let pyType = "SyntaxError";
    let msg: string;
    let col = -1;
    switch (f.done) {
      case DONE_TOKEN:
        msg = "invalid token";
        break;
      case DONE_EOF:
        if (f.level > 0) return this.raiseUnclosedParen();
        return this.raise("SyntaxError", "unexpected EOF while parsing");
      case DONE_DEDENT:
        return this.raise("IndentationError", "unindent does not match any outer indentation level");
      case DONE_TABSPACE:
        pyType = "TabError";
        msg = "inconsistent use of tabs and spaces in indentation";
        break;
      case DONE_TOODEEP:
        pyType = "IndentationError";
        msg = "too many levels of indentation";
        break;
      case DONE_LINECONT:
        col = f.curCol - 1;
        msg = "unexpected character after line continuation character";
        break;
      default:
        msg = "unknown parsing error";
    }
    return this.raiseAt(pyType, msg, f.lineno, col >= 0 ? col + 1 : 1, f.lineno, 0);
  }

  /** "'(' was never closed", at the innermost bracket still open when the tokenizer stopped. */
  raiseUnclosedParen(): never {
    const f = this.t.failure;
    if (f === null || f.level === 0) throw new Error("no open bracket");
    return this.raiseAt(
      "SyntaxError",
      `'${String.fromCharCode(f.parenChar)}' was never closed`,
      f.parenLine,
      f.parenCol + 1,
      f.parenLine,
      0,
    );
  }
}
