// Traceback text as CPython 3.14's traceback.print_exception writes it: chains, notes, suggestions, exception groups.
import {
  getAttrOrUndefined,
  None,
  PyAttributeError,
  PyBaseException,
  PyBaseExceptionGroup,
  PyImportError,
  PyInt,
  PyList,
  PyNameError,
  type PyObject,
  PyStr,
  PySyntaxError,
  PyTuple,
  type PyType,
  repr,
  str,
} from "@ophis/objects";
import type { Frame } from "./frame.js";
import { type FrameSummary, formatStack, type SourceLookup } from "./stack-format.js";
import { computeSuggestion, STDLIB_MODULE_NAMES } from "./suggestions.js";
import { positionsOf } from "./traceback-objects.js";

export type { SourceLookup } from "./stack-format.js";

const CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n";
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** traceback._safe_string: str() (or repr()) of a value, or a placeholder when that raises. */
function safeString(v: PyObject, what: string, func: "str" | "repr" = "str"): string {
  try {
    return func === "str" ? str(v) : repr(v);
  } catch {
    return `<${what} ${func}() failed>`;
  }
}

/** What traceback.TracebackException captures from one exception. */
interface Captured {
  typeStr: string;
  text: string;
  notes: PyObject | null | string[];
  stack: FrameSummary[];
  syntax: PySyntaxError | null;
  cause: Captured | null;
  context: Captured | null;
  suppressContext: boolean;
  exceptions: Captured[] | null;
}

function typeString(type: PyType): string {
  let module: PyObject | undefined;
  try {
    module = getAttrOrUndefined(type, "__module__");
  } catch {
    module = undefined;
  }
  const m = module instanceof PyStr ? module.value : "<unknown>";
  return m === "builtins" || m === "__main__" ? type.qualname : `${m}.${type.qualname}`;
}

/** The entries of a traceback, outermost first, with each instruction's full position. */
export function extractStack(e: PyBaseException): FrameSummary[] {
  const out: FrameSummary[] = [];
  for (let tb = e.traceback; tb; tb = tb.next) {
    const frame = tb.frame as Frame;
    const code = frame.code;
    const pos = tb.lasti >= 0 ? positionsOf(code)[tb.lasti] : undefined;
    out.push({
      filename: code.co_filename,
      lineno: pos?.[0] ?? null,
      endLineno: pos?.[1] ?? null,
      colno: pos?.[2] ?? null,
      endColno: pos?.[3] ?? null,
      name: code.co_name,
    });
  }
  return out;
}

/** The "Did you mean" text appended to NameError, AttributeError and ImportError messages. */
function suggestionSuffix(e: PyBaseException): string {
  if (e instanceof PyImportError) return "";
  if (!(e instanceof PyNameError || e instanceof PyAttributeError)) return "";
  const name = e.name;
  if (name === None) return "";
  const wrong = name instanceof PyStr ? name.value : null;
  const suggestion = wrong === null ? null : computeSuggestion(e, wrong);
  let out = suggestion ? `. Did you mean: '${suggestion}'?` : "";
  if (e instanceof PyNameError && wrong !== null && STDLIB_MODULE_NAMES.has(wrong))
    out += suggestion ? ` Or did you forget to import '${wrong}'?` : `. Did you forget to import '${wrong}'?`;
  return out;
}

function capture(e: PyBaseException, seen: Set<PyObject>): Captured {
  const c = captureOne(e, seen);
  // Children are captured in the order TracebackException's queue reaches them (cause, context, then group members).
  const queue: [Captured, PyBaseException][] = [[c, e]];
  while (queue.length) {
    const [te, x] = queue.pop()!;
    if (x.cause instanceof PyBaseException && !seen.has(x.cause)) te.cause = captureOne(x.cause, seen);
    if (x.context instanceof PyBaseException && !seen.has(x.context))
      te.context = captureOne(x.context, seen);
    if (x instanceof PyBaseExceptionGroup)
      te.exceptions = x.excs.map((sub) => captureOne(sub as PyBaseException, seen));
    if (te.cause) queue.push([te.cause, x.cause as PyBaseException]);
    if (te.context) queue.push([te.context, x.context as PyBaseException]);
    if (te.exceptions && x instanceof PyBaseExceptionGroup)
      te.exceptions.forEach((sub, i) => {
        queue.push([sub, x.excs[i] as PyBaseException]);
      });
  }
  return c;
}

