// String literals: `strings`, f-strings and t-strings (Grammar/python.gram) and the node building of action_helpers.c.
import {
  Constant,
  type ExprNode,
  FormattedValue,
  Interpolation,
  JoinedStr,
  type Name,
  TemplateStr,
} from "../nodes/index.js";
import { type Expr, errAt, errRange } from "./actions.js";
import { checkVersion, nameToken, pos } from "./common.js";
import { warnInvalidEscape } from "./escape-warnings.js";
import { star_expressions, yield_expr } from "./expressions.js";
import { decodeBytesEscapes, decodeUnicodeEscapes, stringBody, stringPrefix } from "./literals.js";
import { MISS, type Parser, Rule } from "./parser.js";
import * as T from "./token-types.js";

/** A token position as a node position. */
function tokPos(p: Parser, i: number) {
  const t = p.t;
  return {
    lineno: t.lineno[i],
    col_offset: t.col[i],
    end_lineno: t.endLineno[i],
    end_col_offset: t.endCol[i],
  };
}

// strings (memo):
//     | invalid_string_tstring_concat
//     | (fstring|string)+   -> _PyPegen_concatenate_strings
//     | tstring+            -> _PyPegen_concatenate_tstrings
export function strings(p: Parser): Expr | null {
  const c = p.memoGet(Rule.strings);
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  if (p.callInvalidRules) {
    invalid_string_tstring_concat(p);
    p.mark = s;
  }
  let r: Expr | null = null;
  const parts = fstringOrStringSeq(p);
  if (parts.length > 0) {
    r = concatenateStrings(p, parts, pos(p, s));
  } else {
    const tparts: Expr[] = [];
    for (;;) {
      const x = tstring(p);
      if (x === null) break;
      tparts.push(x);
    }
    if (tparts.length > 0) r = concatenateTStrings(tparts, pos(p, s));
  }
  if (r === null) p.mark = s;
  p.memoSet(Rule.strings, s, r);
  return r;
}

function fstringOrStringSeq(p: Parser): Expr[] {
  const parts: Expr[] = [];
  for (;;) {
    const ty = p.peek();
    let x: Expr | null = null;
    if (ty === T.FSTRING_START) x = fstring(p);
    else if (ty === T.STRING) x = string(p);
    if (x === null) return parts;
    parts.push(x);
  }
}

// invalid_string_tstring_concat:
//     | (fstring|string)+ tstring   | tstring+ (fstring|string)
//         -> "cannot mix t-string literals with string or bytes literals"
function invalid_string_tstring_concat(p: Parser): null {
  const s = p.mark;
  const a = fstringOrStringSeq(p);
  if (a.length > 0) {
    const b = tstring(p);
    if (b !== null)
      errRange(p, a[a.length - 1], b, "cannot mix t-string literals with string or bytes literals");
  }
  p.mark = s;
  const ts: Expr[] = [];
  for (;;) {
    const x = tstring(p);
    if (x === null) break;
    ts.push(x);
  }
  if (ts.length > 0) {
    const ty = p.peek();
    const b = ty === T.FSTRING_START ? fstring(p) : ty === T.STRING ? string(p) : null;
    if (b !== null)
      errRange(p, ts[ts.length - 1], b, "cannot mix t-string literals with string or bytes literals");
  }
  p.mark = s;
  return null;
}

/** `_Pypegen_raise_decode_error` for a message from the literal decoders. */
function raiseDecodeError(p: Parser, message: unknown): never {
  if (typeof message !== "string") throw message;
  return p.raise("SyntaxError", message);
}

