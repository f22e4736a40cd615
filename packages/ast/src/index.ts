// @ophis/ast: CPython 3.14's ast module (node classes, dump, unparse, visitors, helpers) in TypeScript.
export { compare } from "./compare.js";
export { type DumpOptions, dump } from "./dump.js";
export { PyException } from "./errors.js";
export {
  cleandoc,
  copyLocation,
  fixMissingLocations,
  getDocstring,
  incrementLineno,
  iterChildNodes,
  iterFields,
  walk,
} from "./helpers.js";
export { type LiteralValue, literalEval, PyDict, PySet } from "./literal-eval.js";
export { nodeRepr } from "./node-repr.js";
export * from "./nodes/index.js";
export { type ParseOptions, parse, type WarnCallback } from "./parse.js";
export { formatFloat, reprBytes, reprComplex, reprConstant, reprFloat, reprStr } from "./repr.js";
export { getSourceSegment, utf16Column } from "./source-segment.js";
export { unparse } from "./unparse/unparser.js";
export { NodeTransformer, NodeVisitor, type TransformResult, type VisitMethods } from "./visitor.js";
