// Shared by the parser tests: our parse outcome in the shape the oracle's fixtures commit.
import type { ExpectedParse } from "@ophis/oracle";

interface RaisedSyntaxError {
  pyType: string;
  msg?: string;
  lineno?: number | null;
  offset?: number | null;
  endLineno?: number | null;
  endOffset?: number | null;
  text?: string | null;
}

/** `{dump}` from a successful parse, `{error}` from the Python exception it raised. */
export function parseOutcome(run: () => string): ExpectedParse {
  try {
    return { dump: run() };
  } catch (e) {
    const err = e as RaisedSyntaxError;
    if (typeof err.pyType !== "string") throw e;
    return {
      error: {
        type: err.pyType,
        msg: err.msg ?? (e as Error).message,
        lineno: err.lineno,
        offset: err.offset,
        end_lineno: err.endLineno,
        end_offset: err.endOffset,
        text: err.text,
      },
    };
  }
}
