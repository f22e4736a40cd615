// CALL_INTRINSIC_1 and CALL_INTRINSIC_2: the operations CPython implements as intrinsic functions.
import { E, newError, newTuple, type PyList, type PyObject, unaryOp } from "@ophis/objects";
import type { Frame } from "./frame.js";
import type { ThreadState } from "./thread.js";

export function intrinsic1(_ts: ThreadState, frame: Frame, oparg: number, v: PyObject): PyObject {
  switch (oparg) {
    case 3: {
      // INTRINSIC_STOPITERATION_ERROR: StopIteration escaping a generator body.
      if (v.type.isSubtype(E.StopIteration)) {
        const err = newError("RuntimeError", "generator raised StopIteration");
        return err;
      }
      return v;
    }
    case 5:
      return unaryOp(v, "__pos__");
    case 6:
      return newTuple((v as PyList).items);
    default:
      void frame;
      throw newError("SystemError", `intrinsic ${oparg} is not supported by Ophis yet`);
  }
}

export function intrinsic2(oparg: number, _a: PyObject, _b: PyObject): PyObject {
  throw newError("SystemError", `intrinsic2 ${oparg} is not supported by Ophis yet`);
}
