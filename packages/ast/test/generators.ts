// fast-check arbitraries of valid Python trees (module ASTs built with the node constructors) for the property tests.
import fc from "fast-check";
import * as ast from "../src/index.js";

type Expr = ast.ExprNode;
type Stmt = ast.StmtNode;
type Pattern = ast.PatternNode;
type Arb<T> = fc.Arbitrary<T>;

/** Plain identifiers, soft keywords included (they are names outside their statements). */
export const identifier: Arb<string> = fc.constantFrom(
  "a",
  "b",
  "x",
  "y",
  "_x",
  "match",
  "case",
  "type",
  "_",
  "π",
);

const name = (ctx: ast.ExprContextNode = ast.Load()) => identifier.map((id) => new ast.Name({ id, ctx }));

/**
 * Non-ASCII text from blocks settled long before Unicode 16 (Latin, Greek, CJK, Hangul, surrogates,
 * private use, specials): our repr's printable table disagrees with CPython 3.14's Unicode 16.0 on
 * code points assigned later (U+088F, U+1AE0, U+FBD1, U+331DB print raw here, escaped by CPython).
 */
const oldUnicode: Arb<string> = fc
  .oneof(
    fc.integer({ min: 0x80, max: 0x3ff }),
    fc.integer({ min: 0x4e00, max: 0x9fff }),
    fc.integer({ min: 0xac00, max: 0xd7a3 }),
    fc.integer({ min: 0xd800, max: 0xe0ff }),
    fc.integer({ min: 0xfff0, max: 0xffff }),
  )
  .map((c) => String.fromCharCode(c));

/**
 * Constants that unparse to a literal which parses back to the same Constant: no negative numbers
 * (they come back as UnaryOp), no NaN, no complex with a real part, no tuples.
 */
export const constant: Arb<ast.Constant> = fc
  .oneof(
    fc.bigInt({ min: 0n, max: 1n << 70n }),
    fc.double({ min: 0, noNaN: true }).filter((d) => !Object.is(d, -0)),
    fc.string({ maxLength: 6 }),
    fc.string({ unit: oldUnicode, maxLength: 4 }),
    fc.uint8Array({ maxLength: 4 }),
    fc.constantFrom<ast.ConstantValue>(null, true, false, ast.Ellipsis, new ast.PyComplex(0, 2)),
  )
  .map((value) => new ast.Constant({ value }));

const binop = fc.constantFrom(
  ast.Add(),
  ast.Sub(),
  ast.Mult(),
  ast.MatMult(),
  ast.Div(),
  ast.Mod(),
  ast.Pow(),
  ast.LShift(),
  ast.RShift(),
  ast.BitOr(),
  ast.BitXor(),
  ast.BitAnd(),
  ast.FloorDiv(),
);
const unaryop = fc.constantFrom(ast.Invert(), ast.Not(), ast.UAdd(), ast.USub());
const cmpop = fc.constantFrom(
  ast.Eq(),
  ast.NotEq(),
  ast.Lt(),
  ast.LtE(),
  ast.Gt(),
  ast.GtE(),
  ast.Is(),
  ast.IsNot(),
  ast.In(),
  ast.NotIn(),
);

/** Text for f-string literal parts: no braces (they would need doubling) and no empty parts. */
const fstringText = fc.string({ minLength: 1, maxLength: 5 }).filter((s) => !/[{}]/.test(s));

/** Literal parts and replacement fields alternate: the parser merges adjacent literal parts into one. */
function alternating<T>(field: Arb<T>, maxFields: number): Arb<(ast.Constant | T)[]> {
  return fc
    .array(fc.tuple(fc.option(fstringText, { nil: undefined }), field), {
      minLength: 1,
      maxLength: maxFields,
    })
    .chain((pairs) =>
      fc.option(fstringText, { nil: undefined }).map((tail) => {
        const parts: (ast.Constant | T)[] = [];
        for (const [text, f] of pairs) {
          if (text !== undefined) parts.push(new ast.Constant({ value: text }));
          parts.push(f);
        }
        if (tail !== undefined) parts.push(new ast.Constant({ value: tail }));
        return parts;
      }),
    );
}