// string: STRING   -> _PyPegen_constant_from_string
function string(p: Parser): Expr | null {
  const i = p.expect(T.STRING);
  if (i < 0) return null;
  const text = p.tokStr(i);
  const pre = stringPrefix(text);
  const body = stringBody(text, pre.quoteAt);
  let value: string | Uint8Array;
  if (!pre.raw) warnInvalidEscape(p, body, pre.bytes, p.t.lineno[i], p.t.col[i]);
  if (pre.bytes) {
    for (let k = 0; k < body.length; k++) {
      if (body.charCodeAt(k) >= 0x80)
        errAt(p, p.tokLoc(i), "bytes can only contain ASCII literal characters");
    }
    try {
      value = decodeBytesEscapes(body, pre.raw);
    } catch (e) {
      raiseDecodeError(p, e);
    }
  } else if (pre.raw) {
    value = body;
  } else {
    try {
      value = decodeUnicodeEscapes(body);
    } catch (e) {
      raiseDecodeError(p, e);
    }
  }
  const kind = text.charCodeAt(0) === 0x75 ? "u" : null;
  return new Constant({
    value,
    kind,
    lineno: p.t.lineno[i],
    col_offset: p.t.col[i],
    end_lineno: p.t.endLineno[i],
    end_col_offset: p.t.endCol[i],
  });
}

// fstring: FSTRING_START fstring_middle* FSTRING_END   -> _PyPegen_joined_str
function fstring(p: Parser): Expr | null {
  const s = p.mark;
  const a = p.expect(T.FSTRING_START);
  if (a < 0) return null;
  const parts = middles(p, a, false);
  const b = p.expect(T.FSTRING_END);
  if (b < 0) {
    p.mark = s;
    return null;
  }
  const values = resizedExprs(p, a, parts);
  const ap = tokPos(p, a);
  const bp = tokPos(p, b);
  return new JoinedStr({
    values,
    lineno: ap.lineno,
    col_offset: ap.col_offset,
    end_lineno: bp.end_lineno,
    end_col_offset: bp.end_col_offset,
  });
}

// tstring (memo): TSTRING_START tstring_middle* TSTRING_END   -> _PyPegen_template_str
function tstring(p: Parser): Expr | null {
  const c = p.memoGet(Rule.tstring);
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  let r: Expr | null = null;
  const a = p.expect(T.TSTRING_START);
  if (a >= 0) {
    const parts = middles(p, a, true);
    const b = p.expect(T.TSTRING_END);
    if (b >= 0) {
      const values = resizedExprs(p, a, parts);
      const ap = tokPos(p, a);
      const bp = tokPos(p, b);
      r = checkVersion(
        p,
        14,
        "t-strings are",
        new TemplateStr({
          values,
          lineno: ap.lineno,
          col_offset: ap.col_offset,
          end_lineno: bp.end_lineno,
          end_col_offset: bp.end_col_offset,
        }),
      );
    }
  }
  if (r === null) p.mark = s;
  p.memoSet(Rule.tstring, s, r);
  return r;
}

/** The middle parts after START token `start`; format specs inside need to know whether its prefix is raw. */
function middles(p: Parser, start: number, isT: boolean): Expr[] {
  const outer = p.rawFString;
  p.rawFString = stringPrefix(p.tokStr(start)).raw;
  try {
    const parts: Expr[] = [];
    for (;;) {
      const x = fstring_middle(p, isT);
      if (x === null) return parts;
      parts.push(x);
    }
  } finally {
    p.rawFString = outer;
  }
}

// fstring_middle: fstring_replacement_field | FSTRING_MIDDLE   -> _PyPegen_constant_from_token
// tstring_middle: tstring_replacement_field | TSTRING_MIDDLE
function fstring_middle(p: Parser, isT: boolean): Expr | null {
  const ty = p.peek();
  if (ty === T.LBRACE) return replacement_field(p, isT, !isT);
  if (ty === (isT ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE)) {
    const i = p.mark++;
    return new Constant({
      value: p.tokStr(i),
      lineno: p.t.lineno[i],
      col_offset: p.t.col[i],
      end_lineno: p.t.endLineno[i],
      end_col_offset: p.t.endCol[i],
    });
  }
  return null;
}

