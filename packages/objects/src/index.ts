// @ophis/objects: CPython 3.14's object model — type objects, attribute lookup, operators and the builtin types.
// Import order matters: core types first, then the modules that give them methods.

export * from "./args.js";
export * from "./attributes.js";
export * from "./bytes.js";
export * from "./call.js";
export { type Complex, complexHash, newComplex, PyComplex } from "./complex.js";
export * from "./core.js";
export * from "./dict.js";
export * from "./exceptions.js";
export * from "./float.js";
export { complexRepr, formatComplex } from "./format/complex-text.js";
export { roundDouble } from "./format/dtoa.js";
export { floatToString, formatFloat } from "./format/float-format.js";
export { formatInt, intToDouble } from "./format/int-format.js";
export * from "./functions.js";
export { setHashSeed } from "./hash/siphash.js";
export { identity } from "./identity.js";
export * from "./int.js";
export * from "./iterators.js";
export * from "./memoryview.js";
export * from "./operators.js";
export * from "./protocols.js";
export * from "./runtime.js";
export * from "./sequences.js";
export * from "./set.js";
export * from "./singletons.js";
export * from "./str.js";
export { calculateSuggestion } from "./suggestions.js";
export {
  calculateMetaclass,
  classDict,
  classHooks,
  NO_INSTANCE_DICT,
  PyMemberDescr,
} from "./types/classes.js";
export { codecName, decodeBytes, encodeText } from "./types/codecs.js";
export { checkSortKeywords, newList, sortList } from "./types/containers.js";
export { dictUpdate, keyError } from "./types/dicts.js";
export { dictIterator, PyDictView } from "./types/dictviews.js";
export { floatAsDouble, floatPow, toDouble } from "./types/floats.js";
export { floatToIntValue, intPowMod, setBoolOf, toInteger } from "./types/numbers.js";
export { numericBuiltins } from "./types/numeric-builtins.js";
export { defaultRepr, newClass } from "./types/object.js";
export { makeSet, newSet, setAdd, updateSet } from "./types/sets.js";
export { sliceIndices } from "./types/slices.js";
export { newInterpolation, newTemplate, PyInterpolation, PyTemplate } from "./types/templates.js";
export { formatStr, formatValue, percentFormat } from "./types/text.js";

import "./types/misc.js";
import "./types/ranges.js";
import "./types/descriptors.js";
import "./types/generic-alias.js";
import "./types/floats.js";
import "./types/complex.js";
import "./types/bytes.js";
import "./types/bytearray.js";
import "./types/memoryview.js";
import "./types/code.js";
import "./types/templates.js";

export { formatObject } from "./format/template.js";
