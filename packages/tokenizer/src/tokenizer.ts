// The tokenize module's token stream (Python/Python-tokenize.c with extra tokens, Lib/tokenize.py): TokenInfo and errors.
import { Msg, type PyException, syntaxErrorWithLocation, tokenError } from "./errors.js";
import { Lexer } from "./lexer.js";
import { Done } from "./state.js";
import { EXACT_TOKEN_TYPES, tok } from "./token.js";

/** One token, as tokenize.TokenInfo: columns count code points, `line` is the physical line(s) it lies on. */
export interface TokenInfo {
  type: number;
  string: string;
  start: [number, number];
  end: [number, number];
  line: string;
  exactType: number;
}

/** TokenInfo.exact_type: the operator's own type for OP tokens, else the type. */
export function exactType(t: TokenInfo): number {
  if (t.type === tok.OP) return EXACT_TOKEN_TYPES.get(t.string) ?? tok.OP;
  return t.type;
}

const FILENAME = "<string>";

/**
 * The exception the tokenize module raises for the lexer's failure: its own error if it raised one, else the
 * one `_tokenizer_error` builds from `done`; plain SyntaxErrors become TokenError (`_transform_msg`).
 */
function lexerFailure(lx: Lexer): PyException {
  if (lx.foreignError !== null) return lx.foreignError;
  const e = lx.error;
  if (e !== null) {
    const msg = e.msg.includes("unterminated triple-quoted string literal")
      ? Msg.eofInMultiLineString
      : e.msg;
    return tokenError(msg, e.lineno, e.offset);
  }
  let pyType = "SyntaxError";
  let msg: string;
  switch (lx.done) {
    case Done.TOKEN:
      msg = Msg.invalidToken;
      break;
    case Done.EOF:
      // PyErr_SyntaxLocationObject with the buffer's length in bytes as the column.
      return tokenError(Msg.eofInStatement, lx.lineno, Math.max(0, lx.utf8Length(lx.buf, lx.inp)));
    case Done.DEDENT:
      pyType = "IndentationError";
      msg = Msg.dedent;
      break;
    case Done.TABSPACE:
      pyType = "TabError";
      msg = Msg.tabSpace;
      break;
    case Done.TOODEEP:
      pyType = "IndentationError";
      msg = Msg.tooDeep;
      break;
    case Done.LINECONT:
      msg = Msg.lineCont;
      break;
    default:
      msg = Msg.unknown;
  }
  // The whole buffer but its final "\n" is the text; the offset is just past it.
  const textEnd = Math.max(lx.buf, lx.inp - 1);
  const text = lx.text.slice(lx.buf, textEnd);
  const offset = lx.cpCount(lx.buf, textEnd) + 1;
  if (pyType === "SyntaxError") return tokenError(msg, lx.lineno, offset);
  return syntaxErrorWithLocation(pyType, msg, FILENAME, lx.lineno, offset, text, null, null);
}

const ENDMARKER = tok.ENDMARKER;
const DEDENT = tok.DEDENT;
const OP = tok.OP;
const NOTEQUAL = tok.NOTEQUAL;
const NEWLINE = tok.NEWLINE;
const NL = tok.NL;
const ERRORTOKEN = tok.ERRORTOKEN;
const STRING = tok.STRING;
const FSTRING_MIDDLE = tok.FSTRING_MIDDLE;
const TSTRING_MIDDLE = tok.TSTRING_MIDDLE;
const DONE_EOF = Done.EOF;

/**
 * The token stream of `_tokenize.TokenizerIter` with extra tokens, as Lib/tokenize.py yields it: OP for every
 * operator, NEWLINE's text restored, each token's `line`, and trailing DEDENT/ENDMARKER on the line after the
 * last. A hand-written generator (a generator function costs a fifth of the time here): lazy, closed after it
 * throws or ends.
 */
export class TokenStream implements Generator<TokenInfo> {
  private lx: Lexer | null = null;
  private finished = false;
  private lastLineno = 0;
  private lastLine = "";

  /**
   * `open` runs when the first token is asked for (so its errors come from the first `next()`, as Python's
   * do): it gives the source and perhaps a token to yield before the source's own (tokenize's ENCODING).
   */
  constructor(private open: () => { source: string | readonly string[]; first: TokenInfo | null }) {}

  [Symbol.iterator](): this {
    return this;
  }

  return(value?: unknown): IteratorResult<TokenInfo> {
    this.finished = true;
    return { value, done: true };
  }

  throw(error: unknown): IteratorResult<TokenInfo> {
    this.finished = true;
    throw error;
  }

  next(): IteratorResult<TokenInfo> {
    if (this.finished) return { value: undefined, done: true };
    try {
      let lx = this.lx;
      if (lx === null) {
        const { source, first } = this.open();
        lx = this.lx = new Lexer(source, true);
        if (first !== null) return { value: first, done: false };
      }
      const token = this.nextToken(lx);
      if (token.type === ENDMARKER) this.finished = true;
      return { value: token, done: false };
    } catch (error) {
      this.finished = true;
      throw error;
    }
  }

  private nextToken(lx: Lexer): TokenInfo {
    const type = lx.get();
    if (type === ERRORTOKEN || lx.error !== null || lx.foreignError !== null) throw lexerFailure(lx);

    const text = lx.text;
    const pStart = lx.pStart;
    const pEnd = lx.pEnd;
    let str = pStart < 0 || pEnd < 0 ? "" : text.slice(pStart, pEnd);
    const stringLit = type === STRING || type === FSTRING_MIDDLE || type === TSTRING_MIDDLE;
    const isTrailing = type === ENDMARKER || (type === DEDENT && lx.done === DONE_EOF);
    const lineStart = stringLit ? lx.multiLineStart : lx.lineStart;
    const curLineStart = lx.lineStart;

    // The line is cached while the tokenizer's line number stays the same (Python-tokenize.c does so).
    let line: string;
    if (isTrailing) {
      line = "";
    } else if (lx.lineno !== this.lastLineno) {
      let end = lx.inp;
      if (end - lineStart >= 1 && lx.implicitNewline) end--;
      line = text.slice(lineStart, end);
      this.lastLine = line;
    } else {
      line = this.lastLine;
    }

    let lineno = stringLit ? lx.firstLineno : lx.lineno;
    let endLineno = lx.lineno;
    let col = -1;
    let endCol = -1;
    const units = !lx.hasSurrogates;
    if (pStart >= lineStart) col = units ? pStart - lineStart : lx.cpCount(lineStart, pStart);
    if (pEnd >= curLineStart) endCol = units ? pEnd - curLineStart : lx.cpCount(curLineStart, pEnd);
    this.lastLineno = lineno;

    let exact = type;
    let outType = type;
    if (isTrailing) {
      lineno = endLineno = lineno + 1;
      col = endCol = 0;
    }
    if (type > DEDENT && type < OP) {
      outType = OP;
      // `<>` is NOTEQUAL to the C tokenizer but not among tokenize's exact types.
      if (type === NOTEQUAL && str !== "!=") exact = OP;
    } else if (type === NEWLINE) {
      // With the added newline CPython keeps the token's own text (empty, or a lone "\r").
      if (!lx.implicitNewline) str = text.charCodeAt(lx.start) === 0x0d ? "\r\n" : "\n";
      endCol++;
    } else if (type === NL) {
      if (lx.implicitNewline) str = "";
    }
    return {
      type: outType,
      string: str,
      start: [lineno, col],
      end: [endLineno, endCol],
      line,
      exactType: exact,
    };
  }
}
