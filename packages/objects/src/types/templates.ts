// t-strings (PEP 750): string.templatelib's Template and Interpolation, as the VM's BUILD_TEMPLATE and
// BUILD_INTERPOLATION make them and as Python code can construct, iterate and concatenate them.
import { newError, PyObject, PyType, T, typeError } from "../core.js";
import { defineGetSets, defineMethods, PyBuiltinFunction, PyStaticMethod } from "../functions.js";
import { nativeIterator } from "../iterators.js";
import { repr } from "../protocols.js";
import { newTuple, type PyTuple } from "../sequences.js";
import { None, NotImplemented } from "../singletons.js";
import { EMPTY_STR, newStr, PyStr } from "../str.js";
import { kwArgs } from "./text-args.js";

const MODULE = "string.templatelib";
T.Template = new PyType(T.type, "Template", [T.object]);
T.Interpolation = new PyType(T.type, "Interpolation", [T.object]);
for (const t of [T.Template, T.Interpolation]) {
  t.setAttr("__module__", newStr(MODULE));
  t.setDottedName(`${MODULE}.${t.name}`);
}
T.Interpolation.setAttr(
  "__match_args__",
  newTuple(["value", "expression", "conversion", "format_spec"].map((n) => newStr(n))),
);

export class PyInterpolation extends PyObject {
  constructor(
    readonly value: PyObject,
    readonly expression: PyObject,
    /** None, or one of 's', 'r', 'a'. */
    readonly conversion: PyObject,
    readonly formatSpec: PyObject,
    type: PyType = T.Interpolation,
  ) {
    super(type);
  }
}

export class PyTemplate extends PyObject {
  constructor(
    /** One more string than interpolations: the text before, between and after them. */
    readonly strings: PyTuple,
    readonly interpolations: PyTuple,
  ) {
    super(T.Template);
  }
}

/** The conversion characters of FORMAT_VALUE/BUILD_INTERPOLATION's oparg (1 str, 2 repr, 3 ascii). */
const CONVERSIONS = [None, newStr("s"), newStr("r"), newStr("a")];

/** BUILD_INTERPOLATION: `conversion` is the oparg's conversion code (0 for none). */
export function newInterpolation(
  value: PyObject,
  expression: PyObject,
  conversion: number,
  formatSpec: PyObject,
): PyInterpolation {
  const conv = CONVERSIONS[conversion];
  if (conv === undefined)
    throw newError("SystemError", "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
  return new PyInterpolation(value, expression, conv, formatSpec);
}

/** BUILD_TEMPLATE: the tuples as the compiler laid them out. */
export function newTemplate(strings: PyTuple, interpolations: PyTuple): PyTemplate {
  return new PyTemplate(strings, interpolations);
}

const interp = (o: PyObject) => o as PyInterpolation;
const tmpl = (o: PyObject) => o as PyTemplate;

function readonlyMember(): never {
  throw newError("AttributeError", "readonly attribute");
}

defineGetSets(T.Interpolation, {
  value: [(self) => interp(self).value, readonlyMember],
  expression: [(self) => interp(self).expression, readonlyMember],
  conversion: [(self) => interp(self).conversion, readonlyMember],
  format_spec: [(self) => interp(self).formatSpec, readonlyMember],
});
defineMethods(T.Interpolation, {
  __repr__: (self) => {
    const i = interp(self);
    const parts = [i.value, i.expression, i.conversion, i.formatSpec].map(repr).join(", ");
    return newStr(`${self.type.name}(${parts})`);
  },
  __reduce__: (self) => {
    const i = interp(self);
    return newTuple([self.type, newTuple([i.value, i.expression, i.conversion, i.formatSpec])]);
  },
});

T.Interpolation.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      const cls = args[0] as PyType;
      const [value, expression, conversion, formatSpec] = kwArgs(
        "Interpolation",
        args.slice(1),
        kw,
        ["value", "expression", "conversion", "format_spec"],
        1,
      );
      const expr = expression ?? EMPTY_STR;
      if (!(expr instanceof PyStr))
        throw typeError(`Interpolation() argument 'expression' must be str, not ${expr.type.name}`);
      const conv = conversion ?? None;
      if (conv !== None) {
        if (!(conv instanceof PyStr))
          throw typeError(`Interpolation() argument 'conversion' must be str, not ${conv.type.name}`);
        if (!["s", "r", "a"].includes(conv.value))
          throw newError(
            "ValueError",
            "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'",
          );
      }
      const spec = formatSpec ?? EMPTY_STR;
      if (!(spec instanceof PyStr))
        throw typeError(`Interpolation() argument 'format_spec' must be str, not ${spec.type.name}`);
      return new PyInterpolation(value!, expr, conv, spec, cls);
    }),
  ),
);

/** Template(*args): adjacent strings join, and an empty string stands between adjacent interpolations. */
function templateFrom(args: readonly PyObject[]): PyTemplate {
  const strings: PyObject[] = [];
  const interpolations: PyObject[] = [];
  let lastWasStr = false;
  for (const item of args) {
    if (item instanceof PyStr) {
      if (lastWasStr)
        strings[strings.length - 1] = newStr((strings[strings.length - 1] as PyStr).value + item.value);
      else strings.push(item);
      lastWasStr = true;
    } else if (item instanceof PyInterpolation && item.type === T.Interpolation) {
      if (!lastWasStr) strings.push(EMPTY_STR);
      interpolations.push(item);
      lastWasStr = false;
    } else
      throw typeError(
        `Template.__new__ *args need to be of type 'str' or 'Interpolation', got ${item.type.name}`,
      );
  }
  if (!lastWasStr) strings.push(EMPTY_STR);
  return new PyTemplate(newTuple(strings), newTuple(interpolations));
}

T.Template.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kw) => {
      if (kw?.length) throw typeError("Template.__new__ only accepts *args arguments");
      return templateFrom(args.slice(1));
    }),
  ),
);

/** Template + Template: the touching strings join (Template + str and str + Template are errors in 3.14). */
function concat(a: PyTemplate, b: PyTemplate): PyTemplate {
  const left = a.strings.items;
  const right = b.strings.items;
  const joined = newStr((left[left.length - 1] as PyStr).value + (right[0] as PyStr).value);
  return new PyTemplate(
    newTuple([...left.slice(0, -1), joined, ...right.slice(1)]),
    newTuple([...a.interpolations.items, ...b.interpolations.items]),
  );
}

defineGetSets(T.Template, {
  strings: [(self) => tmpl(self).strings, readonlyMember],
  interpolations: [(self) => tmpl(self).interpolations, readonlyMember],
  values: [(self) => newTuple(tmpl(self).interpolations.items.map((i) => interp(i).value))],
});
defineMethods(T.Template, {
  __repr__: (self) => {
    const t = tmpl(self);
    return newStr(`${self.type.name}(strings=${repr(t.strings)}, interpolations=${repr(t.interpolations)})`);
  },
  __add__: (self, [o]) => {
    if (o instanceof PyTemplate) return concat(tmpl(self), o);
    // Anything else: binaryOp's sequence-concatenation error, once the other operand has declined too.
    return NotImplemented;
  },
  __iter__: (self) => {
    const { strings, interpolations } = tmpl(self);
    // Strings and interpolations alternate; empty strings are left out.
    let s = 0;
    let i = 0;
    let fromStrings = true;
    return nativeIterator("TemplateIter", () => {
      if (fromStrings) {
        fromStrings = false;
        const text = strings.items[s++] as PyStr | undefined;
        if (text !== undefined && text.value !== "") return text;
      }
      fromStrings = true;
      return interpolations.items[i++];
    });
  },
});
