// co_exceptiontable: decoding and encoding of the 6-bit varint entries (start, length, target, depth and lasti).

/** One protected range: byte offsets [start, end) jump to target with the stack at depth; lasti pushes the offset. */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** dis._parse_exception_table: entries in table order; a truncated trailing entry is dropped, as dis does. */
export function parseExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  let pos = 0;
  const varint = (): number | null => {
    if (pos >= table.length) return null;
    let b = table[pos++];
    let value = b & 63;
    while (b & 64) {
      if (pos >= table.length) return null;
      b = table[pos++];
      value = value * 64 + (b & 63);
    }
    return value;
  };
  for (;;) {
    const start = varint();
    const length = varint();
    const target = varint();
    const depthLasti = varint();
    if (start === null || length === null || target === null || depthLasti === null) return entries;
    entries.push({
      start: start * 2,
      end: start * 2 + length * 2,
      target: target * 2,
      depth: Math.floor(depthLasti / 2),
      lasti: (depthLasti & 1) === 1,
    });
  }
}

function writeVarint(out: number[], value: number, first: boolean): void {
  const chunks: number[] = [];
  let v = value;
  do {
    chunks.unshift(v & 63);
    v = Math.floor(v / 64);
  } while (v > 0);
  chunks.forEach((chunk, i) => {
    let b = chunk;
    if (i < chunks.length - 1) b |= 64;
    if (first && i === 0) b |= 128;
    out.push(b);
  });
}

/** The inverse of parseExceptionTable, as the assembler writes it (each entry's first byte marked with bit 7). */
export function encodeExceptionTable(entries: readonly ExceptionTableEntry[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) {
    writeVarint(out, e.start / 2, true);
    writeVarint(out, (e.end - e.start) / 2, false);
    writeVarint(out, e.target / 2, false);
    writeVarint(out, e.depth * 2 + (e.lasti ? 1 : 0), false);
  }
  return new Uint8Array(out);
}
