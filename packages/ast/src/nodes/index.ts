// The node classes and their lookups, re-exported for the package entry.
export { AST, type SingletonKind } from "./ast.js";
export {
  type ConstantValue,
  Ellipsis,
  PyComplex,
  PyEllipsis,
  PyFrozenSet,
  PyTuple,
  pyTypeName,
} from "./constant.js";
export * from "./generated/classes.js";
export * from "./generated/expr.js";
export * from "./generated/pattern.js";
export * from "./generated/simple.js";
export * from "./generated/stmt.js";
export * from "./generated/unions.js";
export { CLASS_SPECS, type ClassSpec, classSpec, type FieldSpec, fieldTypeText } from "./spec.js";
export { NODE_TABLE, type ProductSpec, type SumSpec, type TypeSpec } from "./table.js";
