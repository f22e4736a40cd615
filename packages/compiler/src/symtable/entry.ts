// One symbol table entry (CPython's PySTEntryObject): a scope's names, flags and children.
import {
  type BlockType,
  type ComprehensionKind,
  DEF_FREE_CLASS,
  SCOPE_OFFSET,
  type Scope,
  symbolScope,
} from "./flags.js";

export interface SourceLocation {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export class SymtableEntry {
  readonly symbols = new Map<string, number>();
  /** Parameters in definition order (ste_varnames). */
  readonly varnames: string[] = [];
  children: SymtableEntry[] = [];
  directives: [string, SourceLocation][] = [];
  mangledNames: Set<string> | null = null;
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind = "none";
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  needsClassdict = false;
  hasConditionalAnnotations = false;
  inConditionalBlock = false;
  inUnevaluatedAnnotation = false;
  compInlined = false;
  compIterTarget = false;
  compIterExpr = 0;
  canSeeClassScope = false;
  hasDocstring = false;
  method = false;
  annotationsUsed = false;
  annotationBlock: SymtableEntry | null = null;
  scopeInfo: string | null = null;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly loc: SourceLocation,
  ) {}

  get isFunctionLike(): boolean {
    return this.type !== "class" && this.type !== "module";
  }

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  scope(name: string): Scope {
    return symbolScope(this.flags(name));
  }

  /** The names of a given scope, or with DEF_FREE_CLASS when asked for free names of a class. */
  namesWithScope(scope: Scope, includeFreeClass = false): string[] {
    const out: string[] = [];
    for (const [name, flags] of this.symbols) {
      if (flags >> SCOPE_OFFSET === scope || (includeFreeClass && flags & DEF_FREE_CLASS)) out.push(name);
    }
    return out;
  }
}
