// The parser's entry: the start rules, the two passes and the choice of the SyntaxError to raise (_PyPegen_run_parser).

import { PyException } from "../errors.js";
import {
  Expression,
  type ExprNode,
  FunctionType,
  Interactive,
  type ModNode,
  Module,
  TypeIgnore,
} from "../nodes/index.js";
import type { WarnCallback } from "../parse.js";
import { ParseAbort } from "./errors.js";
import { expression, expressions, gather } from "./expressions.js";
import { Parser } from "./parser.js";
import { preprocess } from "./preprocess.js";
import { holdShapes } from "./shapes.js";
import { statement_newline, statements } from "./statements.js";
import * as T from "./token-types.js";
import { Tokens } from "./tokens.js";

export interface RunOptions {
  filename: string;
  mode: "exec" | "eval" | "single" | "func_type";
  featureVersion: number;
  typeComments: boolean;
  optimize: number;
  warn?: WarnCallback;
}

// file: [statements] ENDMARKER
function file(p: Parser): ModNode | null {
  const s = p.mark;
  const a = statements(p);
  if (a === null) p.mark = s;
  if (p.expect(T.ENDMARKER) < 0) return null;
  // _PyPegen_make_module: the recorded `# type: ignore` comments become the module's type_ignores.
  const ignores = p.t.typeIgnores;
  const type_ignores = new Array<TypeIgnore>(ignores.length);
  for (let i = 0; i < ignores.length; i++) {
    type_ignores[i] = new TypeIgnore({ lineno: ignores[i].lineno, tag: ignores[i].tag });
  }
  return new Module({ body: a ?? [], type_ignores });
}

// eval: expressions NEWLINE* ENDMARKER
function evalRule(p: Parser): ModNode | null {
  const a = expressions(p);
  if (a === null) return null;
  while (p.expect(T.NEWLINE) >= 0) {
    // NEWLINE*
  }
  if (p.expect(T.ENDMARKER) < 0) return null;
  return new Expression({ body: a });
}

// interactive: statement_newline
function interactive(p: Parser): ModNode | null {
  if (p.peek() === T.ENDMARKER) {
    // statement_newline's ENDMARKER alternative: _PyPegen_interactive_exit, which gives no tree.
    return null;
  }
  const a = statement_newline(p);
  if (a === null) return null;
  return new Interactive({ body: a });
}

// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
function funcType(p: Parser): ModNode | null {
  if (p.expect(T.LPAR) < 0) return null;
  const m = p.mark;
  let a = type_expressions(p);
  if (a === null) p.mark = m;
  if (p.expect(T.RPAR) < 0 || p.expect(T.RARROW) < 0) return null;
  const b = expression(p);
  if (b === null) return null;
  while (p.expect(T.NEWLINE) >= 0) {
    // NEWLINE*
  }
  if (p.expect(T.ENDMARKER) < 0) return null;
  a ??= [];
  return new FunctionType({ argtypes: a, returns: b });
}

// type_expressions:
//     | ','.expression+ ',' '*' expression ',' '**' expression | ','.expression+ ',' '*' expression
//     | ','.expression+ ',' '**' expression | '*' expression ',' '**' expression | '*' expression
//     | '**' expression | ','.expression+
function type_expressions(p: Parser): ExprNode[] | null {
  const s = p.mark;
  const a = gather(p, expression);
  if (a !== null) {
    const m = p.mark;
    if (p.expect(T.COMMA) >= 0) {
      if (p.expect(T.STAR) >= 0) {
        const b = expression(p);
        if (b !== null) {
          const m2 = p.mark;
          if (p.expect(T.COMMA) >= 0 && p.expect(T.DOUBLESTAR) >= 0) {
            const c = expression(p);
            if (c !== null) return [...a, b, c];
          }
          p.mark = m2;
          return [...a, b];
        }
      }
      p.mark = m + 1;
      if (p.expect(T.DOUBLESTAR) >= 0) {
        const b = expression(p);
        if (b !== null) return [...a, b];
      }
    }
    p.mark = m;
    return a;
  }
  p.mark = s;
  if (p.expect(T.STAR) >= 0) {
    const a1 = expression(p);
    if (a1 !== null) {
      const m = p.mark;
      if (p.expect(T.COMMA) >= 0 && p.expect(T.DOUBLESTAR) >= 0) {
        const b = expression(p);
        if (b !== null) return [a1, b];
      }
      p.mark = m;
      return [a1];
    }
  }
  p.mark = s;
  if (p.expect(T.DOUBLESTAR) >= 0) {
    const a1 = expression(p);
    if (a1 !== null) return [a1];
  }
  p.mark = s;
  return null;
}

function startRule(p: Parser): ModNode | null {
  switch (p.mode) {
    case "exec":
      return file(p);
    case "eval":
      return evalRule(p);
    case "single":
      return interactive(p);
    case "func_type":
      return funcType(p);
  }
}

/** Runs one pass; a raised error comes back as the ParseAbort. */
function pass(p: Parser): ModNode | ParseAbort | null {
  try {
    return startRule(p);
  } catch (e) {
    if (e instanceof ParseAbort) return e;
    if (e instanceof RangeError) {
      return new ParseAbort(stackOverflow());
    }
    throw e;
  }
}

