// The lexer's f-string/t-string mode (tok_get_fstring_mode): literal parts, `{{`/`}}`, the end quote, format specs.
import { Ch } from "./chars.js";
import { Msg } from "./errors.js";
import { Done, type Lexer, MAX_EXPR_NESTING, type Mode, ModeKind } from "./lexer.js";
import { tok } from "./token.js";

function middleType(mode: Mode): number {
  return mode.isTString ? tok.TSTRING_MIDDLE : tok.FSTRING_MIDDLE;
}

/** Enters a replacement field: the `{` is read again by the regular mode. */
function openReplacementField(lx: Lexer, mode: Mode): number {
  mode.curlyBracketExprStartDepth++;
  if (mode.curlyBracketExprStartDepth >= MAX_EXPR_NESTING) {
    return lx.syntaxError(Msg.fstringTooDeep(lx.stringPrefix()));
  }
  mode.kind = ModeKind.Regular;
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
  if (startChar === Ch.OpenBrace) {
    const peek = lx.nextc();
    lx.backup(peek);
    lx.backup(startChar);
    if (peek !== Ch.OpenBrace) {
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
    return mode.isTString ? tok.TSTRING_END : tok.FSTRING_END;
  }

  lx.multiLineStart = lx.lineStart;
  const text = lx.text;
  while (endQuoteSize !== mode.quoteSize) {
    let c: number;
    if (lx.cur !== lx.inp) c = text.charCodeAt(lx.cur++);
    else c = lx.nextc();
    if (lx.done === Done.ERROR || lx.done === Done.DECODE) return tok.ERRORTOKEN;
    const inFormatSpec = mode.inFormatSpec && mode.curlyBracketExprStartDepth >= 0;

    if (c === Ch.EOF || (mode.quoteSize === 1 && c === Ch.LineFeed)) {
      if (lx.decodingErred) return tok.ERRORTOKEN;
      if (inFormatSpec && c === Ch.LineFeed) {
        if (mode.quoteSize === 1) {
          const p = lx.stringPrefix();
          return lx.syntaxError(Msg.fstringNewlineInSpec(p));
        }
        lx.backup(c);
        mode.kind = ModeKind.Regular;
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
        if (c !== Ch.LineFeed) lx.done = Done.EOFS;
        return tok.ERRORTOKEN;
      }
      return lx.syntaxError(Msg.unterminatedFString(p, detectedAt));
    }

    if (c === mode.quote) {
      endQuoteSize++;
      continue;
    }
    endQuoteSize = 0;

    if (c === Ch.OpenBrace) {
      const peek = lx.nextc();
      if (peek !== Ch.OpenBrace || inFormatSpec) {
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
    if (c === Ch.CloseBrace) {
      if (unicodeEscape) {
        lx.pStart = lx.start;
        lx.pEnd = lx.cur;
        return middleType(mode);
      }
      const peek = lx.nextc();
      if (peek === Ch.CloseBrace && !inFormatSpec && mode.curlyBracketDepth === 0) {
        lx.pStart = lx.start;
        lx.pEnd = lx.cur - 1;
      } else {
        lx.backup(peek);
        lx.backup(c);
        mode.kind = ModeKind.Regular;
        mode.inFormatSpec = false;
        lx.pStart = lx.start;
        lx.pEnd = lx.cur;
      }
      return middleType(mode);
    }
    if (c === Ch.Backslash) {
      let peek = lx.nextc();
      if (peek === Ch.CarriageReturn) peek = lx.nextc();
      if (peek === Ch.OpenBrace || peek === Ch.CloseBrace) {
        if (!mode.raw) lx.warnings.push(Msg.invalidEscape(String.fromCharCode(peek)));
        lx.backup(peek);
        continue;
      }
      if (!mode.raw && peek === Ch.N) {
        // \N{...}: the braces belong to the escape.
        peek = lx.nextc();
        if (peek === Ch.OpenBrace) unicodeEscape = true;
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
