// The shape of one row of the opcode table, and the kinds of argument an instruction can take.

/**
 * What an instruction's oparg means. `number` is a plain count or flag word (BUILD_TUPLE, CALL, RESUME ...);
 * the name kinds index co_names (global_name and attr_name keep a flag in bit 0, super_attr_name in bits 0-1);
 * local and free index co_localsplusnames; local_pair packs two local indexes in 4-bit halves.
 */
export type ArgKind =
  | "none"
  | "number"
  | "const"
  | "small_int"
  | "name"
  | "global_name"
  | "attr_name"
  | "super_attr_name"
  | "local"
  | "local_pair"
  | "free"
  | "jump_forward"
  | "jump_backward"
  | "jump"
  | "exception_handler"
  | "compare"
  | "is_op"
  | "contains_op"
  | "conversion"
  | "function_attribute"
  | "binary_op"
  | "intrinsic_1"
  | "intrinsic_2"
  | "common_constant"
  | "special_method";

/** One opcode: CPython's name and number, and what the compiler, dis and the VM need to know about it. */
export interface OpcodeInfo {
  readonly name: string;
  readonly opcode: number;
  /** The base instruction a specialized one belongs to (its "deopt"), or null. */
  readonly family: string | null;
  readonly argKind: ArgKind;
  /** 16-bit inline cache entries after the instruction. */
  readonly cacheEntries: number;
  /** Stack items the instruction consumes and produces, as functions of oparg. */
  readonly popped: (oparg: number) => number;
  readonly pushed: (oparg: number) => number;
  readonly hasArg: boolean;
  readonly hasConst: boolean;
  readonly hasName: boolean;
  readonly hasJump: boolean;
  readonly hasFree: boolean;
  readonly hasLocal: boolean;
  readonly hasExc: boolean;
}
