// The C tokenizer's lexer (Parser/lexer/lexer.c) over a JS string: regular mode, numbers, strings, line reading.
import {
  Ch,
  isDigit,
  isHexDigit,
  isPotentialIdentifierChar,
  isPotentialIdentifierStart,
  isQuote,
  toLower,
} from "./chars.js";
import { bytesArg, Msg, PyException } from "./errors.js";
import { lexFStringMode } from "./fstring.js";
import { ONE_CHAR, THREE_CHARS, TWO_CHARS, tok } from "./token.js";

/** The tokenizer's `tok->done` codes (Include/errcode.h); only those the lexer sets. */
export const enum Done {
  OK = 10,
  EOF = 11,
  TOKEN = 13,
  ERROR = 17,
  TABSPACE = 18,
  TOODEEP = 20,
  DEDENT = 21,
  DECODE = 22,
  EOFS = 23,
  EOLS = 24,
  LINECONT = 25,
}

export const enum ModeKind {
  Regular = 0,
  FString = 1,
}

const MAXINDENT = 100;
const MAXLEVEL = 200;
const MAXFSTRINGLEVEL = 150;
export const MAX_EXPR_NESTING = 3;
const TABSIZE = 8;
const NONE = -1;

/** One entry of the mode stack: entry 0 is plain code, each further one an f-string or t-string being read. */
export class Mode {
  kind: ModeKind = ModeKind.Regular;
  quote = 0;
  quoteSize = 0;
  /** Where the string's prefix starts, for errors reported from its opening quote. */
  start = 0;
  multiLineStart = 0;
  firstLine = 0;
  raw = false;
  isTString = false;
  curlyBracketDepth = 0;
  /** Depth of `{` at which the innermost replacement field opened; -1 outside any. */
  curlyBracketExprStartDepth = -1;
  inFormatSpec = false;
  inDebug = false;
}

/** A syntax error as the C tokenizer reports it: message, line, offsets (code points) and the offending line. */
export interface LexError {
  msg: string;
  lineno: number;
  offset: number;
  endLineno: number;
  endOffset: number;
  text: string;
}

/**
 * The state of `struct tok_state`, with every pointer an index into `text`. Lines are read one at a time as
 * `readline` would (split after each "\n"); the buffer holds the lines read since the last token ended a line,
 * which is what the `line` of multi-line tokens and some error offsets are made from.
 */
export class Lexer {
  readonly text: string;
  /** Index of the "\n" the tokenizer adds when the last line has none; -1 when the source ends in "\n". */
  readonly implicitAt: number;
  /** When lines were given one by one: the indexes of every "\n" added to a line that had none. */
  private readonly implicitSet: Set<number> | null = null;
  readonly extraTokens: boolean;
  readonly isAscii: boolean;
  private readonly firstNull: number;
  /** Index of the first unpaired surrogate (which cannot be encoded to UTF-8), or -1. */
  private readonly firstLoneSurrogate: number;

  buf = 0;
  cur = 0;
  inp = 0;
  start = NONE;
  lineStart = 0;
  multiLineStart = 0;
  firstLineno = 0;
  lineno = 0;
  done: Done = Done.OK;
  implicitNewline = false;
  decodingErred = false;

  atbol = true;
  pendin = 0;
  indent = 0;
  readonly indstack = new Int32Array(MAXINDENT);
  readonly altindstack = new Int32Array(MAXINDENT);
  level = 0;
  readonly parenstack = new Int32Array(MAXLEVEL);
  readonly parenlinenostack = new Int32Array(MAXLEVEL);
  readonly parencolstack = new Int32Array(MAXLEVEL);
  commentNewline = false;
  contLine = false;
  /** The current line holds only whitespace and perhaps a comment (C's local `blankline`). */
  private blankline = false;

  readonly modes: Mode[] = [new Mode()];
  modeIndex = 0;

  /** Start and end of the token just returned, or -1 (C's NULL). */
  pStart = NONE;
  pEnd = NONE;
  /** The error raised while producing the last token (C's PyErr_Occurred()). */
  error: LexError | null = null;
  /** An exception other than SyntaxError raised while reading (UnicodeEncodeError). */
  foreignError: PyException | null = null;
  readonly warnings: string[] = [];

