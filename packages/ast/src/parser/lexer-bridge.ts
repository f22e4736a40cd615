// The one place the parser reaches into @ophis/tokenizer's lexer, which its public entry does not export yet.
//
// The parser needs the C tokenizer's parser mode (no COMMENT/NL tokens, the stricter checks) and its state
// (levels, bracket stacks, positions), which only the Lexer class gives. Until @ophis/tokenizer exports it,
// this path reads the built module of the sibling package in the monorepo.
export { Lexer, type LexError } from "../../../tokenizer/dist/lexer.js";
export { decodeSource, detectEncoding } from "../../../tokenizer/dist/encoding.js";
