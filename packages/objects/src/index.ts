// @ophis/objects: CPython 3.14's object model — type objects, attribute lookup, operators and the builtin types.
// Import order matters: core types first, then the modules that give them methods.

export * from "./args.js";
export * from "./attributes.js";
export * from "./bytes.js";
export * from "./call.js";
export * from "./core.js";
export * from "./dict.js";
export * from "./exceptions.js";
export * from "./float.js";
export * from "./functions.js";
export { identity } from "./identity.js";
export * from "./int.js";
export * from "./iterators.js";
export * from "./operators.js";
export * from "./protocols.js";
export * from "./runtime.js";
export * from "./sequences.js";
export * from "./singletons.js";
export * from "./str.js";
export { newList, sortList } from "./types/containers.js";
export { setBoolOf } from "./types/numbers.js";
export { defaultRepr, newClass } from "./types/object.js";
export { sliceIndices } from "./types/slices.js";
export { formatStr, formatValue, percentFormat } from "./types/text.js";

import "./types/misc.js";