/** One exception without its chain (the recursive calls of TracebackException.__init__). */
function captureOne(e: PyBaseException, seen: Set<PyObject>): Captured {
  seen.add(e);
  let notes: Captured["notes"];
  try {
    notes = getAttrOrUndefined(e, "__notes__") ?? null;
  } catch (err) {
    const what = err instanceof PyBaseException ? safeString(err, "__notes__", "repr") : "?";
    notes = [`Ignored error getting __notes__: ${what}`];
  }
  return {
    typeStr: typeString(e.type),
    text: safeString(e, "exception") + suggestionSuffix(e),
    notes,
    stack: extractStack(e),
    syntax: e instanceof PySyntaxError ? e : null,
    cause: null,
    context: null,
    suppressContext: e.suppressContext,
    exceptions: null,
  };
}

function intOrNull(v: PyObject): number | null {
  return v instanceof PyInt ? Number(v.value) : null;
}

/** TracebackException._format_syntax_error: where the error is, the line and carets under the offending part. */
function formatSyntaxError(e: PySyntaxError, typeStr: string): string[] {
  const out: string[] = [];
  let suffix = "";
  const lineno = e.lineno === None ? null : safeString(e.lineno, "lineno");
  const endLineno = e.endLineno === None ? null : safeString(e.endLineno, "end_lineno");
  if (lineno !== null) {
    const filename = e.filename !== None && truthyName(e.filename) ? str(e.filename) : "<string>";
    out.push(`  File "${filename}", line ${lineno}\n`);
  } else if (e.filename !== None) suffix = ` (${str(e.filename)})`;
  if (e.text instanceof PyStr) {
    const text = e.text.value;
    const rtext = text.replace(/\n+$/, "");
    const ltext = rtext.replace(/^[ \n\f]+/, "");
    const spaces = rtext.length - ltext.length;
    const offsetValue = e.offset === None ? null : intOrNull(e.offset);
    if (e.offset === None) out.push(`    ${ltext}\n`);
    else if (offsetValue !== null) {
      let offset = offsetValue;
      const endOffsetValue = intOrNull(e.endOffset);
      let endOffset =
        lineno === endLineno
          ? endOffsetValue !== null && endOffsetValue !== 0
            ? endOffsetValue
            : offset
          : rtext.length + 1;
      if (text && offset > text.length) offset = rtext.length + 1;
      if (text && endOffset > text.length) endOffset = rtext.length + 1;
      if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      out.push(`    ${ltext}\n`);
      if (colno >= 0) {
        const caretSpace = [...ltext.slice(0, colno)].map((ch) => (/\s/.test(ch) ? ch : " ")).join("");
        out.push(`    ${caretSpace}${"^".repeat(Math.max(0, endColno - colno))}\n`);
      }
    }
  }
  const msg = e.msg === None ? "" : safeString(e.msg, "msg");
  out.push(`${typeStr}: ${msg || "<no detail available>"}${suffix}\n`);
  return out;
}

function truthyName(v: PyObject): boolean {
  return !(v instanceof PyStr && v.value === "");
}

/** TracebackException.format_exception_only: the final line(s), then the notes. */
function formatExceptionOnly(c: Captured, depth = 0): string[] {
  const indent = " ".repeat(3 * depth);
  const out: string[] = [];
  if (c.syntax) out.push(...formatSyntaxError(c.syntax, c.typeStr).map((l) => indent + l));
  else {
    const line = c.text ? `${c.typeStr}: ${c.text}` : c.typeStr;
    if (depth > 0) for (const l of line.split("\n")) out.push(`${indent}${l}\n`);
    else out.push(`${line}\n`);
  }
  const notes = c.notes;
  if (Array.isArray(notes)) for (const n of notes) out.push(`${indent}${n}\n`);
  else if (notes instanceof PyList || notes instanceof PyTuple) {
    for (const note of notes.items)
      for (const l of safeString(note, "note").split("\n")) out.push(`${indent}${l}\n`);
  } else if (notes !== null) out.push(`${indent}${safeString(notes, "__notes__", "repr")}\n`);
  return out;
}

