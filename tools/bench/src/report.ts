// Turns a benchmark's samples into text: medians, spread, throughput, and ratios against each peer.
import type { Measured, Result } from "./harness.js";

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** How `subject` compares with `peer`, from their median times: above 1 means the subject is faster. */
export function speedRatio(subjectSeconds: number, peerSeconds: number): number {
  return peerSeconds / subjectSeconds;
}

export function describeRatio(subject: string, peer: string, ratio: number): string {
  if (ratio >= 1) return `${subject} is ${ratio.toFixed(2)}x faster than ${peer}`;
  return `${subject} is ${ratio.toFixed(2)}x the speed of ${peer} (${(1 / ratio).toFixed(2)}x slower)`;
}

function seconds(value: number): string {
  return value >= 10 ? value.toFixed(1) : value >= 1 ? value.toFixed(2) : value.toFixed(3);
}

function count(value: number): string {
  return value.toLocaleString("en-US");
}

function row(cells: string[], widths: number[]): string {
  return `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")}`;
}

function megabytes(memory: Measured["memory"]): string {
  return typeof memory === "number" ? (memory / 1e6).toFixed(memory >= 1e7 ? 0 : 1) : "-";
}

/** The figures of one contender; items and failures are those of its last rep (they do not vary). */
function figures(m: Measured, bytes: number | undefined, withMemory: boolean): string[] {
  const times = m.samples.map((s) => s.seconds);
  const mid = median(times);
  const last = m.samples[m.samples.length - 1];
  return [
    m.name,
    `${seconds(mid)} s`,
    `${seconds(Math.min(...times))}-${seconds(Math.max(...times))} s`,
    bytes === undefined ? "-" : (bytes / 1e6 / mid).toFixed(1),
    count(last.items),
    count(last.failures),
    ...(withMemory ? [megabytes(m.memory)] : []),
  ];
}

export function formatResult(result: Result): string {
  const { benchmark, prepared, options, measured, unavailable } = result;
  const lines = [
    `${benchmark.name}: ${benchmark.description}`,
    `  input: ${prepared.input}${prepared.bytes === undefined ? "" : `, ${(prepared.bytes / 1e6).toFixed(2)} MB`}; ` +
      `${options.reps} reps after ${options.warmup} warm-up, contenders alternating`,
  ];
  const withMemory = measured.some((m) => m.memory !== undefined);
  const header = [
    "contender",
    "median",
    "min-max",
    "MB/s",
    prepared.unit,
    "raised",
    ...(withMemory ? ["MB held"] : []),
  ];
  const body = measured.map((m) => figures(m, prepared.bytes, withMemory));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  lines.push(row(header, widths), ...body.map((cells) => row(cells, widths)));
  for (const u of unavailable) lines.push(`  ${u.name}: not measured (${u.unavailable})`);
  for (const m of measured) {
    if (typeof m.memory === "string") lines.push(`  ${m.name}: memory not measured (${m.memory})`);
  }
  const [subject, ...peers] = measured;
  if (subject === undefined || peers.length === 0) {
    lines.push("  no ratio: fewer than two contenders ran");
    return lines.join("\n");
  }
  const subjectMedian = median(subject.samples.map((s) => s.seconds));
  for (const peer of peers) {
    const ratio = speedRatio(subjectMedian, median(peer.samples.map((s) => s.seconds)));
    lines.push(`  ${describeRatio(subject.name, peer.name, ratio)}`);
  }
  return lines.join("\n");
}
