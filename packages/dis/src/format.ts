// dis.dis and dis.disassemble: CPython 3.14's text layout (line column, labels, offsets, caches, exception table).
import { CodeObject, type ExceptionTableEntry, type Positions, parseExceptionTable } from "@ophis/bytecode";
import { findlinestarts, type Instruction, instructionsOf, makeLabelsMap } from "./instructions.js";
import { pyRepr } from "./repr.js";

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const NO_LINENO = "  --";

export interface DisOptions {
  showCaches?: boolean;
  /** Accepted for CPython's signature; code objects here are never quickened, so it changes nothing. */
  adaptive?: boolean;
  showOffsets?: boolean;
  showPositions?: boolean;
  /** How many levels of nested code objects to disassemble (null: all). */
  depth?: number | null;
}

interface Layout {
  linenoWidth: number;
  offsetWidth: number;
  labelWidth: number;
  showCaches: boolean;
  showPositions: boolean;
}

function linenoWidth(linestarts: Map<number, number | null>): number {
  const lines = [...linestarts.values()];
  const numbered = lines.filter((l): l is number => l !== null && l !== 0);
  if (numbered.length === 0) return 0;
  const width = Math.max(3, String(Math.max(...numbered)).length);
  return width < NO_LINENO.length && lines.includes(null) ? NO_LINENO.length : width;
}

function positionsWidth(code: CodeObject): number {
  let hasValue = false;
  let width = 0;
  for (const p of code.co_positions()) {
    hasValue ||= p.some((x) => x !== null);
    width = Math.max(
      width,
      p.reduce<number>((sum, x) => sum + (x === null ? 1 : String(x).length), 0),
    );
  }
  return hasValue ? 1 + Math.max(NO_LINENO.length, 3 + width) : 0;
}

function positionsText(p: Positions | null): string | null {
  if (p === null) return null;
  if (p.every((x) => x === null)) return NO_LINENO;
  const s = p.map((x) => (x === null ? "?" : String(x)));
  return `${s[0]}:${s[2]}-${s[1]}:${s[3]}`;
}

/** Formatter.print_instruction_line: one line, right-trimmed. */
function instructionLine(ins: Instruction, layout: Layout, out: string[]): void {
  if (layout.linenoWidth > 0 && ins.starts_line && ins.offset > 0) out.push("");
  const fields: string[] = [];
  if (layout.linenoWidth > 0) {
    if (layout.showPositions) {
      const text = positionsText(ins.positions);
      fields.push(text === null ? " ".repeat(layout.linenoWidth) : text.padEnd(layout.linenoWidth));
    } else if (ins.starts_line) {
      fields.push(
        (ins.line_number === null ? NO_LINENO : String(ins.line_number)).padStart(layout.linenoWidth),
      );
    } else {
      fields.push(" ".repeat(layout.linenoWidth));
    }
  }
  fields.push(
    ins.label !== null ? `L${ins.label}:`.padStart(layout.labelWidth) : " ".repeat(layout.labelWidth),
  );
  if (layout.offsetWidth > 0) fields.push(`${String(ins.offset).padStart(layout.offsetWidth)}  `);
  fields.push("   ");
  fields.push(ins.opname.padEnd(OPNAME_WIDTH));
  if (ins.arg !== null) {
    const excess = Math.max(0, ins.opname.length - OPNAME_WIDTH);
    fields.push(String(ins.arg).padStart(OPARG_WIDTH - excess));
    if (ins.argrepr) fields.push(`(${ins.argrepr})`);
  }
  out.push(fields.join(" ").trimEnd());
}

function instructionWithCaches(ins: Instruction, layout: Layout, out: string[]): void {
  instructionLine(ins, layout, out);
  if (!layout.showCaches || ins.cache_info === null) return;
  let offset = ins.offset;
  for (const [name, size, data] of ins.cache_info) {
    for (let i = 0; i < size; i++) {
      offset += 2;
      let argrepr = "";
      if (i === 0) {
        let value = 0n;
        for (let k = data.length - 1; k >= 0; k--) value = (value << 8n) | BigInt(data[k]);
        argrepr = `${name}: ${value}`;
      }
      const cache = {
        opname: "CACHE",
        arg: 0,
        argrepr,
        offset,
        starts_line: false,
        line_number: null,
        label: null,
        positions: ins.positions,
      } as unknown as Instruction;
      instructionLine(cache, layout, out);
    }
  }
}

function exceptionTableLines(
  entries: readonly ExceptionTableEntry[],
  labels: Map<number, number>,
  out: string[],
): void {
  if (entries.length === 0) return;
  out.push("ExceptionTable:");
  for (const e of entries) {
    const lasti = e.lasti ? " lasti" : "";
    out.push(
      `  L${labels.get(e.start)} to L${labels.get(e.end)} -> L${labels.get(e.target)} [${e.depth}]${lasti}`,
    );
  }
}

/** dis.disassemble(code): one code object, without its nested ones. */
export function disassembleLines(code: CodeObject, options: DisOptions, out: string[]): void {
  const linestarts = new Map(findlinestarts(code));
  const entries = parseExceptionTable(code.co_exceptiontable);
  const labels = makeLabelsMap(code.co_code, entries);
  const layout: Layout = {
    linenoWidth: options.showPositions ? positionsWidth(code) : linenoWidth(linestarts),
    offsetWidth: options.showOffsets ? String(Math.max(code.co_code.length - 2, 9999)).length : 0,
    labelWidth: 4 + String(labels.size).length,
    showCaches: options.showCaches ?? false,
    showPositions: options.showPositions ?? false,
  };
  for (const ins of instructionsOf(code.co_code, { code, labels }, linestarts, code.co_positions())) {
    instructionWithCaches(ins, layout, out);
  }
  exceptionTableLines(entries, labels, out);
}

function recursive(code: CodeObject, options: DisOptions, depth: number | null, out: string[]): void {
  disassembleLines(code, options, out);
  if (depth !== null && depth <= 0) return;
  const next = depth === null ? null : depth - 1;
  for (const c of code.co_consts) {
    if (c instanceof CodeObject) {
      out.push("", `Disassembly of ${pyRepr(c)}:`);
      recursive(c, options, next, out);
    }
  }
}

/** dis.dis(code or raw bytecode) as text, exactly as CPython 3.14 prints it (ending with a newline). */
export function dis(x: CodeObject | Uint8Array, options: DisOptions = {}): string {
  const out: string[] = [];
  if (x instanceof CodeObject) {
    recursive(x, options, options.depth ?? null, out);
  } else {
    const labels = makeLabelsMap(x, []);
    const layout: Layout = {
      linenoWidth: 0,
      offsetWidth: options.showOffsets ? String(Math.max(x.length - 2, 9999)).length : 0,
      labelWidth: 4 + String(labels.size).length,
      showCaches: options.showCaches ?? false,
      showPositions: false,
    };
    for (const ins of instructionsOf(x, { code: null, labels }, null, null))
      instructionWithCaches(ins, layout, out);
  }
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}

/** dis.disassemble(code) as text: the code object alone, nested code objects not expanded. */
export function disassemble(code: CodeObject, options: DisOptions = {}): string {
  const out: string[] = [];
  disassembleLines(code, options, out);
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}
