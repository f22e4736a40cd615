// Traceback text as CPython 3.14 prints it: frames outermost first, source lines, PEP 657 carets, chained causes.
import { coPositions } from "@ophis/bytecode";
import { E, PyBaseException, type PyObject, PyStr, str, type T } from "@ophis/objects";
import type { Frame } from "./frame.js";
import { syntaxDetails } from "./syntax-error.js";

/** Source text by filename, as linecache would read it. */
export type SourceLookup = (filename: string) => string | null;

/** Column in code points of a UTF-8 byte offset within the line. */
function byteToColumn(line: string, byteOffset: number): number {
  const bytes = new TextEncoder().encode(line);
  return new TextDecoder().decode(bytes.slice(0, byteOffset)).length;
}

function frameLines(frame: Frame, lasti: number, sources: SourceLookup): string[] {
  const code = frame.code;
  const pos = coPositions(code.co_linetable, code.co_firstlineno, code.co_code.length)[lasti];
  const lineno = pos?.[0] ?? null;
  const out = [`  File "${code.co_filename}", line ${lineno ?? "?"}, in ${code.co_name}`];
  const text = sources(code.co_filename);
  if (text === null || lineno === null) return out;
  const lines = text.split(/\r?\n/);
  const raw = lines[lineno - 1];
  if (raw === undefined) return out;
  const stripped = raw.trim();
  if (!stripped) return out;
  out.push(`    ${stripped}`);
  if (pos && pos[2] !== null && pos[3] !== null && pos[1] === lineno) {
    const indent = raw.length - raw.trimStart().length;
    const start = byteToColumn(raw, pos[2]) - indent;
    const end = byteToColumn(raw, pos[3]) - indent;
    // CPython omits the carets when they would underline the whole line.
    if (!(start === 0 && end >= stripped.length))
      out.push(`    ${" ".repeat(start)}${"^".repeat(Math.max(1, end - start))}`);
  }
  return out;
}

function exceptionLine(e: PyBaseException): string {
  const name = qualifiedName(e.type);
  let text: string;
  try {
    text = str(e);
  } catch {
    text = "<exception str() failed>";
  }
  return text ? `${name}: ${text}` : name;
}

function qualifiedName(t: PyObject): string {
  const type = t as typeof T.object;
  const mod = type.attrs.get("__module__");
  const m = mod instanceof PyStr ? mod.value : "builtins";
  return m === "builtins" || m === "__main__" ? type.qualname : `${m}.${type.qualname}`;
}

function syntaxErrorLines(e: PyBaseException): string[] | null {
  const d = syntaxDetails.get(e);
  if (!d) return null;
  const out = [`  File "${d.filename ?? "<string>"}", line ${d.lineno ?? "?"}`];
  if (d.text !== null) {
    const line = d.text.replace(/\n$/, "");
    const stripped = line.trimStart();
    const removed = line.length - stripped.length;
    out.push(`    ${stripped.trimEnd()}`);
    if (d.offset !== null && d.offset >= 1) {
      const start = d.offset - 1 - removed;
      let end = d.endOffset !== null && d.endLineno === d.lineno ? d.endOffset - 1 - removed : start + 1;
      if (end <= start) end = start + 1;
      out.push(`    ${" ".repeat(Math.max(0, start))}${"^".repeat(end - start)}`);
    }
  }
  out.push(`${qualifiedName(e.type)}: ${d.msg}`);
  return out;
}

/** The text `traceback.print_exception(e)` writes, chained exceptions first. */
export function formatException(
  e: PyBaseException,
  sources: SourceLookup,
  seen = new Set<PyObject>(),
): string {
  seen.add(e);
  let out = "";
  if (e.cause instanceof PyBaseException && !seen.has(e.cause)) {
    out += formatException(e.cause, sources, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e.suppressContext && e.context instanceof PyBaseException && !seen.has(e.context)) {
    out += formatException(e.context, sources, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (e.traceback.length) {
    out += "Traceback (most recent call last):\n";
    for (let i = e.traceback.length - 1; i >= 0; i--) {
      const entry = e.traceback[i];
      out += `${frameLines(entry.frame as Frame, entry.lasti, sources).join("\n")}\n`;
    }
  }
  const syntax = e.type.isSubtype(E.SyntaxError) ? syntaxErrorLines(e) : null;
  if (syntax) out += `${syntax.join("\n")}\n`;
  else out += `${exceptionLine(e)}\n`;
  return out;
}
