// SyntaxErrors as CPython's parser raises them: byte columns turned into 1-based character offsets on the error line.
import { type PyException, syntaxErrorWithLocation } from "@ophis/tokenizer";

/** Thrown to unwind the parser once an error is set; CPython's error_indicator with PyErr_Occurred(). */
export class ParseAbort extends Error {
  constructor(readonly exception: PyException) {
    super(exception.message);
  }
}

/** A SyntaxError (or IndentationError, TabError) with CPython's args and attributes. */
export function syntaxError(
  pyType: string,
  msg: string,
  filename: string,
  lineno: number,
  offset: number,
  text: string | null,
  endLineno: number | null,
  endOffset: number | null,
): PyException {
  return syntaxErrorWithLocation(pyType, msg, filename, lineno, offset, text, endLineno, endOffset);
}

/**
 * `_PyPegen_byte_offset_to_character_offset`: the length in characters of the first `byteOffset` bytes of
 * `line` (clamped to its length plus one), a partial character counting as one, as "replace" decoding does.
 */
export function byteOffsetToCharOffset(line: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  const n = line.length;
  // The clamp is to the byte length + 1; past the end every byte is one more character.
  for (let i = 0; i < n && bytes < byteOffset; i++) {
    const c = line.charCodeAt(i);
    let w: number;
    if (c < 0x80) w = 1;
    else if (c < 0x800) w = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      w = 4;
      i++;
    } else w = 3;
    bytes += w;
    chars++;
  }
  if (bytes < byteOffset) chars += Math.min(byteOffset - bytes, 1);
  return chars;
}
