// @ophis/vm: CPython 3.14's virtual machine — the eval loop, frames, exceptions, tracebacks and builtins.
export { RunModuleError } from "./imports/system.js";
export {
  type FileStat,
  type Host,
  Interpreter,
  type InterpreterOptions,
  type RunResult,
} from "./interpreter.js";
export type { Limits } from "./thread.js";
export { formatException } from "./traceback.js";
