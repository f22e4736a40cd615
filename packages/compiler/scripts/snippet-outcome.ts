// What compiling a snippet yields, as the text the snippet fixtures record: comparable dis text (plain and with
// positions, which is where line-table differences show) and marshal bytes in hex, or one error line.
import { dumps } from "@ophis/bytecode";
import { dis } from "@ophis/dis";
import type { OracleError } from "@ophis/oracle";
import { PyException } from "@ophis/tokenizer";
import { comparableDis } from "../../dis/test/comparable-text.js";
import { compile } from "../src/index.js";

/** The file name every snippet is compiled under, by CPython and by us. */
export const SNIPPET_FILENAME = "<snippet>";

interface ErrorFields {
  type: string;
  msg?: string | null;
  lineno?: number | null;
  offset?: number | null;
  end_lineno?: number | null;
  end_offset?: number | null;
}

/** A compile error as one line, so an error snippet's expectation is a one-line file. */
function errorLine(e: ErrorFields): string {
  return `! ${e.type}: ${e.msg} at ${e.lineno}:${e.offset}-${e.end_lineno}:${e.end_offset}\n`;
}

/** CPython's outcome, from an oracle.dis answer. */
export function oracleOutcome(answer: { dis: string } | { error: OracleError }): string {
  return "dis" in answer ? comparableDis(answer.dis) : errorLine(answer.error);
}

/** Our outcome for the same source; with positions, the dis text shows every instruction's source range. */
export function ophisOutcome(source: string, showPositions = false): string {
  try {
    return comparableDis(dis(compile(source, SNIPPET_FILENAME, "exec"), { showPositions }));
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    return errorLine({
      type: err.pyType,
      msg: err.msg,
      lineno: err.lineno,
      offset: err.offset,
      end_lineno: err.endLineno,
      end_offset: err.endOffset,
    });
  }
}

/** Marshal bytes as hex, 32 bytes a line, so a fixture's difference shows where the bytes part. */
function hexLines(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 32)
    out += `${Buffer.from(bytes.subarray(i, i + 32)).toString("hex")}\n`;
  return out;
}

/** CPython's marshal.dumps(compile(source)), from an oracle.marshal answer; an error as for dis. */
export function oracleMarshal(answer: { bytes: Uint8Array } | { error: OracleError }): string {
  return "bytes" in answer ? hexLines(answer.bytes) : errorLine(answer.error);
}

/** Our marshal bytes for the same source; errors show up in the dis outcomes already. */
export function ophisMarshal(source: string): string {
  try {
    return hexLines(dumps(compile(source, SNIPPET_FILENAME, "exec")));
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    return errorLine({
      type: err.pyType,
      msg: err.msg,
      lineno: err.lineno,
      offset: err.offset,
      end_lineno: err.endLineno,
      end_offset: err.endOffset,
    });
  }
}
