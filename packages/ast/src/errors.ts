// Python exceptions raised by the ast functions: the one PyException class every Ophis package throws.
import { PyException } from "@ophis/tokenizer";

export { PyException };

/**
 * A JS stack overflow met while recursing over a very deep tree, as CPython's RecursionError (its message
 * when the C recursion limit stops ast.dump and friends); any other error unchanged.
 */
export function asRecursionError(error: unknown): unknown {
  if (error instanceof RangeError && error.message.includes("call stack")) {
    return new PyException("RecursionError", ["maximum recursion depth exceeded"]);
  }
  return error;
}

/** Runs `f`, turning a stack overflow into RecursionError. */
export function withRecursionError<T>(f: () => T): T {
  try {
    return f();
  } catch (error) {
    throw asRecursionError(error);
  }
}
