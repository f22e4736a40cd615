// Assignment and deletion targets of Grammar/python.gram: star_targets, single_target, t_primary, del_targets.
import {
  Attribute,
  Call,
  Del,
  type ExprContextNode,
  List,
  Load,
  Starred,
  Store,
  Subscript,
  Tuple,
} from "../nodes/index.js";
import { type Expr, setContext } from "./actions.js";
import { nameToken } from "./common.js";
import { genexp } from "./displays.js";
import { argumentsRule } from "./expressions.js";
import { MISS, type Parser, Rule } from "./parser.js";
import { atom, slices } from "./primaries.js";
import * as T from "./token-types.js";

// star_targets: star_target !',' | star_target (',' star_target)* [','] -> Tuple(Store)
export function star_targets(p: Parser): Expr | null {
  const s = p.mark;
  const a = star_target(p);
  if (a === null) return null;
  if (p.peek() !== T.COMMA) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) < 0) break;
    const b = star_target(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return new Tuple({
    elts,
    ctx: Store(),
    lineno: p.startLine(s),
    col_offset: p.startCol(s),
    end_lineno: p.endLine(),
    end_col_offset: p.endCol(),
  });
}

// star_targets_list_seq: ','.star_target+ [',']
function star_targets_list_seq(p: Parser): Expr[] | null {
  const a = star_target(p);
  if (a === null) return null;
  const items = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) < 0) break;
    const b = star_target(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    items.push(b);
  }
  p.expect(T.COMMA);
  return items;
}

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
function star_targets_tuple_seq(p: Parser): Expr[] | null {
  const s = p.mark;
  const items = star_targets_list_seq(p);
  if (items === null) return null;
  // A single target needs its comma.
  if (items.length === 1 && p.t.type[p.mark - 1] !== T.COMMA) {
    p.mark = s;
    return null;
  }
  return items;
}

// star_target (memo): '*' (!'*' star_target) -> Starred(Store) | target_with_star_atom
export function star_target(p: Parser): Expr | null {
  const c = p.memoGet(Rule.star_target);
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  p.enter();
  let r: Expr | null = null;
  if (p.expect(T.STAR) >= 0) {
    if (p.peek() !== T.STAR) {
      const a = star_target(p);
      if (a !== null)
        r = new Starred({
          value: setContext(a, Store()),
          ctx: Store(),
          lineno: p.startLine(s),
          col_offset: p.startCol(s),
          end_lineno: p.endLine(),
          end_col_offset: p.endCol(),
        });
    }
    if (r === null) p.mark = s;
  }
  if (r === null) r = target_with_star_atom(p);
  p.level--;
  p.memoSet(Rule.star_target, s, r);
  return r;
}

// target_with_star_atom (memo):
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
function target_with_star_atom(p: Parser): Expr | null {
  const c = p.memoGet(Rule.target_with_star_atom);
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  let r = subscriptOrAttribute(p, Store());
  if (r === null) r = star_atom(p);
  p.memoSet(Rule.target_with_star_atom, s, r);
  return r;
}

/** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with the given context. */
function subscriptOrAttribute(p: Parser, ctx: ExprContextNode): Expr | null {
  const s = p.mark;
  const a = t_primary(p);
  if (a === null) return null;
  const m = p.mark;
  if (p.expect(T.DOT) >= 0) {
    const b = nameToken(p);
    if (b !== null && !t_lookahead(p))
      return new Attribute({
        value: a,
        attr: b.id,
        ctx,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
  }
  p.mark = m;
  if (p.expect(T.LSQB) >= 0) {
    const b = slices(p);
    if (b !== null && p.expect(T.RSQB) >= 0 && !t_lookahead(p))
      return new Subscript({
        value: a,
        slice: b,
        ctx,
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
  }
  p.mark = s;
  return null;
}

// star_atom:
//     | NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' -> Tuple | '[' [star_targets_list_seq] ']' -> List
function star_atom(p: Parser): Expr | null {
  const s = p.mark;
  const ty = p.peek();
  if (ty === T.NAME) {
    const a = nameToken(p) as Expr;
    return setContext(a, Store());
  }
  if (ty === T.LPAR) {
    p.mark++;
    const a = target_with_star_atom(p);
    if (a !== null && p.expect(T.RPAR) >= 0) return setContext(a, Store());
    p.mark = s + 1;
    let b = star_targets_tuple_seq(p);
    if (b === null) p.mark = s + 1;
    if (p.expect(T.RPAR) >= 0) {
      b ??= [];
      return new Tuple({
        elts: b,
        ctx: Store(),
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    }
    p.mark = s;
    return null;
  }
  if (ty === T.LSQB) {
    p.mark++;
    let b = star_targets_list_seq(p);
    if (b === null) p.mark = s + 1;
    if (p.expect(T.RSQB) >= 0) {
      b ??= [];
      return new List({
        elts: b,
        ctx: Store(),
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    }
    p.mark = s;
  }
  return null;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
export function single_target(p: Parser): Expr | null {
  const s = p.mark;
  const a = single_subscript_attribute_target(p);
  if (a !== null) return a;
  const ty = p.peek();
  if (ty === T.NAME) return setContext(nameToken(p) as Expr, Store());
  if (ty === T.LPAR) {
    p.mark++;
    const b = single_target(p);
    if (b !== null && p.expect(T.RPAR) >= 0) return b;
    p.mark = s;
  }
  return null;
}

// single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
export function single_subscript_attribute_target(p: Parser): Expr | null {
  return subscriptOrAttribute(p, Store());
}

// t_primary (left-recursive, memo):
//     | t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
//     | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead | atom &t_lookahead
export function t_primary(p: Parser): Expr | null {
  const c = p.memoGet(Rule.t_primary);
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  p.enter();
  let r = atom(p);
  if (r !== null && !t_lookahead(p)) r = null;
  if (r !== null) {
    for (;;) {
      const m = p.mark;
      const ty = p.peek();
      if (ty === T.DOT) {
        p.mark++;
        const b = nameToken(p);
        if (b !== null && t_lookahead(p)) {
          r = new Attribute({
            value: r,
            attr: b.id,
            ctx: Load(),
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          });
          continue;
        }
        p.mark = m;
        break;
      }
      if (ty === T.LSQB) {
        p.mark++;
        const b = slices(p);
        if (b !== null && p.expect(T.RSQB) >= 0 && t_lookahead(p)) {
          r = new Subscript({
            value: r,
            slice: b,
            ctx: Load(),
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          });
          continue;
        }
        p.mark = m;
        break;
      }
      if (ty === T.LPAR) {
        const g = genexp(p);
        if (g !== null && t_lookahead(p)) {
          r = new Call({
            func: r,
            args: [g],
            keywords: [],
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          });
          continue;
        }
        p.mark = m + 1;
        const args = argumentsRule(p);
        if (args === null) p.mark = m + 1;
        if (p.expect(T.RPAR) >= 0 && t_lookahead(p)) {
          r = new Call({
            func: r,
            args: args !== null ? args.args : [],
            keywords: args !== null ? args.keywords : [],
            lineno: p.startLine(s),
            col_offset: p.startCol(s),
            end_lineno: p.endLine(),
            end_col_offset: p.endCol(),
          });
          continue;
        }
        p.mark = m;
        break;
      }
      break;
    }
  }
  if (r === null) p.mark = s;
  p.level--;
  p.memoSet(Rule.t_primary, s, r);
  return r;
}

// t_lookahead: '(' | '[' | '.'
function t_lookahead(p: Parser): boolean {
  const ty = p.peek();
  return ty === T.LPAR || ty === T.LSQB || ty === T.DOT;
}

// del_targets: ','.del_target+ [',']
export function del_targets(p: Parser): Expr[] | null {
  const a = del_target(p);
  if (a === null) return null;
  const items = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) < 0) break;
    const b = del_target(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    items.push(b);
  }
  p.expect(T.COMMA);
  return items;
}

// del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
function del_target(p: Parser): Expr | null {
  const c = p.memoGet(Rule.del_target);
  if (c !== MISS) return c as Expr | null;
  const s = p.mark;
  p.enter();
  let r = subscriptOrAttribute(p, Del());
  if (r === null) r = del_t_atom(p);
  p.level--;
  p.memoSet(Rule.del_target, s, r);
  return r;
}

// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
function del_t_atom(p: Parser): Expr | null {
  const s = p.mark;
  const ty = p.peek();
  if (ty === T.NAME) return setContext(nameToken(p) as Expr, Del());
  if (ty === T.LPAR) {
    p.mark++;
    const a = del_target(p);
    if (a !== null && p.expect(T.RPAR) >= 0) return setContext(a, Del());
    p.mark = s + 1;
    const b = del_targets(p);
    if (b === null) p.mark = s + 1;
    if (p.expect(T.RPAR) >= 0)
      return new Tuple({
        elts: b ?? [],
        ctx: Del(),
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    p.mark = s;
    return null;
  }
  if (ty === T.LSQB) {
    p.mark++;
    const b = del_targets(p);
    if (b === null) p.mark = s + 1;
    if (p.expect(T.RSQB) >= 0)
      return new List({
        elts: b ?? [],
        ctx: Del(),
        lineno: p.startLine(s),
        col_offset: p.startCol(s),
        end_lineno: p.endLine(),
        end_col_offset: p.endCol(),
      });
    p.mark = s;
  }
  return null;
}
