// The harness without timing claims: alternation, warm-up, ratios, memory, unavailable contenders, the child protocol.
import { describe, expect, it } from "vitest";
import { startChild } from "../src/child.js";
import type { Benchmark, Contender, Slot } from "../src/harness.js";
import { runBenchmark } from "../src/harness.js";
import { describeRatio, formatResult, median } from "../src/report.js";

/** A contender reporting fixed seconds and logging when it ran. */
function fake(name: string, seconds: number, log: string[]): Contender {
  return {
    name,
    async measure() {
      log.push(name);
      return { seconds, items: 10, failures: 0 };
    },
  };
}

function bench(slots: Slot[]): Benchmark {
  return {
    name: "fake",
    description: "fixed figures",
    prepare: async () => ({ bytes: 2_000_000, unit: "items", input: "nothing", slots }),
  };
}

describe("runBenchmark", () => {
  it("alternates contenders round by round and drops the warm-up rounds", async () => {
    const log: string[] = [];
    const result = await runBenchmark(bench([fake("a", 1, log), fake("b", 2, log)]), { reps: 2, warmup: 1 });
    expect(log).toEqual(["a", "b", "a", "b", "a", "b"]);
    expect(result.measured.map((m) => m.samples.length)).toEqual([2, 2]);
  });

  it("reports each contender as a ratio to every peer, and names those it could not run", async () => {
    const log: string[] = [];
    const slots = [fake("ophis", 0.5, log), fake("slow", 1, log), fake("quick", 0.25, log)];
    const result = await runBenchmark(bench([...slots, { name: "absent", unavailable: "not installed" }]), {
      reps: 3,
      warmup: 0,
    });
    const text = formatResult(result);
    expect(text).toContain("ophis is 2.00x faster than slow");
    expect(text).toContain("ophis is 0.50x the speed of quick (2.00x slower)");
    expect(text).toContain("absent: not measured (not installed)");
    expect(text).toMatch(/ophis\s+0\.500 s\s+0\.500-0\.500 s\s+4\.0\s+10\s+0/);
  });
});

describe("memory", () => {
  it("measures it once per contender after the timed rounds, and reports failures by name", async () => {
    const log: string[] = [];
    const held = fake("held", 1, log);
    held.memory = async () => {
      log.push("memory");
      return 12_345_678;
    };
    const broken = fake("broken", 1, log);
    broken.memory = () => Promise.reject(new Error("no /proc\nmore"));
    const result = await runBenchmark(bench([held, broken, fake("plain", 1, log)]), { reps: 1, warmup: 0 });
    expect(log).toEqual(["held", "broken", "plain", "memory"]);
    const text = formatResult(result);
    expect(text).toMatch(/raised\s+MB held\n/);
    expect(text).toMatch(/held\s.*\s12\n/);
    expect(text).toMatch(/plain\s.*\s-\n/);
    expect(text).toContain("broken: memory not measured (no /proc)");
  });

  it("leaves the column out when no contender measures it", async () => {
    const result = await runBenchmark(bench([fake("a", 1, []), fake("b", 1, [])]), { reps: 1, warmup: 0 });
    expect(formatResult(result)).not.toContain("MB held");
  });
});

describe("report helpers", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("phrases ratios either side of one", () => {
    expect(describeRatio("x", "y", 1)).toBe("x is 1.00x faster than y");
    expect(describeRatio("x", "y", 0.8)).toBe("x is 0.80x the speed of y (1.25x slower)");
  });
});

describe("startChild", () => {
  const echo = `
    const rl = require("node:readline").createInterface({ input: process.stdin });
    console.log(JSON.stringify({ hello: "child" }));
    let n = 0;
    rl.on("line", () => console.log(JSON.stringify({ seconds: 0.1, items: ++n, failures: 0 })));
  `;

  it("reads the greeting, then one sample per run", async () => {
    const { contender, greeting } = await startChild<{ hello: string }>("echo", {
      command: process.execPath,
      args: ["-e", echo],
    });
    expect(greeting).toEqual({ hello: "child" });
    expect((await contender.measure()).items).toBe(1);
    expect((await contender.measure()).items).toBe(2);
    contender.close?.();
  });

  it("rejects with the child's last stderr line when it dies before greeting", async () => {
    const start = startChild("dying", {
      command: process.execPath,
      args: ["-e", "console.error('boom'); process.exit(3)"],
    });
    await expect(start).rejects.toThrow(/exited \(3\): boom/);
  });
});