/** The source text of a replacement field's expression, from after '{' up to token `end` (metadata). */
function fieldText(p: Parser, lbrace: number, end: number): string {
  const t = p.t;
  const raw = t.text.slice(t.end[lbrace], t.start[end]);
  if (raw.indexOf("#") < 0) return raw;
  // Comments (outside string literals) are dropped, keeping their newline.
  let inString = false;
  let quote = 0;
  let hash = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch === 0x5c) {
      i++;
      continue;
    }
    if (ch === 0x22 || ch === 0x27) {
      if (!inString) {
        inString = true;
        quote = ch;
      } else if (ch === quote) inString = false;
      continue;
    }
    if (ch === 0x23 && !inString) {
      hash = true;
      break;
    }
  }
  if (!hash) return raw;
  let out = "";
  inString = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch === 0x22 || ch === 0x27) {
      if (!inString) {
        inString = true;
        quote = ch;
      } else if (ch === quote) inString = false;
      out += raw[i];
    } else if (ch === 0x23 && !inString) {
      while (i < raw.length && raw.charCodeAt(i) !== 0x0a) i++;
      if (i < raw.length) out += "\n";
    } else out += raw[i];
  }
  return out;
}

interface FormatSpec {
  node: Expr;
  colon: number;
}

// fstring_replacement_field / tstring_replacement_field / tstring_format_spec_replacement_field:
//     | '{' annotated_rhs '='? [fstring_conversion] [full_format_spec] '}'
//     | invalid_(f|t)string_replacement_field
// `interpolation` selects Interpolation nodes (t-strings' own fields) over FormattedValue.
function replacement_field(p: Parser, isT: boolean, formatted: boolean): Expr | null {
  const s = p.mark;
  const lb = p.expect(T.LBRACE);
  if (lb < 0) return null;
  const a = annotated_rhs(p);
  if (a !== null) {
    const debug = p.expect(T.EQUAL);
    let conv: { name: Name; bang: number } | null = null;
    const m = p.mark;
    const bang = p.expect(T.EXCLAMATION);
    if (bang >= 0) {
      const n = nameToken(p);
      if (n !== null) conv = { name: checkConversion(p, bang, n, isT), bang };
      else p.mark = m;
    }
    const spec = full_format_spec(p, isT);
    const rb = p.expect(T.RBRACE);
    if (rb >= 0) return buildField(p, s, lb, a, debug, conv, spec, rb, isT, formatted);
  }
  p.mark = s;
  if (p.callInvalidRules) {
    invalid_replacement_field(p, isT);
    p.mark = s;
  }
  return null;
}

// annotated_rhs: yield_expr | star_expressions
function annotated_rhs(p: Parser): Expr | null {
  const s = p.mark;
  const y = yield_expr(p);
  if (y !== null) return y;
  p.mark = s;
  return star_expressions(p);
}

// fstring_conversion: "!" NAME   -> _PyPegen_check_fstring_conversion
function checkConversion(p: Parser, bang: number, n: Name, isT: boolean): Name {
  const t = p.t;
  const k = isT ? "t" : "f";
  if (t.lineno[bang] !== n.lineno || t.endCol[bang] !== n.col_offset) {
    errRange(p, p.tokLoc(bang), n, `${k}-string: conversion type must come right after the exclamation mark`);
  }
  const id = n.id;
  if (id.length > 1 || !(id === "s" || id === "r" || id === "a")) {
    errAt(p, n, `${k}-string: invalid conversion character '${id}': expected 's', 'r', or 'a'`);
  }
  return n;
}

