// The first symbol table pass (symtable.c's symtable_visit_*): records every name's raw flags per block.
import type * as A from "@ophis/ast";
import { syntaxError } from "../errors.js";
import { type FutureFeatures, getDocstring } from "../future.js";
import { analyze } from "./analyze.js";
import { type SourceLocation, SymtableEntry } from "./entry.js";
import {
  type BlockType,
  DEF_ANNOT,
  DEF_COMP_ITER,
  DEF_GLOBAL,
  DEF_IMPORT,
  DEF_LOCAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  DEF_TYPE_PARAM,
  mangle,
  USE,
} from "./flags.js";

type Located = {
  lineno: number;
  col_offset: number;
  end_lineno?: number | null;
  end_col_offset?: number | null;
};

function loc(node: Located): SourceLocation {
  return {
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno ?? node.lineno,
    end_col_offset: node.end_col_offset ?? node.col_offset,
  };
}

/** The symbol tables of one module: the top entry and every block by the AST node (or key) that opened it. */
export class Symtable {
  readonly blocks = new Map<object, SymtableEntry>();
  top!: SymtableEntry;
  private stack: SymtableEntry[] = [];
  private cur!: SymtableEntry;
  private global!: Map<string, number>;
  private private_: string | null = null;

  constructor(
    readonly filename: string,
    readonly future: FutureFeatures,
  ) {}

  lookup(key: object): SymtableEntry {
    const ste = this.blocks.get(key);
    if (!ste) throw new Error("unknown symbol table entry");
    return ste;
  }