const conversion = fc.constantFrom(-1, 115, 114, 97);
const formatSpec = fc.option(
  fc.oneof(
    fc
      .stringMatching(/^[<>^]?[0-9]{1,2}[sdx]?$/)
      .map((s) => new ast.JoinedStr({ values: [new ast.Constant({ value: s })] })),
    name().map((n) => new ast.JoinedStr({ values: [new ast.FormattedValue({ value: n, conversion: -1 })] })),
  ),
  { nil: null },
);

/**
 * Interpolation.str is the expression's source text, and unparse writes it back verbatim (as CPython
 * does): parenthesized where the bare text would not read back as the same field (a lambda's or
 * walrus's colon, a leading brace that would double into a literal `{{`).
 */
function interpolationText(value: Expr): string {
  const text = ast.unparse(value);
  return value.nodeType === "Lambda" || value.nodeType === "NamedExpr" || text.startsWith("{")
    ? `(${text})`
    : text;
}

const memo = new Map<number, Arb<Expr>>();

/** Any expression at most `depth` levels deep (Load context). */
export function expr(depth: number): Arb<Expr> {
  const cached = memo.get(depth);
  if (cached) return cached;
  const leaf: Arb<Expr> = fc.oneof(name(), constant);
  if (depth <= 0) return leaf;
  const e = expr(depth - 1);
  const few = (min = 0, max = 3) => fc.array(e, { minLength: min, maxLength: max });
  const element = fc.oneof(
    { weight: 4, arbitrary: e },
    e.map((value) => new ast.Starred({ value })),
  );
  const elements = (min = 0) => fc.array(element, { minLength: min, maxLength: 3 });
  const slice: Arb<Expr> = fc
    .tuple(fc.option(e, { nil: null }), fc.option(e, { nil: null }), fc.option(e, { nil: null }))
    .map(([lower, upper, step]) => new ast.Slice({ lower, upper, step }));
  const index = fc.oneof(
    e,
    slice,
    fc.array(fc.oneof(e, slice), { minLength: 2, maxLength: 3 }).map((elts) => new ast.Tuple({ elts })),
  );
  const generators = fc.array(
    fc
      .tuple(target(depth - 1), e, few(0, 2), fc.constantFrom(0, 1))
      .map(([t, iter, ifs, is_async]) => new ast.comprehension({ target: t, iter, ifs, is_async })),
    { minLength: 1, maxLength: 2 },
  );
  const keyword = fc
    .tuple(fc.option(identifier, { nil: null }), e)
    .map(([arg, value]) => new ast.keyword({ arg, value }));
  const field = fc
    .tuple(e, conversion, formatSpec)
    .map(([value, conv, spec]) => new ast.FormattedValue({ value, conversion: conv, format_spec: spec }));
  // A nested f- or t-string in an interpolation's verbatim text would be requoted by the outer one.
  const interpolated = e.filter(
    (v) => ![...ast.walk(v)].some((n) => n.nodeType === "JoinedStr" || n.nodeType === "TemplateStr"),
  );
  const interpolation = fc
    .tuple(interpolated, conversion, formatSpec)
    .map(
      ([value, conv, spec]) =>
        new ast.Interpolation({ value, str: interpolationText(value), conversion: conv, format_spec: spec }),
    );
  const composite: Arb<Expr>[] = [
    fc
      .tuple(fc.constantFrom(ast.And(), ast.Or()), few(2))
      .map(([op, values]) => new ast.BoolOp({ op, values })),
    fc
      .tuple(identifier, e)
      .map(([id, value]) => new ast.NamedExpr({ target: new ast.Name({ id, ctx: ast.Store() }), value })),
    fc.tuple(e, binop, e).map(([left, op, right]) => new ast.BinOp({ left, op, right })),
    fc.tuple(unaryop, e).map(([op, operand]) => new ast.UnaryOp({ op, operand })),
    fc.tuple(lambdaArguments(e), e).map(([args, body]) => new ast.Lambda({ args, body })),
    fc.tuple(e, e, e).map(([test, body, orelse]) => new ast.IfExp({ test, body, orelse })),
    fc
      .array(fc.tuple(fc.option(e, { nil: null }), e), { maxLength: 3 })
      .map((items) => new ast.Dict({ keys: items.map(([k]) => k), values: items.map(([, v]) => v) })),
    elements(1).map((elts) => new ast.Set({ elts })),
    fc.tuple(e, generators).map(([elt, gens]) => new ast.ListComp({ elt, generators: gens })),
    fc.tuple(e, generators).map(([elt, gens]) => new ast.SetComp({ elt, generators: gens })),
    fc
      .tuple(e, e, generators)
      .map(([key, value, gens]) => new ast.DictComp({ key, value, generators: gens })),
    fc.tuple(e, generators).map(([elt, gens]) => new ast.GeneratorExp({ elt, generators: gens })),
    e.map((value) => new ast.Await({ value })),
    fc.option(e, { nil: null }).map((value) => new ast.Yield({ value })),
    e.map((value) => new ast.YieldFrom({ value })),
    fc
      .tuple(e, fc.array(fc.tuple(cmpop, e), { minLength: 1, maxLength: 3 }))
      .map(
        ([left, rest]) =>
          new ast.Compare({ left, ops: rest.map(([op]) => op), comparators: rest.map(([, c]) => c) }),
      ),
    fc
      .tuple(e, elements(), fc.array(keyword, { maxLength: 2 }))
      .map(([func, args, keywords]) => new ast.Call({ func, args, keywords })),
    alternating(field, 3).map((values) => new ast.JoinedStr({ values })),
    alternating(interpolation, 2).map((values) => new ast.TemplateStr({ values })),
    fc.tuple(e, identifier).map(([value, attr]) => new ast.Attribute({ value, attr })),
    fc.tuple(e, index).map(([value, slice]) => new ast.Subscript({ value, slice })),
    elements().map((elts) => new ast.List({ elts })),
    elements().map((elts) => new ast.Tuple({ elts })),
  ];
  const arb = fc.oneof({ weight: 3, arbitrary: leaf }, ...composite);
  memo.set(depth, arb);
  return arb;
}