// fstring_full_format_spec: ':' fstring_format_spec*   -> _PyPegen_setup_full_format_spec
// fstring_format_spec: FSTRING_MIDDLE -> decoded constant | fstring_replacement_field
function full_format_spec(p: Parser, isT: boolean): FormatSpec | null {
  const s = p.mark;
  const colon = p.expect(T.COLON);
  if (colon < 0) return null;
  const spec: Expr[] = [];
  const middle = isT ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE;
  for (;;) {
    const ty = p.peek();
    if (ty === middle) {
      const i = p.mark++;
      let value: string;
      if (!p.rawFString) warnInvalidEscape(p, p.tokStr(i), false, p.t.lineno[i], p.t.col[i]);
      try {
        value = decodeUnicodeEscapes(p.tokStr(i));
      } catch (e) {
        raiseDecodeError(p, e);
      }
      spec.push(
        new Constant({
          value,
          lineno: p.t.lineno[i],
          col_offset: p.t.col[i],
          end_lineno: p.t.endLineno[i],
          end_col_offset: p.t.endCol[i],
        }),
      );
    } else if (ty === T.LBRACE) {
      const f = replacement_field(p, isT, true);
      if (f === null) break;
      spec.push(f);
    } else break;
  }
  const where = pos(p, s);
  const kept = spec.filter((x) => !(x.nodeType === "Constant" && x.value === ""));
  let node: Expr;
  if (kept.length === 0 || (kept.length === 1 && kept[0].nodeType === "Constant")) {
    node = new JoinedStr({
      values: kept,
      lineno: where.lineno,
      col_offset: where.col_offset,
      end_lineno: where.end_lineno,
      end_col_offset: where.end_col_offset,
    });
  } else {
    node = concatenateStrings(p, kept, where);
  }
  return { node, colon };
}

function buildField(
  p: Parser,
  s: number,
  lb: number,
  a: Expr,
  debug: number,
  conv: { name: Name; bang: number } | null,
  spec: FormatSpec | null,
  rb: number,
  isT: boolean,
  formatted: boolean,
): Expr {
  const where = pos(p, s);
  let conversion = -1;
  if (conv !== null) conversion = conv.name.id.codePointAt(0) as number;
  else if (debug >= 0 && spec === null) conversion = 0x72;
  let debugEndLine: number;
  let debugEndOffset: number;
  let metadataEnd: number;
  if (conv !== null) {
    debugEndLine = conv.name.lineno;
    debugEndOffset = conv.name.col_offset;
    metadataEnd = conv.bang;
  } else if (spec !== null) {
    debugEndLine = spec.node.lineno;
    debugEndOffset = spec.node.col_offset + 1;
    metadataEnd = spec.colon;
  } else {
    debugEndLine = where.end_lineno;
    debugEndOffset = where.end_col_offset;
    metadataEnd = rb;
  }
  const formatSpec = spec !== null ? spec.node : null;
  let value: Expr;
  if (formatted) {
    value = new FormattedValue({
      value: a,
      conversion,
      format_spec: formatSpec,
      lineno: where.lineno,
      col_offset: where.col_offset,
      end_lineno: where.end_lineno,
      end_col_offset: where.end_col_offset,
    });
  } else {
    const text = fieldText(p, lb, metadataEnd);
    let end = text.length;
    while (end > 0 && (isWhitespace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x3d)) end--;
    value = new Interpolation({
      value: a,
      str: text.slice(0, end),
      conversion,
      format_spec: formatSpec,
      lineno: where.lineno,
      col_offset: where.col_offset,
      end_lineno: where.end_lineno,
      end_col_offset: where.end_col_offset,
    });
  }
  if (debug < 0) return value;
  const debugText = new Constant({
    value: fieldText(p, lb, metadataEnd),
    lineno: where.lineno,
    col_offset: where.col_offset + 1,
    end_lineno: debugEndLine,
    end_col_offset: debugEndOffset - 1,
  });
  void isT;
  return new JoinedStr({
    values: [debugText, value],
    lineno: where.lineno,
    col_offset: where.col_offset,
    end_lineno: debugEndLine,
    end_col_offset: debugEndOffset,
  });
}

function isWhitespace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    (c >= 0x1c && c <= 0x1f) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