  build(mod: A.ModNode): this {
    this.enterBlock("top", "module", mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    this.top = this.cur;
    switch (mod.nodeType) {
      case "Module":
        if (getDocstring(mod.body)) this.cur.hasDocstring = true;
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "Interactive":
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "Expression":
        this.visitExpr(mod.body);
        break;
      default:
        throw new Error("this compiler does not handle FunctionTypes");
    }
    this.exitBlock();
    analyze(this.top, this.filename);
    return this;
  }

  private error(msg: string, at: Located): never {
    throw syntaxError(msg, this.filename, at);
  }

  private newEntry(name: string, type: BlockType, key: object, at: SourceLocation): SymtableEntry {
    const ste = new SymtableEntry(name, type, at);
    const cur = this.stack.length ? this.cur : null;
    if (cur && (cur.nested || cur.isFunctionLike)) ste.nested = true;
    if (cur && cur.type === "class" && type === "function") ste.method = true;
    this.blocks.set(key, ste);
    return ste;
  }

  private enterExisting(ste: SymtableEntry, addToChildren = true): void {
    const prev = this.stack.length ? this.cur : null;
    this.stack.push(ste);
    if (prev) ste.compIterExpr = prev.compIterExpr;
    if (prev?.mangledNames && ste.type !== "class") ste.mangledNames = prev.mangledNames;
    this.cur = ste;
    if (this.future.annotations && ste.type === "annotation") return;
    if (ste.type === "module") this.global = ste.symbols;
    if (prev && addToChildren) prev.children.push(ste);
  }

  private enterBlock(name: string, type: BlockType, key: object, at: SourceLocation): SymtableEntry {
    const ste = this.newEntry(name, type, key, at);
    this.enterExisting(ste);
    if (type === "annotation" || type === "typeVariable" || type === "typeAlias") {
      // CPython names the parameter `.format` so a `format` in the annotation stays a separate name.
      this.addDef(".format", DEF_PARAM, at);
      this.addDef(".format", USE, at);
    }
    return ste;
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  private maybeMangle(ste: SymtableEntry, name: string): string {
    if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
    return mangle(this.private_, name);
  }

  private lookupName(name: string, ste: SymtableEntry = this.cur): number {
    return ste.flags(this.maybeMangle(ste, name));
  }

  private addDefHelper(name: string, flag: number, ste: SymtableEntry, at: Located): void {
    const mangled = this.maybeMangle(this.cur, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM)
        this.error(`duplicate argument '${name}' in function definition`, at);
      if (flag & DEF_TYPE_PARAM && val & DEF_TYPE_PARAM) this.error(`duplicate type parameter '${name}'`, at);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL))
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, at);
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) ste.varnames.push(mangled);
    else if (flag & DEF_GLOBAL) this.global.set(mangled, (this.global.get(mangled) ?? 0) | flag);
  }

  private checkName(name: string, at: Located, ctx: "Load" | "Store" | "Del"): void {
    if (name !== "__debug__") return;
    if (ctx === "Store") this.error("cannot assign to __debug__", at);
    if (ctx === "Del") this.error("cannot delete __debug__", at);
  }

  private addDef(name: string, flag: number, at: Located, ctx?: "Load" | "Store" | "Del"): void {
    const context = ctx ?? (flag === USE ? "Load" : "Store");
    if (flag & (DEF_PARAM | DEF_LOCAL | DEF_IMPORT)) this.checkName(name, at, context);
    if (flag & DEF_TYPE_PARAM && this.cur.mangledNames !== null) this.cur.mangledNames.add(name);
    this.addDefHelper(name, flag, this.cur, at);
  }

  private recordDirective(name: string, at: Located): void {
    this.cur.directives.push([this.maybeMangle(this.cur, name), loc(at)]);
  }

  private get allowsTopLevelAwait(): boolean {
    return this.future.topLevelAwait && this.cur.type === "module";
  }

  private get isAsyncDef(): boolean {
    return this.cur.type === "function" && this.cur.coroutine;
  }

  private enterTypeParamBlock(
    name: string,
    key: object,
    hasDefaults: boolean,
    hasKwDefaults: boolean,
    isClass: boolean,
    at: SourceLocation,
  ): void {
    const currentType = this.cur.type;
    this.enterBlock(name, "typeParameters", key, at);
    if (currentType === "class") {
      this.cur.canSeeClassScope = true;
      this.addDef("__classdict__", USE, at);
    }
    if (isClass) {
      this.addDef(".type_params", DEF_LOCAL, at);
      this.addDef(".type_params", USE, at);
      this.addDef(".generic_base", DEF_LOCAL, at);
      this.addDef(".generic_base", USE, at);
    }
    if (hasDefaults) this.addDef(".defaults", DEF_PARAM, at);
    if (hasKwDefaults) this.addDef(".kwdefaults", DEF_PARAM, at);
  }

  private conditional(body: () => void): void {
    const saved = this.cur.inConditionalBlock;
    this.cur.inConditionalBlock = true;
    body();
    this.cur.inConditionalBlock = saved;
  }

  private visitStmts(body: readonly A.StmtNode[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitExprs(exprs: readonly (A.ExprNode | null)[]): void {
    for (const e of exprs) if (e) this.visitExpr(e);
  }

  private visitFunction(s: A.FunctionDef | A.AsyncFunctionDef): void {
    const args = s.args;
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(args.defaults);
    this.visitExprs(args.kw_defaults);
    this.visitExprs(s.decorator_list);
    if (s.type_params.length > 0) {
      this.enterTypeParamBlock(
        s.name,
        s.type_params,
        // CPython tests the defaults sequence for NULL, which it never is: `.defaults` is always declared.
        true,
        args.kw_defaults.some((d) => d !== null),
        false,
        loc(s),
      );
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    const ste = this.newEntry(s.name, "function", s, loc(s));
    if (getDocstring(s.body)) ste.hasDocstring = true;
    this.visitAnnotations(s, args, s.returns);
    this.enterExisting(ste);
    if (s.nodeType === "AsyncFunctionDef") this.cur.coroutine = true;
    this.visitArguments(args);
    this.visitStmts(s.body);
    this.exitBlock();
    if (s.type_params.length > 0) this.exitBlock();
  }

  private visitStmt(s: A.StmtNode): void {
    switch (s.nodeType) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.visitFunction(s);
        break;
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.decorator_list);
        const saved = this.private_;
        if (s.type_params.length > 0) {
          this.enterTypeParamBlock(s.name, s.type_params, false, false, true, loc(s));
          this.private_ = s.name;
          this.cur.mangledNames = new Set();
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.visitExprs(s.bases);
        this.checkKeywords(s.keywords);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.enterBlock(s.name, "class", s, loc(s));
        this.private_ = s.name;
        if (s.type_params.length > 0) {
          this.addDef("__type_params__", DEF_LOCAL, s);
          this.addDef(".type_params", USE, s);
        }
        if (getDocstring(s.body)) this.cur.hasDocstring = true;
        this.visitStmts(s.body);
        this.exitBlock();
        if (s.type_params.length > 0) this.exitBlock();
        this.private_ = saved;
        break;
      }
      case "TypeAlias": {
        this.visitExpr(s.name);
        const name = (s.name as A.Name).id;
        const inClass = this.cur.type === "class";
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(name, s.type_params, false, false, false, loc(s));
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.enterBlock(name, "typeAlias", s, loc(s));
        this.cur.canSeeClassScope = inClass;
        if (inClass) this.addDef("__classdict__", USE, s.value);
        this.visitExpr(s.value);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case "Return":
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        this.visitExprs(s.targets);
        break;
      case "Assign":
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case "AnnAssign": {
        this.cur.annotationsUsed = true;
        const target = s.target;
        if (target.nodeType === "Name") {
          const cur = this.lookupName(target.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
            const what = cur & DEF_GLOBAL ? "global" : "nonlocal";
            this.error(`annotated name '${target.id}' can't be ${what}`, s);
          }
          if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
          else if (s.value) this.addDef(target.id, DEF_LOCAL, target);
        } else {
          this.visitExpr(target);
        }
        this.visitAnnotation(s.annotation, this.cur);
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "For":
      case "AsyncFor":
        if (s.nodeType === "AsyncFor") {
          if (this.allowsTopLevelAwait) this.cur.coroutine = true;
          if (!this.cur.coroutine) this.error("'async for' outside async function", s);
        }
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.conditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
      case "While":
      case "If":
        this.visitExpr(s.test);
        this.conditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
      case "Match":
        this.visitExpr(s.subject);
        this.conditional(() => {
          for (const c of s.cases) {
            this.visitPattern(c.pattern);
            if (c.guard) this.visitExpr(c.guard);
            this.visitStmts(c.body);
          }
        });
        break;
      case "Raise":
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case "Try":
      case "TryStar":
        this.conditional(() => {
          this.visitStmts(s.body);
          for (const h of s.handlers) {
            if (h.type) this.visitExpr(h.type);
            if (h.name) this.addDef(h.name, DEF_LOCAL, h);
            this.visitStmts(h.body);
          }
          this.visitStmts(s.orelse);
          this.visitStmts(s.finalbody);
        });
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case "Import":
        for (const a of s.names) this.visitAlias(a);
        break;
      case "ImportFrom":
        for (const a of s.names) this.visitAlias(a);
        if (s.module === "__future__" && !s.level && this.future.location) {
          const fut = this.future.location;
          if (s.lineno > fut.lineno || (s.lineno === fut.end_lineno && s.col_offset > fut.end_col_offset))
            this.error("from __future__ imports must occur at the beginning of the file", s);
        }
        break;
      case "Global":
      case "Nonlocal": {
        const kind = s.nodeType === "Global" ? "global" : "nonlocal";
        for (const name of s.names) {
          const cur = this.lookupName(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kind}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${kind} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kind}`;
            else msg = `name '${name}' is assigned to before ${kind} declaration`;
            this.error(msg, s);
          }
          this.addDef(name, kind === "global" ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "With":
      case "AsyncWith":
        if (s.nodeType === "AsyncWith") {
          if (this.allowsTopLevelAwait) this.cur.coroutine = true;
          if (!this.cur.coroutine) this.error("'async with' outside async function", s);
        }
        this.conditional(() => {
          for (const item of s.items) {
            this.visitExpr(item.context_expr);
            if (item.optional_vars) this.visitExpr(item.optional_vars);
          }
          this.visitStmts(s.body);
        });
        break;
      default:
        break;
    }
  }

  private checkKeywords(keywords: readonly A.keyword[]): void {
    for (const k of keywords) if (k.arg) this.checkName(k.arg, k, "Store");
  }

  private visitAlias(a: A.alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf(".");
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== "*") {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.type !== "module") {
      this.error("import * only allowed at module level", a);
    }
  }

  private visitAnnotation(annotation: A.ExprNode, parent: SymtableEntry): void {
    const isUnevaluated = this.cur.type === "function";
    // A module's annotations are all conditional: its body may stop part way (CPython 3.14's symtable).
    if (
      ((this.cur.type === "class" && this.cur.inConditionalBlock) || this.cur.type === "module") &&
      !this.cur.hasConditionalAnnotations
    ) {
      this.cur.hasConditionalAnnotations = true;
      this.addDef("__conditional_annotations__", USE, annotation);
    }
    if (parent.annotationBlock === null) {
      const currentType = parent.type;
      const ste = this.enterBlock("__annotate__", "annotation", parent, loc(annotation));
      parent.annotationBlock = ste;
      if (currentType === "class" && !this.future.annotations) {
        this.cur.canSeeClassScope = true;
        this.addDef("__classdict__", USE, annotation);
      }
    } else {
      this.enterExisting(parent.annotationBlock, false);
    }
    if (isUnevaluated) this.cur.inUnevaluatedAnnotation = true;
    this.visitExpr(annotation);
    if (isUnevaluated) this.cur.inUnevaluatedAnnotation = false;
    this.exitBlock();
  }

  private visitArgAnnotations(args: readonly A.arg[]): void {
    for (const a of args) {
      if (a.annotation) {
        this.cur.annotationsUsed = true;
        this.visitExpr(a.annotation);
      }
    }
  }

  private visitAnnotations(s: A.StmtNode, a: A.arguments, returns: A.ExprNode | null): void {
    const inClass = this.cur.canSeeClassScope;
    const currentType = this.cur.type;
    this.enterBlock("__annotate__", "annotation", a, loc(s));
    if (inClass || currentType === "class") {
      this.cur.canSeeClassScope = true;
      this.addDef("__classdict__", USE, s);
    }
    this.visitArgAnnotations(a.posonlyargs);
    this.visitArgAnnotations(a.args);
    if (a.vararg?.annotation) {
      this.cur.annotationsUsed = true;
      this.visitExpr(a.vararg.annotation);
    }
    if (a.kwarg?.annotation) {
      this.cur.annotationsUsed = true;
      this.visitExpr(a.kwarg.annotation);
    }
    this.visitArgAnnotations(a.kwonlyargs);
    if (returns) {
      this.cur.annotationsUsed = true;
      this.visitExpr(returns);
    }
    this.exitBlock();
  }

  private visitArguments(a: A.arguments): void {
    for (const arg of a.posonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.args) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.kwonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private visitTypeParamBoundOrDefault(
    e: A.ExprNode | null,
    name: string,
    key: object,
    tp: A.TypeParamNode,
    info: string | null,
  ): void {
    if (name === "__classdict__") this.error(`reserved name '${name}' cannot be used for type parameter`, tp);
    if (!e) return;
    const inClass = this.cur.canSeeClassScope;
    this.enterBlock(name, "typeVariable", key, loc(e));
    this.cur.canSeeClassScope = inClass;
    if (inClass) this.addDef("__classdict__", USE, e);
    this.cur.scopeInfo = info;
    this.visitExpr(e);
    this.exitBlock();
  }

  private visitTypeParam(tp: A.TypeParamNode): void {
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
    if (tp.nodeType === "TypeVar") {
      const info = tp.bound
        ? tp.bound.nodeType === "Tuple"
          ? "a TypeVar constraint"
          : "a TypeVar bound"
        : null;
      this.visitTypeParamBoundOrDefault(tp.bound, tp.name, tp, tp, info);
      this.visitTypeParamBoundOrDefault(
        tp.default_value,
        tp.name,
        { defaultOf: tp },
        tp,
        "a TypeVar default",
      );
    } else {
      const info = tp.nodeType === "TypeVarTuple" ? "a TypeVarTuple default" : "a ParamSpec default";
      this.visitTypeParamBoundOrDefault(tp.default_value, tp.name, { defaultOf: tp }, tp, info);
    }
  }

  /** The key under which a type parameter's default scope is stored. */
  defaultKey(tp: A.TypeParamNode): object {
    for (const key of this.blocks.keys()) {
      if ((key as { defaultOf?: unknown }).defaultOf === tp) return key;
    }
    throw new Error("no default scope");
  }

  private visitPattern(p: A.PatternNode): void {
    switch (p.nodeType) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case "MatchStar":
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchMapping":
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        p.kwd_attrs.forEach((attr, i) => {
          this.checkName(attr, p.kwd_patterns[i], "Store");
        });
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case "MatchAs":
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.visitPattern(q);
        break;
      default:
        break;
    }
  }

  private raiseIfAnnotationBlock(name: string, e: A.ExprNode): void {
    const t = this.cur.type;
    if (t === "annotation") this.error(`${name} cannot be used within an annotation`, e);
    if (t === "typeVariable") this.error(`${name} cannot be used within ${this.cur.scopeInfo}`, e);
    if (t === "typeAlias") this.error(`${name} cannot be used within a type alias`, e);
    if (t === "typeParameters") this.error(`${name} cannot be used within the definition of a generic`, e);
  }

  private raiseIfComprehension(e: A.ExprNode): never {
    const kind = this.cur.comprehension;
    const what =
      kind === "list"
        ? "list comprehension"
        : kind === "set"
          ? "set comprehension"
          : kind === "dict"
            ? "dict comprehension"
            : "generator expression";
    this.error(`'yield' inside ${what}`, e);
  }

  private extendNamedExprScope(e: A.Name): void {
    const name = e.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension !== "none") {
        const flags = this.lookupName(name, ste);
        if (flags & DEF_COMP_ITER && flags & DEF_LOCAL)
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e);
        continue;
      }
      if (ste.type === "function") {
        const flags = this.lookupName(name, ste);
        this.addDef(name, flags & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, e);
        this.recordDirective(name, e);
        this.addDefHelper(name, DEF_LOCAL, ste, e);
        return;
      }
      if (ste.type === "module") {
        this.addDef(name, DEF_GLOBAL, e);
        this.recordDirective(name, e);
        this.addDefHelper(name, DEF_GLOBAL, ste, e);
        return;
      }
      const messages: Partial<Record<BlockType, string>> = {
        class: "assignment expression within a comprehension cannot be used in a class body",
        typeParameters:
          "assignment expression within a comprehension cannot be used within the definition of a generic",
        typeAlias: "assignment expression within a comprehension cannot be used in a type alias",
        typeVariable: "assignment expression within a comprehension cannot be used in a TypeVar bound",
      };
      const msg = messages[ste.type];
      if (msg) this.error(msg, e);
    }
  }

  private visitExpr(e: A.ExprNode): void {
    switch (e.nodeType) {
      case "NamedExpr":
        this.raiseIfAnnotationBlock("named expression", e);
        if (this.cur.compIterExpr > 0)
          this.error("assignment expression cannot be used in a comprehension iterable expression", e);
        if (this.cur.comprehension !== "none") this.extendNamedExprScope(e.target as A.Name);
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        break;
      case "BoolOp":
        this.visitExprs(e.values);
        break;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case "UnaryOp":
        this.visitExpr(e.operand);
        break;
      case "Lambda":
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock("lambda", "function", e, loc(e));
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case "Dict":
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case "Set":
        this.visitExprs(e.elts);
        break;
      case "GeneratorExp":
        this.handleComprehension(e, "genexpr", e.generators, e.elt, null);
        break;
      case "ListComp":
        this.handleComprehension(e, "listcomp", e.generators, e.elt, null);
        break;
      case "SetComp":
        this.handleComprehension(e, "setcomp", e.generators, e.elt, null);
        break;
      case "DictComp":
        this.handleComprehension(e, "dictcomp", e.generators, e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        this.raiseIfAnnotationBlock("yield expression", e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== "none") this.raiseIfComprehension(e);
        break;
      case "Await":
        this.raiseIfAnnotationBlock("await expression", e);
        if (!this.allowsTopLevelAwait) {
          if (!this.cur.isFunctionLike) this.error("'await' outside function", e);
          if (!this.isAsyncDef && this.cur.comprehension === "none")
            this.error("'await' outside async function", e);
        }
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case "Compare":
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case "Call":
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        this.checkKeywords(e.keywords);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case "FormattedValue":
      case "Interpolation":
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case "JoinedStr":
      case "TemplateStr":
        this.visitExprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.checkName(e.attr, e, e.ctx.nodeType);
        this.visitExpr(e.value);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case "Starred":
        this.visitExpr(e.value);
        break;
      case "Slice":
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case "Name":
        if (!this.cur.inUnevaluatedAnnotation) {
          this.addDef(e.id, e.ctx.nodeType === "Load" ? USE : DEF_LOCAL, e, e.ctx.nodeType);
          if (e.ctx.nodeType === "Load" && this.cur.isFunctionLike && e.id === "super")
            this.addDef("__class__", USE, e);
        }
        break;
      case "List":
      case "Tuple":
        this.visitExprs(e.elts);
        break;
      default:
        break;
    }
  }

  private visitComprehension(lc: A.comprehension): void {
    this.cur.compIterTarget = true;
    this.visitExpr(lc.target);
    this.cur.compIterTarget = false;
    this.cur.compIterExpr++;
    this.visitExpr(lc.iter);
    this.cur.compIterExpr--;
    this.visitExprs(lc.ifs);
    if (lc.is_async) this.cur.coroutine = true;
  }

  private handleComprehension(
    e: A.ExprNode,
    scopeName: string,
    generators: readonly A.comprehension[],
    elt: A.ExprNode,
    value: A.ExprNode | null,
  ): void {
    const isGenerator = e.nodeType === "GeneratorExp";
    const outermost = generators[0];
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, "function", e, loc(e));
    this.cur.comprehension =
      e.nodeType === "ListComp"
        ? "list"
        : e.nodeType === "SetComp"
          ? "set"
          : e.nodeType === "DictComp"
            ? "dict"
            : "generator";
    if (outermost.is_async) this.cur.coroutine = true;
    this.addDef(".0", DEF_PARAM, this.cur.loc);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (const g of generators.slice(1)) this.visitComprehension(g);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    const parent: SymtableEntry = this.cur;
    if (isAsync && !this.isAsyncDef && parent.comprehension === "none" && !this.allowsTopLevelAwait)
      this.error("asynchronous comprehension outside of an asynchronous function", e);
    if (isAsync) this.cur.coroutine = true;
  }
}
