// Runs a benchmark's contenders in one sitting, alternating repetitions, and collects per-rep samples.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** One timed repetition. */
export interface Sample {
  seconds: number;
  /** Work units produced (tokens, nodes...), so the contenders can be seen to do the same work. */
  items: number;
  /** Inputs that raised; each still counts as done. */
  failures: number;
}

export interface Contender {
  name: string;
  /** Runs one repetition. The time must exclude anything but the work itself (process start-up, loading). */
  measure(): Promise<Sample>;
  /** Bytes its results hold once every input is processed, measured once in a fresh process, after timing. */
  memory?(): Promise<number>;
  close?(): void;
}

export interface Unavailable {
  name: string;
  unavailable: string;
}

export type Slot = Contender | Unavailable;

/** What a benchmark has ready to run: Ophis first (every ratio is about it), then its peers. */
export interface Prepared {
  /** Input size in bytes, when throughput means something. */
  bytes?: number;
  /** What `Sample.items` counts. */
  unit: string;
  /** One line saying what the input is, e.g. "559 files". */
  input: string;
  slots: Slot[];
}

export interface Benchmark {
  name: string;
  description: string;
  prepare(): Promise<Prepared>;
}

export interface Options {
  reps: number;
  warmup: number;
}

export const defaultOptions: Options = { reps: 7, warmup: 1 };

export interface Measured {
  name: string;
  samples: Sample[];
  /** Bytes from `Contender.memory`, or why it could not be measured. */
  memory?: number | string;
}

export interface Result {
  benchmark: Benchmark;
  prepared: Prepared;
  options: Options;
  measured: Measured[];
  unavailable: Unavailable[];
}

export function isAvailable(slot: Slot): slot is Contender {
  return !("unavailable" in slot);
}

/**
 * Collects garbage before each timed rep so one contender's garbage is not paid for by the next;
 * --expose-gc is switched on at run time so `node cli.js` needs no flags.
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
})();

/** A contender timed in this process; `run` returns a sample without its time. */
export function inProcess(name: string, run: () => Omit<Sample, "seconds">): Contender {
  return {
    name,
    async measure() {
      collectGarbage();
      const start = performance.now();
      const counts = run();
      const seconds = (performance.now() - start) / 1000;
      return { seconds, ...counts };
    },
  };
}

/** Runs warm-up rounds, then `reps` rounds, each round visiting every contender in order. */
export async function runBenchmark(benchmark: Benchmark, options: Options): Promise<Result> {
  const prepared = await benchmark.prepare();
  const contenders = prepared.slots.filter(isAvailable);
  const unavailable = prepared.slots.filter((slot): slot is Unavailable => !isAvailable(slot));
  const measured: Measured[] = contenders.map((c) => ({ name: c.name, samples: [] }));
  try {
    for (let round = 0; round < options.warmup + options.reps; round++) {
      for (let i = 0; i < contenders.length; i++) {
        const sample = await contenders[i].measure();
        if (round >= options.warmup) measured[i].samples.push(sample);
      }
    }
  } finally {
    for (const contender of contenders) contender.close?.();
  }
  for (const [i, contender] of contenders.entries()) {
    if (contender.memory === undefined) continue;
    measured[i].memory = await contender.memory().catch((error: Error) => error.message.split("\n")[0]);
  }
  return { benchmark, prepared, options, measured, unavailable };
}
