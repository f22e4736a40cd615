// The node table: every AST node class of CPython 3.14 (Parser/Python.asdl), declared once as data.
//
// Each field is written as in ASDL, "<type><markers> <name>": the type is a node kind (a sum or
// product below) or one of ASDL's builtins (identifier, string, constant, int); the marker `?`
// makes it optional (None), `*` a list, and `?*` a list whose items may be None (Dict.keys).
// Order matters everywhere: it is `_fields`, `_attributes` and the class definition order.
// Node types, constructors, `_fields`, dump and the visitors are all derived from this table
// (scripts/gen-types.ts writes src/nodes/generated/*.ts from it).

/** A sum type: an abstract base class (`expr`) whose constructors are the concrete node classes. */
export interface SumSpec {
  readonly kind: "sum";
  readonly name: string;
  readonly attributes: readonly string[];
  readonly constructors: Readonly<Record<string, readonly string[]>>;
}

/** A product type: one concrete class with fields (`arguments`, `comprehension`, ...). */
export interface ProductSpec {
  readonly kind: "product";
  readonly name: string;
  readonly fields: readonly string[];
  readonly attributes: readonly string[];
}

export type TypeSpec = SumSpec | ProductSpec;

/** The four position attributes; the end positions are optional (`int?`) for most kinds. */
const POSITIONS = ["int lineno", "int col_offset", "int? end_lineno", "int? end_col_offset"] as const;
/** pattern and type_param declare their end positions as required `int`. */
const REQUIRED_POSITIONS = ["int lineno", "int col_offset", "int end_lineno", "int end_col_offset"] as const;

