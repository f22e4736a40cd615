// The lexer's f-string/t-string mode (tok_get_fstring_mode): literal parts, `{{`/`}}`, the end quote, format specs.
import { Ch } from "./chars.js";
import { Msg } from "./errors.js";
import type { Lexer } from "./lexer.js";
import { Done, MAX_EXPR_NESTING, type Mode, ModeKind } from "./state.js";
import { tok } from "./token.js";

// Char codes as module constants, which V8 folds (tsc keeps const enums as objects under isolatedModules).
const BACKSLASH = Ch.Backslash;
const CR = Ch.CarriageReturn;
const EOF = Ch.EOF;
const LBRACE = Ch.OpenBrace;
const LF = Ch.LineFeed;
const RBRACE = Ch.CloseBrace;
const UPPER_N = Ch.N;

const T_ERRORTOKEN = tok.ERRORTOKEN;
const T_FSTRING_END = tok.FSTRING_END;
const T_FSTRING_MIDDLE = tok.FSTRING_MIDDLE;
const T_TSTRING_END = tok.TSTRING_END;
const T_TSTRING_MIDDLE = tok.TSTRING_MIDDLE;
const DONE_DECODE = Done.DECODE;
const DONE_EOFS = Done.EOFS;
const DONE_ERROR = Done.ERROR;
const MODE_REGULAR = ModeKind.Regular;

function middleType(mode: Mode): number {
  return mode.isTString ? T_TSTRING_MIDDLE : T_FSTRING_MIDDLE;
}

/** Enters a replacement field: the `{` is read again by the regular mode. */
function openReplacementField(lx: Lexer, mode: Mode): number {
  mode.curlyBracketExprStartDepth++;
  if (mode.curlyBracketExprStartDepth >= MAX_EXPR_NESTING) {
    return lx.syntaxError(Msg.fstringTooDeep(lx.stringPrefix()));
  }
  mode.kind = MODE_REGULAR;
  return -1;
}

/**
 * One token while inside the literal part of an f-string or t-string: a MIDDLE (possibly empty), the END,
 * or, at a `{` that opens a replacement field, the regular mode's next token.
 */
export function lexFStringMode(lx: Lexer, mode: Mode): number {
  let endQuoteSize = 0;
  let unicodeEscape = false;
  lx.start = lx.cur;
  lx.firstLineno = lx.lineno;

  const startChar = lx.nextc();
  if (startChar === LBRACE) {
    const peek = lx.nextc();
    lx.backup(peek);
    lx.backup(startChar);
    if (peek !== LBRACE) {
      const r = openReplacementField(lx, mode);
      if (r !== -1) return r;
      return lx.lexRegular(mode);
    }
  } else {
    lx.backup(startChar);
  }

  // The closing quote(s)? A partial match keeps the quotes read and goes on with the literal part.
  let atEnd = true;
  for (let i = 0; i < mode.quoteSize; i++) {
    const q = lx.nextc();
    if (q !== mode.quote) {
      lx.backup(q);
      atEnd = false;
      break;
    }
  }
  if (atEnd) {
    lx.pStart = lx.start;
    lx.pEnd = lx.cur;
    lx.modeIndex--;
    return mode.isTString ? T_TSTRING_END : T_FSTRING_END;
  }

  lx.multiLineStart = lx.lineStart;
  const text = lx.text;
  while (endQuoteSize !== mode.quoteSize) {
    let c: number;
    if (lx.cur !== lx.inp) c = text.charCodeAt(lx.cur++);
    else c = lx.nextc();
    if (lx.done === DONE_ERROR || lx.done === DONE_DECODE) return T_ERRORTOKEN;
    const inFormatSpec = mode.inFormatSpec && mode.curlyBracketExprStartDepth >= 0;

    if (c === EOF || (mode.quoteSize === 1 && c === LF)) {
      if (lx.decodingErred) return T_ERRORTOKEN;
      if (inFormatSpec && c === LF) {
        if (mode.quoteSize === 1) {
          const p = lx.stringPrefix();
          return lx.syntaxError(Msg.fstringNewlineInSpec(p));
        }
        lx.backup(c);
        mode.kind = MODE_REGULAR;
        mode.inFormatSpec = false;
        lx.pStart = lx.start;
        lx.pEnd = lx.cur;
        return middleType(mode);
      }
      // Report from the string's opening, on the line where it began.
      lx.cur = mode.start + 1;
      lx.lineStart = mode.multiLineStart;
      const detectedAt = lx.lineno;
      lx.lineno = mode.firstLine;
      const p = lx.stringPrefix();
      if (mode.quoteSize === 3) {
        lx.syntaxError(Msg.unterminatedTripleFString(p, detectedAt));
        if (c !== LF) lx.done = DONE_EOFS;
        return T_ERRORTOKEN;
      }
      return lx.syntaxError(Msg.unterminatedFString(p, detectedAt));
    }

    if (c === mode.quote) {
      endQuoteSize++;
      continue;
    }
    endQuoteSize = 0;

    if (c === LBRACE) {
      const peek = lx.nextc();
      if (peek !== LBRACE || inFormatSpec) {
        lx.backup(peek);
        lx.backup(c);
        const r = openReplacementField(lx, mode);
        if (r !== -1) return r;
        mode.inFormatSpec = false;
        lx.pStart = lx.start;
        lx.pEnd = lx.cur;
      } else {
        // `{{`: the text so far plus one `{`; the second is skipped.
        lx.pStart = lx.start;
        lx.pEnd = lx.cur - 1;
      }
      return middleType(mode);
    }
    if (c === RBRACE) {
      if (unicodeEscape) {
        lx.pStart = lx.start;
        lx.pEnd = lx.cur;
        return middleType(mode);
      }
      const peek = lx.nextc();
      if (peek === RBRACE && !inFormatSpec && mode.curlyBracketDepth === 0) {
        lx.pStart = lx.start;
        lx.pEnd = lx.cur - 1;
      } else {
        lx.backup(peek);
        lx.backup(c);
        mode.kind = MODE_REGULAR;
        mode.inFormatSpec = false;
        lx.pStart = lx.start;
        lx.pEnd = lx.cur;
      }
      return middleType(mode);
    }
    if (c === BACKSLASH) {
      let peek = lx.nextc();
      if (peek === CR) peek = lx.nextc();
      if (peek === LBRACE || peek === RBRACE) {
        if (!mode.raw) lx.warnings.push(Msg.invalidEscape(String.fromCharCode(peek)));
        lx.backup(peek);
        continue;
      }
      if (!mode.raw && peek === UPPER_N) {
        // \N{...}: the braces belong to the escape.
        peek = lx.nextc();
        if (peek === LBRACE) unicodeEscape = true;
        else lx.backup(peek);
      }
    }
  }

  // Give the closing quotes back: they make the END token next time.
  for (let i = 0; i < mode.quoteSize; i++) lx.backup(mode.quote);
  lx.pStart = lx.start;
  lx.pEnd = lx.cur;
  return middleType(mode);
}
