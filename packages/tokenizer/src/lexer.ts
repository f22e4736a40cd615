// The C tokenizer's lexer (Parser/lexer/lexer.c) over a JS string: regular mode, numbers, strings, line reading.
import {
  CHAR_CLASS,
  Ch,
  CharClass,
  isDigit,
  isPotentialIdentifierChar,
  isPotentialIdentifierStart,
  isQuote,
  toLower,
} from "./chars.js";
import { bytesArg, Msg, PyException } from "./errors.js";
import { lexFStringMode } from "./fstring.js";
import { lexFraction, lexNumber } from "./number.js";
import { Done, Mode, ModeKind } from "./state.js";
import { ONE_CHAR, THREE_CHARS, TWO_CHARS, tok } from "./token.js";
import { isIdentifierContinue, isIdentifierStart, isPrintable } from "./unicode.js";

// Char codes as module constants, which V8 folds (tsc keeps const enums as objects under isolatedModules).
const BACKSLASH = Ch.Backslash;
const BANG = Ch.Exclamation;
const COLON = Ch.Colon;
const CR = Ch.CarriageReturn;
const DEL = Ch.Delete;
const DOT = Ch.Dot;
const EOF = Ch.EOF;
const EQUALS = Ch.Equals;
const FF = Ch.FormFeed;
const HASH = Ch.Hash;
const LBRACE = Ch.OpenBrace;
const LBRACKET = Ch.OpenBracket;
const LF = Ch.LineFeed;
const LOWER_B = Ch.b;
const LOWER_F = Ch.f;
const LOWER_R = Ch.r;
const LOWER_T = Ch.t;
const LOWER_U = Ch.u;
const LPAREN = Ch.OpenParen;
const NUL = Ch.Null;
const RBRACE = Ch.CloseBrace;
const RBRACKET = Ch.CloseBracket;
const RPAREN = Ch.CloseParen;
const SPACE = Ch.Space;
const TAB = Ch.Tab;

const DONE_DECODE = Done.DECODE;
const DONE_DEDENT = Done.DEDENT;
const DONE_EOF = Done.EOF;
const DONE_EOFS = Done.EOFS;
const DONE_EOLS = Done.EOLS;
const DONE_ERROR = Done.ERROR;
const DONE_LINECONT = Done.LINECONT;
const DONE_OK = Done.OK;
const DONE_TABSPACE = Done.TABSPACE;
const DONE_TOODEEP = Done.TOODEEP;
const MODE_FSTRING = ModeKind.FString;
const MODE_REGULAR = ModeKind.Regular;

const IDENT_CLASS = CHAR_CLASS;
const IDENT_CHAR = CharClass.IdentChar;

const MAXINDENT = 100;
const MAXLEVEL = 200;
const MAXFSTRINGLEVEL = 150;
const TABSIZE = 8;
const NONE = -1;

