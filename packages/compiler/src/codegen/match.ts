// Structural pattern matching (PEP 634), after codegen.c's codegen_match and codegen_pattern_*.
// Every pattern routine consumes the subject on top of the stack and jumps to a "fail pop" label on a
// failed match; the label popping n items is pc.failPop[n]. Captured values are parked beneath the items
// still in use (pc.onTop of them) and stored only once the whole pattern has matched.
import * as A from "@ophis/ast";
import type { Codegen } from "./codegen.js";
import { addCompare, jumpIf } from "./expressions.js";
import { type Label, type Loc, locOf, NO_LOCATION, Op } from "./instr.js";

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Label[];
  onTop: number;
}

const SUB = 10;
const NB_SUBSCR = 26;

/**
 * fold_const_match_patterns (run by CPython's AST preprocessing before codegen): `-NUMBER` and
 * `NUMBER ± IMAGINARY` in value patterns and mapping keys become single constants.
 */
function foldValue(e: A.ExprNode): A.ExprNode {
  const at = {
    lineno: e.lineno,
    col_offset: e.col_offset,
    end_lineno: e.end_lineno,
    end_col_offset: e.end_col_offset,
  };
  if (e.nodeType === "UnaryOp") {
    if (e.op.nodeType === "USub" && e.operand.nodeType === "Constant") {
      const v = e.operand.value;
      let neg: A.ConstantValue | undefined;
      if (typeof v === "bigint" || typeof v === "number") neg = -v;
      else if (v instanceof A.PyComplex) neg = new A.PyComplex(-v.real, -v.imag);
      if (neg !== undefined) return new A.Constant({ value: neg, kind: null, ...at });
    }
    return e;
  }
  if (e.nodeType === "BinOp" && (e.op.nodeType === "Add" || e.op.nodeType === "Sub")) {
    const left = foldValue(e.left);
    const r = e.right.nodeType === "Constant" ? e.right.value : null;
    if (left.nodeType === "Constant" && r instanceof A.PyComplex) {
      const l = left.value;
      const sub = e.op.nodeType === "Sub";
      let value: A.PyComplex | null = null;
      if (typeof l === "bigint" || typeof l === "number") {
        // 3.14's mixed-mode arithmetic: a real meets only the real part.
        const x = Number(l);
        value = new A.PyComplex(sub ? x - r.real : x + r.real, sub ? -r.imag : r.imag);
      } else if (l instanceof A.PyComplex) {
        value = new A.PyComplex(
          sub ? l.real - r.real : l.real + r.real,
          sub ? l.imag - r.imag : l.imag + r.imag,
        );
      }
      if (value) return new A.Constant({ value, kind: null, ...at });
    }
  }
  return e;
}

const isWildcard = (p: A.PatternNode): boolean => p.nodeType === "MatchAs" && !p.pattern && !p.name;
const isStarWildcard = (p: A.PatternNode): boolean => p.nodeType === "MatchStar" && !p.name;

function cmp(c: Codegen, op: string, loc: Loc): void {
  addCompare(c, { nodeType: op } as A.CmpopNode, loc);
}

function ensureFailPop(c: Codegen, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

function jumpToFailPop(c: Codegen, loc: Loc, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.jump(op, pc.failPop[pops], loc);
}

/** Places the fail-pop labels, each popping one item and falling into the next, and resets them. */
function emitAndResetFailPop(c: Codegen, loc: Loc, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useLabel(pc.failPop[i]);
    c.addop(Op.POP_TOP, loc);
  }
  c.useLabel(pc.failPop[0]);
  pc.failPop = [];
}

function rotate(c: Codegen, loc: Loc, count: number): void {
  while (count > 1) c.addop(Op.SWAP, loc, count--);
}

