// The time module's clocks and sleep: wall time, monotonic and performance counters, process time.
import {
  intFrom,
  None,
  newError,
  newFloat,
  PyBuiltinFunction,
  PyFloat,
  PyInt,
  type PyModule,
  type PyObject,
  typeError,
} from "@ophis/objects";
import type { Interpreter } from "../interpreter.js";

const origin = performance.now();

/** Nanoseconds since the epoch, with the sub-millisecond part from the performance clock. */
function epochNs(): bigint {
  const ms = performance.timeOrigin + performance.now();
  return BigInt(Math.floor(ms)) * 1_000_000n + BigInt(Math.floor((ms % 1) * 1e6));
}

function perfNs(): bigint {
  return BigInt(Math.round(performance.now() * 1e6));
}

/** Blocks without spinning where Atomics.wait is allowed (Node, workers), else spins. */
export function blockingSleep(seconds: number): void {
  const ms = seconds * 1000;
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      // A browser's main thread cannot block: spin until the time has passed.
    }
  }
}

function seconds(o: PyObject): number {
  if (o instanceof PyFloat) {
    if (Number.isNaN(o.value)) throw newError("ValueError", "Invalid value NaN (not a number)");
    return o.value;
  }
  if (o instanceof PyInt) return Number(o.value);
  throw typeError(`'${o.type.name}' object cannot be interpreted as an integer or float`);
}

export function makeTime(interp: Interpreter): PyModule {
  const mod = interp.imports.makeNative(
    "time",
    "This module provides various functions to manipulate time values.",
  );
  const d = mod.moduleDict;
  const def = (name: string, f: (args: PyObject[]) => PyObject) =>
    d.setStr(name, new PyBuiltinFunction(name, f, mod));
  const cpu = () => interp.host.cpuTime?.() ?? (performance.now() - origin) / 1000;
  def("time", () => newFloat(Number(epochNs()) / 1e9));
  def("time_ns", () => intFrom(epochNs()));
  def("monotonic", () => newFloat(performance.now() / 1000));
  def("monotonic_ns", () => intFrom(perfNs()));
  def("perf_counter", () => newFloat(performance.now() / 1000));
  def("perf_counter_ns", () => intFrom(perfNs()));
  def("process_time", () => newFloat(cpu()));
  def("process_time_ns", () => intFrom(BigInt(Math.round(cpu() * 1e9))));
  def("sleep", (args) => {
    if (args.length !== 1) throw typeError(`time.sleep() takes exactly one argument (${args.length} given)`);
    const s = seconds(args[0]);
    if (s < 0) throw newError("ValueError", "sleep length must be non-negative");
    interp.ts.checkBreaker();
    if (interp.host.sleep) interp.host.sleep(s);
    else blockingSleep(s);
    return None;
  });

  return mod;
}
