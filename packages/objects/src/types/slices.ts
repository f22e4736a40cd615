// slice.indices: clamps a slice against a length as PySlice_Unpack + PySlice_AdjustIndices do.
import { newError, typeError } from "../core.js";
import { PyInt } from "../int.js";
import { index } from "../protocols.js";
import type { PySlice } from "../sequences.js";
import { None } from "../singletons.js";

/** [start, stop, step, count] for a sequence of length n. */
export function sliceIndices(s: PySlice, n: number): [number, number, number, number] {
  const step = s.step === None ? 1 : Number(index(s.step));
  if (step === 0) throw newError("ValueError", "slice step cannot be zero");
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? n - 1 : n;
  const clamp = (o: typeof s.start, dflt: number): number => {
    if (o === None) return dflt;
    if (!(o instanceof PyInt) && o.type.lookup("__index__") === undefined)
      throw typeError("slice indices must be integers or None or have an __index__ method");
    let v = Number(index(o));
    if (v < 0) {
      v += n;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  const start = clamp(s.start, step < 0 ? upper : lower);
  const stop = clamp(s.stop, step < 0 ? lower : upper);
  let count = 0;
  if (step > 0 ? start < stop : stop < start)
    count = Math.floor((Math.abs(stop - start) - 1) / Math.abs(step)) + 1;
  return [start, stop, step, count];
}