  /**
   * `source` is the whole text, or the lines `readline` returns (each line not ending in "\n", as decoding
   * can leave them, gets one added, as the C tokenizer does).
   */
  constructor(source: string | readonly string[], extraTokens = true) {
    if (typeof source !== "string") {
      const implicit = new Set<number>();
      let text = "";
      for (const line of source) {
        if (line.length === 0) break; // an empty line is EOF to readline's caller
        text += line;
        if (line.charCodeAt(line.length - 1) !== Ch.LineFeed) {
          implicit.add(text.length);
          text += "\n";
        }
      }
      this.implicitSet = implicit;
      source = text;
    }
    const needsNewline = source.length > 0 && source.charCodeAt(source.length - 1) !== Ch.LineFeed;
    this.text = needsNewline ? source + "\n" : source;
    this.implicitAt = needsNewline ? source.length : -1;
    this.extraTokens = extraTokens;
    this.isAscii = !/[^\x00-\x7f]/.test(source);
    this.firstNull = source.indexOf("\0");
    this.firstLoneSurrogate = this.isAscii ? -1 : source.search(/\p{Cs}/u);
  }

  /** `_PyTokenizer_Get`: the next token's type; its span is [pStart, pEnd). */
  get(): number {
    this.pStart = NONE;
    this.pEnd = NONE;
    const mode = this.modes[this.modeIndex];
    let type = mode.kind === ModeKind.Regular ? this.lexRegular(mode) : lexFStringMode(this, mode);
    if (this.decodingErred) {
      type = tok.ERRORTOKEN;
      this.done = Done.DECODE;
    }
    return type;
  }

  // ---- reading characters ----

  /** `tok_nextc`: the next char code, reading a new line when the buffer is used up; -1 at EOF or error. */
  nextc(): number {
    for (;;) {
      if (this.cur !== this.inp) return this.text.charCodeAt(this.cur++);
      if (this.done !== Done.OK) return Ch.EOF;
      if (!this.underflow()) {
        this.cur = this.inp;
        return Ch.EOF;
      }
      this.lineStart = this.cur;
      if (this.firstNull >= this.lineStart && this.firstNull < this.inp) {
        this.syntaxError(Msg.nullBytes);
        this.cur = this.inp;
        return Ch.EOF;
      }
    }
  }

  /** `tok_backup`: steps back over `c` (nothing for EOF). */
  backup(c: number): void {
    if (c !== Ch.EOF) this.cur--;
  }

  /** `tok_underflow_readline`: appends the next line to the buffer (restarting it between tokens). */
  private underflow(): boolean {
    if (this.start === NONE && this.modeIndex === 0) {
      this.buf = this.inp;
      this.cur = this.inp;
    }
    const from = this.inp;
    const text = this.text;
    if (from >= text.length) {
      this.done = Done.EOF;
      return false;
    }
    const to = text.indexOf("\n", from) + 1;
    if (this.firstLoneSurrogate >= from && this.firstLoneSurrogate < to) {
      this.raiseSurrogateError(from, to);
      return false;
    }
    this.inp = to;
    this.implicitNewline = this.isImplicit(to - 1);
    this.lineno++;
    return true;
  }

  private isImplicit(newlineAt: number): boolean {
    return newlineAt === this.implicitAt || (this.implicitSet !== null && this.implicitSet.has(newlineAt));
  }

  /** PyUnicode_AsUTF8AndSize fails on an unpaired surrogate: UnicodeEncodeError over the run of them. */
  private raiseSurrogateError(from: number, to: number): void {
    const line = this.text.slice(from, this.isImplicit(to - 1) ? to - 1 : to);
    const cps = Array.from(line);
    let first = cps.findIndex((ch) => /\p{Cs}/u.test(ch));
    let last = first;
    while (last + 1 < cps.length && /\p{Cs}/u.test(cps[last + 1])) last++;
    if (first < 0) first = last = 0;
    this.foreignError = new PyException("UnicodeEncodeError", ["utf-8", line, first, last + 1, "surrogates not allowed"]);
    this.decodingErred = true;
    this.done = Done.DECODE;
    this.start = NONE;
  }

  // ---- columns and errors ----

