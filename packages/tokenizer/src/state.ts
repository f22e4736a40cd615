// The tokenizer state's enumerations and the f-string mode stack entry (Parser/lexer/state.h).

/** The tokenizer's `tok->done` codes (Include/errcode.h); only those the lexer sets. */
export enum Done {
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

export enum ModeKind {
  Regular = 0,
  FString = 1,
}

export const MAX_EXPR_NESTING = 3;

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