// invalid_fstring_replacement_field / invalid_tstring_replacement_field:
//     | '{' '='  | '{' '!'  | '{' ':'  | '{' '}'            -> "f-string: valid expression required before '='" ...
//     | '{' !annotated_rhs                                  -> "f-string: expecting a valid expression after '{'"
//     | '{' annotated_rhs !('=' | '!' | ':' | '}')          -> "f-string: expecting '=', or '!', or ':', or '}'"
//     | '{' annotated_rhs '=' !('!' | ':' | '}')            -> "f-string: expecting '!', or ':', or '}'"
//     | '{' annotated_rhs '='? invalid_fstring_conversion_character
//     | '{' annotated_rhs '='? ['!' NAME] !(':' | '}')      -> "f-string: expecting ':' or '}'"
//     | '{' annotated_rhs '='? ['!' NAME] ':' fstring_format_spec* !'}'  -> "f-string: expecting '}', or format specs"
//     | '{' annotated_rhs '='? ['!' NAME] !'}'             -> "f-string: expecting '}'"
function invalid_replacement_field(p: Parser, isT: boolean): null {
  const k = isT ? "t" : "f";
  const s = p.mark;
  if (p.expect(T.LBRACE) < 0) return null;
  const ty = p.peek();
  const what =
    ty === T.EQUAL ? "=" : ty === T.EXCLAMATION ? "!" : ty === T.COLON ? ":" : ty === T.RBRACE ? "}" : null;
  if (what !== null) errAt(p, p.tokLoc(p.mark), `${k}-string: valid expression required before '${what}'`);
  const afterBrace = p.mark;
  const a = annotated_rhs(p);
  if (a === null) {
    p.mark = afterBrace;
    p.raise("SyntaxError", `${k}-string: expecting a valid expression after '{'`, true);
  }
  const afterExpr = p.mark;
  const t1 = p.peek();
  if (t1 !== T.EQUAL && t1 !== T.EXCLAMATION && t1 !== T.COLON && t1 !== T.RBRACE) {
    p.raise("SyntaxError", `${k}-string: expecting '=', or '!', or ':', or '}'`, true);
  }
  if (p.expect(T.EQUAL) >= 0) {
    const t2 = p.peek();
    if (t2 !== T.EXCLAMATION && t2 !== T.COLON && t2 !== T.RBRACE) {
      p.raise("SyntaxError", `${k}-string: expecting '!', or ':', or '}'`, true);
    }
  }
  const afterEq = p.mark;
  // invalid_(f|t)string_conversion_character: '!' &(':' | '}') | '!' !NAME
  if (p.expect(T.EXCLAMATION) >= 0) {
    const t3 = p.peek();
    if (t3 === T.COLON || t3 === T.RBRACE)
      p.raise("SyntaxError", `${k}-string: missing conversion character`, true);
    if (t3 !== T.NAME) p.raise("SyntaxError", `${k}-string: invalid conversion character`, true);
  }
  p.mark = afterEq;
  if (!(p.expect(T.EXCLAMATION) >= 0 && p.expect(T.NAME) >= 0)) p.mark = afterEq;
  const t4 = p.peek();
  if (t4 !== T.COLON && t4 !== T.RBRACE) p.raise("SyntaxError", `${k}-string: expecting ':' or '}'`, true);
  const afterConv = p.mark;
  if (p.expect(T.COLON) >= 0) {
    // fstring_format_spec* (the f-string flavour, also in t-strings' invalid rule)
    for (;;) {
      const ty2 = p.peek();
      if (ty2 === T.FSTRING_MIDDLE) {
        p.mark++;
        continue;
      }
      if (ty2 === T.LBRACE && replacement_field(p, false, true) !== null) continue;
      break;
    }
    if (p.peek() !== T.RBRACE) p.raise("SyntaxError", `${k}-string: expecting '}', or format specs`, true);
  }
  p.mark = afterConv;
  if (p.peek() !== T.RBRACE) p.raise("SyntaxError", `${k}-string: expecting '}'`, true);
  void afterExpr;
  p.mark = s;
  return null;
}

