// Small shared pieces of the rules: node positions (EXTRA), NAME and NUMBER tokens as nodes.
import { Constant, Load, Name } from "../nodes/index.js";
import { parseNumber } from "./literals.js";
import type { Parser } from "./parser.js";
import { NAME, NUMBER } from "./token-types.js";

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/**
 * EXTRA: from the token at `s` to the last non-whitespace token before the mark. A node's init that has other
 * fields lists the four positions itself (`lineno: p.startLine(s), ..., end_col_offset: p.endCol()`) instead of
 * spreading `...pos(p, s)`: V8 copies a spread that follows other properties with a generic builtin, which
 * made building a node about five times slower.
 */
export function pos(p: Parser, s: number): Pos {
  // The end token is looked for once, not once per end field.
  const e = p.lastNonWhitespace();
  return {
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.t.endLineno[e],
    end_col_offset: p.t.endCol[e],
  };
}

/** An identifier as CPython stores it: NFKC-normalized when not ASCII. */
export function identifier(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return s.normalize("NFKC");
  return s;
}

/** NAME as a Name(Load) node (`_PyPegen_name_token`), or null. */
export function nameToken(p: Parser): Name | null {
  const i = p.expect(NAME);
  if (i < 0) return null;
  const t = p.t;
  return new Name({
    id: identifier(t.text.slice(t.start[i], t.end[i])),
    ctx: Load(),
    lineno: t.lineno[i],
    col_offset: t.col[i],
    end_lineno: t.endLineno[i],
    end_col_offset: t.endCol[i],
  });
}

/** NUMBER as a Constant (`_PyPegen_number_token`), or null. */
export function numberToken(p: Parser): Constant | null {
  const i = p.expect(NUMBER);
  if (i < 0) return null;
  const t = p.t;
  const raw = t.text.slice(t.start[i], t.end[i]);
  if (p.featureVersion < 6 && raw.indexOf("_") >= 0) {
    p.raise("SyntaxError", "Underscores in numeric literals are only supported in Python 3.6 and greater");
  }
  let value: ReturnType<typeof parseNumber>;
  try {
    value = parseNumber(p, raw);
  } catch (e) {
    if (typeof e !== "string") throw e;
    return p.raiseAt(
      "SyntaxError",
      `${e} - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
      t.lineno[i],
      0,
      t.endLineno[i],
      0,
    );
  }
  return new Constant({
    value,
    lineno: t.lineno[i],
    col_offset: t.col[i],
    end_lineno: t.endLineno[i],
    end_col_offset: t.endCol[i],
  });
}

/** CHECK_VERSION: the feature is newer than `feature_version`. */
export function checkVersion<T>(p: Parser, version: number, what: string, node: T): T {
  if (p.featureVersion < version) {
    p.raise("SyntaxError", `${what} only supported in Python 3.${version} and greater`);
  }
  return node;
}