function storeName(c: Codegen, loc: Loc, name: string | null | undefined, pc: PatternContext): void {
  if (!name) {
    c.addop(Op.POP_TOP, loc);
    return;
  }
  if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`, loc);
  rotate(c, loc, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function unpackHelper(c: Codegen, loc: Loc, elts: A.PatternNode[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i].nodeType !== "MatchStar") continue;
    if (seenStar) c.error("multiple starred expressions in sequence pattern", loc);
    if (i >= 256) c.error("too many expressions in star-unpacking sequence pattern", loc);
    c.addop(Op.UNPACK_EX, loc, i + ((n - i - 1) << 8));
    seenStar = true;
  }
  if (!seenStar) c.addop(Op.UNPACK_SEQUENCE, loc, n);
}

function subpattern(c: Codegen, p: A.PatternNode, pc: PatternContext): void {
  const saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = saved;
}

function sequenceUnpack(c: Codegen, loc: Loc, patterns: A.PatternNode[], pc: PatternContext): void {
  unpackHelper(c, loc, patterns);
  pc.onTop += patterns.length;
  for (const q of patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
}

/** Indexes the subject instead of unpacking it, for sequences whose star is a wildcard. */
function sequenceSubscr(
  c: Codegen,
  loc: Loc,
  patterns: A.PatternNode[],
  star: number,
  pc: PatternContext,
): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (isWildcard(q) || i === star) continue;
    c.addop(Op.COPY, loc, 1);
    if (i < star) c.loadConst(BigInt(i), loc);
    else {
      c.addop(Op.GET_LEN, loc);
      c.loadConst(BigInt(size - i), loc);
      c.addop(Op.BINARY_OP, loc, SUB);
    }
    c.addop(Op.BINARY_OP, loc, NB_SUBSCR);
    subpattern(c, q, pc);
  }
  pc.onTop--;
  c.addop(Op.POP_TOP, loc);
}

function patternAs(c: Codegen, p: A.MatchAs, pc: PatternContext): void {
  const loc = locOf(p);
  if (!p.pattern) {
    if (!pc.allowIrrefutable) {
      if (p.name) c.error(`name capture '${p.name}' makes remaining patterns unreachable`, loc);
      c.error("wildcard makes remaining patterns unreachable", loc);
    }
    storeName(c, loc, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addop(Op.COPY, loc, 1);
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, loc, p.name, pc);
}

function patternClass(c: Codegen, p: A.MatchClass, pc: PatternContext): void {
  const loc = locOf(p);
  const nargs = p.patterns.length;
  const attrs = p.kwd_attrs;
  for (let i = 0; i < attrs.length; i++) {
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[i] === attrs[j])
        c.error(`attribute name repeated in class pattern: ${attrs[i]}`, locOf(p.kwd_patterns[j]));
    }
  }
  c.visitExpr(p.cls);
  c.loadConst([...attrs], loc);
  c.addop(Op.MATCH_CLASS, loc, nargs);
  c.addop(Op.COPY, loc, 1);
  c.loadConst(null, loc);
  c.addop(Op.IS_OP, loc, 1);
  pc.onTop++;
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  const all = [...p.patterns, ...p.kwd_patterns];
  c.addop(Op.UNPACK_SEQUENCE, loc, all.length);
  pc.onTop += all.length - 1;
  for (const q of all) {
    pc.onTop--;
    if (isWildcard(q)) {
      c.addop(Op.POP_TOP, loc);
      continue;
    }
    subpattern(c, q, pc);
  }
}

function patternMapping(c: Codegen, p: A.MatchMapping, pc: PatternContext): void {
  const loc = locOf(p);
  let size = p.keys.length;
  const star = p.rest;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && !star) {
    pc.onTop--;
    c.addop(Op.POP_TOP, loc);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN, loc);
    c.loadConst(BigInt(size), loc);
    cmp(c, "GtE", loc);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (const rawKey of p.keys) {
    const key = foldValue(rawKey);
    if (key.nodeType === "Constant") {
      const k = hashKey(key.value);
      if (seen.has(k)) c.error(`mapping pattern checks duplicate key (${A.reprConstant(key.value)})`, loc);
      seen.add(k);
    } else if (key.nodeType !== "Attribute") {
      c.error("mapping pattern keys may only match literals and attribute lookups", loc);
    }
    c.visitExpr(key);
  }
  c.addop(Op.BUILD_TUPLE, loc, size);
  c.addop(Op.MATCH_KEYS, loc);
  pc.onTop += 2;
  c.addop(Op.COPY, loc, 1);
  c.loadConst(null, loc);
  c.addop(Op.IS_OP, loc, 1);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  c.addop(Op.UNPACK_SEQUENCE, loc, size);
  pc.onTop += size - 1;
  for (const q of p.patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
  pc.onTop -= 2;
  if (star) {
    c.addop(Op.BUILD_MAP, loc, 0);
    c.addop(Op.SWAP, loc, 3);
    c.addop(Op.DICT_UPDATE, loc, 2);
    c.addop(Op.UNPACK_SEQUENCE, loc, size);
    while (size) {
      c.addop(Op.COPY, loc, 1 + size--);
      c.addop(Op.SWAP, loc, 2);
      c.addop(Op.DELETE_SUBSCR, loc);
    }
    storeName(c, loc, star, pc);
  } else {
    c.addop(Op.POP_TOP, loc);
    c.addop(Op.POP_TOP, loc);
  }
}

/** Equal keys (as Python's set sees them: 1 == 1.0 == True == 1+0j) map to the same string. */
function hashKey(v: A.ConstantValue): string {
  if (typeof v === "boolean") return "n" + (v ? 1 : 0);
  if (typeof v === "bigint") return "n" + v.toString();
  if (typeof v === "number") return Number.isInteger(v) ? "n" + BigInt(v).toString() : "n" + String(v);
  if (v instanceof A.PyComplex) return v.imag === 0 ? hashKey(v.real) : `c${v.real},${v.imag}`;
  if (typeof v === "string") return "s" + v;
  if (v === null) return "None";
  if (v instanceof Uint8Array) return "b" + Array.from(v).join(",");
  return "?" + String(v);
}

function patternOr(c: Codegen, p: A.MatchOr, pc: PatternContext): void {
  const loc = locOf(p);
  const end = c.newLabel();
  const old = { ...pc };
  let control: string[] | null = null;
  const size = p.patterns.length;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    const altLoc = locOf(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addop(Op.COPY, altLoc, 1);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (!control) control = pc.stores;
    else if (nstores !== control.length) c.error("alternative patterns bind different names", loc);
    else if (nstores) {
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const istores = pc.stores.indexOf(control[icontrol]);
        if (istores < 0) c.error("alternative patterns bind different names", loc);
        if (icontrol !== istores) {
          // Move the first istores+1 names (and stack items) up to sit just below position icontrol.
          let rotations = istores + 1;
          const rotated = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, altLoc, icontrol + 1);
        }
      }
    }
    c.jump(Op.JUMP, end, altLoc);
    emitAndResetFailPop(c, altLoc, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.addop(Op.POP_TOP, loc);
  jumpToFailPop(c, loc, pc, Op.JUMP);
  c.useLabel(end);
  const names = control ?? [];
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, loc, nrots);
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`, loc);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP, loc);
}

