// Unwinding after a raise: the handler in the raising frame's exception table or a caller's, with the frames in
// between popped. The eval loop's catch uses it, and RAISE_VARARGS too, without a JS throw when a handler is known
// to exist (V8 builds a message object, with its source location, for every throw).
import { None, newInt, type PyBaseException } from "@ophis/objects";
import type { Frame } from "./frame.js";
import type { ThreadState } from "./thread.js";

function findHandler(frame: Frame, lasti: number) {
  const offset = lasti * 2;
  for (const e of frame.prepared.exceptionTable) if (offset >= e.start && offset < e.end) return e;
  return undefined;
}

/** What a new exception gets where it is raised: the exception being handled as its context, and a traceback entry. */
export function noteRaised(ts: ThreadState, frame: Frame, exc: PyBaseException): void {
  if (exc.context === null && ts.handled !== null && ts.handled !== exc && ts.handled !== None)
    exc.context = ts.handled;
  exc.addTraceback(frame, frame.lasti);
}

/**
 * Finds the handler for `exc` in `frame` (searched from code unit `from`, or from its lasti when `from` is
 * negative), else in its callers up to `entry`, popping the frames without one and adding a traceback entry for
 * each caller reached. Returns the handling frame, its stack cut to the handler's depth with lasti (when the
 * handler wants it) and exc pushed, and its pc at the handler; or null once `entry` itself has been popped.
 */
export function unwind(
  ts: ThreadState,
  entry: Frame,
  frame: Frame,
  exc: PyBaseException,
  from: number,
): Frame | null {
  for (;;) {
    const handler = findHandler(frame, from >= 0 ? from : frame.lasti);
    from = -1;
    if (handler) {
      const stack = frame.stack;
      stack.length = handler.depth;
      if (handler.lasti) stack.push(newInt(frame.lasti * 2));
      stack.push(exc);
      frame.pc = handler.target >> 1;
      return frame;
    }
    ts.depth--;
    const done = frame;
    ts.frame = done.back;
    if (done === entry) {
      done.back = null;
      return null;
    }
    frame = done.back!;
    done.back = null;
    exc.addTraceback(frame, frame.lasti);
  }
}

/** True when `frame`, or a caller up to `entry`, has a handler for its current instruction. */
export function handledBefore(frame: Frame, entry: Frame): boolean {
  for (let f = frame; ; f = f.back!) {
    if (findHandler(f, f.lasti) !== undefined) return true;
    if (f === entry) return false;
  }
}