/** Assignment targets (Store context): names, attributes, subscripts, and tuples/lists of them with a star. */
export function target(depth: number, ctx: ast.ExprContextNode = ast.Store()): Arb<Expr> {
  const e = expr(Math.max(depth, 0));
  const single: Arb<Expr> = fc.oneof(
    { weight: 3, arbitrary: name(ctx) },
    fc.tuple(e, identifier).map(([value, attr]) => new ast.Attribute({ value, attr, ctx })),
    fc.tuple(e, e).map(([value, slice]) => new ast.Subscript({ value, slice, ctx })),
  );
  if (depth <= 0) return single;
  const starred = ctx === ast.Del() ? single : single.map((value): Expr => new ast.Starred({ value, ctx }));
  const elts = fc
    .tuple(fc.array(single, { minLength: 1, maxLength: 3 }), fc.option(starred, { nil: undefined }))
    .map(([items, star]) => (star === undefined ? items : [...items, star]));
  return fc.oneof(
    { weight: 3, arbitrary: single },
    elts.map((items) => new ast.Tuple({ elts: items, ctx })),
    elts.map((items) => new ast.List({ elts: items, ctx })),
  );
}

const arg = (annotation: Arb<Expr | null>) =>
  fc.tuple(identifier, annotation).map(([a, ann]) => new ast.arg({ arg: a, annotation: ann }));

