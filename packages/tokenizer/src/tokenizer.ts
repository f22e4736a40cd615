// The tokenize module's token stream (Python/Python-tokenize.c with extra tokens, Lib/tokenize.py): TokenInfo and errors.
import { type PyException, syntaxErrorWithLocation, tokenError, Msg } from "./errors.js";
import { Done, Lexer } from "./lexer.js";
import { EXACT_TOKEN_TYPES, isStringLiteral, tok } from "./token.js";

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
    const msg = e.msg.includes("unterminated triple-quoted string literal") ? Msg.eofInMultiLineString : e.msg;
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

/**
 * Runs the lexer with extra tokens as `_tokenize.TokenizerIter` does and yields tokenize's TokenInfo:
 * OP for every operator, NEWLINE's text restored, the `line` of each token, and trailing DEDENT/ENDMARKER
 * placed on the line after the last.
 */
export function* tokenStream(source: string | readonly string[]): Generator<TokenInfo> {
  const lx = new Lexer(source, true);
  const text = lx.text;
  let lastLineno = 0;
  let lastLine = "";
  for (;;) {
    const type = lx.get();
    if (type === tok.ERRORTOKEN || lx.error !== null || lx.foreignError !== null) throw lexerFailure(lx);

    const pStart = lx.pStart;
    const pEnd = lx.pEnd;
    let str = pStart < 0 || pEnd < 0 ? "" : text.slice(pStart, pEnd);
    const stringLit = isStringLiteral(type);
    const isTrailing = type === tok.ENDMARKER || (type === tok.DEDENT && lx.done === Done.EOF);
    const lineStart = stringLit ? lx.multiLineStart : lx.lineStart;

    let line: string;
    if (isTrailing) {
      line = "";
    } else if (lx.lineno !== lastLineno) {
      let end = lx.inp;
      if (end - lineStart >= 1 && lx.implicitNewline) end--;
      line = text.slice(lineStart, end);
      lastLine = line;
    } else {
      line = lastLine;
    }

    let lineno = stringLit ? lx.firstLineno : lx.lineno;
    let endLineno = lx.lineno;
    let col = -1;
    let endCol = -1;
    if (pStart >= 0 && pStart >= lineStart) col = lx.cpCount(lineStart, pStart);
    if (pEnd >= 0 && pEnd >= lx.lineStart) endCol = lx.cpCount(lx.lineStart, pEnd);
    lastLineno = lineno;

    let exact = type;
    let outType = type;
    if (isTrailing) {
      lineno = endLineno = lineno + 1;
      col = endCol = 0;
    }
    if (type > tok.DEDENT && type < tok.OP) {
      outType = tok.OP;
      // `<>` is NOTEQUAL to the C tokenizer but not among tokenize's exact types.
      if (type === tok.NOTEQUAL && str !== "!=") exact = tok.OP;
    } else if (type === tok.NEWLINE) {
      // With the added newline CPython keeps the token's own text (empty, or a lone "\r").
      if (!lx.implicitNewline) str = text.charCodeAt(lx.start) === 0x0d ? "\r\n" : "\n";
      endCol++;
    } else if (type === tok.NL) {
      if (lx.implicitNewline) str = "";
    }

    yield { type: outType, string: str, start: [lineno, col], end: [endLineno, endCol], line, exactType: exact };
    if (type === tok.ENDMARKER) return;
  }
}
