// co_linetable writer (assemble.c's write_location_info_*): one entry per run of instructions sharing a location.
import type { Loc } from "../codegen/instr.js";

export class LineTableWriter {
  private readonly out: number[] = [];
  private lineno: number;

  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }

  private varint(v: number): void {
    let value = v;
    while (value >= 64) {
      this.out.push((value & 63) | 64);
      value >>>= 6;
    }
    this.out.push(value);
  }

  private svarint(v: number): void {
    this.varint(v < 0 ? (-v << 1) | 1 : v << 1);
  }

  private first(code: number, length: number): void {
    this.out.push(0x80 | (code << 3) | (length - 1));
  }

  private entry(loc: Loc, isize: number): void {
    if (loc.lineno < 0) {
      this.first(15, isize);
      return;
    }
    const lineDelta = loc.lineno - this.lineno;
    const column = loc.col;
    const endColumn = loc.endCol;
    if (column < 0 || endColumn < 0) {
      if (loc.endLineno === loc.lineno || loc.endLineno < 0) {
        this.first(13, isize);
        this.svarint(lineDelta);
        this.lineno = loc.lineno;
        return;
      }
    } else if (loc.endLineno === loc.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        const code = column >> 3;
        this.first(code, isize);
        this.out.push(((column & 7) << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        this.first(10 + lineDelta, isize);
        this.out.push(column, endColumn);
        this.lineno = loc.lineno;
        return;
      }
    }
    this.first(14, isize);
    this.svarint(lineDelta);
    this.varint(loc.endLineno - loc.lineno);
    this.varint(column + 1);
    this.varint(endColumn + 1);
    this.lineno = loc.lineno;
  }

  emit(loc: Loc, size: number): void {
    let isize = size;
    if (isize === 0) return;
    while (isize > 8) {
      this.entry(loc, 8);
      isize -= 8;
    }
    this.entry(loc, isize);
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.out);
  }
}