/** `arguments` with defaults only on a suffix of the positional parameters, as the grammar requires. */
function argumentsOf(e: Arb<Expr>, annotated: boolean): Arb<ast.arguments> {
  const annotation = annotated ? fc.option(e, { nil: null }) : fc.constant(null);
  const args = fc.array(arg(annotation), { maxLength: 2 });
  const optional = fc.option(arg(annotation), { nil: null });
  return fc
    .tuple(
      args,
      args,
      optional,
      fc.array(fc.tuple(arg(annotation), fc.option(e, { nil: null })), { maxLength: 2 }),
      optional,
      fc.array(e, { maxLength: 3 }),
    )
    .map(([posonlyargs, plain, vararg, kwonly, kwarg, defaults]) => {
      const positional = posonlyargs.length + plain.length;
      return new ast.arguments({
        posonlyargs,
        args: plain,
        vararg,
        kwonlyargs: kwonly.map(([a]) => a),
        // None marks a keyword-only parameter without default (the table types the list as expr*).
        kw_defaults: kwonly.map(([, d]) => d) as Expr[],
        kwarg,
        defaults: defaults.slice(0, positional),
      });
    });
}

export const lambdaArguments = (e: Arb<Expr>) => argumentsOf(e, false);

/** Type parameters; a default only on the last one (a parameter without default may not follow one). */
const typeParams = (e: Arb<Expr>) =>
  fc
    .tuple(
      fc.array(
        fc.oneof(
          fc
            .tuple(identifier, fc.option(e, { nil: null }))
            .map(([n, bound]) => new ast.TypeVar({ name: n, bound }) as ast.TypeParamNode),
          identifier.map((n): ast.TypeParamNode => new ast.ParamSpec({ name: n })),
          identifier.map((n) => new ast.TypeVarTuple({ name: n })),
        ),
        { maxLength: 2 },
      ),
      fc.option(e, { nil: null }),
    )
    .map(([params, lastDefault]) => {
      if (params.length > 0) params[params.length - 1].default_value = lastDefault;
      return params;
    });

/** Patterns of `case` clauses; MatchStar only directly inside a sequence. */
export function pattern(depth: number): Arb<Pattern> {
  // `_` is the wildcard, never a capture, class name, keyword or dotted name's head (CPython rejects `_(...)`, `a(_=1)`, `_.a`).
  const nonWildcard = identifier.filter((n) => n !== "_");
  const capture = fc.option(nonWildcard, { nil: null });
  const value = fc.oneof(
    fc
      .oneof(fc.bigInt({ min: 0n, max: 99n }), fc.string({ maxLength: 3 }))
      .map((v) => new ast.Constant({ value: v }) as Expr),
    fc
      .bigInt({ min: 1n, max: 9n })
      .map((v) => new ast.UnaryOp({ op: ast.USub(), operand: new ast.Constant({ value: v }) }) as Expr),
    fc
      .tuple(nonWildcard, identifier)
      .map(([a, b]) => new ast.Attribute({ value: new ast.Name({ id: a }), attr: b }) as Expr),
  );
  const leaf: Arb<Pattern> = fc.oneof(
    value.map((v) => new ast.MatchValue({ value: v })),
    fc.constantFrom(null, true, false).map((v) => new ast.MatchSingleton({ value: v })),
    capture.map((n) => new ast.MatchAs({ name: n })),
  );
  if (depth <= 0) return leaf;
  const p = pattern(depth - 1);
  const seqItem = fc.oneof(
    { weight: 4, arbitrary: p },
    capture.map((n) => new ast.MatchStar({ name: n }) as Pattern),
  );
  const keys = fc.uniqueArray(fc.bigInt({ min: 0n, max: 20n }), { maxLength: 2 });
  return fc.oneof(
    { weight: 2, arbitrary: leaf },
    fc.array(seqItem, { maxLength: 3 }).map((patterns) => new ast.MatchSequence({ patterns })),
    fc.tuple(keys, fc.array(p, { minLength: 2, maxLength: 2 }), capture).map(
      ([ks, ps, rest]) =>
        new ast.MatchMapping({
          keys: ks.map((k) => new ast.Constant({ value: k })),
          patterns: ps.slice(0, ks.length),
          rest,
        }),
    ),
    fc
      .tuple(
        nonWildcard,
        fc.array(p, { maxLength: 2 }),
        fc.uniqueArray(nonWildcard, { maxLength: 2 }),
        fc.array(p, { minLength: 2, maxLength: 2 }),
      )
      .map(
        ([cls, patterns, attrs, kps]) =>
          new ast.MatchClass({
            cls: new ast.Name({ id: cls }),
            patterns,
            kwd_attrs: attrs,
            kwd_patterns: kps.slice(0, attrs.length),
          }),
      ),
    fc.tuple(p, nonWildcard).map(([pat, n]) => new ast.MatchAs({ pattern: pat, name: n })),
    fc.array(p, { minLength: 2, maxLength: 3 }).map((patterns) => new ast.MatchOr({ patterns })),
  );
}

