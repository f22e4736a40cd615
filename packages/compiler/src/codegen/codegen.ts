// The code generator's state (compile.c/codegen.c): the stack of units, instruction emission and name resolution.
import type * as A from "@ophis/ast";
import type { WarnCallback } from "@ophis/ast";
import { CO, type CodeObject, type PyConstant } from "@ophis/bytecode";
import { PyException } from "@ophis/tokenizer";
import { assemble } from "../assemble/assemble.js";
import { syntaxError } from "../errors.js";
import { optimizeCodeUnit } from "../flowgraph/optimize.js";
import type { FutureFeatures } from "../future.js";
import type { Symtable } from "../symtable/builder.js";
import type { SymtableEntry } from "../symtable/entry.js";
import { mangle, Scope } from "../symtable/flags.js";
import { type Label, type Loc, NO_LOCATION, Op } from "./instr.js";
import { CompilerUnit, type FBlock, type FBlockType, type ScopeType } from "./unit.js";

export type Ctx = "Load" | "Store" | "Del";

const MAX_NESTING = 200;

export class Codegen {
  u!: CompilerUnit;
  readonly stack: CompilerUnit[] = [];
  interactive = false;
  nestedDepth = 0;
  /** Where compile-time warnings go; none means they are dropped, as with no `warn` option. */
  onWarning: WarnCallback | undefined = undefined;

  constructor(
    readonly st: Symtable,
    readonly filename: string,
    readonly future: FutureFeatures,
    readonly optimize: number,
    readonly flags: number,
  ) {}

  get ste(): SymtableEntry {
    return this.u.ste;
  }

  error(
    msg: string,
    at:
      | { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null }
      | Loc,
  ): never {
    if ("col" in at) {
      throw syntaxError(msg, this.filename, {
        lineno: at.lineno,
        col_offset: at.col,
        end_lineno: at.endLineno,
        end_col_offset: at.endCol,
      });
    }
    throw syntaxError(msg, this.filename, at);
  }

  /** _PyCompile_Warn: a SyntaxWarning at the node's position. */
  warn(msg: string, at: Loc): void {
    this.onWarning?.("SyntaxWarning", msg, at.lineno, at.col, at.endLineno, at.endCol);
  }

  enter(): void {
    if (++this.nestedDepth > MAX_NESTING)
      throw new PyException("RecursionError", ["maximum recursion depth exceeded during compilation"]);
  }

  leave(): void {
    this.nestedDepth--;
  }

  // ---- emission ----

  addop(op: number, loc: Loc, arg = 0): void {
    this.u.emit(op, arg, loc);
  }

  jump(op: number, target: Label, loc: Loc): void {
    this.u.emit(op, 0, loc, target);
  }

  useLabel(label: Label): void {
    this.u.useLabel(label);
  }

  newLabel(): Label {
    return this.u.newLabel();
  }

  loadConst(value: PyConstant, loc: Loc): void {
    this.u.emit(Op.LOAD_CONST, this.u.addConst(value), loc);
  }

  mangle(name: string): string {
    return mangle(this.u.private_, name);
  }

  /** ADDOP_NAME: an instruction whose argument indexes co_names (mangled). */
  addopName(op: number, name: string, loc: Loc, mangled = true): void {
    this.u.emit(op, this.u.names.add(mangled ? this.mangle(name) : name), loc);
  }

  /** LOAD_ATTR with the method flag, or plain. */
  loadAttr(name: string, loc: Loc, method = false): void {
    const idx = this.u.names.add(this.mangle(name));
    this.u.emit(Op.LOAD_ATTR, (idx << 1) | (method ? 1 : 0), loc);
  }

  addopDeref(op: number, name: string, loc: Loc, freeVar = false): void {
    const instr = this.u.emit(op, 0, loc);
    instr.name = name;
    if (freeVar) instr.freeVar = true;
    if (!this.u.cellvars.has(name) && !this.u.freevars.has(name)) this.u.freevars.add(name);
  }

  // ---- names ----

  isInInlinedComp(): boolean {
    return this.u.inInlinedComp > 0;
  }

  loadClassdictFreevar(loc: Loc): void {
    this.addopDeref(Op.LOAD_DEREF, "__classdict__", loc);
  }

  nameop(name: string, ctx: Ctx, loc: Loc): void {
    if (name === "None" || name === "True" || name === "False") throw new Error("constant name");
    const mangled = this.maybeMangleForScope(name);
    const scope = this.ste.scope(mangled);
    let kind: "name" | "fast" | "deref" | "global" = "name";
    switch (scope) {
      case Scope.Free:
      case Scope.Cell:
        kind = "deref";
        break;
      case Scope.Local:
        if (this.ste.isFunctionLike || this.u.fastHidden.get(mangled) === true) kind = "fast";
        break;
      case Scope.GlobalImplicit:
        if (this.ste.isFunctionLike) kind = "global";
        break;
      case Scope.GlobalExplicit:
        kind = "global";
        break;
      default:
        break;
    }
    if (kind === "fast") {
      const idx = this.u.varnames.add(mangled);
      const op = ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST;
      this.u.emit(op, idx, loc);
      return;
    }
    if (kind === "deref") {
      let op: number;
      if (ctx === "Load") {
        if (this.ste.type === "class" && !this.isInInlinedComp()) {
          op = Op.LOAD_FROM_DICT_OR_DEREF;
          this.addop(Op.LOAD_LOCALS, loc);
        } else if (this.ste.canSeeClassScope) {
          op = Op.LOAD_FROM_DICT_OR_DEREF;
          this.loadClassdictFreevar(loc);
        } else {
          op = Op.LOAD_DEREF;
        }
      } else {
        op = ctx === "Store" ? Op.STORE_DEREF : Op.DELETE_DEREF;
      }
      this.addopDeref(op, mangled, loc, scope === Scope.Free);
      return;
    }
    if (kind === "global") {
      let op: number;
      if (ctx === "Load") {
        if (this.ste.canSeeClassScope && scope === Scope.GlobalImplicit) {
          op = Op.LOAD_FROM_DICT_OR_GLOBALS;
          this.loadClassdictFreevar(loc);
        } else {
          op = Op.LOAD_GLOBAL;
        }
      } else {
        op = ctx === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
      }
      const idx = this.u.names.add(mangled);
      this.u.emit(op, op === Op.LOAD_GLOBAL ? idx << 1 : idx, loc);
      return;
    }
    let op: number;
    if (ctx === "Load")
      op = this.ste.type === "class" && this.isInInlinedComp() ? Op.LOAD_GLOBAL : Op.LOAD_NAME;
    else op = ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME;
    const idx = this.u.names.add(mangled);
    this.u.emit(op, op === Op.LOAD_GLOBAL ? idx << 1 : idx, loc);
  }

