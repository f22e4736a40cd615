// The second symbol table pass (symtable.c's analyze_block): decides each name's scope, cells and free variables.
import { syntaxError } from "../errors.js";
import type { SymtableEntry } from "./entry.js";
import {
  DEF_BOUND,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  DEF_GLOBAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  DEF_TYPE_PARAM,
  SCOPE_OFFSET,
  Scope,
  symbolScope,
} from "./flags.js";

type Scopes = Map<string, Scope>;

function errorAtDirective(ste: SymtableEntry, name: string, msg: string, filename: string): never {
  const found = ste.directives.find(([n]) => n === name);
  throw syntaxError(msg, filename, found ? found[1] : null);
}

function analyzeName(
  ste: SymtableEntry,
  scopes: Scopes,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymtableEntry | null,
  filename: string,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) errorAtDirective(ste, name, `name '${name}' is nonlocal and global`, filename);
    scopes.set(name, Scope.GlobalExplicit);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) errorAtDirective(ste, name, "nonlocal declaration not allowed at module level", filename);
    if (!bound.has(name)) errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`, filename);
    if (typeParams.has(name))
      errorAtDirective(ste, name, `nonlocal binding not allowed for type parameter '${name}'`, filename);
    scopes.set(name, Scope.Free);
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, Scope.Local);
    local.add(name);
    global.delete(name);
    if (flags & DEF_TYPE_PARAM) typeParams.add(name);
    else typeParams.delete(name);
    return;
  }
  if (classEntry !== null) {
    const classFlags = classEntry.flags(name);
    if (classFlags & DEF_GLOBAL) {
      scopes.set(name, Scope.GlobalExplicit);
      return;
    }
    if (classFlags & DEF_BOUND && !(classFlags & DEF_NONLOCAL)) {
      scopes.set(name, Scope.GlobalImplicit);
      return;
    }
  }
  if (bound?.has(name)) {
    scopes.set(name, Scope.Free);
    free.add(name);
    return;
  }
  scopes.set(name, Scope.GlobalImplicit);
}

function isFreeInAnyChild(entry: SymtableEntry, name: string): boolean {
  return entry.children.some((child) => child.scope(name) === Scope.Free);
}

function inlineComprehension(
  ste: SymtableEntry,
  comp: SymtableEntry,
  scopes: Scopes,
  compFree: Set<string>,
  inlinedCells: Set<string>,
): void {
  let removeDunderClass = false;
  for (const [name, compFlags] of comp.symbols) {
    if (compFlags & DEF_PARAM) continue;
    let scope = symbolScope(compFlags);
    const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
    if (scope === Scope.Cell || onlyFlags & DEF_COMP_CELL) inlinedCells.add(name);
    const existing = ste.symbols.get(name);
    if (scope === Scope.Free && ste.type === "class" && name === "__class__") {
      scope = Scope.GlobalImplicit;
      compFree.delete(name);
      removeDunderClass = true;
    }
    if (existing === undefined) {
      ste.symbols.set(name, onlyFlags);
      scopes.set(name, scope);
    } else if (existing & DEF_BOUND && ste.type !== "class") {
      if (!isFreeInAnyChild(comp, name)) compFree.delete(name);
    }
  }
  if (removeDunderClass) comp.symbols.delete("__class__");
}

function analyzeCells(scopes: Scopes, free: Set<string>, inlinedCells: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== Scope.Local) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    scopes.set(name, Scope.Cell);
    free.delete(name);
  }
}

function dropClassFree(ste: SymtableEntry, free: Set<string>): void {
  if (free.delete("__class__")) ste.needsClassClosure = true;
  if (free.delete("__classdict__")) ste.needsClassdict = true;
  if (free.delete("__conditional_annotations__")) ste.hasConditionalAnnotations = true;
}

function updateSymbols(
  symbols: Map<string, number>,
  scopes: Scopes,
  bound: Set<string> | null,
  free: Set<string>,
  inlinedCells: Set<string>,
  classFlag: boolean,
): void {
  for (const [name, value] of symbols) {
    let flags = value;
    if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
    flags |= (scopes.get(name) ?? 0) << SCOPE_OFFSET;
    symbols.set(name, flags);
  }
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      if (classFlag) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    symbols.set(name, Scope.Free << SCOPE_OFFSET);
  }
}

function analyzeBlock(
  ste: SymtableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymtableEntry | null,
  filename: string,
): void {
  const local = new Set<string>();
  const scopes: Scopes = new Map();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  const inlinedCells = new Set<string>();
  if (ste.type === "class") {
    for (const n of global) newGlobal.add(n);
    if (bound) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry, filename);
  }
  if (ste.type !== "class") {
    if (ste.isFunctionLike) for (const n of local) newBound.add(n);
    if (bound) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add("__class__");
    newBound.add("__classdict__");
    newBound.add("__conditional_annotations__");
  }
  for (const entry of ste.children) {
    let newClassEntry: SymtableEntry | null = null;
    if (entry.canSeeClassScope) {
      if (ste.type === "class") newClassEntry = ste;
      else if (classEntry) newClassEntry = classEntry;
    }
    const inlineComp = entry.comprehension !== "none" && !entry.generator && !ste.canSeeClassScope;
    const childFree = new Set(newFree);
    analyzeBlock(
      entry,
      new Set(newBound),
      childFree,
      new Set(newGlobal),
      new Set(typeParams),
      newClassEntry,
      filename,
    );
    if (inlineComp) {
      inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
      entry.compInlined = true;
    }
    for (const n of childFree) newFree.add(n);
  }
  const children: SymtableEntry[] = [];
  for (const entry of ste.children) {
    if (entry.compInlined) children.push(...entry.children);
    else children.push(entry);
  }
  ste.children = children;
  if (ste.isFunctionLike) analyzeCells(scopes, newFree, inlinedCells);
  else if (ste.type === "class") dropClassFree(ste, newFree);
  updateSymbols(
    ste.symbols,
    scopes,
    bound,
    newFree,
    inlinedCells,
    ste.type === "class" || ste.canSeeClassScope,
  );
  for (const n of newFree) free.add(n);
}

export function analyze(top: SymtableEntry, filename: string): void {
  analyzeBlock(top, null, new Set(), new Set(), new Set(), null, filename);
}
