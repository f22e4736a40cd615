// The interactive loop: >>> and ... prompts, statements compiled in 'single' mode, values shown by sys.displayhook.
import { compile } from "@ophis/compiler";
import { E, getAttrOrUndefined, newStr, PyCode, type PyDict, PyStr, str } from "@ophis/objects";
import type { Interpreter } from "@ophis/vm";

/** How the loop talks to its user: reading a line after showing a prompt, and writing text. */
export interface ReplIO {
  /** One line without its newline, or null at end of input; `prompt` is shown first. */
  readLine(prompt: string): string | null;
  /** Where prompts and the banner go (stderr when input is not a terminal, as CPython's basic REPL). */
  writePrompt(text: string): void;
}

/** What a chunk of typed lines amounts to so far, as codeop decides it. */
export type Verdict = "complete" | "incomplete" | "error" | "empty";

/** Messages the parser gives for input that more lines could still complete. */
const UNFINISHED =
  /was never closed|unterminated triple-quoted string|unexpected EOF|expected an indented block/;

function isBlank(line: string): boolean {
  const t = line.trim();
  return t === "" || t.startsWith("#");
}

const COMPOUND = /^(def|class|if|for|while|with|try|async|match|case)\b|^@/;

/** True when the first line starts a compound statement, which only a blank line ends in the REPL. */
function opensBlock(lines: readonly string[]): boolean {
  const first = lines[0].trimStart();
  return COMPOUND.test(first) || /:\s*(#.*)?$/.test(first);
}

/** The code for a chunk, compiled in 'single' mode as CPython's REPL does: expression statements, in blocks too, echo. */
export function compileChunk(source: string, filename: string): PyCode {
  return new PyCode(compile(`${source}\n`, filename, "single"));
}

/** codeop's decision for the lines typed so far: run them, ask for more, or report the syntax error. */
export function classify(lines: readonly string[]): Verdict {
  if (lines.every(isBlank)) return "empty";
  const last = lines[lines.length - 1];
  if (last.endsWith("\\")) return "incomplete";
  const block = opensBlock(lines);
  try {
    compileChunk(lines.join("\n"), "<stdin>");
    return block && !isBlank(last) ? "incomplete" : "complete";
  } catch (e) {
    const message = e instanceof Error ? e.message : String((e as { args?: unknown[] }).args?.[0] ?? e);
    if (UNFINISHED.test(message) && !isBlank(last)) return "incomplete";
    if (block && !isBlank(last)) return "incomplete";
    return "error";
  }
}

export class Repl {
  constructor(
    private readonly interp: Interpreter,
    private readonly io: ReplIO,
  ) {}

  private prompt(name: "ps1" | "ps2", fallback: string): string {
    const v = getAttrOrUndefined(this.interp.sys.module, name);
    return v instanceof PyStr ? v.value : v === undefined ? fallback : str(v);
  }

  /** Runs until end of input or SystemExit; returns the exit status. */
  run(): number {
    // An interactive session defines sys.ps1 and sys.ps2, which programs can change to restyle the prompts.
    const sysDict = this.interp.sys.dict;
    if (sysDict.getStr("ps1") === undefined) sysDict.setStr("ps1", newStr(">>> "));
    if (sysDict.getStr("ps2") === undefined) sysDict.setStr("ps2", newStr("... "));
    const main = this.interp.imports.modules.getStr("__main__");
    const globals = (main?.dict ?? this.interp.mainModule(null).moduleDict) as PyDict;
    for (;;) {
      const lines: string[] = [];
      let verdict: Verdict = "empty";
      for (;;) {
        const line = this.io.readLine(lines.length ? this.prompt("ps2", "... ") : this.prompt("ps1", ">>> "));
        if (line === null) {
          this.io.writePrompt("\n");
          return 0;
        }
        lines.push(line);
        verdict = classify(lines);
        if (verdict !== "incomplete") break;
      }
      if (verdict === "empty") continue;
      const source = lines.join("\n");
      this.interp.rememberSource("<stdin>", source);
      const result = this.interp.guard(() => {
        const code = compileChunk(source, "<stdin>");
        this.interp.imports.execCode(code, globals);
      });
      if (result.exception?.type.isSubtype(E.SystemExit)) return result.exitCode;
    }
  }
}