  /** _PyCompile_MaybeMangle: type parameter scopes of generic classes mangle only their parameters. */
  maybeMangleForScope(name: string): string {
    const ste = this.ste;
    if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
    return this.mangle(name);
  }

  /** The symbol table scope of a name in the current unit (_PyCompile_GetRefType for closures). */
  refType(name: string): Scope {
    if (
      this.u.scopeType === "class" &&
      (name === "__class__" || name === "__classdict__" || name === "__conditional_annotations__")
    )
      return Scope.Cell;
    return this.ste.scope(name);
  }

  // ---- scopes ----

  enterScope(
    name: string,
    scopeType: ScopeType,
    key: object,
    lineno: number,
    privateName: string | null = null,
    counts?: { argcount: number; posonly: number; kwonly: number },
  ): void {
    const ste = this.st.lookup(key);
    const u = new CompilerUnit(ste, name, scopeType, lineno);
    if (counts) {
      u.argcount = counts.argcount;
      u.posonlyargcount = counts.posonly;
      u.kwonlyargcount = counts.kwonly;
    }
    if (this.u) {
      this.stack.push(this.u);
      u.private_ = this.u.private_;
    }
    if (privateName !== null || scopeType === "class") u.private_ = privateName ?? u.private_;
    this.u = u;
    if (scopeType === "module") {
      u.qualname = name;
      this.addop(Op.RESUME, { lineno: 0, endLineno: lineno, col: 0, endCol: 0 }, 0);
    } else {
      this.setQualname();
      this.addop(Op.RESUME, { lineno, endLineno: lineno, col: 0, endCol: 0 }, 0);
    }
  }

  exitScope(): void {
    const parent = this.stack.pop();
    if (parent) this.u = parent;
  }

  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    const n = this.stack.length;
    if (n > 1) {
      let parent = this.stack[n - 1];
      if (parent.scopeType === "annotations") {
        if (n === 2) {
          u.qualname = u.name;
          return;
        }
        parent = this.stack[n - 2];
      }
      let forceGlobal = false;
      if (u.scopeType === "function" || u.scopeType === "asyncFunction" || u.scopeType === "class") {
        const mangled = mangle(parent.private_, u.name);
        if (parent.ste.scope(mangled) === Scope.GlobalExplicit) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (
          parent.scopeType === "function" ||
          parent.scopeType === "asyncFunction" ||
          parent.scopeType === "lambda"
        )
          base = parent.qualname + ".<locals>";
        else base = parent.qualname;
      }
    }
    u.qualname = base !== null ? base + "." + u.name : u.name;
  }

  computeCodeFlags(): number {
    const ste = this.ste;
    let flags = 0;
    if (ste.isFunctionLike) {
      flags |= CO.NEWLOCALS | CO.OPTIMIZED;
      if (ste.nested) flags |= CO.NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO.GENERATOR;
      if (ste.generator && ste.coroutine) flags |= CO.ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO.VARARGS;
      if (ste.varkeywords) flags |= CO.VARKEYWORDS;
      if (ste.hasDocstring) flags |= CO.HAS_DOCSTRING;
      if (ste.method) flags |= CO.METHOD;
    }
    if (ste.coroutine && !ste.generator) flags |= CO.COROUTINE;
    if (this.u.scopeType === "module" && ste.coroutine) flags |= CO.COROUTINE;
    flags |= this.flags & 0x3fe0000;
    if (this.future.annotations) flags |= 0x1000000;
    if (this.future.barryAsFlufl) flags |= 0x400000;
    return flags;
  }

  optimizeAndAssemble(addNone: boolean): CodeObject {
    const flags = this.computeCodeFlags();
    if (addNone) this.loadConst(null, NO_LOCATION);
    this.addop(Op.RETURN_VALUE, NO_LOCATION);
    const graph = optimizeCodeUnit(this.u, this.optimize, flags);
    return assemble(this.u, graph, flags, this.filename);
  }

  // ---- frame blocks ----

  pushFBlock(type: FBlockType, block: Label, exit: Label | null, datum: unknown, loc: Loc): void {
    if (this.u.fblocks.length >= 20) this.error("too many statically nested blocks", loc);
    this.u.fblocks.push({ type, block, exit, datum, loc });
  }

  popFBlock(): FBlock {
    return this.u.fblocks.pop()!;
  }

  topFBlock(): FBlock | undefined {
    return this.u.fblocks[this.u.fblocks.length - 1];
  }

  // ---- dispatch (installed by the statement and expression modules) ----

  declare visitStmt: (s: A.StmtNode) => void;
  declare visitExpr: (e: A.ExprNode) => void;
  declare visitOther: (e: A.ExprNode) => void;
}
