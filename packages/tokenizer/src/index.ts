// @ophis/tokenizer: CPython 3.14's tokenize module — the same tokens, positions and errors.
import { decodeSource, detectEncoding as detect } from "./encoding.js";
import { tok } from "./token.js";
import { type TokenInfo, TokenStream } from "./tokenizer.js";

export { PyException, syntaxErrorWithLocation } from "./errors.js";
/**
 * The parser's front end: the lexer in CPython's parser mode (no COMMENT or NL tokens, the stricter checks),
 * and decoding of source bytes once `detectEncoding` has named the encoding.
 */
export { type LexError, Lexer } from "./lexer.js";
/** Python's repr() of str and bytes, and str.isprintable() of one code point, shared with the other packages. */
export { reprBytes, reprStr } from "./pyrepr.js";
export { EXACT_TOKEN_TYPES, tok, tokName } from "./token.js";
export { exactType, type TokenInfo } from "./tokenizer.js";
export { inRanges, isIdentifierContinue, isIdentifierStart, isPrintable } from "./unicode.js";
export { characterName, lookupCharacterName } from "./unicode-names.js";
export { type UntokenizeInput, untokenize } from "./untokenize.js";
export { decodeSource };

/** tokenize.generate_tokens(io.StringIO(source).readline): lazy, and throws where CPython raises. */
export function generateTokens(source: string): Generator<TokenInfo> {
  return new TokenStream(() => ({ source, first: null }));
}

/**
 * tokenize.detect_encoding(io.BytesIO(bytes).readline): the encoding and the lines it read. `filename`, when
 * given, is named in the messages as Python names a file object's name.
 */
export function detectEncoding(
  bytes: Uint8Array,
  filename: string | null = null,
): { encoding: string; lines: Uint8Array[] } {
  return detect(bytes, filename);
}

/**
 * tokenize.tokenize(io.BytesIO(bytes).readline): an ENCODING token, then the tokens of the decoded source.
 * `filename` is the name Python would see on the file object (the command line passes it), for messages.
 */
export function tokenize(bytes: Uint8Array, filename: string | null = null): Generator<TokenInfo> {
  return new TokenStream(() => {
    const { encoding } = detect(bytes, filename);
    const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const reported = encoding === "utf-8-sig" ? "utf-8" : encoding;
    return {
      source: decodeSource(hasBom ? bytes.subarray(3) : bytes, encoding),
      first: {
        type: tok.ENCODING,
        string: reported,
        start: [0, 0],
        end: [0, 0],
        line: "",
        exactType: tok.ENCODING,
      },
    };
  });
}
