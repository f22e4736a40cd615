// The parser's front end, from @ophis/tokenizer: the lexer in parser mode and source decoding.
export { decodeSource, detectEncoding, type LexError, Lexer } from "@ophis/tokenizer";