const alias = (dotted: boolean) =>
  fc
    .tuple(
      fc.array(identifier, { minLength: 1, maxLength: dotted ? 2 : 1 }),
      fc.option(identifier, { nil: null }),
    )
    .map(([parts, asname]) => new ast.alias({ name: parts.join("."), asname }));

/** `with (a, b):` reads back as two items, in CPython too, so a bare tuple needs an `as` target. */
const withItem = (e: Arb<Expr>) =>
  fc
    .tuple(e, fc.option(target(0), { nil: null }))
    .filter(([ctx, vars]) => vars !== null || ctx.nodeType !== "Tuple")
    .map(([ctx, vars]) => new ast.withitem({ context_expr: ctx, optional_vars: vars }));

/** Statements at most `depth` blocks deep, with expressions of depth `exprDepth`. */
export function stmt(depth: number, exprDepth = 2): Arb<Stmt> {
  const e = expr(exprDepth);
  const simple: Arb<Stmt>[] = [
    e.map((value) => new ast.Expr({ value })),
    fc.constantFrom(new ast.Pass({}), new ast.Break({}), new ast.Continue({})),
    fc.option(e, { nil: null }).map((value) => new ast.Return({ value })),
    fc
      .array(target(1, ast.Del()), { minLength: 1, maxLength: 2 })
      .map((targets) => new ast.Delete({ targets })),
    fc
      .tuple(fc.array(target(1), { minLength: 1, maxLength: 2 }), e)
      .map(([targets, value]) => new ast.Assign({ targets, value })),
    fc.tuple(target(0), binop, e).map(([t, op, value]) => new ast.AugAssign({ target: t, op, value })),
    fc
      .tuple(target(0), e, fc.option(e, { nil: null }))
      .map(
        ([t, annotation, value]) =>
          new ast.AnnAssign({ target: t, annotation, value, simple: t.nodeType === "Name" ? 1 : 0 }),
      ),
    fc
      .tuple(identifier, typeParams(e), e)
      .map(
        ([n, tp, value]) =>
          new ast.TypeAlias({ name: new ast.Name({ id: n, ctx: ast.Store() }), type_params: tp, value }),
      ),
    fc
      .option(fc.tuple(e, fc.option(e, { nil: null })), { nil: null })
      .map((r) => new ast.Raise({ exc: r?.[0] ?? null, cause: r?.[1] ?? null })),
    fc.tuple(e, fc.option(e, { nil: null })).map(([test, msg]) => new ast.Assert({ test, msg })),
    fc.array(alias(true), { minLength: 1, maxLength: 2 }).map((names) => new ast.Import({ names })),
    fc
      .tuple(
        fc.option(identifier, { nil: null }),
        fc.integer({ min: 0, max: 2 }),
        fc.array(alias(false), { minLength: 1, maxLength: 2 }),
      )
      .map(
        ([module, level, names]) =>
          new ast.ImportFrom({ module, names, level: module === null ? Math.max(level, 1) : level }),
      ),
    fc.constant(new ast.ImportFrom({ module: "m", names: [new ast.alias({ name: "*" })], level: 0 })),
    fc.uniqueArray(identifier, { minLength: 1, maxLength: 2 }).map((names) => new ast.Global({ names })),
    fc.uniqueArray(identifier, { minLength: 1, maxLength: 2 }).map((names) => new ast.Nonlocal({ names })),
  ];
  const simpleStmt = fc.oneof(...simple);
  if (depth <= 0) return simpleStmt;
  const inner = stmt(depth - 1, exprDepth);
  const body = fc.array(inner, { minLength: 1, maxLength: 2 });
  const orelse = fc.oneof(fc.constant([] as Stmt[]), body);
  const decorators = fc.array(e, { maxLength: 2 });
  const funcParts = fc.tuple(
    identifier,
    argumentsOf(e, true),
    body,
    decorators,
    fc.option(e, { nil: null }),
    typeParams(e),
  );
  const handler = (typed: boolean) =>
    fc
      .tuple(
        typed ? e : fc.constant(null),
        typed ? fc.option(identifier, { nil: null }) : fc.constant(null),
        body,
      )
      .map(([type, n, b]) => new ast.ExceptHandler({ type, name: n, body: b }));
  // A bare `except:` may only come last, and except* needs a type.
  const handlers = fc
    .tuple(fc.array(handler(true), { maxLength: 2 }), fc.option(handler(false), { nil: undefined }))
    .map(([typed, bare]) => (bare === undefined ? typed : [...typed, bare]));
  const matchCase = fc
    .tuple(pattern(2), fc.option(e, { nil: null }), body)
    .map(([p, guard, b]) => new ast.match_case({ pattern: p, guard, body: b }));
  const compound: Arb<Stmt>[] = [
    funcParts.map(
      ([n, args, b, d, returns, tp]) =>
        new ast.FunctionDef({ name: n, args, body: b, decorator_list: d, returns, type_params: tp }),
    ),
    funcParts.map(
      ([n, args, b, d, returns, tp]) =>
        new ast.AsyncFunctionDef({ name: n, args, body: b, decorator_list: d, returns, type_params: tp }),
    ),
    fc
      .tuple(
        identifier,
        fc.array(e, { maxLength: 2 }),
        fc.array(fc.tuple(fc.option(identifier, { nil: null }), e), { maxLength: 2 }),
        body,
        decorators,
        typeParams(e),
      )
      .map(
        ([n, bases, kws, b, d, tp]) =>
          new ast.ClassDef({
            name: n,
            bases,
            keywords: kws.map(([a, value]) => new ast.keyword({ arg: a, value })),
            body: b,
            decorator_list: d,
            type_params: tp,
          }),
      ),
    fc
      .tuple(target(1), e, body, orelse)
      .map(([t, iter, b, o]) => new ast.For({ target: t, iter, body: b, orelse: o })),
    fc
      .tuple(target(1), e, body, orelse)
      .map(([t, iter, b, o]) => new ast.AsyncFor({ target: t, iter, body: b, orelse: o })),
    fc.tuple(e, body, orelse).map(([test, b, o]) => new ast.While({ test, body: b, orelse: o })),
    fc.tuple(e, body, orelse).map(([test, b, o]) => new ast.If({ test, body: b, orelse: o })),
    fc
      .tuple(fc.array(withItem(e), { minLength: 1, maxLength: 2 }), body)
      .map(([items, b]) => new ast.With({ items, body: b })),
    fc
      .tuple(fc.array(withItem(e), { minLength: 1, maxLength: 2 }), body)
      .map(([items, b]) => new ast.AsyncWith({ items, body: b })),
    fc
      .tuple(e, fc.array(matchCase, { minLength: 1, maxLength: 2 }))
      .map(([subject, cases]) => new ast.Match({ subject, cases })),
    fc
      .tuple(body, handlers, orelse, orelse)
      .filter(([, hs, , fin]) => hs.length > 0 || fin.length > 0)
      .map(
        ([b, hs, o, fin]) =>
          new ast.Try({ body: b, handlers: hs, orelse: hs.length > 0 ? o : [], finalbody: fin }),
      ),
    fc
      .tuple(body, fc.array(handler(true), { minLength: 1, maxLength: 2 }), orelse, orelse)
      .map(([b, hs, o, fin]) => new ast.TryStar({ body: b, handlers: hs, orelse: o, finalbody: fin })),
  ];
  return fc.oneof({ weight: 3, arbitrary: simpleStmt }, ...compound);
}

/** A whole module: one to four statements, nested up to two blocks deep. */
export const module: Arb<ast.Module> = fc
  .array(stmt(2), { minLength: 1, maxLength: 4 })
  .map((body) => new ast.Module({ body, type_ignores: [] }));
