// co_linetable (Objects/locations.md): decoding to co_lines() ranges and co_positions() tuples.

/** (start, end, line) of co_lines(): a byte range of co_code and its line, null for none. */
export type LineRange = [start: number, end: number, line: number | null];
/** (lineno, end_lineno, col_offset, end_col_offset) of co_positions(), null where unknown. */
export type Positions = [
  lineno: number | null,
  endLineno: number | null,
  col: number | null,
  endCol: number | null,
];

/** One entry of the table: `units` code units sharing a location; -1 marks a missing component. */
interface Entry {
  units: number;
  line: number;
  endLine: number;
  col: number;
  endCol: number;
}

const NO_LOCATION = 15;
const LONG_FORM = 14;
const NO_COLUMNS = 13;
const ONE_LINE_FIRST = 10;

function* entries(table: Uint8Array, firstLineno: number): Generator<Entry> {
  let pos = 0;
  let line = firstLineno;
  const byte = (): number => (pos < table.length ? table[pos++] : 0);
  const varint = (): number => {
    let b = byte();
    let value = b & 63;
    let shift = 6;
    while (b & 64) {
      b = byte();
      value += (b & 63) * 2 ** shift;
      shift += 6;
    }
    return value;
  };
  const svarint = (): number => {
    const u = varint();
    return u % 2 === 1 ? -Math.floor(u / 2) : Math.floor(u / 2);
  };
  while (pos < table.length) {
    const first = table[pos++];
    const code = (first >> 3) & 15;
    const units = (first & 7) + 1;
    if (code === NO_LOCATION) {
      yield { units, line: -1, endLine: -1, col: -1, endCol: -1 };
    } else if (code === LONG_FORM) {
      line += svarint();
      const endLine = line + varint();
      const col = varint() - 1;
      const endCol = varint() - 1;
      yield { units, line, endLine, col, endCol };
    } else if (code === NO_COLUMNS) {
      line += svarint();
      yield { units, line, endLine: line, col: -1, endCol: -1 };
    } else if (code >= ONE_LINE_FIRST) {
      line += code - ONE_LINE_FIRST;
      const col = byte();
      const endCol = byte();
      yield { units, line, endLine: line, col, endCol };
    } else {
      const second = byte();
      const col = (code << 3) | (second >> 4);
      yield { units, line, endLine: line, col, endCol: col + (second & 15) };
    }
  }
}

const orNull = (n: number): number | null => (n < 0 ? null : n);

/** co_lines(): consecutive entries on the same line merge into one range. */
export function coLines(table: Uint8Array, firstLineno: number, codeLength: number): LineRange[] {
  const ranges: LineRange[] = [];
  let offset = 0;
  for (const e of entries(table, firstLineno)) {
    if (offset >= codeLength) break;
    const end = offset + e.units * 2;
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last[2] === orNull(e.line) && last[1] === offset) last[1] = end;
    else ranges.push([offset, end, orNull(e.line)]);
    offset = end;
  }
  return ranges;
}

/** co_positions(): one tuple per 2-byte code unit (caches included), all null past the table's end. */
export function coPositions(table: Uint8Array, firstLineno: number, codeLength: number): Positions[] {
  const out: Positions[] = [];
  const units = codeLength / 2;
  for (const e of entries(table, firstLineno)) {
    const p: Positions = [orNull(e.line), orNull(e.endLine), orNull(e.col), orNull(e.endCol)];
    for (let i = 0; i < e.units && out.length < units; i++) out.push(p);
  }
  while (out.length < units) out.push([null, null, null, null]);
  return out;
}
