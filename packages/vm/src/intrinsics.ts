// CALL_INTRINSIC_1 and CALL_INTRINSIC_2: the operations CPython implements as intrinsic functions.
import { CO } from "@ophis/bytecode";
import {
  E,
  None,
  newError,
  newTuple,
  type PyBaseException,
  type PyList,
  type PyObject,
  unaryOp,
} from "@ophis/objects";
import { wrapAsyncGenValue } from "./async-generators.js";
import { prepReraiseStar } from "./exception-groups.js";
import type { Frame } from "./frame.js";
import type { ThreadState } from "./thread.js";

export function intrinsic1(_ts: ThreadState, frame: Frame, oparg: number, v: PyObject): PyObject {
  switch (oparg) {
    case 1:
      // INTRINSIC_PRINT: an expression statement compiled in 'single' mode shows its value through sys.displayhook.
      _ts.displayhook(v);
      return None;
    case 2:
      // INTRINSIC_IMPORT_STAR: the import system copies the module's public names into the frame's locals.
      _ts.importStar(frame, v);
      return None;
    case 3: {
      // INTRINSIC_STOPITERATION_ERROR: StopIteration escaping a generator body.
      const flags = frame.code.co_flags;
      let msg: string | null = null;
      if (v.type.isSubtype(E.StopIteration))
        msg =
          flags & CO.ASYNC_GENERATOR
            ? "async generator raised StopIteration"
            : flags & CO.COROUTINE
              ? "coroutine raised StopIteration"
              : "generator raised StopIteration";
      else if (flags & CO.ASYNC_GENERATOR && v.type.isSubtype(E.StopAsyncIteration))
        msg = "async generator raised StopAsyncIteration";
      if (msg === null) return v;
      const err = newError("RuntimeError", msg) as PyBaseException;
      err.cause = v;
      err.context = v;
      err.suppressContext = true;
      return err;
    }
    case 4:
      // INTRINSIC_ASYNC_GEN_WRAP: an async generator's `yield`, told apart from what its awaits pass up.
      return wrapAsyncGenValue(v);
    case 5:
      return unaryOp(v, "__pos__");
    case 6:
      return newTuple((v as PyList).items);
    default:
      throw newError("SystemError", `intrinsic ${oparg} is not supported by Ophis yet`);
  }
}

export function intrinsic2(oparg: number, a: PyObject, b: PyObject): PyObject {
  // INTRINSIC_PREP_RERAISE_STAR: what a try-except* statement re-raises.
  if (oparg === 1) return prepReraiseStar(a, b);
  throw newError("SystemError", `intrinsic2 ${oparg} is not supported by Ophis yet`);
}
