// Shared by the tokenizer's tests: runs Ophis's tokenizer into the oracle's comparable form.
import type { ExpectedTokens, TokenRow } from "@ophis/oracle";
import { PyException, type TokenInfo } from "@ophis/tokenizer";

export function row(t: TokenInfo): TokenRow {
  return [t.type, t.string, [t.start[0], t.start[1]], [t.end[0], t.end[1]], t.line];
}

/** Exhausts a token stream: the rows produced and the Python error that ended it, if any. */
export function collect(stream: () => Iterable<TokenInfo>): ExpectedTokens {
  const tokens: TokenRow[] = [];
  try {
    for (const t of stream()) tokens.push(row(t));
  } catch (error) {
    if (!(error instanceof PyException)) throw error;
    return { tokens, error: { type: error.pyType, args: error.args } };
  }
  return { tokens };
}