/** `_get_resized_exprs`: the parts of one f-string or t-string, literal parts decoded, empty ones dropped. */
function resizedExprs(p: Parser, start: number, parts: Expr[]): Expr[] {
  const raw = stringPrefix(p.tokStr(start)).raw;
  const out: Expr[] = [];
  for (const item of parts) {
    if (item.nodeType === "JoinedStr") {
      // A debug field: its text constant, then the value.
      out.push(item.values[0], item.values[1]);
      continue;
    }
    if (item.nodeType === "Constant") {
      const text = item.value as string;
      let value: string;
      const body = text === "{{" || text === "}}" ? text.slice(0, 1) : text;
      if (raw || body.indexOf("\\") < 0) value = body;
      else {
        warnInvalidEscape(p, body, false, item.lineno, item.col_offset);
        try {
          value = decodeUnicodeEscapes(body);
        } catch (e) {
          raiseDecodeError(p, e);
        }
      }
      if (value.length === 0) continue;
      out.push(
        new Constant({
          value,
          lineno: item.lineno,
          col_offset: item.col_offset,
          end_lineno: item.end_lineno,
          end_col_offset: item.end_col_offset,
        }),
      );
      continue;
    }
    out.push(item);
  }
  return out;
}

function isStrConstant(e: Expr): e is Constant {
  return e.nodeType === "Constant" && typeof e.value === "string";
}

/** `_PyPegen_concatenate_strings`: adjacent literals (and f-strings) as one Constant or JoinedStr. */
function concatenateStrings(
  p: Parser,
  strs: Expr[],
  where: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number },
): Expr {
  let fstringFound = false;
  let unicodeFound = false;
  let bytesFound = false;
  for (const e of strs) {
    if (e.nodeType === "Constant") {
      if (e.value instanceof Uint8Array) bytesFound = true;
      else unicodeFound = true;
    } else fstringFound = true;
  }
  if ((unicodeFound || fstringFound) && bytesFound)
    p.raise("SyntaxError", "cannot mix bytes and nonbytes literals");
  if (bytesFound) {
    let total = 0;
    for (const e of strs) total += ((e as Constant).value as Uint8Array).length;
    const out = new Uint8Array(total);
    let k = 0;
    for (const e of strs) {
      const b = (e as Constant).value as Uint8Array;
      out.set(b, k);
      k += b.length;
    }
    return new Constant({
      value: out,
      kind: (strs[0] as Constant).kind,
      lineno: where.lineno,
      col_offset: where.col_offset,
      end_lineno: where.end_lineno,
      end_col_offset: where.end_col_offset,
    });
  }
  if (!fstringFound && strs.length === 1) return strs[0];
  const flat: Expr[] = [];
  for (const e of strs) {
    if (e.nodeType === "JoinedStr") flat.push(...e.values);
    else flat.push(e);
  }
  const values = foldConstants(flat, fstringFound);
  if (!fstringFound) return values[0];
  return new JoinedStr({
    values,
    lineno: where.lineno,
    col_offset: where.col_offset,
    end_lineno: where.end_lineno,
    end_col_offset: where.end_col_offset,
  });
}

/** Runs of adjacent str constants folded into one (positioned from the first to the last); empty ones dropped. */
function foldConstants(flat: Expr[], dropEmpty: boolean): Expr[] {
  const values: Expr[] = [];
  for (let i = 0; i < flat.length; i++) {
    let elem = flat[i];
    if (elem.nodeType === "Constant") {
      if (i + 1 < flat.length && flat[i + 1].nodeType === "Constant") {
        const first = elem;
        let last = elem;
        let text = "";
        let j = i;
        for (; j < flat.length; j++) {
          const cur = flat[j];
          if (cur.nodeType !== "Constant") break;
          text += cur.value as string;
          last = cur;
        }
        i = j - 1;
        elem = new Constant({
          value: text,
          kind: first.kind,
          lineno: first.lineno,
          col_offset: first.col_offset,
          end_lineno: last.end_lineno,
          end_col_offset: last.end_col_offset,
        });
      }
      if (dropEmpty && isStrConstant(elem) && elem.value === "") continue;
    }
    values.push(elem);
  }
  return values;
}

/** `_PyPegen_concatenate_tstrings`. */
function concatenateTStrings(
  strs: Expr[],
  where: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number },
): Expr {
  const flat: ExprNode[] = [];
  for (const e of strs) flat.push(...(e as TemplateStr).values);
  return new TemplateStr({
    values: foldConstants(flat, true),
    lineno: where.lineno,
    col_offset: where.col_offset,
    end_lineno: where.end_lineno,
    end_col_offset: where.end_col_offset,
  });
}