export const NODE_TABLE: readonly TypeSpec[] = [
  {
    kind: "sum",
    name: "mod",
    attributes: [],
    constructors: {
      Module: ["stmt* body", "type_ignore* type_ignores"],
      Interactive: ["stmt* body"],
      Expression: ["expr body"],
      FunctionType: ["expr* argtypes", "expr returns"],
    },
  },
  {
    kind: "sum",
    name: "stmt",
    attributes: POSITIONS,
    constructors: {
      FunctionDef: [
        "identifier name",
        "arguments args",
        "stmt* body",
        "expr* decorator_list",
        "expr? returns",
        "string? type_comment",
        "type_param* type_params",
      ],
      AsyncFunctionDef: [
        "identifier name",
        "arguments args",
        "stmt* body",
        "expr* decorator_list",
        "expr? returns",
        "string? type_comment",
        "type_param* type_params",
      ],
      ClassDef: [
        "identifier name",
        "expr* bases",
        "keyword* keywords",
        "stmt* body",
        "expr* decorator_list",
        "type_param* type_params",
      ],
      Return: ["expr? value"],
      Delete: ["expr* targets"],
      Assign: ["expr* targets", "expr value", "string? type_comment"],
      TypeAlias: ["expr name", "type_param* type_params", "expr value"],
      AugAssign: ["expr target", "operator op", "expr value"],
      // 'simple' says whether the target is a bare name that was not parenthesized.
      AnnAssign: ["expr target", "expr annotation", "expr? value", "int simple"],
      For: ["expr target", "expr iter", "stmt* body", "stmt* orelse", "string? type_comment"],
      AsyncFor: ["expr target", "expr iter", "stmt* body", "stmt* orelse", "string? type_comment"],
      While: ["expr test", "stmt* body", "stmt* orelse"],
      If: ["expr test", "stmt* body", "stmt* orelse"],
      With: ["withitem* items", "stmt* body", "string? type_comment"],
      AsyncWith: ["withitem* items", "stmt* body", "string? type_comment"],
      Match: ["expr subject", "match_case* cases"],
      Raise: ["expr? exc", "expr? cause"],
      Try: ["stmt* body", "excepthandler* handlers", "stmt* orelse", "stmt* finalbody"],
      TryStar: ["stmt* body", "excepthandler* handlers", "stmt* orelse", "stmt* finalbody"],
      Assert: ["expr test", "expr? msg"],
      Import: ["alias* names"],
      ImportFrom: ["identifier? module", "alias* names", "int? level"],
      Global: ["identifier* names"],
      Nonlocal: ["identifier* names"],
      Expr: ["expr value"],
      Pass: [],
      Break: [],
      Continue: [],
    },
  },
  {
    kind: "sum",
    name: "expr",
    attributes: POSITIONS,
    constructors: {
      BoolOp: ["boolop op", "expr* values"],
      NamedExpr: ["expr target", "expr value"],
      BinOp: ["expr left", "operator op", "expr right"],
      UnaryOp: ["unaryop op", "expr operand"],
      Lambda: ["arguments args", "expr body"],
      IfExp: ["expr test", "expr body", "expr orelse"],
      // A None key stands for `**mapping` unpacking.
      Dict: ["expr?* keys", "expr* values"],
      Set: ["expr* elts"],
      ListComp: ["expr elt", "comprehension* generators"],
      SetComp: ["expr elt", "comprehension* generators"],
      DictComp: ["expr key", "expr value", "comprehension* generators"],
      GeneratorExp: ["expr elt", "comprehension* generators"],
      Await: ["expr value"],
      Yield: ["expr? value"],
      YieldFrom: ["expr value"],
      Compare: ["expr left", "cmpop* ops", "expr* comparators"],
      Call: ["expr func", "expr* args", "keyword* keywords"],
      // conversion is -1 (none) or the code point of 's', 'r' or 'a'.
      FormattedValue: ["expr value", "int conversion", "expr? format_spec"],
      // 3.14 (PEP 750): str is the source text of the interpolated expression.
      Interpolation: ["expr value", "constant str", "int conversion", "expr? format_spec"],
      JoinedStr: ["expr* values"],
      TemplateStr: ["expr* values"],
      Constant: ["constant value", "string? kind"],
      Attribute: ["expr value", "identifier attr", "expr_context ctx"],
      Subscript: ["expr value", "expr slice", "expr_context ctx"],
      Starred: ["expr value", "expr_context ctx"],
      Name: ["identifier id", "expr_context ctx"],
      List: ["expr* elts", "expr_context ctx"],
      Tuple: ["expr* elts", "expr_context ctx"],
      Slice: ["expr? lower", "expr? upper", "expr? step"],
    },
  },
  { kind: "sum", name: "expr_context", attributes: [], constructors: { Load: [], Store: [], Del: [] } },
  { kind: "sum", name: "boolop", attributes: [], constructors: { And: [], Or: [] } },
  {
    kind: "sum",
    name: "operator",
    attributes: [],
    constructors: {
      Add: [],
      Sub: [],
      Mult: [],
      MatMult: [],
      Div: [],
      Mod: [],
      Pow: [],
      LShift: [],
      RShift: [],
      BitOr: [],
      BitXor: [],
      BitAnd: [],
      FloorDiv: [],
    },
  },
  { kind: "sum", name: "unaryop", attributes: [], constructors: { Invert: [], Not: [], UAdd: [], USub: [] } },
  {
    kind: "sum",
    name: "cmpop",
    attributes: [],
    constructors: {
      Eq: [],
      NotEq: [],
      Lt: [],
      LtE: [],
      Gt: [],
      GtE: [],
      Is: [],
      IsNot: [],
      In: [],
      NotIn: [],
    },
  },
  {
    kind: "product",
    name: "comprehension",
    fields: ["expr target", "expr iter", "expr* ifs", "int is_async"],
    attributes: [],
  },
  {
    kind: "sum",
    name: "excepthandler",
    attributes: POSITIONS,
    constructors: { ExceptHandler: ["expr? type", "identifier? name", "stmt* body"] },
  },
  {
    kind: "product",
    name: "arguments",
    fields: [
      "arg* posonlyargs",
      "arg* args",
      "arg? vararg",
      "arg* kwonlyargs",
      // One entry per kwonlyarg; None where it has no default.
      "expr* kw_defaults",
      "arg? kwarg",
      "expr* defaults",
    ],
    attributes: [],
  },
  {
    kind: "product",
    name: "arg",
    fields: ["identifier arg", "expr? annotation", "string? type_comment"],
    attributes: POSITIONS,
  },
  { kind: "product", name: "keyword", fields: ["identifier? arg", "expr value"], attributes: POSITIONS },
  {
    kind: "product",
    name: "alias",
    fields: ["identifier name", "identifier? asname"],
    attributes: POSITIONS,
  },
  { kind: "product", name: "withitem", fields: ["expr context_expr", "expr? optional_vars"], attributes: [] },
  {
    kind: "product",
    name: "match_case",
    fields: ["pattern pattern", "expr? guard", "stmt* body"],
    attributes: [],
  },
  {
    kind: "sum",
    name: "pattern",
    attributes: REQUIRED_POSITIONS,
    constructors: {
      MatchValue: ["expr value"],
      MatchSingleton: ["constant value"],
      MatchSequence: ["pattern* patterns"],
      MatchMapping: ["expr* keys", "pattern* patterns", "identifier? rest"],
      MatchClass: ["expr cls", "pattern* patterns", "identifier* kwd_attrs", "pattern* kwd_patterns"],
      MatchStar: ["identifier? name"],
      MatchAs: ["pattern? pattern", "identifier? name"],
      MatchOr: ["pattern* patterns"],
    },
  },
  // TypeIgnore's lineno is a field, not an attribute: it has no other position.
  {
    kind: "sum",
    name: "type_ignore",
    attributes: [],
    constructors: { TypeIgnore: ["int lineno", "string tag"] },
  },
  {
    kind: "sum",
    name: "type_param",
    attributes: REQUIRED_POSITIONS,
    constructors: {
      TypeVar: ["identifier name", "expr? bound", "expr? default_value"],
      ParamSpec: ["identifier name", "expr? default_value"],
      TypeVarTuple: ["identifier name", "expr? default_value"],
    },
  },
];