function stackOverflow(): never {
  return new PyException("MemoryError", [
    "Parser stack overflowed - Python source too complex to parse",
  ]) as never;
}

/** Parses `text` (newlines already "\n") as CPython's parser does, throwing its SyntaxError. */
export function runParser(text: string, options: RunOptions): ModNode {
  holdShapes(shapeObjects);
  const tokens = new Tokens(text, options.typeComments);
  if (options.mode === "single") tokens.implyFinalNewline();
  const p = new Parser(tokens, options.filename, options.mode, options.featureVersion);
  p.warn = options.warn;
  try {
    return runPasses(p, options);
  } finally {
    p.release();
  }
}

/** A parse whose parser, tokens (with their lexer) and tree are kept, so that their shapes outlive every parse. */
function shapeObjects(source: string): readonly unknown[] {
  const options: RunOptions = {
    filename: "<shapes>",
    mode: "exec",
    featureVersion: 14,
    typeComments: true,
    optimize: -1,
  };
  const tokens = new Tokens(source, options.typeComments);
  const p = new Parser(tokens, options.filename, options.mode, options.featureVersion);
  try {
    return [p, runPasses(p, options)];
  } finally {
    p.release();
  }
}

function runPasses(p: Parser, options: RunOptions): ModNode {
  const first = pass(p);
  if (first !== null && !(first instanceof ParseAbort)) {
    if (options.mode === "single" && badSingleStatement(p)) {
      try {
        p.raise("SyntaxError", "multiple statements found while compiling a single statement");
      } catch (e) {
        throw e instanceof ParseAbort ? e.exception : e;
      }
    }
    try {
      preprocess(first, options.filename, options.optimize);
    } catch (e) {
      throw e instanceof ParseAbort ? e.exception : e;
    }
    return first;
  }
  let error: ParseAbort | null = first;
  const lastToken = p.fill - 1;
  if (error === null) {
    p.resetForErrorPass();
    const second = pass(p);
    if (second instanceof ParseAbort) error = second;
  }
  if (error !== null) {
    const exc = error.exception as unknown as { pyType?: string };
    // The tokenizer's own errors stand; a parser's SyntaxError may give way to a tokenizer error further on.
    if (tokenizerOk(p) && isSyntaxErrorType(exc.pyType)) throw checkRestOfSource(p, error);
    throw error.exception;
  }
  throw genericError(p, lastToken).exception;
}

function isSyntaxErrorType(t: string | undefined): boolean {
  return t === "SyntaxError" || t === "IndentationError" || t === "TabError";
}

/** Whether the parser never asked for the token the tokenizer failed on. */
function tokenizerOk(p: Parser): boolean {
  return p.t.failure === null || p.fill <= p.t.count;
}

/** `_Pypegen_set_syntax_error` with no error set: unexpected indent/unindent, else "invalid syntax". */
function genericError(p: Parser, lastToken: number): ParseAbort {
  const t = p.t;
  const ty = lastToken < t.count ? t.type[lastToken] : -1;
  try {
    if (ty === T.INDENT) p.raise("IndentationError", "unexpected indent");
    if (ty === T.DEDENT) p.raise("IndentationError", "unexpected unindent");
    p.raiseLoc("SyntaxError", "invalid syntax", p.tokLoc(lastToken), p.tokLoc(lastToken));
  } catch (e) {
    if (!(e instanceof ParseAbort)) throw e;
    if (ty === T.INDENT || ty === T.DEDENT) return e;
    return new ParseAbort(checkRestOfSource(p, e));
  }
}

/**
 * `_PyPegen_tokenize_full_source_to_check_for_errors`: the rest of the source is tokenized; a tokenizer error
 * there replaces the parser's error (unless raised inside an f-string), and so does an unclosed bracket opened
 * on a line before the error's.
 */
function checkRestOfSource(p: Parser, error: ParseAbort): PyException {
  const f = p.t.failure;
  if (f === null || p.fill > p.t.count) return error.exception;
  if (f.error !== null || f.foreign !== null) {
    if (f.modeIndex > 0) return error.exception;
    try {
      p.fill = p.t.count + 1;
      p.raiseTokenizerError();
    } catch (e) {
      if (e instanceof ParseAbort) return e.exception;
      throw e;
    }
  }
  if (f.level > 0) {
    const errLine = (error.exception as unknown as { lineno?: number }).lineno ?? 0;
    const current = p.tokLoc(Math.max(0, p.fill - 1)).lineno;
    void errLine;
    if (current > f.parenLine) {
      try {
        p.raiseUnclosedParen();
      } catch (e) {
        if (e instanceof ParseAbort) return e.exception;
        throw e;
      }
    }
  }
  return error.exception;
}

/** `bad_single_statement`: anything but blanks and comments after the statement read in "single" mode. */
function badSingleStatement(p: Parser): boolean {
  const t = p.t;
  const last = Math.min(p.fill, t.count) - 1;
  const text = t.text;
  // A token with no span (the NEWLINE implied at the end) leaves the lexer at the end of the source.
  let i = last < 0 ? 0 : t.end[last] < 0 ? text.length : t.end[last];
  if (last >= 0 && t.type[last] === T.NEWLINE) i++;
  for (;;) {
    let c = text.charCodeAt(i);
    while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c) c = text.charCodeAt(++i);
    if (i >= text.length) return false;
    if (c !== 0x23) return true;
    while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
  }
}