const T_COLON = tok.COLON;
const T_COMMENT = tok.COMMENT;
const T_DEDENT = tok.DEDENT;
const T_DOT = tok.DOT;
const T_ELLIPSIS = tok.ELLIPSIS;
const T_ENDMARKER = tok.ENDMARKER;
const T_ERRORTOKEN = tok.ERRORTOKEN;
const T_FSTRING_START = tok.FSTRING_START;
const T_INDENT = tok.INDENT;
const T_NAME = tok.NAME;
const T_NEWLINE = tok.NEWLINE;
const T_NL = tok.NL;
const T_OP = tok.OP;
const T_STRING = tok.STRING;
const T_TYPE_COMMENT = tok.TYPE_COMMENT;
const T_TYPE_IGNORE = tok.TYPE_IGNORE;
const T_TSTRING_START = tok.TSTRING_START;

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
  /**
   * C's `tok->type_comments` (parser mode with `ast.parse(type_comments=True)`): comments starting "# type:" become
   * TYPE_COMMENT tokens, and "# type: ignore..." TYPE_IGNORE tokens, instead of being skipped.
   */
  typeComments = false;
  /** Whether any UTF-16 surrogate occurs: without, columns in code points are plain string offsets. */
  readonly hasSurrogates: boolean;
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
  done: Done = DONE_OK;
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
        if (line.charCodeAt(line.length - 1) !== LF) {
          implicit.add(text.length);
          text += "\n";
        }
      }
      this.implicitSet = implicit;
      source = text;
    }
    const needsNewline = source.length > 0 && source.charCodeAt(source.length - 1) !== LF;
    this.text = needsNewline ? source + "\n" : source;
    this.implicitAt = needsNewline ? source.length : -1;
    this.extraTokens = extraTokens;
    this.hasSurrogates = /[\ud800-\udfff]/.test(source);
    this.firstNull = source.indexOf("\0");
    this.firstLoneSurrogate = this.hasSurrogates ? source.search(/\p{Cs}/u) : -1;
  }

  /** `_PyTokenizer_Get`: the next token's type; its span is [pStart, pEnd). */
  get(): number {
    this.pStart = NONE;
    this.pEnd = NONE;
    const mode = this.modes[this.modeIndex];
    let type = mode.kind === MODE_REGULAR ? this.lexRegular(mode) : lexFStringMode(this, mode);
    if (this.decodingErred) {
      type = T_ERRORTOKEN;
      this.done = DONE_DECODE;
    }
    return type;
  }

  // ---- reading characters ----

  /** `tok_nextc`: the next char code, reading a new line when the buffer is used up; -1 at EOF or error. */
  nextc(): number {
    for (;;) {
      if (this.cur !== this.inp) return this.text.charCodeAt(this.cur++);
      if (this.done !== DONE_OK) return EOF;
      if (!this.underflow()) {
        this.cur = this.inp;
        return EOF;
      }
      this.lineStart = this.cur;
      if (this.firstNull >= this.lineStart && this.firstNull < this.inp) {
        this.syntaxError(Msg.nullBytes);
        this.cur = this.inp;
        return EOF;
      }
    }
  }

  /** `tok_backup`: steps back over `c` (nothing for EOF). */
  backup(c: number): void {
    if (c !== EOF) this.cur--;
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
      this.done = DONE_EOF;
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
    return newlineAt === this.implicitAt || this.implicitSet?.has(newlineAt) === true;
  }

  /** PyUnicode_AsUTF8AndSize fails on an unpaired surrogate: UnicodeEncodeError over the run of them. */
  private raiseSurrogateError(from: number, to: number): void {
    const line = this.text.slice(from, this.isImplicit(to - 1) ? to - 1 : to);
    const cps = Array.from(line);
    let first = cps.findIndex((ch) => /\p{Cs}/u.test(ch));
    let last = first;
    while (last + 1 < cps.length && /\p{Cs}/u.test(cps[last + 1])) last++;
    if (first < 0) first = last = 0;
    this.foreignError = new PyException("UnicodeEncodeError", [
      "utf-8",
      line,
      first,
      last + 1,
      "surrogates not allowed",
    ]);
    this.decodingErred = true;
    this.done = DONE_DECODE;
    this.start = NONE;
  }

  // ---- columns and errors ----

  /** Code points in text[from, to): the column arithmetic of CPython, which counts characters. */
  cpCount(from: number, to: number): number {
    if (!this.hasSurrogates || to <= from) return to - from;
    // Columns are asked for in increasing order along a line: resume from the last count when possible.
    let i = from;
    let n = 0;
    if (from === this.countFrom && to >= this.countTo) {
      i = this.countTo;
      n = this.count;
    }
    const text = this.text;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff || i === from || (text.charCodeAt(i - 1) & 0xfc00) !== 0xd800) n++;
    }
    this.countFrom = from;
    this.countTo = to;
    this.count = n;
    return n;
  }
  private countFrom = -1;
  private countTo = 0;
  private count = 0;

  /** UTF-8 length of text[from, to): the byte arithmetic some of CPython's offsets keep. */
  utf8Length(from: number, to: number): number {
    if (to <= from) return to - from;
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
      if (c === LF || c === NUL) break;
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
    if (this.done === DONE_ERROR) return T_ERRORTOKEN;
    this.error = {
      msg,
      lineno: this.lineno,
      offset,
      endLineno: this.lineno,
      endOffset,
      text: this.lineText(this.lineStart),
    };
    this.done = DONE_ERROR;
    return T_ERRORTOKEN;
  }

  indentError(): number {
    this.done = DONE_TABSPACE;
    this.cur = this.inp;
    return T_ERRORTOKEN;
  }

  /** 'f' or 't': which kind of string the innermost f-/t-string is, for messages. */
  stringPrefix(): string {
    return this.modes[this.modeIndex].isTString ? "t" : "f";
  }

  // ---- regular mode ----

  /** `tok_continuation_line`: after a backslash, requires the end of the line; returns the next char or -1. */
  private continuationLine(): number {
    let c = this.nextc();
    if (c === CR) c = this.nextc();
    if (c !== LF) {
      this.done = DONE_LINECONT;
      return -1;
    }
    c = this.nextc();
    if (c === EOF) {
      this.done = DONE_EOF;
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
      if (c === SPACE) {
        col++;
        altcol++;
      } else if (c === TAB) {
        col = (((col / TABSIZE) | 0) + 1) * TABSIZE;
        altcol++;
      } else if (c === FF) {
        col = altcol = 0;
      } else if (c === BACKSLASH) {
        // Only the first backslash-continued indentation counts for the line that follows.
        contLineCol = contLineCol ? contLineCol : col;
        c = this.continuationLine();
        if (c === -1) return T_ERRORTOKEN;
      } else if (c === EOF && (this.error !== null || this.foreignError !== null)) {
        return T_ERRORTOKEN;
      } else {
        break;
      }
    }
    this.backup(c);
    if (c === HASH || c === LF || c === CR) {
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
          this.done = DONE_TOODEEP;
          this.cur = this.inp;
          return T_ERRORTOKEN;
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
          this.done = DONE_DEDENT;
          this.cur = this.inp;
          return T_ERRORTOKEN;
        }
        if (altcol !== altindstack[this.indent]) return this.indentError();
      }
    }
    return -1;
  }

  /**
   * The comment from `start` to just before `c` (the line end, already read) as a TYPE_COMMENT or TYPE_IGNORE
   * token, or -1 when it is an ordinary comment. The prefix is "# type: ", where each space stands for any run
   * of spaces and tabs (possibly empty). TYPE_COMMENT spans the text after the prefix; TYPE_IGNORE spans what
   * follows "ignore" (its tag), and when the comment is alone on its line it takes the newline too, as C does.
   */
  private typeComment(c: number): number {
    const text = this.text;
    const end = this.cur;
    const PREFIX = "# type: ";
    let p = this.start;
    let k = 0;
    for (; k < PREFIX.length && p < end; k++) {
      const want = PREFIX.charCodeAt(k);
      if (want === SPACE) {
        let d = text.charCodeAt(p);
        while (d === SPACE || d === TAB) d = text.charCodeAt(++p);
      } else if (text.charCodeAt(p) === want) {
        p++;
      } else {
        break;
      }
    }
    if (k < PREFIX.length) return -1;
    this.backup(c); // the newline (or EOF) is not part of the comment
    const cur = this.cur;
    const ignoreEnd = p + 6;
    // "ignore" then the end of the comment or an ASCII character that is not alphanumeric.
    const isIgnore =
      cur >= ignoreEnd &&
      text.startsWith("ignore", p) &&
      !(cur > ignoreEnd && (text.charCodeAt(ignoreEnd) >= 0x80 || isAsciiAlnum(text.charCodeAt(ignoreEnd))));
    if (isIgnore) {
      this.pStart = ignoreEnd;
      this.pEnd = cur;
      if (this.blankline) {
        this.nextc();
        this.atbol = true;
      }
      return T_TYPE_IGNORE;
    }
    this.pStart = p;
    this.pEnd = cur;
    return T_TYPE_COMMENT;
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
          return T_DEDENT;
        }
        if (this.extraTokens) {
          this.pStart = this.buf;
          this.pEnd = this.cur;
        }
        this.pendin--;
        return T_INDENT;
      }
      // Peek, so that the next line is read now if this one is used up.
      c = this.nextc();
      this.backup(c);

      for (;;) {
        this.start = NONE;
        do {
          c = this.nextc();
        } while (c === SPACE || c === TAB || c === FF);
        this.start = this.cur - 1;

        if (c === HASH) {
          while (c !== EOF && c !== LF && c !== CR) c = this.nextc();
          if (this.typeComments) {
            const r = this.typeComment(c);
            if (r !== -1) return r;
          }
          if (this.extraTokens) {
            this.backup(c);
            this.pStart = this.start;
            this.pEnd = this.cur;
            this.commentNewline = this.blankline;
            return T_COMMENT;
          }
        }

        if (c === EOF) {
          if (this.level) return T_ERRORTOKEN;
          return this.done === DONE_EOF ? T_ENDMARKER : T_ERRORTOKEN;
        }

        if (isPotentialIdentifierStart(c)) return this.lexNameOrPrefixedString(c);

        if (c === CR) c = this.nextc();

        if (c === LF) {
          this.atbol = true;
          if (this.blankline || this.level > 0) {
            if (this.extraTokens) {
              this.commentNewline = false;
              this.pStart = this.start;
              this.pEnd = this.cur;
              return T_NL;
            }
            continue nextline;
          }
          if (this.commentNewline && this.extraTokens) {
            this.commentNewline = false;
            this.pStart = this.start;
            this.pEnd = this.cur;
            return T_NL;
          }
          this.pStart = this.start;
          this.pEnd = this.cur - 1; // the "\n" is left out of NEWLINE's text
          this.contLine = false;
          return T_NEWLINE;
        }

        if (c === DOT) {
          c = this.nextc();
          if (isDigit(c)) return lexFraction(this, c);
          if (c === DOT) {
            c = this.nextc();
            if (c === DOT) {
              this.pStart = this.start;
              this.pEnd = this.cur;
              return T_ELLIPSIS;
            }
            this.backup(c);
            this.backup(DOT);
          } else {
            this.backup(c);
          }
          this.pStart = this.start;
          this.pEnd = this.cur;
          return T_DOT;
        }

        if (isDigit(c)) return lexNumber(this, c);

        if (isQuote(c)) return this.lexString(c);

        if (c === BACKSLASH) {
          if (this.continuationLine() === -1) return T_ERRORTOKEN;
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
      (c === COLON || c === RBRACE || c === BANG || c === LBRACE)
    ) {
      // The `{` case runs before the depth is incremented, hence the adjustment.
      const cursor = mode.curlyBracketDepth - (c !== LBRACE ? 1 : 0);
      if (c === COLON && cursor === mode.curlyBracketExprStartDepth) {
        mode.kind = MODE_FSTRING;
        mode.inFormatSpec = true;
        this.pStart = this.start;
        this.pEnd = this.cur;
        return T_COLON;
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
      case LPAREN:
      case LBRACKET:
      case LBRACE:
        if (this.level >= MAXLEVEL) return this.syntaxError(Msg.tooManyParens);
        this.parenstack[this.level] = c;
        this.parenlinenostack[this.level] = this.lineno;
        this.parencolstack[this.level] = this.start - this.lineStart;
        this.level++;
        if (insideFString) mode.curlyBracketDepth++;
        break;
      case RPAREN:
      case RBRACKET:
      case RBRACE: {
        if (insideFString && !mode.curlyBracketDepth && c === RBRACE) {
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
          if (c === RBRACE && mode.curlyBracketDepth === mode.curlyBracketExprStartDepth) {
            mode.curlyBracketExprStartDepth--;
            mode.kind = MODE_FSTRING;
            mode.inFormatSpec = false;
            mode.inDebug = false;
          }
        }
        break;
      }
      default:
        break;
    }

    if (c < 0x20 || c === DEL) {
      return this.syntaxError(Msg.nonPrintable(c));
    }
    if (
      c === EQUALS &&
      mode.curlyBracketExprStartDepth >= 0 &&
      mode.curlyBracketDepth - mode.curlyBracketExprStartDepth === 1
    ) {
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
    this.foreignError = new PyException("UnicodeDecodeError", [
      "utf-8",
      bytesArg(bytes),
      1,
      2,
      "unexpected end of data",
    ]);
    this.pStart = this.start;
    this.pEnd = this.cur;
    return T_OP;
  }

  /** The errors for a closing bracket that does not match the opening one (only without extra tokens). */
  private mismatchedBracket(opening: number, c: number, mode: Mode): number {
    if (
      this.modeIndex > 0 &&
      opening === LBRACE &&
      mode.curlyBracketDepth - 1 === mode.curlyBracketExprStartDepth
    ) {
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
      if (!sawB && lower === LOWER_B) sawB = true;
      else if (!sawU && lower === LOWER_U) sawU = true;
      else if (!sawR && lower === LOWER_R) sawR = true;
      else if (!sawF && lower === LOWER_F) sawF = true;
      else if (!sawT && lower === LOWER_T) sawT = true;
      else break;
      c = this.nextc();
      if (isQuote(c)) {
        const incompatible = incompatiblePrefixes(sawB, sawR, sawU, sawF, sawT);
        if (incompatible !== null) {
          const offset = this.utf8Length(this.lineStart, this.start) + 1;
          const endOffset = this.utf8Length(this.lineStart, this.cur);
          return this.syntaxErrorAt(
            Msg.incompatiblePrefixes(incompatible[0], incompatible[1]),
            offset,
            endOffset,
          );
        }
        if (sawF || sawT) return this.lexFStringStart(c);
        return this.lexString(c);
      }
    }
    // `c` is the first char after the prefix letters. An identifier never reaches the end of the buffer (each
    // line ends in "\n"), so the rest is scanned in place.
    let nonascii = c >= 128;
    if (isPotentialIdentifierChar(c)) {
      const text = this.text;
      const inp = this.inp;
      let cur = this.cur;
      while (cur < inp) {
        const d = text.charCodeAt(cur);
        if (d >= 128) nonascii = true;
        else if ((IDENT_CLASS[d] & IDENT_CHAR) === 0) break;
        cur++;
      }
      this.cur = cur;
    } else {
      this.backup(c);
    }
    if (nonascii && !this.extraTokens && !this.verifyIdentifier()) return T_ERRORTOKEN;
    this.pStart = this.start;
    this.pEnd = this.cur;
    return T_NAME;
  }

  /** `verify_identifier` (PEP 3131), which the tokenize module skips: reports the first invalid character. */
  private verifyIdentifier(): boolean {
    const name = this.text.slice(this.start, this.cur);
    const cps = Array.from(name);
    let invalid = cps.length;
    for (let i = 0; i < cps.length; i++) {
      const cp = cps[i].codePointAt(0) ?? 0;
      const ok = i === 0 ? isIdentifierStart(cp) : isIdentifierContinue(cp);
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
    this.syntaxError(isPrintable(cp) ? Msg.invalidCharacter(ch, cp) : Msg.nonPrintable(cp));
    return false;
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
      if (this.done === DONE_ERROR) return T_ERRORTOKEN;
      if (this.done === DONE_DECODE) break;
      if (c === EOF || (quoteSize === 1 && c === LF)) {
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
          if (c !== LF) this.done = DONE_EOFS;
          return T_ERRORTOKEN;
        }
        this.syntaxError(
          hasEscapedQuote
            ? Msg.unterminatedStringEscapedQuote(detectedAt)
            : Msg.unterminatedString(detectedAt),
        );
        if (c !== LF) this.done = DONE_EOLS;
        return T_ERRORTOKEN;
      }
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === BACKSLASH) {
          c = this.nextc();
          if (c === quote) hasEscapedQuote = true;
          if (c === CR) c = this.nextc();
        }
      }
    }
    this.pStart = this.start;
    this.pEnd = this.cur;
    return T_STRING;
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
    mode.kind = MODE_FSTRING;
    mode.quote = quote;
    mode.quoteSize = quoteSize;
    mode.start = this.start;
    mode.multiLineStart = this.lineStart;
    mode.firstLine = this.lineno;
    mode.inFormatSpec = false;
    mode.inDebug = false;
    const first = toLower(this.text.charCodeAt(this.start));
    const second = toLower(this.text.charCodeAt(this.start + 1));
    if (first === LOWER_R) {
      mode.raw = true;
      mode.isTString = second === LOWER_T;
    } else {
      mode.raw = second === LOWER_R;
      mode.isTString = first === LOWER_T;
    }
    mode.curlyBracketDepth = 0;
    mode.curlyBracketExprStartDepth = -1;
    return mode.isTString ? T_TSTRING_START : T_FSTRING_START;
  }
}

function bracketsMatch(open: number, close: number): boolean {
  return (
    (open === LPAREN && close === RPAREN) ||
    (open === LBRACKET && close === RBRACKET) ||
    (open === LBRACE && close === RBRACE)
  );
}

/** The first incompatible pair among the prefixes seen, in CPython's order of checks; null when compatible. */
function incompatiblePrefixes(
  b: boolean,
  r: boolean,
  u: boolean,
  f: boolean,
  t: boolean,
): [string, string] | null {
  if (u && b) return ["u", "b"];
  if (u && r) return ["u", "r"];
  if (u && f) return ["u", "f"];
  if (u && t) return ["u", "t"];
  if (b && f) return ["b", "f"];
  if (b && t) return ["b", "t"];
  if (f && t) return ["f", "t"];
  return null;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
