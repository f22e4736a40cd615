// @ophis/bytecode: CPython 3.14's opcode table, code objects, line and exception tables, marshal and .pyc.
export { CO, type CodeFields, CodeObject, FAST } from "./code.js";
export {
  type Complex,
  ComplexZeroDivision,
  cDiff,
  cPow,
  cProd,
  cQuot,
  cSum,
  isInfinite,
  rcQuot,
} from "./complex-math.js";
export {
  Ellipsis,
  PyComplex,
  type PyConstant,
  PyDict,
  PyFrozenSet,
  PyList,
  PySet,
  PySingleton,
  PySlice,
  type PyValue,
  typeName,
} from "./constants.js";
export { type ExceptionTableEntry, encodeExceptionTable, parseExceptionTable } from "./exception-table.js";
export { decompose, exactIntegerPower, floatDivmod, intTrueDivide } from "./float-math.js";
export {
  CACHE_FORMAT,
  CMP_OP,
  COMMON_CONSTANTS,
  CONVERSIONS,
  FUNCTION_ATTRIBUTE_FLAGS,
  HAVE_ARGUMENT,
  INTRINSIC_1_DESCS,
  INTRINSIC_2_DESCS,
  MAGIC_NUMBER,
  MIN_INSTRUMENTED_OPCODE,
  NB_OPS,
  OPCODES,
  Op,
  type OpName,
  SPECIAL_METHOD_NAMES,
  SPECIALIZATIONS,
} from "./generated/opcodes.js";
export { coLines, coPositions, type LineRange, type Positions } from "./linetable.js";
export { MARSHAL_VERSION } from "./marshal-format.js";
export { loads, loadsPrefix } from "./marshal-read.js";
export { type DumpsOptions, dumps } from "./marshal-write.js";
export type { ArgKind, OpcodeInfo } from "./opcode-types.js";
export {
  deopt,
  hasArg,
  hasarg,
  hasConst,
  hasconst,
  hasExc,
  hasexc,
  hasFree,
  hasfree,
  hasJump,
  hasjump,
  hasLocal,
  haslocal,
  hasName,
  hasname,
  inlineCacheEntries,
  isBackwardJump,
  isPseudo,
  isSpecialized,
  isValid,
  MIN_PSEUDO_OPCODE,
  NUM_OPCODES,
  opcodeByName,
  opcodeInfo,
  opmap,
  opname,
  specializedOpmap,
  stackEffect,
} from "./opcodes.js";
export { MAGIC_BYTES, type Pyc, type PycValidation, readPyc, writePyc } from "./pyc.js";
export { decodeUtf8Surrogatepass, encodeUtf8Surrogatepass } from "./utf8.js";