  /** Code points in text[from, to): the column arithmetic of CPython, which counts characters. */
  cpCount(from: number, to: number): number {
    if (this.isAscii || to <= from) return to - from;
    let n = 0;
    const text = this.text;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff || i === from || (text.charCodeAt(i - 1) & 0xfc00) !== 0xd800) n++;
    }
    return n;
  }

  /** UTF-8 length of text[from, to): the byte arithmetic some of CPython's offsets keep. */
  utf8Length(from: number, to: number): number {
    if (this.isAscii || to <= from) return to - from;
    let n = 0;
    const text = this.text;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if ((c & 0xfc00) === 0xdc00 && i > from && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) n += 1;
      else n += 3;
    }
    return n;
  }

  /** The physical line at `from`, up to (not including) its "\n" or a NUL, as error texts show it. */
  lineText(from: number): string {
    const text = this.text;
    let end = from;
    while (end < this.inp) {
      const c = text.charCodeAt(end);
      if (c === Ch.LineFeed || c === Ch.Null) break;
      end++;
    }
    return text.slice(from, end);
  }

  /** `_PyTokenizer_syntaxerror`: reports `msg` at the current position. */
  syntaxError(msg: string): number {
    const col = this.cpCount(this.lineStart, this.cur);
    return this.syntaxErrorAt(msg, col, col);
  }

  /** `_PyTokenizer_syntaxerror_known_range`: the offsets are 1-based UTF-8 byte columns, kept as they are. */
  syntaxErrorAt(msg: string, offset: number, endOffset: number): number {
    if (this.done === Done.ERROR) return tok.ERRORTOKEN;
    this.error = {
      msg,
      lineno: this.lineno,
      offset,
      endLineno: this.lineno,
      endOffset,
      text: this.lineText(this.lineStart),
    };
    this.done = Done.ERROR;
    return tok.ERRORTOKEN;
  }

  indentError(): number {
    this.done = Done.TABSPACE;
    this.cur = this.inp;
    return tok.ERRORTOKEN;
  }

  /** 'f' or 't': which kind of string the innermost f-/t-string is, for messages. */
  stringPrefix(): string {
    return this.modes[this.modeIndex].isTString ? "t" : "f";
  }

  // ---- regular mode ----

  /** `tok_continuation_line`: after a backslash, requires the end of the line; returns the next char or -1. */
  private continuationLine(): number {
    let c = this.nextc();
    if (c === Ch.CarriageReturn) c = this.nextc();
    if (c !== Ch.LineFeed) {
      this.done = Done.LINECONT;
      return -1;
    }
    c = this.nextc();
    if (c === Ch.EOF) {
      this.done = Done.EOF;
      this.cur = this.inp;
      return -1;
    }
    this.backup(c);
    return c;
  }

  /**
   * Measures the indentation of a new logical line and queues INDENT/DEDENT. Returns ERRORTOKEN on error,
   * otherwise -1 (and whether the line is blank in `this.blankline`).
   */
  private measureIndentation(): number {
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    let c: number;
    this.atbol = false;
    for (;;) {
      c = this.nextc();
      if (c === Ch.Space) {
        col++;
        altcol++;
      } else if (c === Ch.Tab) {
        col = (((col / TABSIZE) | 0) + 1) * TABSIZE;
        altcol++;
      } else if (c === Ch.FormFeed) {
        col = altcol = 0;
      } else if (c === Ch.Backslash) {
        // Only the first backslash-continued indentation counts for the line that follows.
        contLineCol = contLineCol ? contLineCol : col;
        if ((c = this.continuationLine()) === -1) return tok.ERRORTOKEN;
      } else if (c === Ch.EOF && (this.error !== null || this.foreignError !== null)) {
        return tok.ERRORTOKEN;
      } else {
        break;
      }
    }
    this.backup(c);
    if (c === Ch.Hash || c === Ch.LineFeed || c === Ch.CarriageReturn) {
      // Lines holding only whitespace and comments leave the indentation alone.
      this.blankline = true;
    }
    if (!this.blankline && this.level === 0) {
      if (contLineCol) {
        col = contLineCol;
        altcol = contLineCol;
      }
      const indstack = this.indstack;
      const altindstack = this.altindstack;
      if (col === indstack[this.indent]) {
        if (altcol !== altindstack[this.indent]) return this.indentError();
      } else if (col > indstack[this.indent]) {
        if (this.indent + 1 >= MAXINDENT) {
          this.done = Done.TOODEEP;
          this.cur = this.inp;
          return tok.ERRORTOKEN;
        }
        if (altcol <= altindstack[this.indent]) return this.indentError();
        this.pendin++;
        indstack[++this.indent] = col;
        altindstack[this.indent] = altcol;
      } else {
        while (this.indent > 0 && col < indstack[this.indent]) {
          this.pendin--;
          this.indent--;
        }
        if (col !== indstack[this.indent]) {
          this.done = Done.DEDENT;
          this.cur = this.inp;
          return tok.ERRORTOKEN;
        }
        if (altcol !== altindstack[this.indent]) return this.indentError();
      }
    }
    return -1;
  }

  /** `tok_get_normal_mode`: one token of plain code (or of an f-string's replacement field). */
  lexRegular(mode: Mode): number {
    let c: number;
    nextline: for (;;) {
      this.start = NONE;
      this.blankline = false;
      if (this.atbol) {
        const r = this.measureIndentation();
        if (r !== -1) return r;
      }
      this.start = this.cur;
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          if (this.extraTokens) {
            this.pStart = this.cur;
            this.pEnd = this.cur;
          }
          this.pendin++;
          return tok.DEDENT;
        }
        if (this.extraTokens) {
          this.pStart = this.buf;
          this.pEnd = this.cur;
        }
        this.pendin--;
        return tok.INDENT;
      }
      // Peek, so that the next line is read now if this one is used up.
      c = this.nextc();
      this.backup(c);

      for (;;) {
        this.start = NONE;
        do {
          c = this.nextc();
        } while (c === Ch.Space || c === Ch.Tab || c === Ch.FormFeed);
        this.start = this.cur - 1;

        if (c === Ch.Hash) {
          while (c !== Ch.EOF && c !== Ch.LineFeed && c !== Ch.CarriageReturn) c = this.nextc();
          if (this.extraTokens) {
            this.backup(c);
            this.pStart = this.start;
            this.pEnd = this.cur;
            this.commentNewline = this.blankline;
            return tok.COMMENT;
          }
        }

        if (c === Ch.EOF) {
          if (this.level) return tok.ERRORTOKEN;
          return this.done === Done.EOF ? tok.ENDMARKER : tok.ERRORTOKEN;
        }

        if (isPotentialIdentifierStart(c)) return this.lexNameOrPrefixedString(c);

        if (c === Ch.CarriageReturn) c = this.nextc();

        if (c === Ch.LineFeed) {
          this.atbol = true;
          if (this.blankline || this.level > 0) {
            if (this.extraTokens) {
              this.commentNewline = false;
              this.pStart = this.start;
              this.pEnd = this.cur;
              return tok.NL;
            }
            continue nextline;
          }
          if (this.commentNewline && this.extraTokens) {
            this.commentNewline = false;
            this.pStart = this.start;
            this.pEnd = this.cur;
            return tok.NL;
          }
          this.pStart = this.start;
          this.pEnd = this.cur - 1; // the "\n" is left out of NEWLINE's text
          this.contLine = false;
          return tok.NEWLINE;
        }

        if (c === Ch.Dot) {
          c = this.nextc();
          if (isDigit(c)) return this.lexFraction(c);
          if (c === Ch.Dot) {
            c = this.nextc();
            if (c === Ch.Dot) {
              this.pStart = this.start;
              this.pEnd = this.cur;
              return tok.ELLIPSIS;
            }
            this.backup(c);
            this.backup(Ch.Dot);
          } else {
            this.backup(c);
          }
          this.pStart = this.start;
          this.pEnd = this.cur;
          return tok.DOT;
        }

        if (isDigit(c)) return this.lexNumber(c);

        if (isQuote(c)) return this.lexString(c);

        if (c === Ch.Backslash) {
          if (this.continuationLine() === -1) return tok.ERRORTOKEN;
          this.contLine = true;
          continue;
        }
        return this.lexOperator(c, mode);
      }
    }
  }

  /** Operators and delimiters, with the bracket bookkeeping that f-strings' replacement fields rely on. */
  private lexOperator(c: number, mode: Mode): number {
    if (c >= 128) return this.splitCharacter(c);
    const insideFString = this.modeIndex > 0;
    if (
      insideFString &&
      mode.curlyBracketExprStartDepth >= 0 &&
      (c === Ch.Colon || c === Ch.CloseBrace || c === Ch.Exclamation || c === Ch.OpenBrace)
    ) {
      // The `{` case runs before the depth is incremented, hence the adjustment.
      const cursor = mode.curlyBracketDepth - (c !== Ch.OpenBrace ? 1 : 0);
      if (c === Ch.Colon && cursor === mode.curlyBracketExprStartDepth) {
        mode.kind = ModeKind.FString;
        mode.inFormatSpec = true;
        this.pStart = this.start;
        this.pEnd = this.cur;
        return tok.COLON;
      }
    }

    const c2 = this.nextc();
    if (c2 >= 0 && c2 < 128) {
      const two = TWO_CHARS.get((c << 8) | c2);
      if (two !== undefined) {
        const c3 = this.nextc();
        const three = c3 >= 0 && c3 < 128 ? THREE_CHARS.get((c << 16) | (c2 << 8) | c3) : undefined;
        if (three === undefined) this.backup(c3);
        this.pStart = this.start;
        this.pEnd = this.cur;
        return three ?? two;
      }
    }
    this.backup(c2);

    switch (c) {
      case Ch.OpenParen:
      case Ch.OpenBracket:
      case Ch.OpenBrace:
        if (this.level >= MAXLEVEL) return this.syntaxError(Msg.tooManyParens);
        this.parenstack[this.level] = c;
        this.parenlinenostack[this.level] = this.lineno;
        this.parencolstack[this.level] = this.start - this.lineStart;
        this.level++;
        if (insideFString) mode.curlyBracketDepth++;
        break;
      case Ch.CloseParen:
      case Ch.CloseBracket:
      case Ch.CloseBrace: {
        if (insideFString && !mode.curlyBracketDepth && c === Ch.CloseBrace) {
          return this.syntaxError(Msg.fstringSingleBrace(this.stringPrefix()));
        }
        if (!this.extraTokens && !this.level) return this.syntaxError(Msg.unmatched(String.fromCharCode(c)));
        if (this.level > 0) {
          this.level--;
          const opening = this.parenstack[this.level];
          if (!this.extraTokens && !bracketsMatch(opening, c)) {
            const r = this.mismatchedBracket(opening, c, mode);
            if (r !== -1) return r;
          }
        }
        if (insideFString) {
          mode.curlyBracketDepth--;
          if (mode.curlyBracketDepth < 0) {
            return this.syntaxError(Msg.fstringUnmatched(this.stringPrefix(), String.fromCharCode(c)));
          }
          if (c === Ch.CloseBrace && mode.curlyBracketDepth === mode.curlyBracketExprStartDepth) {
            mode.curlyBracketExprStartDepth--;
            mode.kind = ModeKind.FString;
            mode.inFormatSpec = false;
            mode.inDebug = false;
          }
        }
        break;
      }
      default:
        break;
    }

    if (c < 0x20 || c === Ch.Delete) {
      return this.syntaxError(Msg.nonPrintable(c));
    }
    if (c === Ch.Equals && mode.curlyBracketExprStartDepth >= 0 && mode.curlyBracketDepth - mode.curlyBracketExprStartDepth === 1) {
      mode.inDebug = true;
    }
    this.pStart = this.start;
    this.pEnd = this.cur;
    return ONE_CHAR[c];
  }

  /**
   * Only after a lone "\r" does a non-ASCII character get here. CPython's lexer works on UTF-8 bytes and makes
   * an OP of the "\r" and the character's first byte, which then fails to decode as a str.
   */
  private splitCharacter(c: number): number {
    const text = this.text;
    const cp = text.codePointAt(this.cur - 1) ?? c;
    const lead = cp < 0x800 ? 0xc0 | (cp >> 6) : cp < 0x10000 ? 0xe0 | (cp >> 12) : 0xf0 | (cp >> 18);
    const bytes = new Uint8Array([text.charCodeAt(this.start), lead]);
    this.foreignError = new PyException("UnicodeDecodeError", ["utf-8", bytesArg(bytes), 1, 2, "unexpected end of data"]);
    this.pStart = this.start;
    this.pEnd = this.cur;
    return tok.OP;
  }

  /** The errors for a closing bracket that does not match the opening one (only without extra tokens). */
  private mismatchedBracket(opening: number, c: number, mode: Mode): number {
    if (this.modeIndex > 0 && opening === Ch.OpenBrace && mode.curlyBracketDepth - 1 === mode.curlyBracketExprStartDepth) {
      return this.syntaxError(Msg.fstringUnmatched(this.stringPrefix(), String.fromCharCode(c)));
    }
    const close = String.fromCharCode(c);
    const open = String.fromCharCode(opening);
    const line = this.parenlinenostack[this.level];
    if (line !== this.lineno) return this.syntaxError(Msg.parenMismatchOnLine(close, open, line));
    return this.syntaxError(Msg.parenMismatch(close, open));
  }

  // ---- names and string prefixes ----

  private lexNameOrPrefixedString(c: number): number {
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    let sawT = false;
    for (;;) {
      const lower = c | 0x20;
      if (!sawB && lower === Ch.b) sawB = true;
      else if (!sawU && lower === Ch.u) sawU = true;
      else if (!sawR && lower === Ch.r) sawR = true;
      else if (!sawF && lower === Ch.f) sawF = true;
      else if (!sawT && lower === Ch.t) sawT = true;
      else break;
      c = this.nextc();
      if (isQuote(c)) {
        const incompatible = incompatiblePrefixes(sawB, sawR, sawU, sawF, sawT);
        if (incompatible !== null) {
          const offset = this.utf8Length(this.lineStart, this.start) + 1;
          const endOffset = this.utf8Length(this.lineStart, this.cur);
          return this.syntaxErrorAt(Msg.incompatiblePrefixes(incompatible[0], incompatible[1]), offset, endOffset);
        }
        if (sawF || sawT) return this.lexFStringStart(c);
        return this.lexString(c);
      }
    }
    let nonascii = false;
    while (isPotentialIdentifierChar(c)) {
      if (c >= 128) nonascii = true;
      c = this.nextc();
    }
    this.backup(c);
    if (nonascii && !this.extraTokens && !this.verifyIdentifier()) return tok.ERRORTOKEN;
    this.pStart = this.start;
    this.pEnd = this.cur;
    return tok.NAME;
  }

  /** `verify_identifier` (PEP 3131), which the tokenize module skips: reports the first invalid character. */
  private verifyIdentifier(): boolean {
    const name = this.text.slice(this.start, this.cur);
    const cps = Array.from(name);
    let invalid = cps.length;
    for (let i = 0; i < cps.length; i++) {
      const ok = i === 0 ? /[\p{XID_Start}_]/u.test(cps[i]) : /\p{XID_Continue}/u.test(cps[i]);
      if (!ok) {
        invalid = i;
        break;
      }
    }
    if (invalid === cps.length) return true;
    const ch = cps[invalid];
    if (invalid + 1 < cps.length) {
      this.cur = this.start + cps.slice(0, invalid + 1).join("").length;
    }
    const cp = ch.codePointAt(0) ?? 0;
    this.syntaxError(isPrintableCodePoint(cp) ? Msg.invalidCharacter(ch, cp) : Msg.nonPrintable(cp));
    return false;
  }

  // ---- numbers ----

  /** `tok_decimal_tail`: digits with single underscores between them; returns the char after, or 0 on error. */
  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (isDigit(c));
      if (c !== Ch.Underscore) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.syntaxError(Msg.invalidLiteral("decimal"));
        return 0;
      }
    }
    return c;
  }

  /** `lookahead`: whether `word` follows and ends there (consumes nothing). */
  private lookahead(word: string): boolean {
    const save = this.cur;
    let result = false;
    for (let i = 0; ; i++) {
      const c = this.nextc();
      if (i === word.length) {
        result = !isPotentialIdentifierChar(c);
        break;
      }
      if (c !== word.charCodeAt(i)) break;
    }
    this.cur = save;
    return result;
  }

  /** `verify_end_of_number`: what may follow a number; the tokenize module (extra tokens) accepts anything. */
  private verifyEndOfNumber(c: number, kind: string): boolean {
    if (this.extraTokens) return true;
    let r = false;
    if (c === Ch.a) r = this.lookahead("nd");
    else if (c === Ch.e) r = this.lookahead("lse");
    else if (c === Ch.f) r = this.lookahead("or");
    else if (c === Ch.i) {
      const c2 = this.nextc();
      if (c2 === Ch.f || c2 === Ch.n || c2 === Ch.s) r = true;
      this.backup(c2);
    } else if (c === Ch.o) r = this.lookahead("r");
    else if (c === Ch.n) r = this.lookahead("ot");
    if (r) {
      this.warnings.push(Msg.invalidLiteral(kind));
      return true;
    }
    if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
      this.backup(c);
      this.syntaxError(Msg.invalidLiteral(kind));
      return false;
    }
    return true;
  }

  private numberToken(): number {
    this.pStart = this.start;
    this.pEnd = this.cur;
    return tok.NUMBER;
  }

  /** Integer, float and imaginary literals; `c` is the first digit. */
  private lexNumber(c: number): number {
    if (c !== Ch._0) {
      c = this.decimalTail();
      if (c === 0) return tok.ERRORTOKEN;
      if (c === Ch.Dot) return this.lexFraction(this.nextc());
      return this.lexExponentAndImaginary(c);
    }
    c = this.nextc();
    const lower = c | 0x20;
    if (lower === Ch.x) {
      c = this.nextc();
      do {
        if (c === Ch.Underscore) c = this.nextc();
        if (!isHexDigit(c)) {
          this.backup(c);
          return this.syntaxError(Msg.invalidLiteral("hexadecimal"));
        }
        do {
          c = this.nextc();
        } while (isHexDigit(c));
      } while (c === Ch.Underscore);
      if (!this.verifyEndOfNumber(c, "hexadecimal")) return tok.ERRORTOKEN;
    } else if (lower === Ch.o) {
      c = this.nextc();
      do {
        if (c === Ch.Underscore) c = this.nextc();
        if (c < Ch._0 || c > Ch._7) {
          if (isDigit(c)) return this.syntaxError(Msg.invalidDigit(String.fromCharCode(c), "octal"));
          this.backup(c);
          return this.syntaxError(Msg.invalidLiteral("octal"));
        }
        do {
          c = this.nextc();
        } while (c >= Ch._0 && c <= Ch._7);
      } while (c === Ch.Underscore);
      if (isDigit(c)) return this.syntaxError(Msg.invalidDigit(String.fromCharCode(c), "octal"));
      if (!this.verifyEndOfNumber(c, "octal")) return tok.ERRORTOKEN;
    } else if (lower === Ch.b) {
      c = this.nextc();
      do {
        if (c === Ch.Underscore) c = this.nextc();
        if (c !== Ch._0 && c !== Ch._1) {
          if (isDigit(c)) return this.syntaxError(Msg.invalidDigit(String.fromCharCode(c), "binary"));
          this.backup(c);
          return this.syntaxError(Msg.invalidLiteral("binary"));
        }
        do {
          c = this.nextc();
        } while (c === Ch._0 || c === Ch._1);
      } while (c === Ch.Underscore);
      if (isDigit(c)) return this.syntaxError(Msg.invalidDigit(String.fromCharCode(c), "binary"));
      if (!this.verifyEndOfNumber(c, "binary")) return tok.ERRORTOKEN;
    } else {
      // Zeros, perhaps an old-style octal (an error outside tokenize), or the start of a float.
      let nonzero = false;
      for (;;) {
        if (c === Ch.Underscore) {
          c = this.nextc();
          if (!isDigit(c)) {
            this.backup(c);
            return this.syntaxError(Msg.invalidLiteral("decimal"));
          }
        }
        if (c !== Ch._0) break;
        c = this.nextc();
      }
      const zerosEnd = this.cur;
      if (isDigit(c)) {
        nonzero = true;
        c = this.decimalTail();
        if (c === 0) return tok.ERRORTOKEN;
      }
      if (c === Ch.Dot) return this.lexFraction(this.nextc());
      if ((c | 0x20) === Ch.e) return this.lexExponent(c);
      if ((c | 0x20) === Ch.j) return this.lexImaginary();
      if (nonzero && !this.extraTokens) {
        this.backup(c);
        return this.syntaxErrorAt(
          Msg.leadingZeros,
          this.utf8Length(this.lineStart, this.start) + 1,
          this.utf8Length(this.lineStart, zerosEnd),
        );
      }
      if (!this.verifyEndOfNumber(c, "decimal")) return tok.ERRORTOKEN;
    }
    this.backup(c);
    return this.numberToken();
  }

  /** After the "." of a float; `c` is the char following it. */
  private lexFraction(c: number): number {
    if (isDigit(c)) {
      c = this.decimalTail();
      if (c === 0) return tok.ERRORTOKEN;
    }
    return this.lexExponentAndImaginary(c);
  }

  private lexExponentAndImaginary(c: number): number {
    if ((c | 0x20) === Ch.e) return this.lexExponent(c);
    if ((c | 0x20) === Ch.j) return this.lexImaginary();
    if (!this.verifyEndOfNumber(c, "decimal")) return tok.ERRORTOKEN;
    this.backup(c);
    return this.numberToken();
  }

  /** At "e" or "E": an exponent, or (with no digits after it) the end of the number before the "e". */
  private lexExponent(e: number): number {
    let c = this.nextc();
    if (c === Ch.Plus || c === Ch.Minus) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        return this.syntaxError(Msg.invalidLiteral("decimal"));
      }
    } else if (!isDigit(c)) {
      this.backup(c);
      if (!this.verifyEndOfNumber(e, "decimal")) return tok.ERRORTOKEN;
      this.backup(e);
      return this.numberToken();
    }
    c = this.decimalTail();
    if (c === 0) return tok.ERRORTOKEN;
    if ((c | 0x20) === Ch.j) return this.lexImaginary();
    if (!this.verifyEndOfNumber(c, "decimal")) return tok.ERRORTOKEN;
    this.backup(c);
    return this.numberToken();
  }

  /** At "j" or "J" (consumed next). */
  private lexImaginary(): number {
    const c = this.nextc();
    if (!this.verifyEndOfNumber(c, "imaginary")) return tok.ERRORTOKEN;
    this.backup(c);
    return this.numberToken();
  }

  // ---- strings ----

  /** A string literal (not f/t); `quote` was just read. */
  private lexString(quote: number): number {
    let quoteSize = 1;
    let endQuoteSize = 0;
    let hasEscapedQuote = false;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;

    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // the empty string
    }
    if (c !== quote) this.backup(c);

    const text = this.text;
    while (endQuoteSize !== quoteSize) {
      // Inline fast path of nextc for the common case of a character already in the buffer.
      if (this.cur !== this.inp) c = text.charCodeAt(this.cur++);
      else c = this.nextc();
      if (this.done === Done.ERROR) return tok.ERRORTOKEN;
      if (this.done === Done.DECODE) break;
      if (c === Ch.EOF || (quoteSize === 1 && c === Ch.LineFeed)) {
        // Report from the opening quote, on the line where the string began.
        this.cur = this.start + 1;
        this.lineStart = this.multiLineStart;
        const detectedAt = this.lineno;
        this.lineno = this.firstLineno;
        if (this.modeIndex > 0) {
          const m = this.modes[this.modeIndex];
          if (m.quote === quote && m.quoteSize === quoteSize) {
            return this.syntaxError(Msg.fstringExpectingBrace(this.stringPrefix()));
          }
        }
        if (quoteSize === 3) {
          this.syntaxError(Msg.unterminatedTriple(detectedAt));
          if (c !== Ch.LineFeed) this.done = Done.EOFS;
          return tok.ERRORTOKEN;
        }
        this.syntaxError(
          hasEscapedQuote ? Msg.unterminatedStringEscapedQuote(detectedAt) : Msg.unterminatedString(detectedAt),
        );
        if (c !== Ch.LineFeed) this.done = Done.EOLS;
        return tok.ERRORTOKEN;
      }
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === Ch.Backslash) {
          c = this.nextc();
          if (c === quote) hasEscapedQuote = true;
          if (c === Ch.CarriageReturn) c = this.nextc();
        }
      }
    }
    this.pStart = this.start;
    this.pEnd = this.cur;
    return tok.STRING;
  }

  /** FSTRING_START / TSTRING_START: pushes a mode for the string; `quote` was just read. */
  private lexFStringStart(quote: number): number {
    let quoteSize = 1;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    const afterQuote = this.nextc();
    if (afterQuote === quote) {
      const afterAfterQuote = this.nextc();
      if (afterAfterQuote === quote) {
        quoteSize = 3;
      } else {
        this.backup(afterAfterQuote);
        this.backup(afterQuote);
      }
    }
    if (afterQuote !== quote) this.backup(afterQuote);

    this.pStart = this.start;
    this.pEnd = this.cur;
    if (this.modeIndex + 1 >= MAXFSTRINGLEVEL) return this.syntaxError(Msg.tooManyNestedFStrings);
    const index = ++this.modeIndex;
    let mode = this.modes[index];
    if (mode === undefined) {
      mode = new Mode();
      this.modes[index] = mode;
    }
    mode.kind = ModeKind.FString;
    mode.quote = quote;
    mode.quoteSize = quoteSize;
    mode.start = this.start;
    mode.multiLineStart = this.lineStart;
    mode.firstLine = this.lineno;
    mode.inFormatSpec = false;
    mode.inDebug = false;
    const first = toLower(this.text.charCodeAt(this.start));
    const second = toLower(this.text.charCodeAt(this.start + 1));
    if (first === Ch.r) {
      mode.raw = true;
      mode.isTString = second === Ch.t;
    } else {
      mode.raw = second === Ch.r;
      mode.isTString = first === Ch.t;
    }
    mode.curlyBracketDepth = 0;
    mode.curlyBracketExprStartDepth = -1;
    return mode.isTString ? tok.TSTRING_START : tok.FSTRING_START;
  }
}

function bracketsMatch(open: number, close: number): boolean {
  return (
    (open === Ch.OpenParen && close === Ch.CloseParen) ||
    (open === Ch.OpenBracket && close === Ch.CloseBracket) ||
    (open === Ch.OpenBrace && close === Ch.CloseBrace)
  );
}

/** The first incompatible pair among the prefixes seen, in CPython's order of checks; null when compatible. */
function incompatiblePrefixes(b: boolean, r: boolean, u: boolean, f: boolean, t: boolean): [string, string] | null {
  if (u && b) return ["u", "b"];
  if (u && r) return ["u", "r"];
  if (u && f) return ["u", "f"];
  if (u && t) return ["u", "t"];
  if (b && f) return ["b", "f"];
  if (b && t) return ["b", "t"];
  if (f && t) return ["f", "t"];
  return null;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
function isPrintableCodePoint(cp: number): boolean {
  return cp === 0x20 || !NON_PRINTABLE.test(String.fromCodePoint(cp));
}