/** traceback._ExceptionPrintContext: indentation and margins of nested exception groups. */
class PrintContext {
  groupDepth = 0;
  needClose = false;
  /** sys.tracebacklimit when it is an int: how many entries (outermost first) each traceback shows. */
  constructor(readonly limit: number | null) {}

  /** The entries a traceback shows under the limit (none at all when it is zero or negative). */
  limited(stack: FrameSummary[]): FrameSummary[] {
    if (this.limit === null || stack.length <= this.limit) return stack;
    return this.limit > 0 ? stack.slice(0, this.limit) : [];
  }

  indent(): string {
    return " ".repeat(2 * this.groupDepth);
  }

  emit(text: string | string[], margin = "|"): string {
    let prefix = this.indent();
    if (this.groupDepth) prefix += `${margin} `;
    const items = typeof text === "string" ? [text] : text;
    return items
      .map((t) => (t.match(/[^\n\r]*(\r\n|\n|\r)|[^\n\r]+$/g) ?? []).map((l) => prefix + l).join(""))
      .join("");
  }
}

/** TracebackException.format: the chain oldest first, each with its traceback and message. */
function format(top: Captured, ctx: PrintContext, sources: SourceLookup): string {
  const chain: [string | null, Captured][] = [];
  let c: Captured | null = top;
  while (c) {
    let msg: string | null = null;
    let next: Captured | null = null;
    if (c.cause) {
      msg = CAUSE_MESSAGE;
      next = c.cause;
    } else if (c.context && !c.suppressContext) {
      msg = CONTEXT_MESSAGE;
      next = c.context;
    }
    chain.push([msg, c]);
    c = next;
  }
  let out = "";
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, exc] = chain[i];
    if (msg !== null) out += ctx.emit(msg);
    const stack = ctx.limited(exc.stack);
    if (exc.exceptions === null) {
      if (stack.length) {
        out += ctx.emit("Traceback (most recent call last):\n");
        out += ctx.emit(formatStack(stack, sources));
      }
      out += ctx.emit(formatExceptionOnly(exc));
    } else if (ctx.groupDepth > MAX_GROUP_DEPTH) {
      out += ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      const topLevel = ctx.groupDepth === 0;
      if (topLevel) ctx.groupDepth++;
      if (stack.length) {
        out += ctx.emit("Exception Group Traceback (most recent call last):\n", topLevel ? "+" : "|");
        out += ctx.emit(formatStack(stack, sources));
      }
      out += ctx.emit(formatExceptionOnly(exc));
      const count = exc.exceptions.length;
      const n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
      ctx.needClose = false;
      for (let k = 0; k < n; k++) {
        const last = k === n - 1;
        if (last) ctx.needClose = true;
        const truncated = k >= MAX_GROUP_WIDTH;
        const title = truncated ? "..." : `${k + 1}`;
        out += `${ctx.indent()}${k === 0 ? "+-" : "  "}+---------------- ${title} ----------------\n`;
        ctx.groupDepth++;
        if (!truncated) out += format(exc.exceptions[k], ctx, sources);
        else {
          const remaining = count - MAX_GROUP_WIDTH;
          out += ctx.emit(`and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
        }
        if (last && ctx.needClose) {
          out += `${ctx.indent()}+------------------------------------\n`;
          ctx.needClose = false;
        }
        ctx.groupDepth--;
      }
      if (topLevel) ctx.groupDepth = 0;
    }
  }
  return out;
}

/**
 * The text sys.excepthook writes for `e`, chained exceptions first; `limit` is sys.tracebacklimit (only an int
 * counts): each traceback keeps its first (outermost) `limit` entries, and none (no header either) when it is <= 0.
 */
export function formatException(
  e: PyBaseException,
  sources: SourceLookup,
  limit: PyObject | undefined,
): string {
  const n = limit instanceof PyInt ? Number(limit.value) : null;
  return format(capture(e, new Set()), new PrintContext(n), sources);
}