function patternSequence(c: Codegen, p: A.MatchSequence, pc: PatternContext): void {
  const loc = locOf(p);
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (q.nodeType === "MatchStar") {
      if (star >= 0) c.error("multiple starred names in sequence pattern", loc);
      starWildcard = isStarWildcard(q);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(q);
  }
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN, loc);
    c.loadConst(BigInt(size), loc);
    cmp(c, "Eq", loc);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(Op.GET_LEN, loc);
    c.loadConst(BigInt(size - 1), loc);
    cmp(c, "GtE", loc);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(Op.POP_TOP, loc);
  else if (starWildcard) sequenceSubscr(c, loc, patterns, star, pc);
  else sequenceUnpack(c, loc, patterns, pc);
}

function pattern(c: Codegen, p: A.PatternNode, pc: PatternContext): void {
  const loc = locOf(p);
  switch (p.nodeType) {
    case "MatchValue": {
      const v = foldValue(p.value);
      if (v.nodeType !== "Constant" && v.nodeType !== "Attribute")
        c.error("patterns may only match literals and attribute lookups", loc);
      c.visitExpr(v);
      cmp(c, "Eq", loc);
      c.addop(Op.TO_BOOL, loc);
      jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
      return;
    }
    case "MatchSingleton":
      c.loadConst(p.value as boolean | null, loc);
      cmp(c, "Is", loc);
      jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case "MatchSequence":
      return patternSequence(c, p, pc);
    case "MatchMapping":
      return patternMapping(c, p, pc);
    case "MatchClass":
      return patternClass(c, p, pc);
    case "MatchStar":
      return storeName(c, loc, p.name, pc);
    case "MatchAs":
      return patternAs(c, p, pc);
    case "MatchOr":
      return patternOr(c, p, pc);
  }
}

/** Marks an instruction that takes the location of the instruction after it (CPython's NEXT_LOCATION). */
export const NEXT_LOCATION: Loc = Object.freeze({ lineno: -2, endLineno: -2, col: -2, endCol: -2 });

export function visitMatch(c: Codegen, s: A.Match): void {
  c.visitExpr(s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  let m = s.cases[cases - 1];
  const hasDefault = isWildcard(m.pattern) && cases > 1 ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i];
    const ploc = locOf(m.pattern);
    const last = i === cases - hasDefault - 1;
    if (!last) c.addop(Op.COPY, ploc, 1);
    pc.stores = [];
    pc.allowIrrefutable = m.guard != null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(name, "Store", ploc);
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, ploc, m.guard, pc.failPop[0], false);
    }
    if (!last) c.addop(Op.POP_TOP, NEXT_LOCATION);
    for (const st of m.body) c.visitStmt(st);
    c.jump(Op.JUMP, end, NO_LOCATION);
    emitAndResetFailPop(c, ploc, pc);
  }
  if (hasDefault) {
    m = s.cases[cases - 1];
    const ploc = locOf(m.pattern);
    c.addop(cases === 1 ? Op.POP_TOP : Op.NOP, ploc);
    if (m.guard) jumpIf(c, ploc, m.guard, end, false);
    for (const st of m.body) c.visitStmt(st);
  }
  c.useLabel(end);
}
