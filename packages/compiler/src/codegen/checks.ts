// codegen.c's compile-time SyntaxWarnings about code that is certain to misbehave: `is` with a literal, calling or subscripting a literal.
import type * as A from "@ophis/ast";
import { pyTypeName } from "@ophis/ast";
import type { Codegen } from "./codegen.js";
import { locOf } from "./instr.js";

/** infer_type: the type name an expression's value is sure to have, or null when it depends on run time. */
function inferType(e: A.ExprNode): string | null {
  switch (e.nodeType) {
    case "Tuple":
      return "tuple";
    case "List":
    case "ListComp":
      return "list";
    case "Dict":
    case "DictComp":
      return "dict";
    case "Set":
    case "SetComp":
      return "set";
    case "GeneratorExp":
      return "generator";
    case "Lambda":
      return "function";
    case "TemplateStr":
      return "string.templatelib.Template";
    case "Interpolation":
      return "string.templatelib.Interpolation";
    case "JoinedStr":
    case "FormattedValue":
      return "str";
    case "Constant":
      return pyTypeName(e.value);
    default:
      return null;
  }
}

/** check_is_arg: false for an operand whose identity `is` cannot meaningfully test (a literal other than a singleton). */
function isArgOk(e: A.ExprNode): boolean {
  // A tuple of constants is folded to one constant, so it counts as a literal too.
  if (e.nodeType === "Tuple") return !e.elts.every((x) => x.nodeType === "Constant");
  if (e.nodeType !== "Constant") return true;
  const v = e.value;
  return v === null || typeof v === "boolean" || pyTypeName(v) === "ellipsis";
}

/** check_compare: warns on the first `is`/`is not` with a literal operand; the chain stops at one warning. */
export function checkCompare(c: Codegen, e: A.Compare): void {
  let leftOk = isArgOk(e.left);
  let left = e.left;
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i].nodeType;
    const right = e.comparators[i];
    const rightOk = isArgOk(right);
    if ((op === "Is" || op === "IsNot") && !(leftOk && rightOk)) {
      const name = inferType(leftOk ? right : left);
      const msg =
        op === "Is"
          ? `"is" with '${name}' literal. Did you mean "=="?`
          : `"is not" with '${name}' literal. Did you mean "!="?`;
      c.warn(msg, locOf(e));
      return;
    }
    leftOk = rightOk;
    left = right;
  }
}

/** check_caller: calling a literal, a display or a comprehension fails at run time, usually for a missing comma. */
export function checkCaller(c: Codegen, func: A.ExprNode): void {
  switch (func.nodeType) {
    case "Constant":
    case "Tuple":
    case "List":
    case "ListComp":
    case "Dict":
    case "DictComp":
    case "Set":
    case "SetComp":
    case "GeneratorExp":
    case "JoinedStr":
    case "TemplateStr":
    case "FormattedValue":
    case "Interpolation":
      c.warn(`'${inferType(func)}' object is not callable; perhaps you missed a comma?`, locOf(func));
  }
}

/** check_subscripter: values whose type has no __getitem__ at all. */
export function checkSubscripter(c: Codegen, value: A.ExprNode): void {
  switch (value.nodeType) {
    case "Constant": {
      const name = pyTypeName(value.value);
      const unsubscriptable = ["NoneType", "ellipsis", "int", "bool", "float", "complex", "frozenset"];
      if (!unsubscriptable.includes(name)) return;
      break;
    }
    case "Set":
    case "SetComp":
    case "GeneratorExp":
    case "Lambda":
      break;
    default:
      return;
  }
  c.warn(`'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`, locOf(value));
}

/** check_index: a sequence literal indexed by something sure not to be an int or a slice. */
export function checkIndex(c: Codegen, value: A.ExprNode, index: A.ExprNode): void {
  const type = inferType(value);
  if (type !== "list" && type !== "tuple" && type !== "str" && type !== "bytes") return;
  const indexType = inferType(index);
  if (indexType === null || indexType === "int" || indexType === "bool") return;
  c.warn(
    `${type} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`,
    locOf(value),
  );
}
